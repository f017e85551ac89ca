import { dispatch, type RejectionCode, RollSchema } from '@jiayuan/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { SAMPLE_COMPLEXES } from '../../../examples/web-inspector/src/complexes.js';
import {
  ownersVoteEvents,
  ownersVoteMachine,
} from '../../../examples/web-inspector/src/machines/owners-vote.js';
import {
  createRecorder,
  parseRecording,
  REDACTED,
  replayRecording,
  sanitizeContext,
  sanitizeEvent,
  timelineStates,
} from '../src/index.js';
import { voteStreamArb } from './fixtures/vote-stream.js';

const roll = RollSchema.parse(SAMPLE_COMPLEXES[0]!.roll);

// The refusals `dispatch` gives after sending the event to the actor (its guards said no).
const reachedActor = (code: RejectionCode): boolean =>
  code === 'not-permitted' ||
  code === 'out-of-order' ||
  code === 'not-allowed-now' ||
  code === 'rule-violated';

// The event as `dispatch` sent it: parsed by its catalog entry's schema.
const parsed = (item: unknown): unknown => {
  const type = (item as { type: keyof typeof ownersVoteEvents.events }).type;
  return ownersVoteEvents.events[type].schema.parse(item);
};
const input = { roll, now: '2026-03-02T09:00:00+08:00' };
const json = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

interface LiveRun {
  states: { status: string; value: unknown; context: unknown }[];
  events: unknown[];
  text: string;
}

function run(
  stream: readonly unknown[],
  showPersonalData: boolean,
  pseudonymKey?: string,
): LiveRun {
  const recorder = createRecorder({
    showPersonalData,
    ...(pseudonymKey === undefined ? {} : { pseudonymKey }),
  });
  const actor = createActor(ownersVoteMachine, { input, inspect: recorder.inspect });
  actor.start();
  const snap = () => {
    const s = actor.getSnapshot();
    return { status: s.status, value: s.value, context: s.context };
  };
  const states = [snap()];
  const events: unknown[] = [];
  for (const item of stream) {
    const result = dispatch(actor, item);
    // The machine owns its rules: an event its guards refuse still reached the actor once and
    // is in the recording, with the snapshot unchanged; one refused before (schema, type) is not.
    const sent = result.ok
      ? result.event
      : reachedActor(result.rejection.code)
        ? parsed(item)
        : undefined;
    if (sent !== undefined) {
      states.push(snap());
      events.push(sent);
    }
  }
  // Stopping a running actor is part of the run: xstate reports the stopped snapshot, caused
  // by `xstate.stop`. A finished actor stays done and reports nothing.
  const running = actor.getSnapshot().status === 'active';
  actor.stop();
  if (running) {
    states.push(snap());
    events.push({ type: 'xstate.stop' });
  }
  return { states, events, text: recorder.text() };
}

describe('recorder and replay', { timeout: 30_000 }, () => {
  it('replays a recording into exactly the live run (states, contexts and events)', () => {
    fc.assert(
      fc.property(voteStreamArb, (stream) => {
        const live = run(stream, true);
        const timeline = replayRecording(parseRecording(live.text));
        expect(timelineStates(timeline)).toEqual(json(live.states));
        expect(timeline.steps.map((s) => s.event)).toEqual(json(live.events));
        expect(timeline.logicId).toBe('ownersVote');
      }),
      { numRuns: 60, seed: 20260302 },
    );
  });

  it('replays a sanitised recording into the sanitised live run', () => {
    fc.assert(
      fc.property(voteStreamArb, (stream) => {
        // The recording's pseudonyms are keyed; the same key gives the same ones.
        const pseudonymKey = 'one recording';
        const live = run(stream, false, pseudonymKey);
        const timeline = replayRecording(parseRecording(live.text));
        expect(timelineStates(timeline)).toEqual(
          json(
            live.states.map((s) => ({
              ...s,
              context: sanitizeContext(s.context, { pseudonymKey }),
            })),
          ),
        );
        expect(timeline.steps.map((s) => s.event)).toEqual(
          json(live.events.map((e) => sanitizeEvent(e, { pseudonymKey }))),
        );
        for (const owner of roll.owners) expect(live.text).not.toContain(owner.phone);
      }),
      { numRuns: 30, seed: 7 },
    );
  });

  it('gives each recording its own pseudonyms, the same on every line of it', () => {
    fc.assert(
      fc.property(voteStreamArb, (stream) => {
        const names = (text: string): Set<string> =>
          new Set(text.match(/unit-[0-9a-f]{12}/g) ?? []);
        const one = run(stream, false);
        const two = run(stream, false);
        // As many pseudonyms in the whole recording as units it names: no unit got two.
        const units = new Set(roll.units.map((unit) => unit.id));
        for (const event of one.events) {
          const ballot = (event as { ballot?: { unitId: string } }).ballot;
          if (ballot !== undefined) units.add(ballot.unitId);
        }
        expect(names(one.text).size).toBe(units.size);
        for (const name of names(one.text)) expect(two.text).not.toContain(name);
        for (const unit of roll.units) expect(one.text).not.toContain(`"${unit.id}"`);
      }),
      { numRuns: 20, seed: 13 },
    );
  });

  it('writes one JSON line per inspection event, of every kind xstate reports', () => {
    const lines: string[] = [];
    const recorder = createRecorder({ write: (line) => lines.push(line) });
    const actor = createActor(ownersVoteMachine, { input, inspect: recorder.inspect }).start();
    dispatch(actor, {
      type: 'PROPOSE',
      at: '2026-03-03T09:00:00+08:00',
      by: { id: 'c', role: 'committee', name: '张主任' },
      title: 't',
    });
    actor.stop();
    expect(lines).toEqual(recorder.lines);
    const records = parseRecording(recorder.text());
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => i));
    // assign() is a built-in action: xstate reports no @xstate.action line for it.
    expect(new Set(records.map((r) => r.kind))).toEqual(
      new Set(['@xstate.actor', '@xstate.event', '@xstate.snapshot', '@xstate.microstep']),
    );
    const received = records.find((r) => r.kind === '@xstate.event' && r.event?.type === 'PROPOSE');
    expect(received?.event?.by).toEqual({ id: 'c', role: 'committee', name: REDACTED });
  });

  it('says which line of a recording is broken', () => {
    expect(() => parseRecording('{"seq":0}\n')).toThrow(/line 1/);
    expect(() => parseRecording('\n\nnot json')).toThrow(/line 3/);
    expect(() => replayRecording([])).toThrow(/empty/);
  });
});
