import { readFile } from 'node:fs/promises';
import { stripTypeScriptTypes } from 'node:module';
import { join, normalize, sep } from 'node:path';

/**
 * The preview page's script is TypeScript like the rest of src/ (so `tsc` checks it), and it
 * imports the course's own saved-state decoder from src/learning/. The browser gets both with
 * their types erased by Node's built-in stripper: no bundler, and positions stay as written.
 * Only these folders are served; src/learning/ is browser-safe by the import-direction rule.
 */
const SERVED_FOLDERS = ['tools/preview-lms/page/', 'learning/'];

export interface BrowserModules {
  /** The module for a URL path below /src/, or null when it is not one the page may load. */
  read(pathBelowSrc: string): Promise<string | null>;
}

export function createBrowserModules(srcDir: string): BrowserModules {
  const cache = new Map<string, string>();
  return {
    async read(pathBelowSrc) {
      const file = normalize(join(srcDir, pathBelowSrc));
      const relative = file.slice(srcDir.length + 1).split(sep).join('/');
      if (!file.startsWith(srcDir + sep) || !relative.endsWith('.ts') || !SERVED_FOLDERS.some((folder) => relative.startsWith(folder))) return null;
      const cached = cache.get(file);
      if (cached !== undefined) return cached;
      const source = await readFile(file, 'utf8').catch(() => null);
      if (source === null) return null;
      const script = withoutExperimentalWarning(() => stripTypeScriptTypes(source, { mode: 'strip' }));
      cache.set(file, script);
      return script;
    },
  };
}

/**
 * Node 22 marks stripTypeScriptTypes experimental and prints a warning on first use; to an
 * administrator previewing a package it only reads like something went wrong.
 */
function withoutExperimentalWarning<T>(run: () => T): T {
  const emitWarning = process.emitWarning;
  process.emitWarning = (() => undefined) as typeof process.emitWarning;
  try {
    return run();
  } finally {
    process.emitWarning = emitWarning;
  }
}
