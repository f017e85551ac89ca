import { dispatch, RollSchema } from '@jiayuan/core';
import { describe, expect, it } from 'vitest';
import { WebSocket } from 'ws';
import { createActor } from 'xstate';
import { SAMPLE_COMPLEXES } from '../../../examples/web-inspector/src/complexes.js';
import { ownersVoteMachine } from '../../../examples/web-inspector/src/machines/owners-vote.js';
import { REDACTED, webSocketInspector } from '../src/index.js';
import { RELAY_HOST, relayAddress, startInspectorRelay } from '../src/node.js';

const roll = RollSchema.parse(SAMPLE_COMPLEXES[0]!.roll);

describe('inspector relay and WebSocket inspector', () => {
  it('binds to 127.0.0.1 only and relays sanitised inspection events', async () => {
    const relay = await startInspectorRelay();
    try {
      expect(relayAddress(relay)).toBe(RELAY_HOST);
      expect(relay.url).toMatch(/^ws:\/\/127\.0\.0\.1:\d+$/);
      const page = await fetch(relay.pageUrl).then((r) => r.text());
      expect(page).toContain('stately.ai/inspect');
      expect(page).toContain(`ws://127.0.0.1:${relay.port}`);

      const received: string[] = [];
      const viewer = new WebSocket(relay.url);
      await new Promise((resolve, reject) => {
        viewer.once('open', resolve);
        viewer.once('error', reject);
      });
      viewer.on('message', (data) => received.push(data.toString()));

      const inspector = webSocketInspector({ url: relay.url });
      const actor = createActor(ownersVoteMachine, {
        input: { roll, now: '2026-03-02T09:00:00+08:00' },
        inspect: inspector.inspect,
      }).start();
      dispatch(actor, {
        type: 'PROPOSE',
        at: '2026-03-03T09:00:00+08:00',
        by: { id: 'c1', role: 'committee', name: '张主任' },
        title: '选聘物业',
      });
      const deadline = Date.now() + 5000;
      while (!received.some((m) => m.includes('PROPOSE')) && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      actor.stop();
      inspector.stop();
      viewer.close();
      const all = received.join('\n');
      expect(all).toContain('PROPOSE');
      expect(all).toContain(REDACTED);
      for (const owner of roll.owners) {
        expect(all).not.toContain(owner.name);
        expect(all).not.toContain(owner.phone);
      }
      expect(all).not.toContain('张主任');
    } finally {
      await relay.close();
    }
  });
});
