import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { unzipSync } from 'fflate';

const root = new URL('../..', import.meta.url).pathname;

/** Unzips every built package as an LMS would, into tests/.tmp/packages/<zip name>/. */
export default async function unpackPackages(): Promise<void> {
  const source = join(root, 'dist/packages');
  const target = join(root, 'tests/.tmp/packages');
  await rm(target, { recursive: true, force: true });
  const zips = (await readdir(source).catch(() => [])).filter((name) => name.endsWith('.zip'));
  if (zips.length === 0) throw new Error('No packages in dist/packages: run `npm run build` first (npm run test:e2e does).');
  for (const zip of zips) {
    const entries = unzipSync(new Uint8Array(await readFile(join(source, zip))));
    for (const [name, data] of Object.entries(entries)) {
      const file = join(target, zip.replace(/\.zip$/, ''), name);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, data);
    }
  }
}
