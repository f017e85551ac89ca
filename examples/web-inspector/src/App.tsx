import {
  allowedEvents,
  type Bilingual,
  CHOICES,
  type Choice,
  currentTally,
  dispatch,
  eventTitle,
  explainTally,
  type Locale,
  stateTitle,
  type VoteRecord,
} from '@jiayuan/core';
import { activeStateIds, browserInspector, svgHighlightCss, toSvg } from '@jiayuan/inspect';
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createActor } from 'xstate';
import { COMPLEXES, envelope, nextAt, SCENARIOS, type Scenario } from './scenarios.js';
import { UI } from './ui-text.js';

const START = '2026-03-02T09:00:00+08:00';

interface LogEntry {
  readonly n: number;
  readonly type: string;
  readonly at: string;
  readonly ok: boolean;
  readonly message?: Bilingual;
  readonly code?: string;
}

/** The page: pick a machine and a complex, then drive a run by hand. */
export function App() {
  const [locale, setLocale] = useState<Locale>('zh-CN');
  const [scenarioId, setScenarioId] = useState(SCENARIOS[0]!.id);
  const [complexId, setComplexId] = useState(COMPLEXES[0]!.id);
  const scenario = SCENARIOS.find((s) => s.id === scenarioId) ?? SCENARIOS[0]!;
  const t = UI[locale];
  return (
    <main>
      <header>
        <h1>jiayuan · {t.title}</h1>
        <label>
          {t.machine}{' '}
          <select
            data-testid="machine"
            value={scenarioId}
            onChange={(e) => setScenarioId(e.target.value)}
          >
            {SCENARIOS.map((s) => (
              <option key={s.id} value={s.id}>
                {s.title[locale]}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.complex}{' '}
          <select
            data-testid="complex"
            value={complexId}
            onChange={(e) => setComplexId(e.target.value)}
          >
            {COMPLEXES.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name[locale]}
              </option>
            ))}
          </select>
        </label>
        <button
          type="button"
          data-testid="locale"
          onClick={() => setLocale(locale === 'zh-CN' ? 'en' : 'zh-CN')}
        >
          {locale === 'zh-CN' ? 'English' : '中文'}
        </button>
      </header>
      <Run
        key={`${scenario.id}/${complexId}`}
        scenario={scenario}
        complexId={complexId}
        locale={locale}
      />
    </main>
  );
}

function Run({
  scenario,
  complexId,
  locale,
}: {
  scenario: Scenario;
  complexId: string;
  locale: Locale;
}) {
  const t = UI[locale];
  const complex = COMPLEXES.find((c) => c.id === complexId) ?? COMPLEXES[0]!;
  const roll = complex.parsed;
  const input = useMemo(() => scenario.input(roll, START), [scenario, roll]);
  const actorRef = useActorRef(scenario.machine, { input });
  const snapshot = useSelector(actorRef, (s) => s);
  const [log, setLog] = useState<LogEntry[]>([]);
  const sent = useRef<unknown[]>([]);
  const [unitId, setUnitId] = useState(roll.units[0]?.id ?? '');
  const [choice, setChoice] = useState<Choice>('agree');
  const [svg, setSvg] = useState('');
  const [draft, setDraft] = useState('');
  const [online, setOnline] = useState(typeof navigator === 'undefined' ? false : navigator.onLine);

  useEffect(() => {
    let live = true;
    void toSvg(scenario.machine, { catalog: scenario.catalog, locale }).then((text) => {
      if (live) setSvg(text);
    });
    return () => {
      live = false;
    };
  }, [scenario, locale]);
  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const context = snapshot.context as { now?: string; vote?: VoteRecord | null };
  const now = context.now ?? START;
  const allowed = allowedEvents(actorRef, scenario.catalog);

  const send = (type: string) => {
    const at = nextAt(now, type);
    const event = scenario.event(type, at, roll, { unitId, choice }, log.length + 1);
    if (event === undefined) {
      setDraft(JSON.stringify(envelope(scenario.catalog, type, at), null, 2));
      return;
    }
    submit(type, at, event);
  };

  // Any input, as typed in the JSON editor: dispatch checks it like any host input.
  const sendDraft = () => {
    let event: unknown;
    try {
      event = JSON.parse(draft);
    } catch {
      event = draft;
    }
    const type =
      typeof event === 'object' && event !== null ? String(Reflect.get(event, 'type')) : '?';
    const at = typeof event === 'object' && event !== null ? String(Reflect.get(event, 'at')) : now;
    submit(type, at, event);
  };

  const submit = (type: string, at: string, event: unknown) => {
    const result = dispatch(actorRef, event);
    if (result.ok) sent.current.push(event);
    setLog((entries) => [
      ...entries,
      result.ok
        ? { n: entries.length + 1, type, at, ok: true }
        : {
            n: entries.length + 1,
            type,
            at,
            ok: false,
            message: result.rejection.message,
            code: result.rejection.code,
          },
    ]);
  };

  // The same run in the Stately inspector: a new actor, watched, fed the accepted events again.
  const openInStately = () => {
    const inspector = browserInspector();
    const replay = createActor(scenario.machine, { input, inspect: inspector.inspect }).start();
    for (const event of sent.current) dispatch(replay, event);
  };

  const vote = context.vote ?? null;
  const explanation = vote === null ? undefined : explainTally(currentTally(vote));
  const lastRefusal = [...log].reverse().find((entry) => !entry.ok);

  return (
    <div className="grid">
      <section className="diagram">
        <p>
          {t.state}: <strong data-testid="state">{stateTitle(snapshot)[locale]}</strong> · {t.clock}
          : <code>{now}</code>
        </p>
        <style>{svgHighlightCss(activeStateIds(snapshot))}</style>
        {/* biome-ignore lint/security/noDangerouslySetInnerHtml: the SVG is generated here from the machine definition */}
        <div data-testid="diagram" dangerouslySetInnerHTML={{ __html: svg }} />
      </section>
      <section className="controls">
        <h2>{t.allowed}</h2>
        {allowed.includes('CAST') ? (
          <div className="form">
            <label>
              {t.unit}{' '}
              <select data-testid="unit" value={unitId} onChange={(e) => setUnitId(e.target.value)}>
                {roll.units.map((u) => (
                  <option key={u.id} value={u.id}>
                    {u.id} · {u.building}#
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t.choice}{' '}
              <select
                data-testid="choice"
                value={choice}
                onChange={(e) => setChoice(e.target.value as Choice)}
              >
                {CHOICES.map((c) => (
                  <option key={c} value={c}>
                    {t.choices[c]}
                  </option>
                ))}
              </select>
            </label>
          </div>
        ) : null}
        <div className="buttons">
          {allowed.length === 0 ? <span>{t.none}</span> : null}
          {allowed.map((type) => (
            <button
              key={type}
              type="button"
              data-testid={`send-${type}`}
              onClick={() => send(type)}
            >
              {eventTitle(scenario.catalog, type)[locale]} <code>{type}</code>
            </button>
          ))}
        </div>
        {lastRefusal?.message === undefined ? null : (
          <div className="rejection" data-testid="rejection">
            <strong>
              {t.refused}: <code>{lastRefusal.code}</code>
            </strong>
            <p lang="zh-CN">{lastRefusal.message['zh-CN']}</p>
            <p lang="en">{lastRefusal.message.en}</p>
          </div>
        )}
        <details>
          <summary>{t.json}</summary>
          <textarea
            data-testid="draft"
            rows={6}
            cols={48}
            value={draft}
            onChange={(e) => setDraft(e.target.value)}
          />
          <br />
          <button type="button" data-testid="submit-draft" onClick={sendDraft}>
            {t.send}
          </button>
        </details>
        <p className="note">{t.personal}</p>
        <button type="button" data-testid="stately" disabled={!online} onClick={openInStately}>
          {online ? t.stately : t.offline}
        </button>
        <h2>{t.tally}</h2>
        <div data-testid="tally" className="tally">
          {explanation === undefined ? (
            <p>{t.noVote}</p>
          ) : (
            <>
              <p>
                <strong>{explanation.verdict[locale]}</strong>
              </p>
              <ul>
                {explanation.lines[locale].map((line) => (
                  <li key={line}>{line}</li>
                ))}
              </ul>
            </>
          )}
        </div>
        <h2>{t.log}</h2>
        <ol data-testid="log" className="log">
          {log.map((entry) => (
            <li key={entry.n} className={entry.ok ? 'ok' : 'refused'}>
              <code>{entry.type}</code> {entry.ok ? t.accepted : `${t.refused} (${entry.code})`}
              {entry.message === undefined ? null : <span> — {entry.message[locale]}</span>}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
