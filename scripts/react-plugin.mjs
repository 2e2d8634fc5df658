// React ships CommonJS only: the React host's browser test gets it as ES modules. One esbuild
// bundle holds react, react-dom and react-dom/client (one copy of React, as in an app), and each
// of those specifiers is a small module re-exporting its part of the bundle by name.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PARTS = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const PREFIX = '/__react__/';
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** @returns {import('@web/test-runner').TestRunnerPlugin} */
export function reactPlugin() {
  let bundle;
  return {
    name: 'cak-react-esm',
    resolveImport({ source }) {
      return source in PARTS ? `${PREFIX}${source}.js` : undefined;
    },
    async serve({ path }) {
      if (!path.startsWith(PREFIX)) return undefined;
      if (path === `${PREFIX}bundle.js`) {
        bundle ??= build({
          stdin: {
            contents: Object.entries(PARTS)
              .map(([source, name]) => `export * as ${name} from '${source}';`)
              .join('\n'),
            resolveDir: process.cwd(),
          },
          bundle: true,
          format: 'esm',
          write: false,
          define: { 'process.env.NODE_ENV': '"development"' },
        }).then((result) => result.outputFiles[0].text);
        return { body: await bundle, type: 'js' };
      }
      const source = path.slice(PREFIX.length, -'.js'.length);
      // The names, from a Node process of their own: React's development build writes to the
      // console when loaded, which the test runner's own console does not take.
      const names = JSON.parse(
        execFileSync(process.execPath, [
          '-p',
          `JSON.stringify(Object.keys(require(${JSON.stringify(source)})))`,
        ]).toString(),
      ).filter((name) => IDENTIFIER.test(name) && name !== 'default');
      return {
        body: `import { ${PARTS[source]} as part } from '${PREFIX}bundle.js';
export default part.default ?? part;
export const { ${names.join(', ')} } = part;
`,
        type: 'js',
      };
    },
  };
}
