import { gzipSync } from 'node:zlib';

/**
 * Whose JavaScript a page runs, told apart by chunk file name (Vite names a chunk after its
 * entry module), with two looks inside where the name alone is ambiguous:
 * - `react.*.js`: react (Vite's chunk of the react package, jsx-runtime included);
 * - the chunk an island names as its `renderer-url`: react-dom, i.e. @astrojs/react's client
 *   entry, which bundles react-dom/client and scheduler with a few lines of Astro glue;
 * - `ClientRouter.*.js`, and the `client.*.js` chunk that holds `data-astro-transition-persist`
 *   (astro:transitions/client): Astro's router; inline scripts that define `astro-island` or
 *   register a built-in `client:` directive: Astro's island runtime;
 * - everything else is our own code: page scripts, tracking, islands, island data, and our
 *   `client:interact` directive (inline).
 */
export type CodeOwner = 'react-dom' | 'react' | 'astro' | 'own';
export const CODE_OWNERS: readonly CodeOwner[] = ['react-dom', 'react', 'astro', 'own'];

export interface ScriptShare {
  /** File name, or `inline #n` for a script in the page. */
  name: string;
  owner: CodeOwner;
  raw: number;
  gzip: number;
}

const ASTRO_DIRECTIVES = new Set(['load', 'idle', 'visible', 'media', 'only']);

export function gzipBytes(data: Uint8Array | string): number {
  return gzipSync(typeof data === 'string' ? Buffer.from(data) : data, { level: 9 }).byteLength;
}

/** The page's inline scripts (not JSON data blocks): Astro puts its island runtime there. */
export function inlineScriptsOf(html: string): string[] {
  return [...html.matchAll(/<script\b([^>]*)>(.*?)<\/script>/gs)]
    .filter(([, attributes]) => !/\bsrc=/.test(attributes!) && !/type="application\/(ld\+)?json"/.test(attributes!))
    .map(([, , body]) => body!)
    .filter((body) => body.trim().length > 0);
}

export function classifyScripts(pageHtml: string, externalScripts: Array<{ file: string; data: Uint8Array }>): ScriptShare[] {
  const renderers = new Set([...pageHtml.matchAll(/renderer-url="\.\/([^"]+)"/g)].map((match) => match[1]!));
  const shares: ScriptShare[] = externalScripts.map(({ file, data }) => ({ name: file, owner: ownerOfFile(file, data, renderers), raw: data.byteLength, gzip: gzipBytes(data) }));
  inlineScriptsOf(pageHtml).forEach((body, index) => {
    shares.push({ name: `inline #${index + 1}`, owner: ownerOfInline(body), raw: Buffer.byteLength(body), gzip: gzipBytes(body) });
  });
  return shares;
}

function ownerOfFile(file: string, data: Uint8Array, renderers: Set<string>): CodeOwner {
  const name = file.split('/').pop()!;
  if (/^react\.[\w-]+\.js$/.test(name)) return 'react';
  if (renderers.has(file)) return 'react-dom';
  if (name.startsWith('ClientRouter.')) return 'astro';
  if (/^client\.[\w-]+\.js$/.test(name) && Buffer.from(data).includes('data-astro-transition-persist')) return 'astro';
  return 'own';
}

function ownerOfInline(body: string): CodeOwner {
  if (body.includes('astro-island')) return 'astro';
  // Astro registers a directive as `(self.Astro||(self.Astro={})).<name>=…`.
  const directive = /\(self\.Astro\|\|\(self\.Astro=\{\}\)\)\.(\w+)=/.exec(body)?.[1];
  return directive && ASTRO_DIRECTIVES.has(directive) ? 'astro' : 'own';
}

export function totalsByOwner(shares: ScriptShare[]): Record<CodeOwner, { raw: number; gzip: number }> {
  const totals = Object.fromEntries(CODE_OWNERS.map((owner) => [owner, { raw: 0, gzip: 0 }])) as Record<CodeOwner, { raw: number; gzip: number }>;
  for (const share of shares) {
    totals[share.owner].raw += share.raw;
    totals[share.owner].gzip += share.gzip;
  }
  return totals;
}
