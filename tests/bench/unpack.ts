import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

/** Unzips a package as an LMS does, into `<target>/<zip name without .zip>/`; returns its file names. */
export async function unpackPackage(zipFile: string, target: string): Promise<string[]> {
  const entries = unzipSync(new Uint8Array(await readFile(zipFile)));
  const name = zipFile.split('/').pop()!.replace(/\.zip$/, '');
  for (const [path, data] of Object.entries(entries)) {
    if (path.endsWith('/')) continue;
    const file = join(target, name, path);
    await mkdir(dirname(file), { recursive: true });
    await writeFile(file, data);
  }
  return Object.keys(entries).filter((path) => !path.endsWith('/'));
}
