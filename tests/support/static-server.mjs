// A small static server for the end-to-end tests: the LMS host pages, scorm-again's runtime and
// the unzipped packages under a deep path with a space and an accent, as LMSs serve them, and
// the cmi5 test LMS (cmi5-lms.mjs).
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { handleCmi5 } from './cmi5-lms.mjs';

const root = resolve(fileURLToPath(new URL('../..', import.meta.url)));
export const PACKAGE_BASE = '/lms/cursus 1/pakket-é/';
const routes = [
  [PACKAGE_BASE, join(root, 'tests/.tmp/packages')],
  ['/lms/scorm-again/', join(root, 'node_modules/scorm-again/dist')],
  ['/lms/', join(root, 'tests/e2e/lms')],
  ['/site/', join(root, 'dist')],
];
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.woff2': 'font/woff2',
};

/**
 * A slow or failing LMS back end for scorm-again's lmsCommitUrl: POST /lms/commit?delay=ms&fail=n
 * stores each commit body after `delay` ms, answering 500 to the first `fail` requests;
 * GET /lms/commits lists what arrived; DELETE /lms/commits forgets it.
 */
const commits = [];
let failures = 0;

async function handleCommit(request, response, url) {
  const chunks = [];
  for await (const chunk of request) chunks.push(chunk);
  const delay = Number(url.searchParams.get('delay') ?? 0);
  if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
  const failFirst = Number(url.searchParams.get('fail') ?? 0);
  if (failures < failFirst) {
    failures += 1;
    response.writeHead(500, { 'content-type': 'application/json' });
    return response.end(JSON.stringify({ result: false, errorCode: 101 }));
  }
  commits.push({ at: Date.now(), url: url.pathname + url.search, body: Buffer.concat(chunks).toString('utf8') });
  response.writeHead(200, { 'content-type': 'application/json' });
  response.end(JSON.stringify({ result: true, errorCode: 0 }));
}

export function startServer(port) {
  const server = createServer(async (request, response) => {
    const url = new URL(request.url, 'http://localhost');
    if (await handleCmi5(request, response, url)) return;
    if (url.pathname === '/lms/commit' && request.method === 'POST') return handleCommit(request, response, url);
    if (url.pathname === '/lms/commits') {
      if (request.method === 'DELETE') commits.length = failures = 0;
      response.writeHead(200, { 'content-type': 'application/json', 'cache-control': 'no-store' });
      return response.end(JSON.stringify(commits));
    }
    const path = decodeURIComponent(url.pathname);
    const route = routes.find(([prefix]) => path.startsWith(prefix));
    if (!route) return notFound(response);
    const [prefix, dir] = route;
    const file = normalize(join(dir, path.slice(prefix.length)));
    if (!file.startsWith(dir)) return notFound(response);
    try {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      response.writeHead(200, { 'content-type': types[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  return new Promise((resolveListening) => server.listen(port, '127.0.0.1', () => resolveListening(server)));
}

function notFound(response) {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4321);
  await startServer(port);
  console.log(`test server on http://127.0.0.1:${port}`);
}
