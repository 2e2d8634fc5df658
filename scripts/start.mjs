#!/usr/bin/env node
// `npm start`: serves the demo at once, and builds in memory the kit files it loads.
//
//   /         → demo/index.html
//   /demo/*   → demo/; /demo/area-clienti.html rendered on the server (scripts/demo-ssr.mjs):
//               its orders and their Paga buttons show before the script runs, or without it
//   /dist/*   → the kit's CDN files (dist/cdn/customer-area-kit.js and dist/cdn/testing.js),
//               built in memory from src/ (scripts/demo-build.mjs); a request that arrives
//               during the build is answered when the build ends.
//
// The demo never reads dist/ itself, so `npm test` and `npm run build` can rebuild it while the
// demo runs. `--no-build` (or NO_BUILD=1) skips the build and serves dist/ from disk as it is
// (after `npm run build`).
//
// Port 8000, or the next free one up to 8010; host 127.0.0.1. Env HOST and PORT override them
// (with PORT the server still tries the next ten ports). Plain Node and the kit's rollup
// config. stdout gets exactly one line, the URL; what the build does and errors go to stderr.
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createServer as createNetServer } from 'node:net';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildDemoKit, DEMO_FILES, HYDRATING_FILE } from './demo-build.mjs';
import {
  captureOrder,
  createOrder,
  createSetupToken,
  paypalCsp,
  paypalSettings,
  publicSettings,
  savePaymentToken,
} from './paypal-sandbox.mjs';
import { CONTENT_TYPES } from './content-types.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

// ---------------------------------------------------------------------------------------------
// The kit the demo loads: built in memory, or dist/ with --no-build
// ---------------------------------------------------------------------------------------------

const skipBuild = process.argv.includes('--no-build') || process.env.NO_BUILD === '1';
const log = (line) => console.error(line);

/**
 * Resolves a Map of `cdn/…` paths to contents, or undefined when /dist/ is served from disk.
 * Started once the server listens, so that the URL comes first.
 */
let kit = Promise.resolve(undefined);
let buildError;

function startBuild() {
  log(
    `Building in memory the kit files the demo loads (${DEMO_FILES.map((file) => `dist/${file}`).join(', ')}); ` +
      'about 15 s on 2 free cores. The pages load as soon as it is done.',
  );
  kit = buildDemoKit({ log }).catch((error) => {
    buildError = error;
    log(`The build failed: ${error.message}`);
    if (error.frame) log(error.frame);
    if (existsSync(join(root, 'dist', 'cdn', 'customer-area-kit.js'))) {
      log('Serving dist/ from disk as it is instead (the last `npm run build`).');
      buildError = undefined;
    }
    return undefined;
  });
}

if (skipBuild && !existsSync(join(root, 'dist', 'cdn', 'customer-area-kit.js'))) {
  log('Warning: dist/cdn/customer-area-kit.js is missing; run `npm run build`.');
}

// ---------------------------------------------------------------------------------------------
// Static server
// ---------------------------------------------------------------------------------------------

// PayPal: the kit's simulator by default; a real PayPal app with PAYPAL_CLIENT_ID.
let paypal;
try {
  paypal = paypalSettings();
} catch (error) {
  console.error(error.message);
  process.exit(1);
}
if (paypal.mode === 'paypal') {
  console.error(`PayPal: the real ${paypal.environment} environment (PAYPAL_CLIENT_ID is set).`);
}
const extra = paypalCsp(paypal);

const CSP = [
  "default-src 'self'",
  `img-src 'self' data:${extra.img ? ` ${extra.img}` : ''}`,
  "style-src 'self' 'unsafe-inline'",
  `script-src 'self'${extra.script ? ` ${extra.script}` : ''}`,
  `frame-src ${extra.frame ?? "'none'"}`,
  `connect-src 'self'${extra.connect ? ` ${extra.connect}` : ''}`,
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/** URL prefix → directory it serves. */
const MOUNTS = [
  ['/demo/', join(root, 'demo')],
  ['/dist/', join(root, 'dist')],
];

/** True when `path` is `dir` itself or inside it. */
function isInside(path, dir) {
  return path === dir || path.startsWith(dir + sep);
}

/** The file a URL path maps to, or undefined (→ 404). Never leaves the mounted directories. */
function fileFor(pathname) {
  let decoded;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return undefined;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return undefined;
  if (decoded === '/' || decoded === '/index.html') decoded = '/demo/index.html';
  if (decoded === '/demo') decoded = '/demo/';
  const mount = MOUNTS.find(([prefix]) => decoded.startsWith(prefix));
  if (!mount) return undefined;
  const [prefix, dir] = mount;
  let path = resolve(dir, '.' + decoded.slice(prefix.length - 1));
  if (!isInside(path, dir) || !isInside(path, root)) return undefined;
  try {
    if (statSync(path).isDirectory()) path = join(path, 'index.html');
    // Follow symlinks, then check again: a link must not lead out of the directory either.
    const real = realpathSync(path);
    if (!isInside(real, realpathSync(dir)) || !statSync(real).isFile()) return undefined;
    return real;
  } catch {
    return undefined;
  }
}

function send(response, status, body, headers = {}) {
  response.writeHead(status, {
    'Content-Type': 'text/plain; charset=utf-8',
    'Content-Length': Buffer.byteLength(body),
    ...headers,
  });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

/** The demo's PayPal backend: orders and captures, and the vault (an account without a payment). */
const API_ROUTES = {
  '/demo-api/paypal/orders': createOrder,
  '/demo-api/paypal/capture': captureOrder,
  '/demo-api/paypal/setup-tokens': createSetupToken,
  '/demo-api/paypal/payment-tokens': savePaymentToken,
};

function handleApi(request, response, route) {
  if (paypal.mode !== 'paypal') {
    send(response, 404, 'The demo uses the PayPal simulator: no PayPal backend.\n');
    return;
  }
  let body = '';
  request.setEncoding('utf8');
  request.on('data', (chunk) => {
    body += chunk;
    if (body.length > 65_536) request.destroy();
  });
  request.on('end', async () => {
    try {
      const result = await route(paypal, JSON.parse(body || '{}'));
      send(response, 200, JSON.stringify(result), {
        'Content-Type': 'application/json; charset=utf-8',
      });
    } catch (error) {
      send(response, 502, JSON.stringify({ message: error.message }), {
        'Content-Type': 'application/json; charset=utf-8',
      });
    }
  });
}

const server = createServer((request, response) => {
  response.setHeader('Cache-Control', 'no-store');
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Referrer-Policy', 'no-referrer');
  const path = (request.url ?? '/').split('?')[0];
  if (request.method === 'POST' && path in API_ROUTES) {
    handleApi(request, response, API_ROUTES[path]);
    return;
  }
  if (request.method === 'GET' && path === '/demo/paypal-config.json') {
    send(response, 200, JSON.stringify(publicSettings(paypal)), {
      'Content-Type': 'application/json; charset=utf-8',
    });
    return;
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    send(response, 405, 'Method Not Allowed\n', { Allow: 'GET, HEAD' });
    return;
  }
  let pathname;
  try {
    pathname = new URL(request.url ?? '/', 'http://localhost').pathname;
  } catch {
    send(response, 400, 'Bad Request\n');
    return;
  }
  if (pathname.startsWith('/dist/')) {
    serveKit(response, pathname);
    return;
  }
  if (pathname === '/demo/area-clienti.html') {
    serveRendered(response);
    return;
  }
  serveFile(response, pathname);
});

/** The Lit SSR renderer of the Area Clienti page, loaded (with the kit's sources) when first asked. */
let renderer;

/**
 * The Area Clienti orders page, its table rendered on the server. With the in-memory build it
 * loads the kit with Lit's hydration support, and the server's buttons come alive where they
 * are; with --no-build, dist/'s kit renders them again.
 */
function serveRendered(response) {
  renderer ??= import('./demo-ssr.mjs');
  renderer
    .then(({ renderAreaClienti }) =>
      renderAreaClienti({
        paypal: publicSettings(paypal),
        kitScript: skipBuild ? undefined : `/dist/${HYDRATING_FILE}`,
      }),
    )
    .then(
      (page) => {
        if (response.destroyed) return;
        send(response, 200, page, {
          'Content-Type': CONTENT_TYPES['.html'],
          'Content-Security-Policy': CSP,
        });
      },
      (error) => {
        log(`Server-side rendering of the Area Clienti failed: ${error.message}`);
        // The page as it is: its script renders the table.
        serveFile(response, '/demo/area-clienti.html');
      },
    );
}

/** A file of demo/ (or of dist/ with --no-build), by its URL path. */
function serveFile(response, pathname) {
  const file = fileFor(pathname);
  const type = file && CONTENT_TYPES[extname(file).toLowerCase()];
  if (!file || !type) {
    send(response, 404, 'Not Found\n');
    return;
  }
  const headers = { 'Content-Type': type, 'Content-Length': statSync(file).size };
  if (type.startsWith('text/html')) headers['Content-Security-Policy'] = CSP;
  response.writeHead(200, headers);
  if (response.req.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file)
    .on('error', () => response.destroy())
    .pipe(response);
}

/** /dist/…: from the in-memory build once it is done; from disk with --no-build. */
function serveKit(response, pathname) {
  kit.then((files) => {
    if (response.destroyed) return;
    if (!files) {
      if (buildError) send(response, 503, `The demo's build failed: ${buildError.message}\n`);
      else serveFile(response, pathname);
      return;
    }
    const body = files.get(pathname.slice('/dist/'.length));
    const type = CONTENT_TYPES[extname(pathname).toLowerCase()];
    if (body === undefined || !type) send(response, 404, 'Not Found\n');
    else send(response, 200, body, { 'Content-Type': type });
  });
}

// ---------------------------------------------------------------------------------------------
// Listen on the first free port
// ---------------------------------------------------------------------------------------------

const host = process.env.HOST || '127.0.0.1';
const firstPort = process.env.PORT ? Number(process.env.PORT) : 8000;
const lastPort = firstPort + 10;
if (!Number.isInteger(firstPort) || firstPort < 0 || lastPort > 65535) {
  console.error(`Invalid PORT: ${process.env.PORT}`);
  process.exit(1);
}

function displayHost(name) {
  if (name === '127.0.0.1' || name === '::1' || name === 'localhost') return 'localhost';
  if (name === '0.0.0.0' || name === '::') return 'localhost';
  return name.includes(':') ? `[${name}]` : name;
}

/**
 * The URL says `localhost`, which a browser may resolve to ::1 first: with the default host, a
 * port another server holds on ::1 counts as taken too, or the browser would reach that server.
 */
function freeOnIpv6Loopback(port) {
  if (host !== '127.0.0.1' && host !== 'localhost') {
    return Promise.resolve(true);
  }
  return new Promise((resolvePromise) => {
    const probe = createNetServer();
    probe.once('error', (error) => resolvePromise(error.code !== 'EADDRINUSE'));
    probe.once('listening', () => probe.close(() => resolvePromise(true)));
    probe.listen({ port, host: '::1', ipv6Only: true });
  });
}

/** Listens on `port` and resolves true, or resolves false when the port is taken. */
function tryListen(port) {
  return new Promise((resolvePromise, rejectPromise) => {
    const onError = (error) => {
      server.off('listening', onListening);
      if (error.code === 'EADDRINUSE') resolvePromise(false);
      else rejectPromise(error);
    };
    const onListening = () => {
      server.off('error', onError);
      resolvePromise(true);
    };
    server.once('error', onError);
    server.once('listening', onListening);
    server.listen(port, host);
  });
}

async function start() {
  for (let port = firstPort; port <= lastPort; port += 1) {
    if (port !== 0 && !(await freeOnIpv6Loopback(port))) continue;
    if (await tryListen(port)) {
      console.log(`Demo: http://${displayHost(host)}:${server.address().port}/`);
      if (!skipBuild) startBuild();
      return;
    }
    if (port === 0) break;
  }
  throw new Error(`ports ${firstPort}–${lastPort} are all taken`);
}

start().catch((error) => {
  console.error(`Cannot start the demo server on ${host}: ${error.message}.`);
  process.exit(1);
});

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.close();
    server.closeAllConnections?.();
    process.exit(0);
  });
}
