// The street office's web application: sign-in, the complex's processes, a process page with its
// diagram, articles, deadlines, the forms of what this person may do now, and a live tally.
// Everything it shows is read through the host's read model (`view`, `deadlines`, typed `load`).
import formbody from '@fastify/formbody';
import { COMMUNITY_MACHINES, Complex, complexScopes } from '@jiayuan/community';
import type { RollInput } from '@jiayuan/core';
import {
  createHost,
  type Host,
  type HostStore,
  isAssignableRole,
  type ProcessView,
} from '@jiayuan/host';
import { dismissalMachine } from '@jiayuan/property-firm';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { diagramSvg } from './diagram.js';
import { eventFromForm, type FieldSchema, FormError } from './form.js';
import { esc } from './html.js';
import { homePage } from './pages/home.js';
import { processPage } from './pages/process.js';
import { signinPage } from './pages/signin.js';
import { COMPLEXES, DEMO_PASSWORD, type Person, STREET, seedPeople, seedRoll } from './seed.js';
import { type Account, account, checkPassword, Sessions, sessionCookie } from './sessions.js';
import { tallyHtml } from './tally.js';

/** A submitted form as @fastify/formbody parses it: each field a string (or several). */
type FormBody = Readonly<Record<string, unknown>>;

/** Options of {@link createStreetOffice}. */
export interface StreetOfficeOptions {
  /** Where the processes are kept: `openSqliteStore(…)` or `openPostgresStore(…)`. */
  readonly store: HostStore;
  /** The host's clock (the real one by default; tests move their own). */
  readonly clock?: () => Date;
  /** Start the host's deadline scheduler with this interval (ms); off when omitted. */
  readonly deadlineIntervalMs?: number;
}

/** The running application: its Fastify server and the host and complex behind it. */
export interface StreetOffice {
  readonly app: FastifyInstance;
  readonly host: Host;
  readonly complex: Complex;
  readonly people: readonly Person[];
  readonly roll: RollInput;
  /**
   * Moves every active process to the host's clock with a `TICK` from the scheduler: for the
   * instants a machine reaches by time but keeps in no deadline book (a contract's end after a
   * dismissal notice). The server runs it every `deadlineIntervalMs`; deadlines are delivered too.
   */
  tick(): Promise<void>;
  close(): Promise<void>;
}

/** One complex of the street: its coordinator and its roll. */
interface Site {
  readonly complex: Complex;
  readonly roll: RollInput;
}

/** Grants the seeded roles and starts each complex's dismissal process, once per store. */
async function seed(host: Host, sites: readonly Site[], people: readonly Person[], now: Date) {
  const existing = await host.assignments({ scopes: sites.map((s) => s.complex.complexId) });
  if (existing.length === 0) {
    for (const person of people) {
      for (const { role, scope } of person.grants) {
        await host.assign({
          principal: person.id,
          role,
          scope,
          grantedBy: 'clerk-wang',
          reason: '街道办事处登记 registered by the street office',
        });
      }
    }
  }
  for (const { complex, roll } of sites) {
    if ((await complex.processes()).length > 0) continue;
    const started = await complex.start('dismissal', {
      processId: `${complex.complexId}-dismissal`,
      startedAt: now.toISOString(),
      roll,
      firm: { id: `${complex.complexId}-firm` },
      electronicAdopted: true,
    });
    if (!started.ok) throw new Error(`seed: ${started.rejection.message.en}`);
  }
}

/** Builds the application on `store` and seeds it when the store is new. */
export async function createStreetOffice(options: StreetOfficeOptions): Promise<StreetOffice> {
  const clock = options.clock ?? (() => new Date());
  const host = createHost({
    store: options.store,
    machines: COMMUNITY_MACHINES,
    clock,
    scopesOf: complexScopes,
  });
  const sites: Site[] = COMPLEXES.map((c) => ({
    complex: new Complex({ host, complexId: c.id, streetId: STREET.id }),
    roll: seedRoll(c),
  }));
  const first = sites[0] as Site;
  const { complex, roll } = first;
  const siteOf = (processId: string) =>
    sites.find((s) => complexScopes(processId).includes(s.complex.complexId));
  const people = seedPeople(sites.map((s) => s.roll));
  const accounts = new Map<string, Account>(people.map((p) => [p.id, account(p, DEMO_PASSWORD)]));
  const byId = new Map(people.map((p) => [p.id, p]));
  const sessions = new Sessions();
  const listeners = new Map<string, Set<() => void>>();
  const changed = (processId: string) => {
    for (const notify of listeners.get(processId) ?? []) notify();
  };
  await seed(host, sites, people, clock());
  const tick = async () => {
    for (const site of sites) {
      for (const p of await site.complex.processes()) {
        if (p.status !== 'active') continue;
        const sent = await site.complex.sendTrusted(p.processId, {
          type: 'TICK',
          by: { id: 'street-office-clock', role: 'system' },
          at: clock().toISOString(),
        });
        if (sent.ok) changed(p.processId);
      }
      await site.complex.deliverDue();
    }
  };
  const loop =
    options.deadlineIntervalMs === undefined
      ? undefined
      : setInterval(() => void tick().catch(() => undefined), options.deadlineIntervalMs);

  const app = Fastify({ logger: false, bodyLimit: 64 * 1024 });
  await app.register(formbody);

  const personOf = (request: FastifyRequest) => {
    const session = sessions.get(sessionCookie(request.headers.cookie));
    const person = session === undefined ? undefined : byId.get(session.personId);
    return session === undefined || person === undefined ? undefined : { session, person };
  };
  const signedIn = (request: FastifyRequest, reply: FastifyReply) => {
    const found = personOf(request);
    if (found === undefined) void reply.redirect('/signin', 303);
    return found;
  };
  const principal = (p: Person) => ({ id: p.id, name: p.name.slice(0, 100) });

  app.get('/signin', async (_request, reply) => reply.type('text/html').send(signinPage()));
  app.post<{ Body: FormBody | undefined }>('/signin', async (request, reply) => {
    const body = request.body ?? {};
    const id = typeof body.account === 'string' ? body.account.trim() : '';
    const password = typeof body.password === 'string' ? body.password : '';
    const person = checkPassword(accounts.get(id), password);
    if (person === undefined) {
      return reply
        .code(401)
        .type('text/html')
        .send(signinPage('账号或密码不正确 / wrong account or password'));
    }
    const sid = sessions.open(person.id);
    return reply
      .header('set-cookie', `sid=${sid}; HttpOnly; SameSite=Lax; Path=/`)
      .redirect('/', 303);
  });
  app.post('/signout', async (request, reply) => {
    sessions.close(sessionCookie(request.headers.cookie));
    return reply.header('set-cookie', 'sid=; Max-Age=0; Path=/').redirect('/signin', 303);
  });

  app.get('/', async (request, reply) => {
    const found = signedIn(request, reply);
    if (found === undefined) return reply;
    const groups: { name: string; views: ProcessView[] }[] = [];
    for (const site of sites) {
      const views: ProcessView[] = [];
      for (const p of await site.complex.processes()) {
        views.push(await host.view(p.processId, { principal: principal(found.person), log: 0 }));
      }
      groups.push({ name: site.roll.name ?? site.complex.complexId, views });
    }
    return reply.type('text/html').send(homePage(found.person, STREET.name, groups));
  });

  app.get<{ Params: { id: string } }>('/p/:id', async (request, reply) => {
    const found = signedIn(request, reply);
    if (found === undefined) return reply;
    const id = request.params.id;
    const site = siteOf(id);
    if (site === undefined || !(await site.complex.processes()).some((p) => p.processId === id)) {
      return reply.code(404).type('text/html').send('not found');
    }
    const view = await host.view(id, { principal: principal(found.person), log: 12 });
    const entry = COMMUNITY_MACHINES.find((m) => m.id === view.machine.id);
    const active = view.states.map((s) => s.id);
    // The open vote, else the last one counted.
    const context =
      view.machine.id === 'firm.dismissal'
        ? (await host.load(id, dismissalMachine)).snapshot.context
        : undefined;
    const vote = context === undefined ? undefined : (context.vote ?? context.votes.at(-1));
    const flash = found.session.flash;
    found.session.flash = undefined;
    const ownerUnits = site.roll.units
      .filter((u) => (u.owners ?? []).includes(found.person.id))
      .map((u) => ({ id: u.id, number: u.number ?? u.id }));
    const page = processPage(found.person, view, {
      svg: entry === undefined ? '' : await diagramSvg(entry.machine, active),
      activeId: active.at(-1) ?? '',
      tally: tallyHtml(vote),
      ownerUnits,
      ...(flash === undefined ? {} : { flash }),
    });
    return reply.type('text/html').send(page);
  });

  app.post<{ Params: { id: string }; Body: FormBody | undefined }>(
    '/p/:id/send',
    async (request, reply) => {
      const found = signedIn(request, reply);
      if (found === undefined) return reply;
      const id = request.params.id;
      const back = `/p/${encodeURIComponent(id)}`;
      const site = siteOf(id);
      if (site === undefined) return reply.code(404).type('text/html').send('not found');
      const body = request.body ?? {};
      const type = typeof body.type === 'string' ? body.type : '';
      // A role the person chose among those they hold; anything else is ignored, not trusted.
      const as = isAssignableRole(body.as) ? body.as : undefined;
      const view = await host.view(id, { principal: principal(found.person), log: 0 });
      let event: Record<string, unknown>;
      try {
        if (type === 'CAST_BALLOT' && as === 'owner') {
          const unitId = typeof body.unit === 'string' ? body.unit : '';
          event = {
            type,
            ballot: {
              id: `web-${unitId}-${view.seq}`,
              unitId,
              castBy: found.person.id,
              choice: body.choice,
              channel: 'electronic',
            },
          };
        } else {
          // A form for an event this person may not send now is still sent: the host refuses it
          // with its coded reason, which is what the person should see.
          const schema = view.events.find((e) => e.type === type)?.payloadSchema as
            | FieldSchema
            | undefined;
          event = eventFromForm(type, schema ?? {}, body);
        }
      } catch (error) {
        if (!(error instanceof FormError)) throw error;
        found.session.flash = { ok: false, html: `<p>${esc(error.message)}</p>` };
        return reply.redirect(back, 303);
      }
      const result = await site.complex.send(id, event, {
        principal: principal(found.person),
        ...(as === undefined ? {} : { as }),
      });
      if (result.ok) {
        found.session.flash = {
          ok: true,
          html: `<p>已受理 <span class="en">accepted</span>: ${esc(type)}</p>`,
        };
        changed(id);
      } else {
        const r = result.rejection;
        found.session.flash = {
          ok: false,
          html: `<p><strong>未受理 <span class="en">refused</span></strong> · <code data-testid="refusal-code">${esc(r.code)}</code>${r.rule === undefined ? '' : ` · ${esc(r.rule.id)} [${esc(r.rule.citations.join(', '))}]`}</p>
<p lang="zh-CN">${esc(r.message['zh-CN'])}</p><p lang="en" class="en">${esc(r.message.en)}</p>`,
        };
      }
      return reply.redirect(back, 303);
    },
  );

  app.get<{ Params: { id: string } }>('/p/:id/live', async (request, reply) => {
    const found = personOf(request);
    if (found === undefined) return reply.code(401).send();
    const id = request.params.id;
    reply.raw.writeHead(200, {
      'content-type': 'text/event-stream',
      'cache-control': 'no-cache',
      connection: 'keep-alive',
    });
    reply.raw.write(': open\n\n');
    const set = listeners.get(id) ?? new Set();
    listeners.set(id, set);
    const notify = () => reply.raw.write('event: changed\ndata: {}\n\n');
    set.add(notify);
    request.raw.on('close', () => set.delete(notify));
    return reply;
  });

  return {
    app,
    host,
    complex,
    people,
    roll,
    tick,
    close: async () => {
      if (loop !== undefined) clearInterval(loop);
      await app.close();
      await host.close();
    },
  };
}
