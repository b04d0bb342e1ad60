// Keeps src/engine/index.ts the one door into the engine: `node scripts/engineIndex.mjs` rewrites every import of an
// engine module from another layer of src/ into an import from the index, and (re)writes the index's exports to
// what those layers use. Run it after adding an engine import elsewhere; the lint rule in eslint.config.mjs refuses
// deep imports and test/engine/engineIndex.test.ts snapshots the surface.
import fs from 'node:fs';
import path from 'node:path';
import * as prettier from 'prettier';
import ts from 'typescript';

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const ENGINE = path.join(ROOT, 'src', 'engine');
const INDEX = path.join(ENGINE, 'index.ts');
const LAYERS = ['workbook', 'taskpane', 'cli', 'commands', 'functions'].map((l) => path.join(ROOT, 'src', l));

function files(dir) {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `text` as Prettier formats `file`, so the script's output passes `npm run format:check` as written. */
async function formatted(file, text) {
  const options = (await prettier.resolveConfig(file)) ?? {};
  return prettier.format(text, { ...options, filepath: file });
}

/** The engine module a specifier of `file` names (relative to src/engine, no extension), or null. */
function engineModule(file, specifier) {
  if (!specifier.startsWith('.')) return null;
  const target = path.resolve(path.dirname(file), specifier);
  if (!target.startsWith(ENGINE + path.sep)) return null;
  let rel = path.relative(ENGINE, target).split(path.sep).join('/');
  if (fs.existsSync(path.join(ENGINE, rel)) && fs.statSync(path.join(ENGINE, rel)).isDirectory()) rel += '/index';
  return rel === 'index' ? null : rel;
}

// Existing index exports: kept, so the surface only grows on purpose.
const surface = new Map(); // module -> Map(name -> isType)
const add = (module, name, isType) => {
  if (!surface.has(module)) surface.set(module, new Map());
  const names = surface.get(module);
  names.set(name, (names.get(name) ?? true) && isType);
};
if (fs.existsSync(INDEX)) {
  const source = ts.createSourceFile(INDEX, fs.readFileSync(INDEX, 'utf8'), ts.ScriptTarget.Latest, true);
  for (const statement of source.statements) {
    if (!ts.isExportDeclaration(statement) || !statement.moduleSpecifier || !statement.exportClause) continue;
    const module = statement.moduleSpecifier.text.replace(/^\.\//, '');
    for (const element of statement.exportClause.elements) {
      add(module, element.name.text, statement.isTypeOnly || element.isTypeOnly);
    }
  }
}

let rewritten = 0;
for (const file of LAYERS.flatMap(files)) {
  const text = fs.readFileSync(file, 'utf8');
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const indexSpecifier = path.relative(path.dirname(file), ENGINE).split(path.sep).join('/');
  const edits = [];
  const specifiers = [];
  let firstImport = null;
  for (const statement of source.statements) {
    const isImport = ts.isImportDeclaration(statement);
    const isReexport = ts.isExportDeclaration(statement) && statement.moduleSpecifier;
    if (!isImport && !isReexport) continue;
    const module = engineModule(file, statement.moduleSpecifier.text);
    if (module === null) continue;
    if (isReexport) {
      for (const element of statement.exportClause?.elements ?? []) {
        add(module, (element.propertyName ?? element.name).text, statement.isTypeOnly || element.isTypeOnly);
      }
      const spec = statement.moduleSpecifier;
      edits.push({ start: spec.getStart(source), end: spec.getEnd(), text: `'${indexSpecifier}'` });
      continue;
    }
    const clause = statement.importClause;
    if (!clause || clause.name || !clause.namedBindings || !ts.isNamedImports(clause.namedBindings)) {
      throw new Error(`${file}: only named imports of the engine are supported (${statement.getText(source)})`);
    }
    for (const element of clause.namedBindings.elements) {
      const imported = (element.propertyName ?? element.name).text;
      const isType = clause.isTypeOnly || element.isTypeOnly;
      add(module, imported, isType);
      const alias = element.propertyName ? ` as ${element.name.text}` : '';
      specifiers.push({ text: `${isType ? 'type ' : ''}${imported}${alias}`, isType });
    }
    const end = statement.getEnd() + (text[statement.getEnd()] === '\n' ? 1 : 0);
    edits.push({ start: statement.getStart(source), end, text: '', isImport: true });
    firstImport ??= statement;
  }
  if (edits.length === 0) continue;
  if (firstImport) {
    const unique = [...new Map(specifiers.map((s) => [s.text, s])).values()];
    const allTypes = unique.every((s) => s.isType);
    const list = unique
      .map((s) => (allTypes ? s.text.replace(/^type /, '') : s.text))
      .sort((a, b) => a.replace(/^type /, '').localeCompare(b.replace(/^type /, '')));
    const importText = `import ${allTypes ? 'type ' : ''}{ ${list.join(', ')} } from '${indexSpecifier}';\n`;
    const first = edits.find((e) => e.isImport);
    first.text = importText;
  }
  let out = text;
  for (const edit of edits.sort((a, b) => b.start - a.start)) {
    out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  }
  if (out !== text) {
    fs.writeFileSync(file, await formatted(file, out));
    rewritten += 1;
  }
}

const modules = [...surface.keys()].sort();
// A name re-exported by a second module (scoreSwot re-exports ieMatrix's strategyFor) is the same binding: one entry.
const seen = new Set();
const lines = [
  '/**',
  " * The engine's public surface: the only module the workbook adapters, the pane, the ribbon commands, the custom",
  ' * functions and the command line import (lint-enforced; test/engine/engineIndex.test.ts snapshots the names).',
  ' * Kept by `node scripts/engineIndex.mjs`, which adds what another layer starts to use.',
  ' */',
];
for (const module of modules) {
  const names = [...surface.get(module).entries()]
    .filter(([name]) => !seen.has(name) && seen.add(name))
    .sort(([a], [b]) => a.localeCompare(b));
  const values = names.filter(([, isType]) => !isType).map(([n]) => n);
  const types = names.filter(([, isType]) => isType).map(([n]) => n);
  const from = module.replace(/\/index$/, '');
  if (values.length > 0) lines.push(`export { ${values.join(', ')} } from './${from}';`);
  if (types.length > 0) lines.push(`export type { ${types.join(', ')} } from './${from}';`);
}
fs.writeFileSync(INDEX, await formatted(INDEX, `${lines.join('\n')}\n`));
console.log(
  `${rewritten} files now import the engine through src/engine/index.ts (${modules.length} modules behind it)`,
);
