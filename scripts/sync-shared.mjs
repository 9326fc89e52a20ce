#!/usr/bin/env node
// Keeps the in-repo copies identical to ../shared.
//   node scripts/sync-shared.mjs          copy ../shared over the copies
//   node scripts/sync-shared.mjs --check  report differences, exit 1 if any (exit 0 when ../shared is absent)
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SHARED_COPIES } from './shared-copies.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const shared = process.env.TURNUS_SHARED ?? join(root, '..', 'shared');
const check = process.argv.includes('--check');

function files(dir) {
  if (!existsSync(dir)) return [];
  if (!statSync(dir).isDirectory()) return [dir];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}

if (!existsSync(shared)) {
  console.log(`no ${shared}: nothing to compare`);
  process.exit(0);
}
const differences = [];
for (const { shared: from, copy } of SHARED_COPIES) {
  const source = join(shared, from);
  const target = join(root, copy);
  const wanted = new Set(files(source).map((f) => relative(source, f)));
  for (const rel of wanted) {
    const a = readFileSync(join(source, rel));
    const b = existsSync(join(target, rel)) ? readFileSync(join(target, rel)) : undefined;
    if (b?.equals(a)) continue;
    differences.push(`${join(copy, rel)}: ${b ? 'differs' : 'missing'}`);
    if (!check) {
      mkdirSync(dirname(join(target, rel)), { recursive: true });
      writeFileSync(join(target, rel), a);
    }
  }
  // Files the repository adds next to a copy (e.g. SOURCE.md) are allowed; files removed from shared are reported.
  for (const f of files(target)) {
    const rel = relative(target, f);
    if (!wanted.has(rel) && !rel.endsWith('SOURCE.md'))
      differences.push(`${join(copy, rel)}: not in ../shared/${from}`);
  }
}
if (differences.length === 0) console.log('copies identical to ../shared');
else console.log(differences.join('\n'));
process.exit(check && differences.length > 0 ? 1 : 0);
