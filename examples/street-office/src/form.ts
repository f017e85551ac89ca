// Forms generated from an event's JSON Schema (as `host.view` gives it), and the event read back
// from the submitted form. Times are entered and shown in Asia/Shanghai.
import { esc } from './html.js';

/** The part of JSON Schema the forms use. */
export interface FieldSchema {
  readonly type?: string | readonly string[];
  readonly const?: unknown;
  readonly enum?: readonly unknown[];
  readonly format?: string;
  readonly pattern?: string;
  readonly description?: string;
  readonly properties?: Readonly<Record<string, FieldSchema>>;
  readonly required?: readonly string[];
  readonly anyOf?: readonly FieldSchema[];
}

type Kind = 'const' | 'enum' | 'instant' | 'text' | 'number' | 'boolean' | 'json';

const isInstant = (name: string, s: FieldSchema) =>
  s.format === 'date-time' || (/At$/.test(name) && typeOf(s) === 'string');

function typeOf(s: FieldSchema): string | undefined {
  if (typeof s.type === 'string') return s.type;
  if (Array.isArray(s.type)) return s.type.find((t) => t !== 'null');
  return s.anyOf?.map(typeOf).find((t) => t !== undefined && t !== 'null');
}

function kindOf(name: string, s: FieldSchema): Kind {
  if (s.const !== undefined) return 'const';
  if (s.enum !== undefined) return 'enum';
  if (isInstant(name, s)) return 'instant';
  const type = typeOf(s);
  if (type === 'string') return 'text';
  if (type === 'number' || type === 'integer') return 'number';
  if (type === 'boolean') return 'boolean';
  return 'json';
}

/** The fields of an event's payload, `type` left out. */
export function fieldsOf(schema: FieldSchema): [string, FieldSchema, boolean][] {
  const required = new Set(schema.required ?? []);
  return Object.entries(schema.properties ?? {})
    .filter(([name]) => name !== 'type')
    .map(([name, s]) => [name, s, required.has(name)]);
}

/** The inputs of one field. */
export function fieldHtml(name: string, s: FieldSchema, required: boolean): string {
  const id = `f.${name}`;
  const req = required ? ' required' : '';
  const label = `<span>${esc(name)}${required ? ' *' : ''}</span>`;
  switch (kindOf(name, s)) {
    case 'const':
      return `<input type="hidden" name="${esc(id)}" value="${esc(JSON.stringify(s.const))}">`;
    case 'enum':
      return `<label>${label} <select name="${esc(id)}"${req}>${(s.enum ?? [])
        .map((v) => `<option value="${esc(JSON.stringify(v))}">${esc(v)}</option>`)
        .join('')}</select></label>`;
    case 'instant':
      return `<label>${label} <input type="datetime-local" step="1" name="${esc(id)}"${req}> <span class="en">Asia/Shanghai</span></label>`;
    case 'number':
      return `<label>${label} <input type="number" name="${esc(id)}"${req}></label>`;
    case 'boolean':
      return `<label><input type="checkbox" name="${esc(id)}" value="true"> ${label}</label>`;
    case 'text':
      return `<label>${label} <input name="${esc(id)}" maxlength="2000"${req}></label>`;
    default:
      return `<label>${label} <span class="en">JSON</span><textarea name="${esc(id)}"${req}></textarea></label>`;
  }
}

/** A wall time typed in Shanghai (`2026-09-18T09:00` or with seconds) as an ISO instant. */
export function shanghaiInstant(local: string): string | undefined {
  const m = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(local);
  if (m === null) return undefined;
  return `${m[1]}T${m[2]}${m[3] ?? ':00'}+08:00`;
}

/** Why a submitted form could not be read as an event. */
export class FormError extends Error {}

/** The event a form describes: its `type` and each `f.<field>` read by the field's schema. */
export function eventFromForm(
  type: string,
  schema: FieldSchema,
  form: Readonly<Record<string, unknown>>,
): Record<string, unknown> {
  const event: Record<string, unknown> = { type };
  for (const [name, s, required] of fieldsOf(schema)) {
    const raw = form[`f.${name}`];
    const text = typeof raw === 'string' ? raw.trim() : '';
    const kind = kindOf(name, s);
    if (kind === 'boolean') {
      event[name] = text === 'true';
      continue;
    }
    if (text === '') {
      if (required) throw new FormError(`${name}: 必填 required`);
      continue;
    }
    if (kind === 'instant') {
      const iso = shanghaiInstant(text);
      if (iso === undefined) throw new FormError(`${name}: 时间格式 expected a date and time`);
      event[name] = iso;
    } else if (kind === 'number') {
      event[name] = Number(text);
    } else if (kind === 'text') {
      event[name] = text;
    } else {
      try {
        event[name] = JSON.parse(text);
      } catch {
        throw new FormError(`${name}: JSON 无法解析 not valid JSON`);
      }
    }
  }
  return event;
}
