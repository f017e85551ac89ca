import {
  ActorRefSchema,
  bilingual,
  type EventCatalog,
  eventTitle,
  InstantSchema,
  type Locale,
} from '@jiayuan/core';
import type { EventRecord } from '../store/contract.js';
import { shanghaiTime } from './shanghai-time.js';
import type { ViewLogEntry } from './types.js';

const STARTED = bilingual('流程开始', 'Process started');

/** The last `count` records (oldest first), with titles from the catalog. */
export function viewLog(
  records: readonly EventRecord[],
  catalog: EventCatalog | undefined,
  count: number,
  locale: Locale,
): ViewLogEntry[] {
  if (count === 0) return [];
  return records.slice(-count).map((record) => {
    const body: unknown = record.body;
    const field = (key: string): unknown =>
      typeof body === 'object' && body !== null ? Reflect.get(body, key) : undefined;
    const type = record.kind === 'start' ? null : field('type');
    const name = typeof type === 'string' ? type : null;
    const titles = name === null ? STARTED : eventTitle(catalog, name);
    const by = ActorRefSchema.safeParse(field('by'));
    const at = InstantSchema.safeParse(field('at'));
    return {
      seq: record.seq,
      kind: record.kind,
      type: name,
      title: titles[locale],
      titles,
      ...(by.success ? { by: by.data } : {}),
      ...(at.success ? { at: shanghaiTime(at.data) } : {}),
      recordedAt: shanghaiTime(record.recordedAt),
    };
  });
}
