// The shared formation run (support/formation-run.ts) that the community benchmarks replay: every
// event accepted, ending in a filed committee. A rule change that refuses one of its events fails
// here, in the committee's own tests, before the benchmarks go stale.
import { dispatch } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { startFormation, where } from './support/fixtures.js';
import { formationRun } from './support/formation-run.js';

describe('the shared formation run', () => {
  it('is accepted event by event and ends with the committee filed', () => {
    const actor = startFormation();
    for (const [i, event] of formationRun().entries()) {
      const result = dispatch(actor, event);
      if (!result.ok) {
        throw new Error(
          `event ${i} ${String(event.type)} refused: ${result.rejection.code} ${result.rejection.message.en}`,
        );
      }
    }
    expect(where(actor)).toBe('established');
    expect(actor.getSnapshot().status).toBe('done');
    expect(
      Object.values(actor.getSnapshot().context.deadlines).every((d) => d.status !== 'pending'),
    ).toBe(true);
  });
});
