#!/usr/bin/env node
// Generates, from custom-elements.json, what hosts and their editors read (part of `npm run build`):
//   dist/types/react-jsx.d.ts, dist/react-jsx.d.ts  the plain tags in React 19's JSX
//                                                   (custom-element-jsx-integration);
//   dist/vue.d.ts                                   the tags in Vue 3 templates, for Volar and
//                                                   vue-tsc (custom-element-vuejs-integration);
//   dist/vscode.{html,css}-custom-data.json         VS Code (custom-element-vs-code-integration);
//   dist/web-types.json                             JetBrains IDEs
//                                                   (custom-element-jet-brains-integration).
// The generators type an event handler's argument as `CustomEvent<type>` (Shoelace documents the
// detail as an event's type); the kit documents the event class itself, as the manifest schema
// says, so that a request's `respondWith()` is typed too: the class is used as it is. They also
// import each event type once per element that fires it: the imports are merged.
import { readFileSync, writeFileSync } from 'node:fs';
import { generateJetBrainsWebTypes } from 'custom-element-jet-brains-integration';
import { generateJsxTypes } from 'custom-element-jsx-integration';
import { generateVsCodeCustomElementData } from 'custom-element-vs-code-integration';
import { generateVuejsTypes } from 'custom-element-vuejs-integration';

const manifest = JSON.parse(readFileSync('custom-elements.json', 'utf8'));
const common = { descriptionSrc: 'description', hideLogs: true };

/** Merges the generator's import of the kit's types; keeps the event classes as handler types. */
function fixTypes(path, exported) {
  const source = readFileSync(path, 'utf8')
    .replace(/import type \{([^}]*)\} from "(\.\.?\/index\.js)";/, (_, names, from) => {
      const unique = [...new Set(names.split(',').map((name) => name.trim()))].filter(
        (name) => name && exported.has(name),
      );
      return `import type { ${unique.join(', ')} } from "${from}";`;
    })
    .replace(/CustomEvent<(\w*Event)>/g, '$1');
  writeFileSync(path, source);
}

// What the index exports (a type the generators name must be one of them, or a DOM type).
const exported = new Set(
  [...readFileSync('dist/index.d.ts', 'utf8').matchAll(/\b(?:type\s+)?([A-Z]\w*)\b/g)].map(
    ([, name]) => name,
  ),
);

generateJsxTypes(manifest, {
  ...common,
  outdir: 'dist/types',
  fileName: 'react-jsx.d.ts',
  globalTypePath: '../index.js',
});
fixTypes('dist/types/react-jsx.d.ts', exported);
writeFileSync(
  'dist/react-jsx.d.ts',
  `/** The kit's tags in React 19's JSX: \`import type {} from 'customer-area-kit/react-jsx';\`. */
import type { CustomElements } from './types/react-jsx.js';

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements extends CustomElements {}
  }
}

export type { CustomElements };
`,
);
writeFileSync('dist/react-jsx.js', 'export {};\n');

generateVuejsTypes(manifest, {
  ...common,
  outdir: 'dist',
  fileName: 'vue.d.ts',
  globalTypePath: './index.js',
});
fixTypes('dist/vue.d.ts', exported);
// Volar checks a template's `:heading-level` and `@env-select` as the props `headingLevel` and
// `onEnvSelect` (Vue's own normalisation); the generator writes the attribute and event names.
const camel = (name) => name.replace(/-([a-z])/g, (_, letter) => letter.toUpperCase());
writeFileSync(
  'dist/vue.d.ts',
  readFileSync('dist/vue.d.ts', 'utf8').replace(
    /^(\s+)"(on)?([a-z][a-z0-9]*(?:-[a-z0-9]+)*)"\?:/gm,
    (_, indent, on, name) => `${indent}${on ? `on${camel(`-${name}`)}` : camel(name)}?:`,
  ),
);
// What Vue's compiler needs to leave the kit's tags to the browser: `isCustomElement: isKitTag`.
const tags = manifest.modules
  .flatMap((module) => module.declarations ?? [])
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => declaration.tagName)
  .sort();
writeFileSync(
  'dist/vue.js',
  `/** The kit's tags. */
export const KIT_TAGS = Object.freeze(${JSON.stringify(tags)});

/** Whether \`tag\` is one of the kit's: Vue's \`compilerOptions.isCustomElement\`. */
export function isKitTag(tag) {
  return KIT_TAGS.includes(tag);
}
`,
);
writeFileSync(
  'dist/vue.d.ts',
  `${readFileSync('dist/vue.d.ts', 'utf8')}
/** The kit's tags. */
export declare const KIT_TAGS: readonly string[];

/** Whether \`tag\` is one of the kit's: Vue's \`compilerOptions.isCustomElement\`. */
export declare function isKitTag(tag: string): boolean;
`,
);

generateVsCodeCustomElementData(manifest, { ...common, outdir: 'dist' });
generateJetBrainsWebTypes(manifest, { ...common, outdir: 'dist', packageJson: false });
console.log('types for React and Vue, VS Code custom data and web-types.json generated');
