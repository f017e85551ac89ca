import type { StartIssue } from './errors.js';

/**
 * The problems of a refused start input, as data, from the error the machine stopped with: the
 * issues a zod error carries (on the error or as its `cause`), else the fields a machine's
 * input error names (`fields`, with its `code`), else the error as one issue on the whole input.
 */
export function startIssuesOf(error: unknown): StartIssue[] {
  const code = stringField(error, 'code') ?? 'invalid-input';
  const message = error instanceof Error ? error.message : String(error);
  const issues = zodIssues(error) ?? zodIssues(field(error, 'cause'));
  if (issues !== undefined) return issues;
  const fields = field(error, 'fields');
  if (Array.isArray(fields) && fields.length > 0 && fields.every((f) => typeof f === 'string')) {
    return fields.map((path: string) => ({ path, code, message }));
  }
  return [{ path: '', code, message }];
}

function zodIssues(error: unknown): StartIssue[] | undefined {
  const issues = field(error, 'issues');
  if (!Array.isArray(issues) || issues.length === 0) return undefined;
  const out: StartIssue[] = [];
  for (const issue of issues) {
    const message = stringField(issue, 'message');
    if (message === undefined) return undefined;
    const path = field(issue, 'path');
    const at = Array.isArray(path) ? path.map(String) : typeof path === 'string' ? [path] : [];
    const code = stringField(issue, 'code') ?? stringField(error, 'code') ?? 'invalid-input';
    // zod reports keys an object may not have on the object: each key is a field of its own.
    const keys = field(issue, 'keys');
    const fields =
      code === 'unrecognized_keys' && Array.isArray(keys)
        ? keys.map((key) => [...at, String(key)].filter((p) => p !== '').join('.'))
        : [at.join('.')];
    for (const f of fields) out.push({ path: f, code, message });
  }
  return out;
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? Reflect.get(value, name) : undefined;
}

function stringField(value: unknown, name: string): string | undefined {
  const v = field(value, name);
  return typeof v === 'string' ? v : undefined;
}
