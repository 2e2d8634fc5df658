// `cem analyze` (npm run analyze) reads this file. The manifest describes what a host gets from the
// npm package: modules as shipped (dist/*.js), one custom-element-definition per tag (in the
// element's define module), and the public API only: private and protected members, Lit's
// internal statics, the attributes of internal state and the analyzer's nameless copies of
// JSDoc-documented events are left out. scripts/check-manifest.mjs checks the result.
const INTERNAL_STATICS = new Set([
  'styles',
  'properties',
  'terms',
  'dependencies',
  'shadowRootOptions',
  'formAssociated',
]);

/** `src/elements/x/x.ts` → `dist/elements/x/x.js`: the module a host imports. */
const shipped = (path) => path.replace(/^src\/(.*)\.ts$/, 'dist/$1.js');

/** Every `module` field of the manifest, wherever it is (exports, superclasses, inheritedFrom...). */
function rewriteModules(node) {
  if (Array.isArray(node)) return node.forEach(rewriteModules);
  if (node === null || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    if ((key === 'module' || key === 'path') && typeof value === 'string')
      node[key] = shipped(value);
    else rewriteModules(value);
  }
}

function publicApiOnly() {
  return {
    name: 'customer-area-kit:public-api',
    packageLinkPhase({ customElementsManifest: manifest }) {
      const elements = new Map();
      for (const module of manifest.modules) {
        // `customElements.define(tag, this)` in KitElement.define() is no definition of a tag.
        module.exports = module.exports?.filter(
          (entry) => entry.kind !== 'custom-element-definition',
        );
        // KitElement.define()'s `class extends this {}` is no declaration of the API.
        module.declarations = module.declarations?.filter((declaration) => declaration.name);
        for (const declaration of module.declarations ?? []) {
          if (declaration.kind !== 'class') continue;
          const internal = new Set();
          declaration.members = declaration.members?.filter((member) => {
            const hidden =
              member.privacy === 'private' ||
              member.privacy === 'protected' ||
              member.name.startsWith('#') ||
              (member.static && INTERNAL_STATICS.has(member.name)) ||
              member.state === true;
            if (hidden) internal.add(member.name);
            return !hidden;
          });
          declaration.attributes = declaration.attributes?.filter(
            (attribute) => !internal.has(attribute.fieldName),
          );
          // The analyzer adds a nameless entry for each `dispatchEvent(new XEvent(...))` beside
          // the JSDoc `@event` that documents it; keep one entry per name.
          const seen = new Set();
          declaration.events = declaration.events?.filter(
            (event) => event.name && !seen.has(event.name) && seen.add(event.name),
          );
          if (!module.path.startsWith('src/elements/'))
            delete declaration.tagName; // KitElement's `tag`
          else if (declaration.customElement && declaration.tagName)
            elements.set(declaration.tagName, { name: declaration.name, module: module.path });
        }
      }
      for (const [tag, declaration] of elements) {
        const define = manifest.modules.find(
          (module) => module.path === declaration.module.replace(/[^/]+\.ts$/, 'define.ts'),
        );
        if (!define) throw new Error(`custom-elements manifest: no define module for <${tag}>`);
        define.exports = [
          ...(define.exports ?? []),
          { kind: 'custom-element-definition', name: tag, declaration },
        ];
      }
      rewriteModules(manifest.modules);
    },
  };
}

export default {
  globs: ['src/**/*.ts'],
  exclude: ['src/**/*.styles.ts'],
  outdir: '.',
  litelement: true,
  plugins: [publicApiOnly()],
};
