// Finds, for each setting of the shipped profiles, the package sources that read it, with the
// TypeScript checker: a read is an access that resolves to the setting's own property of the
// `Profile` type, so a comment, a string or a same-named field elsewhere is not one. A setting no
// machine, rule or formatter reads tells a host its rule is supported when it is not.
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describeProfile, PROFILES } from '@jiayuan/core';
import ts from 'typescript';
import { ROOT } from './load-docs.js';

// Where the settings are defined, described or translated: naming a setting there is not reading it.
const NOT_READERS = [/^packages\/core\/src\/profiles\//, /\/locales\//];
const PROFILE_FILE = join(ROOT, 'packages/core/src/profiles/schema.ts');

/** The dotted paths of every setting in the shipped profiles, as `describeProfile` lists them. */
export function settingPaths(): string[] {
  const paths = new Set<string>();
  for (const profile of Object.values(PROFILES)) {
    for (const row of describeProfile(profile, 'en')) paths.add(row.path);
  }
  return [...paths].sort();
}

function sourceFiles(): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const item of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, item.name);
      if (item.isDirectory()) walk(path);
      else if (item.name.endsWith('.ts')) out.push(path);
    }
  };
  for (const name of readdirSync(join(ROOT, 'packages')).sort()) {
    try {
      walk(join(ROOT, 'packages', name, 'src'));
    } catch {
      // A package folder without sources has nothing to read.
    }
  }
  return out;
}

/** A program over every package's sources, resolved the way the repository's tsconfig does. */
export function sourceProgram(files: readonly string[] = sourceFiles()): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    {
      ...ts.sys,
      onUnRecoverableConfigFileDiagnostic: (d) => {
        throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
      },
    },
  );
  if (config === undefined) throw new Error('tsconfig.json not readable');
  return ts.createProgram({ rootNames: [...files], options: { ...config.options, noEmit: true } });
}

// The symbols a setting resolves to, section first: `voting.quorum.area` → voting, quorum, area.
function chainOf(checker: ts.TypeChecker, profile: ts.Type, path: string): ts.Symbol[] {
  const chain: ts.Symbol[] = [];
  let type: ts.Type = profile;
  for (const segment of path.split('.')) {
    const property = checker.getPropertyOfType(checker.getNonNullableType(type), segment);
    if (property === undefined) return chain;
    chain.push(property);
    type = checker.getTypeOfSymbol(property);
  }
  return chain;
}

function profileType(program: ts.Program): ts.Type {
  const checker = program.getTypeChecker();
  const file = program.getSourceFile(PROFILE_FILE);
  const declaration = file?.statements.find(
    (s): s is ts.InterfaceDeclaration => ts.isInterfaceDeclaration(s) && s.name.text === 'Profile',
  );
  if (declaration === undefined) throw new Error('interface Profile not found in schema.ts');
  return checker.getTypeAtLocation(declaration.name);
}

/** What the sources touch: properties read by name, and objects indexed by a computed key. */
interface Reads {
  readonly named: Map<ts.Symbol, Set<string>>;
  readonly indexed: Map<ts.Symbol, Set<string>>;
}

function record(map: Map<ts.Symbol, Set<string>>, symbol: ts.Symbol | undefined, file: string) {
  if (symbol === undefined) return;
  const files = map.get(symbol) ?? new Set<string>();
  files.add(file);
  map.set(symbol, files);
}

function collectReads(program: ts.Program, scan: RegExp): Reads {
  const checker = program.getTypeChecker();
  const reads: Reads = { named: new Map(), indexed: new Map() };
  const add = (map: Map<ts.Symbol, Set<string>>, symbol: ts.Symbol | undefined, file: string) => {
    if (symbol === undefined) return;
    for (const root of checker.getRootSymbols(symbol)) record(map, root, file);
    record(map, symbol, file);
  };
  for (const source of program.getSourceFiles()) {
    const file = relative(ROOT, source.fileName);
    if (source.isDeclarationFile || file.startsWith('..') || file.includes('node_modules'))
      continue;
    if (!scan.test(file) || NOT_READERS.some((re) => re.test(file))) continue;
    const visit = (node: ts.Node): void => {
      if (ts.isPropertyAccessExpression(node)) {
        add(reads.named, checker.getSymbolAtLocation(node.name), file);
      } else if (ts.isElementAccessExpression(node)) {
        const key = node.argumentExpression;
        if (ts.isStringLiteralLike(key)) {
          const owner = checker.getNonNullableType(checker.getTypeAtLocation(node.expression));
          add(reads.named, checker.getPropertyOfType(owner, key.text), file);
        } else {
          const target = ts.isPropertyAccessExpression(node.expression)
            ? node.expression.name
            : node.expression;
          add(reads.indexed, checker.getSymbolAtLocation(target), file);
        }
      } else if (ts.isBindingElement(node) && ts.isObjectBindingPattern(node.parent)) {
        const name = node.propertyName ?? node.name;
        if (ts.isIdentifier(name) || ts.isStringLiteralLike(name)) {
          const owner = checker.getNonNullableType(checker.getTypeAtLocation(node.parent));
          add(reads.named, checker.getPropertyOfType(owner, name.text), file);
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(source);
  }
  return reads;
}

/**
 * For each setting path, the files that read it: they access the setting's own property and its
 * parent's (`profile.voting.quorum` and `.area` for `voting.quorum.area`, since the three bars
 * share one type), or index one of its ancestors by a computed key (`escalateAfter[level]`).
 * Only files whose repository path matches `scan` are searched.
 */
export function settingReaders(
  paths: readonly string[],
  program: ts.Program = sourceProgram(),
  scan: RegExp = /^packages\//,
): Map<string, string[]> {
  const checker = program.getTypeChecker();
  const profile = profileType(program);
  const reads = collectReads(program, scan);
  const out = new Map<string, string[]>();
  for (const path of paths) {
    const chain = chainOf(checker, profile, path);
    if (chain.length !== path.split('.').length)
      throw new Error(`${path}: not a property of Profile`);
    const leaf = reads.named.get(chain[chain.length - 1] as ts.Symbol);
    const parent = chain.length > 1 ? reads.named.get(chain[chain.length - 2] as ts.Symbol) : leaf;
    const files = new Set<string>();
    if (leaf !== undefined && parent !== undefined) for (const f of leaf) files.add(f);
    for (const ancestor of chain.slice(0, -1)) {
      for (const f of reads.indexed.get(ancestor) ?? []) files.add(f);
    }
    out.set(path, [...files].sort());
  }
  return out;
}
