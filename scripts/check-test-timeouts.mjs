#!/usr/bin/env node
// Every heavy test declares its own timeout instead of inheriting one: on the shared 2-core build
// machine a property test that takes 1 s alone has run past vitest's 5 s default under load.
// Checked here: each test of a property, fuzz, path or scenario test file (`*.property.test.ts`,
// `fuzz.test.ts`, `*.paths.test.ts`, `scenario-*.test.ts`, …) has a timeout of its own — a number
// or `{ timeout }` argument — or sits in a `describe` that has one. Run by `pnpm test`.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const root = fileURLToPath(new URL('..', import.meta.url));
const HEAVY = /(^|[.-])(property|fuzz|paths|scenario)[.-].*test\.ts$/;
const REGISTRARS = new Set(['it', 'test', 'describe']);

function* testFiles(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* testFiles(path);
    else if (HEAVY.test(entry.name)) yield path;
  }
}

/** `it`, `test` or `describe` under `.each(…)`, `.skip`, `.only`, …; otherwise undefined. */
function registrar(callee) {
  let node = callee;
  for (;;) {
    if (ts.isPropertyAccessExpression(node)) node = node.expression;
    else if (ts.isCallExpression(node)) node = node.expression;
    else break;
  }
  return ts.isIdentifier(node) && REGISTRARS.has(node.text) ? node.text : undefined;
}

const isName = (node) =>
  node !== undefined &&
  (ts.isStringLiteral(node) ||
    ts.isNoSubstitutionTemplateLiteral(node) ||
    ts.isTemplateExpression(node));
const isFunction = (node) => ts.isArrowFunction(node) || ts.isFunctionExpression(node);
/** `it('…', …)`, `it(name, () => …)`: not the `it.each(table)` that returns the registrar. */
const isRegistration = (call) => isName(call.arguments[0]) || call.arguments.some(isFunction);
const isTodo = (callee) => ts.isPropertyAccessExpression(callee) && callee.name.text === 'todo';

/** A `{ timeout }` option, or a timeout argument after the test function. */
function hasTimeout(call) {
  const [, second, third] = call.arguments;
  if (call.arguments.some((a) => ts.isObjectLiteralExpression(a) && hasTimeoutProperty(a))) {
    return true;
  }
  return second !== undefined && isFunction(second) && third !== undefined && !isFunction(third);
}
const hasTimeoutProperty = (object) =>
  object.properties.some((p) => p.name !== undefined && p.name.getText() === 'timeout');

const problems = [];
let files = 0;
let tests = 0;
const packages = join(root, 'packages');
for (const pkg of readdirSync(packages)) {
  let paths;
  try {
    paths = [...testFiles(join(packages, pkg, 'test'))];
  } catch {
    continue;
  }
  for (const file of paths) {
    files += 1;
    const text = readFileSync(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
    let found = 0;
    const visit = (node, covered) => {
      let inner = covered;
      if (ts.isCallExpression(node) && isRegistration(node)) {
        const kind = registrar(node.expression);
        if (kind !== undefined) {
          const own = hasTimeout(node);
          if (kind === 'describe') inner = covered || own;
          else if (!isTodo(node.expression)) {
            found += 1;
            if (!covered && !own) {
              const { line } = source.getLineAndCharacterOfPosition(node.getStart());
              problems.push(
                `${relative(root, file)}:${line + 1}: ${kind}(${node.arguments[0].getText()}) has no timeout of its own`,
              );
            }
          }
        }
      }
      ts.forEachChild(node, (child) => visit(child, inner));
    };
    visit(source, false);
    tests += found;
    if (found === 0) problems.push(`${relative(root, file)}: no it()/test() found to check`);
  }
}

if (problems.length > 0) {
  console.error(`Heavy tests without their own timeout (${problems.length}):`);
  for (const p of problems) console.error(`  ${p}`);
  console.error(
    "Give each one a timeout sized for a loaded 2-core machine (3–5× its time here): it('…', fn, 60_000), or describe('…', { timeout: 60_000 }, …).",
  );
  process.exit(1);
}
console.log(
  `${tests} tests in ${files} property, fuzz, path and scenario files declare their own timeout`,
);
