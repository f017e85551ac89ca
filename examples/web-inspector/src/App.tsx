import diagrams from 'virtual:diagrams';
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
} from '@jiayuan/core';
import { activeStateIds, browserInspector, svgHighlightCss } from '@jiayuan/inspect';
import { useActorRef, useSelector } from '@xstate/react';
import { useEffect, useMemo, useRef, useState } from 'react';
import { createActor } from 'xstate';
import { COMPLEXES, type Helper, nextAt, SCENARIOS, type Scenario } from './scenarios.js';
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
  const svg = diagrams[scenario.id]?.[locale] ?? '';
  const [draft, setDraft] = useState('');
  // Payloads a person has edited, by event type; cleared after each event sent.
  const [edits, setEdits] = useState<Record<string, string>>({});
  const [online, setOnline] = useState(typeof navigator === 'undefined' ? false : navigator.onLine);

  useEffect(() => {
    const update = () => setOnline(navigator.onLine);
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, []);

  const context = snapshot.context as { now?: string };
  const now = context.now ?? START;
  // From the selected snapshot, so the list follows every render of it (the actor itself only
  // starts after the first render).
  const allowed = allowedEvents(snapshot, scenario.catalog);

  const build = (type: string) =>
    scenario.event(type, nextAt(now, type), {
      roll,
      form: { unitId, choice },
      serial: log.length + 1,
      context: snapshot.context,
    });

  const send = (type: string) => {
    const event = build(type);
    const at = String(event.at);
    const text = edits[type];
    if (!scenario.editPayloads || text === undefined) {
      submit(type, at, event);
      return;
    }
    // The edited payload over the envelope; text that is not JSON goes to dispatch as it is.
    let payload: unknown;
    try {
      payload = JSON.parse(text);
    } catch {
      submit(type, at, text);
      return;
    }
    const fields = typeof payload === 'object' && payload !== null ? payload : { payload };
    submit(type, at, { ...fields, type, at: event.at, by: event.by });
  };

  // Helpers send a series of events, each through dispatch, built from the context as it is now.
  const runHelper = (helper: Helper) => {
    const latest = actorRef.getSnapshot().context as { now?: string };
    for (const event of helper.events(latest, roll, latest.now ?? START)) {
      submit(String(event.type), String(event.at), event);
    }
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
    setEdits({});
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

  const tallies = scenario.tallies(snapshot.context);
  const result = scenario.result?.(snapshot.context) ?? null;
  const helpers = (scenario.helpers ?? []).filter((h) => h.available(allowed));
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
        {helpers.length === 0 ? null : (
          <div className="buttons helpers">
            {helpers.map((helper) => (
              <button
                key={helper.id}
                type="button"
                data-testid={`helper-${helper.id}`}
                onClick={() => runHelper(helper)}
              >
                » {helper.title[locale]}
              </button>
            ))}
          </div>
        )}
        {scenario.ballotEvent !== undefined && allowed.includes(scenario.ballotEvent) ? (
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
        <div className={scenario.editPayloads ? 'events' : 'buttons'}>
          {allowed.length === 0 ? <span>{t.none}</span> : null}
          {allowed.map((type) => {
            const prefilled = scenario.editPayloads ? payloadText(build(type)) : null;
            return (
              <div key={type} className="event">
                <button type="button" data-testid={`send-${type}`} onClick={() => send(type)}>
                  {eventTitle(scenario.catalog, type)[locale]} <code>{type}</code>
                </button>
                {prefilled === null ? null : (
                  <textarea
                    data-testid={`payload-${type}`}
                    aria-label={`${type} ${t.payload}`}
                    rows={prefilled.length > 60 ? 3 : 1}
                    value={edits[type] ?? prefilled}
                    onChange={(e) => setEdits((all) => ({ ...all, [type]: e.target.value }))}
                  />
                )}
              </div>
            );
          })}
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
          <summary data-testid="json-editor">{t.json}</summary>
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
        {result === null ? null : (
          <p className="result" data-testid="result">
            <strong>{result[locale]}</strong>
          </p>
        )}
        <div data-testid="tally" className="tally">
          {tallies.length === 0 ? <p>{t.noVote}</p> : null}
          {tallies.map((tally) => {
            const explanation = explainTally(currentTally(tally.vote));
            return (
              <div key={tally.id} data-testid={`tally-${tally.id}`} className="candidate">
                <p>
                  {tally.label[locale]}: <strong>{explanation.verdict[locale]}</strong>
                </p>
                <ul>
                  {explanation.checks.map((check) => (
                    <li key={check.id} className={check.passed ? 'met' : 'unmet'}>
                      {check.text[locale]}
                    </li>
                  ))}
                </ul>
                <details>
                  <summary>{t.explanation}</summary>
                  <ul>
                    {explanation.lines[locale].map((line) => (
                      <li key={line}>{line}</li>
                    ))}
                  </ul>
                </details>
              </div>
            );
          })}
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

/** An event's payload (everything but its type, time and sender) as JSON for the editor. */
function payloadText(event: Record<string, unknown>): string | null {
  const payload = Object.fromEntries(
    Object.entries(event).filter(([key]) => key !== 'type' && key !== 'at' && key !== 'by'),
  );
  return Object.keys(payload).length === 0 ? null : JSON.stringify(payload);
}
