// Node module hooks that run the kit's TypeScript sources as they are (esbuild transpiles each
// file on import, as the browser tests' dev server does): for server-side rendering in
// `npm start` and in the SSR tests, with no build first. Registered by ts-loader.mjs.
import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { transform } from 'esbuild';

const version = JSON.parse(await readFile(new URL('../package.json', import.meta.url), 'utf8')).version;

/** `./x.js` written in a .ts source means `./x.ts`. */
export async function resolve(specifier, context, next) {
  if (specifier.endsWith('.js') && context.parentURL?.endsWith('.ts')) {
    const url = new URL(specifier, context.parentURL);
    const ts = url.href.replace(/\.js$/, '.ts');
    if (url.protocol === 'file:' && existsSync(fileURLToPath(ts)))
      return { url: ts, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const source = await readFile(fileURLToPath(url), 'utf8');
  const { code } = await transform(source, {
    loader: 'ts',
    format: 'esm',
    target: 'es2022',
    sourcefile: fileURLToPath(url),
    tsconfigRaw: { compilerOptions: { experimentalDecorators: true, useDefineForClassFields: false } },
    define: { __CAK_VERSION__: JSON.stringify(version) },
  });
  return { format: 'module', source: code, shortCircuit: true };
}
