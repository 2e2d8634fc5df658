#!/usr/bin/env node
// `npm run check-package` (a step of `npm test`, after the build): what `npm pack` would ship.
//  - every shipped file that ends in a `sourceMappingURL` points at a map that is shipped too;
//  - no file of dist/cdn/ (what a customer's browser downloads) names a map at all;
//  - dist/cdn/integrity.json holds the right sha384 of every .js file of dist/cdn/, and of
//    nothing else;
//  - every `integrity="sha384-…"` in README.md for a dist/cdn/ file is that file's hash, so the
//    README's snippets load verbatim (test/cdn runs them in a browser).
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';

const root = new URL('../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root));
const problems = [];

const [pack] = JSON.parse(
  execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  }),
);
const shipped = new Set(pack.files.map((file) => file.path));

let referencing = 0;
for (const path of shipped) {
  if (!/\.(js|mjs|d\.ts|css)$/.test(path)) continue;
  const tail = read(path).toString('utf8').slice(-300);
  const match = /[#@] sourceMappingURL=(\S+)\s*(?:\*\/)?\s*$/.exec(tail);
  if (!match) continue;
  referencing += 1;
  if (path.startsWith('dist/cdn/')) problems.push(`${path} names a source map (${match[1]})`);
  if (match[1].startsWith('data:')) continue;
  const map = posix.normalize(posix.join(posix.dirname(path), match[1]));
  if (!shipped.has(map)) problems.push(`${path} points at ${map}, which is not shipped`);
}

/** Every file under dist/cdn, as a path relative to it. */
function cdnFiles(dir = 'dist/cdn') {
  return readdirSync(new URL(`${dir}/`, root), { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? cdnFiles(join(dir, entry.name))
      : [join(dir, entry.name).slice('dist/cdn/'.length)],
  );
}

const integrity = JSON.parse(read('dist/cdn/integrity.json'));
const scripts = cdnFiles().filter((file) => file.endsWith('.js'));
for (const file of scripts) {
  const hash = `sha384-${createHash('sha384')
    .update(read(`dist/cdn/${file}`))
    .digest('base64')}`;
  if (!(file in integrity)) problems.push(`integrity.json has no hash for ${file}`);
  else if (integrity[file] !== hash) problems.push(`integrity.json has a wrong hash for ${file}`);
}
for (const file of Object.keys(integrity))
  if (!scripts.includes(file)) problems.push(`integrity.json names ${file}, which is not built`);

const readme = read('README.md').toString('utf8');
let snippets = 0;
for (const [tag] of readme.matchAll(/<script\b[^>]*>/g)) {
  const src = /\bsrc="[^"]*\/dist\/cdn\/([^"]+)"/.exec(tag)?.[1];
  const hash = /\bintegrity="([^"]+)"/.exec(tag)?.[1];
  if (!src || !hash) continue;
  snippets += 1;
  if (integrity[src] !== hash)
    problems.push(
      `README.md: the integrity of dist/cdn/${src} is ${integrity[src] ?? 'unknown'} (README says ${hash})`,
    );
  if (!/\bcrossorigin(="anonymous")?[\s>]/.test(tag))
    problems.push(`README.md: the script of dist/cdn/${src} has integrity but no crossorigin`);
}

console.log(
  `${shipped.size} files shipped (${pack.filename}, ${(pack.size / 1000).toFixed(0)} kB packed); ` +
    `${referencing} name a source map; dist/cdn: ${scripts.length} scripts in integrity.json; ` +
    `README: ${snippets} script(s) with integrity.`,
);
for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length) process.exitCode = 1;
