#!/usr/bin/env node
// Checks custom-elements.json (npm run analyze) against the sources: what tools read from it
// must be what a host gets. Every element has exactly one custom-element-definition, modules are
// shipped paths (dist/*.js), no private member or nameless event is left, and every part an
// element renders and every --cak-* custom property its styles read is documented in its JSDoc
// (@csspart, @cssproperty). Prints one line per problem; exit code 1 when there is one.
import { readdirSync, readFileSync } from 'node:fs';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const problems = [];
const read = (path) => readFileSync(path, 'utf8');

/** The custom properties read by each css`` block of the shared styles, by export name. */
function sharedBlocks(path) {
  const blocks = new Map();
  for (const [, name, body] of read(path).matchAll(/export const (\w+) = css`([\s\S]*?)`;/g))
    blocks.set(name, new Set(body.match(/--cak-[a-z0-9-]+/g) ?? []));
  return blocks;
}
const shared = new Map([
  ...sharedBlocks('src/internal/shared.styles.ts'),
  ...sharedBlocks('src/internal/text.styles.ts'),
]);

const definitions = new Map();
for (const module of manifest.modules) {
  if (!module.path.startsWith('dist/') || !module.path.endsWith('.js'))
    problems.push(`module path ${module.path} is not a shipped dist/*.js module`);
  for (const entry of module.exports ?? []) {
    if (entry.kind !== 'custom-element-definition') continue;
    definitions.set(entry.name, (definitions.get(entry.name) ?? 0) + 1);
  }
}

const tags = readdirSync('src/elements', { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

for (const tag of tags) {
  if (definitions.get(tag) !== 1)
    problems.push(`<${tag}>: ${definitions.get(tag) ?? 0} custom-element-definitions, not 1`);
  const declaration = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((candidate) => candidate.tagName === tag);
  if (!declaration) {
    problems.push(`<${tag}>: no declaration`);
    continue;
  }
  for (const member of declaration.members ?? [])
    if (
      member.privacy === 'private' ||
      member.privacy === 'protected' ||
      member.name.startsWith('#')
    )
      problems.push(`<${tag}>: ${member.privacy ?? ''} member ${member.name} in the manifest`);
  for (const event of declaration.events ?? [])
    if (!event.name) problems.push(`<${tag}>: a nameless event (${event.type?.text})`);

  const dir = `src/elements/${tag}`;
  const sources = readdirSync(dir)
    .filter((file) => file.endsWith('.ts'))
    .map((file) => read(`${dir}/${file}`));
  const code = sources.join('\n');

  const parts = new Set();
  for (const [, names] of code.matchAll(/(?<!\[)\bpart="([^"$]+)"/g))
    for (const name of names.split(/\s+/)) parts.add(name);
  // Parts named by a helper's argument: `#heading(level, text, 'title', 'heading')`.
  for (const [, name] of code.matchAll(/#heading\([^)]*,\s*'[^']*',\s*'([a-z-]+)'\)/g))
    parts.add(name);
  for (const [, list] of code.matchAll(/exportparts="([^"]+)"/g))
    for (const item of list.split(',')) parts.add(item.split(':').at(-1).trim());
  if (/\brenderIssue\(/.test(code)) parts.add('error');
  const documentedParts = new Set((declaration.cssParts ?? []).map((part) => part.name));
  for (const part of parts)
    if (!documentedParts.has(part)) problems.push(`<${tag}>: part "${part}" has no @csspart`);

  const properties = new Set(code.match(/--cak-[a-z0-9-]+/g) ?? []);
  const styles = code.match(/static override styles = \[([^\]]*)\]/)?.[1] ?? '';
  for (const name of styles.match(/\w+/g) ?? [])
    for (const property of shared.get(name) ?? []) properties.add(property);
  const documentedProperties = new Set((declaration.cssProperties ?? []).map((p) => p.name));
  for (const property of properties)
    if (!documentedProperties.has(property))
      problems.push(`<${tag}>: custom property ${property} has no @cssproperty`);
}

for (const problem of problems) console.error(`✗ ${problem}`);
if (problems.length === 0)
  console.log(`custom-elements.json: ${tags.length} elements, all documented`);
process.exitCode = problems.length ? 1 : 0;
