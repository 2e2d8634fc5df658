// Builds from the same sources:
//  - dist/: unbundled ESM + .d.ts for npm (lit stays external, one module per source file);
//  - dist/cdn/customer-area-kit.js: one minified ESM file, Lit inlined, registers every element;
//  - dist/cdn/<tag>.js: the same for one element, for pages that need only that one.
import { readdirSync, readFileSync } from 'node:fs';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const tags = readdirSync(new URL('./src/elements/', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name)
  .sort();

const defineVersion = () =>
  replace({ preventAssignment: true, values: { __CAK_VERSION__: JSON.stringify(version) } });

/** One minified, self-contained ES module registering what `input` registers. */
const cdn = (input, file) => ({
  input,
  plugins: [
    defineVersion(),
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
  // @lit-labs/virtualizer loads its layout with import(): keep the CDN files single.
  output: { file, format: 'esm', sourcemap: true, inlineDynamicImports: true },
});

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: [
      'src/index.ts',
      'src/all.ts',
      'src/testing.ts',
      ...tags.map((tag) => `src/elements/${tag}/define.ts`),
    ],
    external: (id) =>
      /^(lit|lit-html|lit-element|@lit\/[^/]+|@lit-labs\/[^/]+|@paypal\/[^/]+|tslib)(\/.*)?$/.test(
        id,
      ),
    plugins: [
      defineVersion(),
      typescript({ tsconfig: './tsconfig.json', outDir: 'dist', declarationDir: 'dist' }),
    ],
    output: {
      dir: 'dist',
      format: 'esm',
      preserveModules: true,
      preserveModulesRoot: 'src',
      sourcemap: true,
    },
  },
  cdn('src/all.ts', 'dist/cdn/customer-area-kit.js'),
  // The PayPal simulator as one file, for demos and plain pages that must not reach PayPal.
  cdn('src/testing.ts', 'dist/cdn/testing.js'),
  ...tags.map((tag) => cdn(`src/elements/${tag}/define.ts`, `dist/cdn/${tag}.js`)),
];
