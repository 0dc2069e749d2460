import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import { dirname, extname, join, normalize, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createBrowserModules } from './browser-modules.ts';
import type { LaunchInfo, PassMarkSeed } from './page/launch-info.ts';
import type { ScormPackage } from './scorm-package.ts';

/** LMSs serve packages from deep paths with spaces and accents; so does the preview, to catch root-absolute or unencoded URLs. */
export const PACKAGE_BASE = '/lms/cursus 1/pakket-é/';

const pageDir = fileURLToPath(new URL('./page/', import.meta.url));
const srcDir = fileURLToPath(new URL('../../', import.meta.url)).replace(/[\\/]$/, '');
// The ES module build of scorm-again exports both runtimes by name (index.d.ts types it so).
const scormAgainDir = dirname(fileURLToPath(import.meta.resolve('scorm-again')));

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.map': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.xml': 'application/xml',
  '.xsd': 'application/xml',
  '.dtd': 'application/xml-dtd',
  '.txt': 'text/plain; charset=utf-8',
  '.mp4': 'video/mp4',
  '.mp3': 'audio/mpeg',
  '.vtt': 'text/vtt; charset=utf-8',
  '.pdf': 'application/pdf',
};

/** The launch facts for the page; `passMarkOf` gives each SCO's seed from its manifest pass mark. */
export function launchInfoOf(scormPackage: ScormPackage, passMarkOf: (fromManifest: number | null) => PassMarkSeed): LaunchInfo {
  const { manifest } = scormPackage;
  return {
    zipName: scormPackage.zipName,
    title: manifest.title,
    version: manifest.version,
    schemaVersion: manifest.schemaVersion,
    scos: manifest.scos.map((sco) => ({ id: sco.id, title: sco.title, launchPath: PACKAGE_BASE + sco.launchHref, passMark: passMarkOf(sco.passMark), course: scormPackage.courses.get(sco.id) ?? null })),
  };
}

/** Starts the preview on 127.0.0.1 (never on the network: the data is a learner's). Port 0 picks a free one. */
export async function startPreviewServer(scormPackage: ScormPackage, launch: LaunchInfo, port: number): Promise<Server> {
  const browserModules = createBrowserModules(srcDir);
  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      console.error(`preview:lms could not answer ${request.url}: ${(error as Error).message}`);
      if (!response.headersSent) send(response, 500, 'text/plain; charset=utf-8', 'internal error');
    });
  });

  async function handle(request: IncomingMessage, response: ServerResponse): Promise<void> {
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(response, 405, 'text/plain; charset=utf-8', 'only GET');
    const path = decodePath(new URL(request.url ?? '/', 'http://localhost').pathname);
    if (path === null) return send(response, 400, 'text/plain; charset=utf-8', 'bad path');
    if (path === '/') return send(response, 200, CONTENT_TYPES['.html']!, await readFile(join(pageDir, 'preview.html')));
    if (path === '/preview.css') return send(response, 200, CONTENT_TYPES['.css']!, await readFile(join(pageDir, 'preview.css')));
    if (path === '/preview/launch.json') return send(response, 200, CONTENT_TYPES['.json']!, JSON.stringify(launch));
    // Browsers ask for it on their own; the page declares none.
    if (path === '/favicon.ico') return send(response, 204, 'image/x-icon', '');
    if (path.startsWith('/src/')) {
      const script = await browserModules.read(path.slice('/src/'.length));
      return script === null ? notFound(response) : send(response, 200, CONTENT_TYPES['.js']!, script);
    }
    if (path.startsWith('/vendor/scorm-again/')) return sendFileFrom(response, scormAgainDir, path.slice('/vendor/scorm-again/'.length));
    if (path.startsWith(PACKAGE_BASE)) {
      const name = path.slice(PACKAGE_BASE.length);
      const file = scormPackage.files.get(name === '' || name.endsWith('/') ? `${name}index.html` : name);
      return file ? send(response, 200, contentTypeOf(name), file) : notFound(response);
    }
    return notFound(response);
  }

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => {
      server.off('error', reject);
      resolve();
    });
  });
  return server;
}

function decodePath(pathname: string): string | null {
  try {
    return decodeURIComponent(pathname);
  } catch {
    return null;
  }
}

async function sendFileFrom(response: ServerResponse, dir: string, relative: string): Promise<void> {
  const file = normalize(join(dir, relative));
  if (!file.startsWith(dir + sep)) return notFound(response);
  const body = await readFile(file).catch(() => null);
  return body ? send(response, 200, contentTypeOf(file), body) : notFound(response);
}

function contentTypeOf(name: string): string {
  return CONTENT_TYPES[extname(name).toLowerCase()] ?? 'application/octet-stream';
}

function send(response: ServerResponse, status: number, contentType: string, body: string | Uint8Array): void {
  // Every launch must see the package and page as they are now, never a cached copy.
  response.writeHead(status, { 'content-type': contentType, 'cache-control': 'no-store' });
  response.end(response.req.method === 'HEAD' ? undefined : body);
}

function notFound(response: ServerResponse): void {
  send(response, 404, 'text/plain; charset=utf-8', 'not found');
}
