// Builds from the same sources:
//  - dist/: unbundled ESM + .d.ts for npm (lit stays external, one module per source file);
//  - dist/cdn/: minified ESM with Lit inlined, split into shared chunks so that Lit and the kit's
//    base load once whatever set of files a page uses:
//      customer-area-kit.js   registers every element;
//      <tag>.js               registers one element (and the children it renders);
//      autoloader.js          defines a tag the first time it appears (imports <tag>.js);
//      chunks/<lang>-<element>.js  an element's strings in a language other than Italian,
//                             loaded the first time the element shows that language;
//      testing.js             the PayPal simulator;
//      chunks/lit-kit.js      Lit and the kit's base, which every element file imports;
//      chunks/*.js            the other shared code, and the parts loaded later (a dialog's
//                             steps, a panel, PayPal's loader);
//      integrity.json         the SRI hash (sha384) of every .js file above.
// Source maps: dist/*.js point at their maps, shipped with the sources inside them (`src/` is not
// in the package), for the host's bundler and debugger. dist/cdn/*.js are what a customer's
// browser downloads: their maps are shipped but not referenced (no `sourceMappingURL` bytes in
// every file); load one in the browser's developer tools, or give them to an error tracker.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
/** Every element, from the folders of src/elements (new elements are picked up as they come). */
export const tags = readdirSync(new URL('./src/elements/', import.meta.url), {
  withFileTypes: true,
})
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const defineGlobals = () =>
  replace({
    preventAssignment: true,
    values: { __CAK_VERSION__: JSON.stringify(version), __CAK_TAGS__: JSON.stringify(tags) },
  });

/** `integrity.json`: `{ "<file>": "sha384-…" }` for every .js file of the output, sorted. */
function integrity() {
  return {
    name: 'cak-integrity',
    generateBundle(_options, bundle) {
      const hashes = Object.values(bundle)
        .filter((file) => file.fileName.endsWith('.js'))
        .map((file) => [
          file.fileName,
          `sha384-${createHash('sha384')
            .update(file.type === 'chunk' ? file.code : file.source)
            .digest('base64')}`,
        ])
        .sort(([a], [b]) => (a < b ? -1 : 1));
      this.emitFile({
        type: 'asset',
        fileName: 'integrity.json',
        source: `${JSON.stringify(Object.fromEntries(hashes), null, 2)}\n`,
      });
    },
  };
}

/**
 * In the CDN build, an element that renders another (its `dependencies`) imports that element's
 * file rather than its bare class: every CDN file registers its element anyway, and the class then
 * stays in its element's file instead of a chunk of its own beside it (one file fewer per page).
 */
function classesWithTheirFiles() {
  return {
    name: 'cak-classes-with-their-files',
    resolveId(source, importer, options) {
      const other = /^\.\.\/([a-z-]+)\/\1\.js$/.exec(source)?.[1];
      if (!other || !importer?.includes('/src/elements/')) return null;
      return this.resolve(`../${other}/define.js`, importer, { ...options, skipSelf: true });
    },
  };
}

/** @type {import('rollup').RollupOptions} */
export const cdn = {
  input: {
    'customer-area-kit': 'src/all.ts',
    autoloader: 'src/autoloader.ts',
    testing: 'src/testing.ts',
    ...Object.fromEntries(tags.map((tag) => [tag, `src/elements/${tag}/define.ts`])),
  },
  // An element's file may also export what other files share (no facade file per entry).
  preserveEntrySignatures: 'allow-extension',
  plugins: [
    defineGlobals(),
    classesWithTheirFiles(),
    nodeResolve({ exportConditions: ['production'] }),
    typescript({
      tsconfig: './tsconfig.json',
      declaration: false,
      declarationMap: false,
      outDir: 'dist/cdn',
      sourceMap: true,
    }),
    // Lit's html`` and css`` literals are not touched by terser: minify them first.
    literalsHtmlCssMinifier({ failOnError: true }),
    terser({
      ecma: 2022,
      module: true,
      // keep_fargs: false drops unused parameters; nothing bundled reads a function's length.
      compress: { passes: 3, pure_getters: true, unsafe_arrows: true, keep_fargs: false },
      format: { comments: false },
    }),
  ],
  output: {
    dir: 'dist/cdn',
    format: 'esm',
    entryFileNames: '[name].js',
    // The chunk every page loads is named for what it holds (Rollup would name it after one of
    // its modules); the others after their main module (panel, steps, sdk). No content hash:
    // the files are served under the version's own path (`customer-area-kit@0.1.0/dist/cdn/`),
    // which changes with every release, and SRI pins each file's content. A hash costs each
    // import of a chunk eight bytes that gzip cannot shrink: 0.1–0.5 kB a page.
    chunkFileNames: (chunk) =>
      chunk.moduleIds.some((id) => id.endsWith('/lit-html/lit-html.js'))
        ? 'chunks/lit-kit.js'
        : 'chunks/[name].js',
    // Each language but Italian, per element, is a chunk of its own (`chunks/en-env-picker.js`),
    // that only a page showing that element in that language loads. Named chunks are left out of
    // the merging below, which would fold these small files into the element's. A named chunk
    // takes in the modules it imports that no other named chunk holds: the catalogues import
    // nothing of the elements' (a list's limit is a parameter of its message), or every page
    // would import it from English.
    manualChunks: (id) => {
      const translation = /\/src\/translations\/([a-z]{2})\/([a-z-]+)\.ts$/.exec(id);
      if (!translation || translation[1] === 'it') return null;
      // Slovenian's agreement helper goes with the strings every element of a page loads.
      const [, language, name] = translation;
      return `${language}-${name === 'agree' ? 'common' : name}`;
    },
    // A chunk this small costs more as a request of its own than inside a chunk every page loads.
    experimentalMinChunkSize: 2000,
    sourcemap: 'hidden',
    plugins: [integrity()],
  },
};

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: [
      'src/index.ts',
      'src/all.ts',
      'src/testing.ts',
      'src/paypal.ts',
      ...tags.map((tag) => `src/elements/${tag}/define.ts`),
      'src/react/index.ts',
      ...tags.map((tag) => `src/react/${tag}.ts`),
    ],
    external: (id) =>
      /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|@paypal\/[^/]+|tslib|react)(\/.*)?$/.test(
        id,
      ),
    plugins: [
      defineGlobals(),
      // No declaration maps: they would point at src/*.ts, which the package does not ship.
      typescript({
        tsconfig: './tsconfig.json',
        outDir: 'dist',
        declarationDir: 'dist',
        declarationMap: false,
      }),
    ],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  cdn,
];
