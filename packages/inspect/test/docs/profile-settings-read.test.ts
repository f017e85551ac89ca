import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './load-docs.js';
import { settingPaths, settingReaders, sourceProgram } from './setting-readers.js';

/**
 * Settings of the shipped profiles that no machine, rule or formatter reads yet, with what is
 * missing. Each one is a promise the library does not keep: the list may only shrink (a test
 * below fails when a listed setting gains a reader, so the entry is struck when the rule is
 * built), and a new setting cannot join it silently.
 */
const UNREAD: Readonly<Record<string, string>> = {};

// Building a checker over every package's sources takes a few seconds on a loaded machine.
const PROGRAM_MS = 180_000;

describe('profile settings and their readers', () => {
  const paths = settingPaths();
  let readers: Map<string, string[]>;

  it('finds every setting of the shipped profiles and who reads it', {
    timeout: PROGRAM_MS,
  }, () => {
    readers = settingReaders(paths);
    expect(paths).toContain('voting.quorum.area');
    expect(readers.get('firm.dismissalNotice')?.length).toBeGreaterThan(0);
  });

  it('every setting is read somewhere, or is listed as not yet read with its reason', () => {
    const unread = paths.filter((p) => readers.get(p)?.length === 0);
    expect(unread.filter((p) => !(p in UNREAD))).toEqual([]);
  });

  it('a listed setting that is now read is struck from the list', () => {
    const read = Object.keys(UNREAD).filter((p) => (readers.get(p)?.length ?? 0) > 0);
    expect(read).toEqual([]);
  });

  it('lists only settings that exist', () => {
    expect(Object.keys(UNREAD).filter((p) => !paths.includes(p))).toEqual([]);
  });
});

describe('settingReaders', () => {
  const fixture = join(ROOT, 'packages/inspect/test/docs/fixtures/reads-settings.ts');

  it('counts accesses that resolve to the setting, not comments, strings or other fields', {
    timeout: PROGRAM_MS,
  }, () => {
    const program = sourceProgram([join(ROOT, 'packages/core/src/index.ts'), fixture]);
    const found = settingReaders(
      [
        'firm.dismissalNotice',
        'firm.handover',
        'firm.nonRenewalNotice',
        'voting.quorum.area',
        'voting.special.area',
        'jointMeetings.escalateAfter.street',
        'meetings.secretary',
        'firm.contractFiling',
      ],
      program,
      /fixtures\/reads-settings\.ts$/,
    );
    const reader = ['packages/inspect/test/docs/fixtures/reads-settings.ts'];
    expect(Object.fromEntries(found)).toEqual({
      'firm.dismissalNotice': reader, // property access
      'firm.handover': reader, // destructuring
      'firm.nonRenewalNotice': reader, // string key
      'voting.quorum.area': reader,
      'voting.special.area': [], // `.area` of another bar: the parent was never touched
      'jointMeetings.escalateAfter.street': reader, // computed key
      'meetings.secretary': [], // only in a comment and a string
      'firm.contractFiling': [], // a same-named field of another type
    });
  });
});
