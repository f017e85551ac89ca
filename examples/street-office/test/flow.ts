// A signed-in browser without a browser: cookies kept per person, forms posted as a page posts
// them. Shared by the server tests and the Chromium test's set-up.
import type { FastifyInstance } from 'fastify';

/** One person's session against the app. */
export class Visitor {
  cookie = '';
  constructor(
    readonly app: FastifyInstance,
    readonly account: string,
  ) {}

  async signIn(password = 'jiayuan'): Promise<number> {
    const res = await this.app.inject({
      method: 'POST',
      url: '/signin',
      payload: new URLSearchParams({ account: this.account, password }).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    const set = res.headers['set-cookie'];
    const sid = (Array.isArray(set) ? set[0] : set)?.split(';')[0];
    if (sid !== undefined) this.cookie = sid;
    return res.statusCode;
  }

  async page(url: string): Promise<string> {
    const res = await this.app.inject({ method: 'GET', url, headers: { cookie: this.cookie } });
    return res.body;
  }

  /** Posts a form to a process and returns the page it redirects to. */
  async send(processId: string, fields: Record<string, string>): Promise<string> {
    const url = `/p/${encodeURIComponent(processId)}`;
    const res = await this.app.inject({
      method: 'POST',
      url: `${url}/send`,
      payload: new URLSearchParams(fields).toString(),
      headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: this.cookie },
    });
    if (res.statusCode !== 303) throw new Error(`send: ${res.statusCode} ${res.body}`);
    return this.page(url);
  }
}

/** A settable clock for the host, in Shanghai wall time. */
export class TestClock {
  now: Date;
  constructor(start: string) {
    this.now = new Date(`${start}+08:00`);
  }
  set(local: string): void {
    this.now = new Date(`${local}+08:00`);
  }
  readonly read = (): Date => this.now;
}

/** The page's one-time message as text: what was accepted or why it was refused. */
export function flashOf(page: string): string {
  const m = /<section class="(accepted|refusal)"[^>]*>([\s\S]*?)<\/section>/.exec(page);
  return m === null
    ? 'no message'
    : `${m[1]}: ${(m[2] ?? '')
        .replace(/<[^>]+>/g, ' ')
        .replace(/\s+/g, ' ')
        .trim()}`;
}
