// A small static server for the end-to-end tests: the LMS host pages, scorm-again's runtime and
// the unzipped packages under a deep path with a space and an accent, as LMSs serve them.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

export function startServer(port) {
  const server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url, 'http://localhost').pathname);
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
