// Lists the longest functions under the given folders (default src/), in lines, for code review and closing notes:
// `node scripts/functionLengths.mjs [--over 80] [folders...]`. Counts every function, method, arrow function and
// accessor from its first line to its last.
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';

const args = process.argv.slice(2);
const overAt = args.indexOf('--over');
const over = overAt >= 0 ? Number(args.splice(overAt, 2)[1]) : 0;
const roots = args.length > 0 ? args : ['src'];

function files(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return files(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [full] : [];
  });
}

const found = [];
for (const file of roots.flatMap(files)) {
  const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true);
  const visit = (node) => {
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const start = source.getLineAndCharacterOfPosition(node.getStart(source)).line;
      const end = source.getLineAndCharacterOfPosition(node.getEnd()).line;
      const parent = node.parent;
      const name =
        node.name?.getText(source) ??
        (parent && ts.isVariableDeclaration(parent) ? parent.name.getText(source) : '(anonymous)');
      found.push({ file, name, line: start + 1, lines: end - start + 1 });
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
}
found.sort((a, b) => b.lines - a.lines);
const shown = over > 0 ? found.filter((f) => f.lines > over) : found.slice(0, 10);
for (const f of shown) console.log(`${String(f.lines).padStart(5)}  ${f.file}:${f.line}  ${f.name}`);
if (over > 0) console.log(`${shown.length} functions over ${over} lines`);
