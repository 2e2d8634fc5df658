// Two builds from the same sources:
//  - dist/: unbundled ESM + .d.ts for npm (lit stays external, one module per source file);
//  - dist/cdn/customer-area-kit.js: one minified ESM file, Lit inlined, registers every element.
import { readFileSync } from 'node:fs';
import { literalsHtmlCssMinifier } from '@literals/rollup-plugin-html-css-minifier';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const defineVersion = () =>
  replace({ preventAssignment: true, values: { __CAK_VERSION__: JSON.stringify(version) } });

/** @type {import('rollup').RollupOptions[]} */
export default [
  {
    input: ['src/index.ts', 'src/all.ts', 'src/elements/env-picker/define.ts'],
    external: (id) => /^(lit|lit-html|lit-element|@lit\/[^/]+|tslib)(\/.*)?$/.test(id),
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
  {
    input: 'src/all.ts',
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
        compress: { passes: 3, pure_getters: true, unsafe_arrows: true },
        format: { comments: false },
      }),
    ],
    output: { file: 'dist/cdn/customer-area-kit.js', format: 'esm', sourcemap: true },
  },
];
