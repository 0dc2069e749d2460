import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import type { AddressInfo } from 'node:net';

/** LMSs serve a package from a deep path of their own; ours has a space and an accent, as theirs do. */
export const PACKAGE_PATH = '/lms/bench/cursus 1/pakket-é/';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.woff2': 'font/woff2',
};

export interface BenchServer {
  /** `http://127.0.0.1:<port>` */
  origin: string;
  /** The URL of a file in an unpacked package, path segments encoded as a browser would. */
  urlOf: (packageName: string, file: string) => string;
  close: () => Promise<void>;
}

/**
 * Serves the unpacked packages in `root` (one folder per package) on a free port of 127.0.0.1.
 * `no-store`, so that every file a page needs is a request we see, and a file fetched twice
 * within one launch is fetched twice.
 */
export async function startBenchServer(root: string): Promise<BenchServer> {
  const server: Server = createServer(async (request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://127.0.0.1').pathname);
    const file = normalize(join(root, path.slice(PACKAGE_PATH.length)));
    if (!path.startsWith(PACKAGE_PATH) || !file.startsWith(root)) return notFound(response);
    try {
      const target = (await stat(file)).isDirectory() ? join(file, 'index.html') : file;
      const body = await readFile(target);
      response.writeHead(200, { 'content-type': TYPES[extname(target)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      response.end(body);
    } catch {
      notFound(response);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    urlOf: (packageName, file) => new URL(`${PACKAGE_PATH}${packageName}/${file}`, origin).href,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

function notFound(response: import('node:http').ServerResponse): void {
  response.writeHead(404, { 'content-type': 'text/plain' });
  response.end('not found');
}
