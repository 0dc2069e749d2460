import { readdir, readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { findAbsoluteUrls, rewriteToRelativeUrls, stampCmi5Au, stampScormVersion, stripSiteOnlyLinks, type AbsoluteUrl } from './relative-urls.ts';
import type { PackageFormat, PackagedModule, ScormVersion } from './packaged-course.ts';
import { auIri } from './course-structure.ts';

const SCHEMA_DIRS: Record<ScormVersion, URL> = {
  '1.2': new URL('./schemas/scorm12/', import.meta.url),
  '2004': new URL('./schemas/scorm2004/', import.meta.url),
};

/**
 * Adapter chunks a package never loads: the tracker picks its adapter by the standard stamped on
 * the page (session.ts), so a SCORM package never imports the cmi5 adapter and a cmi5 package
 * never imports the SCORM ones. Leaving them out keeps each package's engine to what it runs.
 */
const FOREIGN_ADAPTER_CHUNKS: Record<PackageFormat, RegExp> = {
  '1.2': /^_astro\/cmi5(-launch)?\.[\w-]+\.js$/,
  '2004': /^_astro\/cmi5(-launch)?\.[\w-]+\.js$/,
  cmi5: /^_astro\/scorm(12|2004|-delivery)\.[\w-]+\.js$/,
};

/** Shared, page-independent files every package carries. */
const SHARED_FILES = ['favicon.svg'];
const SHARED_DIRS = ['_astro'];

export interface PackageContents {
  /** Content files (pages and assets), as they go into the zip. */
  files: Array<readonly [string, Uint8Array]>;
  /** The pages of each module, in module order. */
  pagesOf: Map<string, string[]>;
  /** Assets the pages share: scripts, styles, pictures, the favicon. */
  sharedFiles: string[];
  /** The official XSDs, at the zip root (SCORM only: a cmi5 LMS reads cmi5.xml without them). */
  schemas: Array<readonly [string, Uint8Array]>;
  absoluteUrls: AbsoluteUrl[];
}

/**
 * Reads the modules' pages and the assets they share from the site build and prepares them for
 * a package. `passMark` overrides each module's pass mark (the package command's --pass-mark):
 * the page's module data carries it for when the LMS gives none. A cmi5 package's pages carry
 * their AU's publisher id, derived from `courseId` (the course's id in cmi5.xml).
 */
export async function collectPackageContents(siteDir: string, modules: readonly PackagedModule[], version: PackageFormat, passMark?: number, courseId = ''): Promise<PackageContents> {
  const files: Array<readonly [string, Uint8Array]> = [];
  const absoluteUrls: AbsoluteUrl[] = [];
  const pagesOf = new Map<string, string[]>();
  for (const module of modules) {
    pagesOf.set(module.id, module.pages);
    for (const page of module.pages) {
      const source = stripSiteOnlyLinks(rewriteToRelativeUrls(await readFile(join(siteDir, page), 'utf8')));
      let html = version === 'cmi5' ? stampCmi5Au(source, auIri(courseId, module.id)) : stampScormVersion(source, version);
      if (passMark !== undefined) html = withPassMark(html, passMark);
      absoluteUrls.push(...findAbsoluteUrls(page, html));
      files.push([page, new TextEncoder().encode(html)]);
    }
  }
  const available = (await listFiles(siteDir, SHARED_DIRS)).filter((file) => !FOREIGN_ADAPTER_CHUNKS[version].test(file));
  const assets = await referencedAssets(siteDir, files.map(([, data]) => new TextDecoder().decode(data)), new Set(available));
  const shared = [...SHARED_FILES, ...assets];
  for (const file of shared) {
    const data = await readFile(join(siteDir, file));
    if (/\.(css|js|mjs)$/.test(file)) absoluteUrls.push(...findAbsoluteUrls(file, data.toString('utf8')));
    files.push([file, data]);
  }
  const schemas = version === 'cmi5' ? [] : await readSchemas(version);
  return { files, pagesOf, sharedFiles: shared, schemas, absoluteUrls };
}

async function readSchemas(version: ScormVersion): Promise<Array<readonly [string, Uint8Array]>> {
  const schemaDir = fileURLToPath(SCHEMA_DIRS[version]);
  return Promise.all((await readdir(schemaDir)).sort().map(async (name) => [name, await readFile(join(schemaDir, name))] as const));
}

/** Sets the pass mark in the page's module data (the script#oov-module JSON), for LMSs that give none. */
function withPassMark(html: string, passMark: number): string {
  return html.replace(/(<script type="application\/json" id="oov-module">)([\s\S]*?)(<\/script>)/, (_, open: string, json: string, close: string) => {
    const info = JSON.parse(json) as { passMark: number };
    info.passMark = passMark;
    return `${open}${JSON.stringify(info)}${close}`;
  });
}

/**
 * The assets a module's pages need: what the pages refer to, and what those files refer to in
 * turn (JS imports, Vite's preload lists, CSS url()). Assets of other pages, such as the
 * instructors' page, stay out of the package.
 */
async function referencedAssets(siteDir: string, pages: string[], available: Set<string>): Promise<string[]> {
  const found = new Set<string>();
  const queue = pages.flatMap((html) => assetReferences(html, ''));
  while (queue.length) {
    const file = queue.pop()!;
    if (found.has(file) || !available.has(file)) continue;
    found.add(file);
    if (/\.(js|css)$/.test(file)) queue.push(...assetReferences(await readFile(join(siteDir, file), 'utf8'), file.slice(0, file.lastIndexOf('/') + 1)));
  }
  return [...found].sort();
}

/** Paths (relative to the site root) that a text refers to, whether written `./_astro/x` or `./x` beside it. */
function assetReferences(text: string, dir: string): string[] {
  const rooted = [...text.matchAll(/\.\/(_astro\/[\w.@~-]+)/g)].map((m) => m[1]!);
  const besides = dir ? [...text.matchAll(/["'`(]\.\/([\w.@~-]+\.(?:js|css|woff2?|svg|png))/g)].map((m) => `${dir}${m[1]!}`) : [];
  return [...rooted, ...besides];
}

async function listFiles(root: string, dirs: string[]): Promise<string[]> {
  const found: string[] = [];
  for (const dir of dirs) {
    const entries = await readdir(join(root, dir), { recursive: true, withFileTypes: true }).catch(() => []);
    for (const entry of entries) {
      if (entry.isFile()) found.push(relative(root, join(entry.parentPath, entry.name)).split(sep).join('/'));
    }
  }
  return found.sort();
}
