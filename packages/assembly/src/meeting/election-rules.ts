import { defineRule, type RuleVerdict } from '@jiayuan/core';
import type { AgendaItem } from '../ballot/agenda.js';
import { electionItemIssues } from '../ballot/election.js';
import type { AssemblyContext } from './context.js';

/**
 * An election item on the agenda (CC 278 ¶1 (三) 选举业主委员会) fills at least one seat, has no
 * fewer candidates than seats (no more are elected than stand) and lists each candidate once;
 * refused coded (`details.issue`), in both languages.
 */
export const electionItems = defineRule({
  id: 'election-items',
  citations: ['CC-278-1-3'],
  check(
    _s: { readonly context: AssemblyContext },
    event: { readonly items: readonly AgendaItem[] },
  ): RuleVerdict {
    const first = electionItemIssues(event.items)[0];
    if (first === undefined) return true;
    return {
      ok: false,
      message: first.message,
      details: {
        issue: first.code,
        item: first.item,
        ...(first.candidate === undefined ? {} : { candidate: first.candidate }),
      },
    };
  },
});
