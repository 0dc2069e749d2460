import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectPackageContents } from './package-contents.ts';
import { writeManifest } from './manifest.ts';
import { createZip } from './zip.ts';
import { SUSPEND_DATA_LIMITS } from '../learning/saved-state-budget.ts';
import { COURSE_DATA_FILE, PACKAGES_DIR, parsePackagedCourse, type PackagedModule, type ScormVersion } from './packaged-course.ts';

const VERSIONS: Array<{ version: ScormVersion; suffix: string }> = [
  { version: '1.2', suffix: 'scorm12' },
  { version: '2004', suffix: 'scorm2004' },
];

export interface WrittenPackage {
  file: string;
  bytes: number;
  /** Worst-case saved progress against this version's limit. */
  suspendData: { worstCase: number; limit: number };
  /** Moodle's worst-case 2004 commit in bytes (2004 packages only). */
  commitBytes: number | null;
}

/**
 * Writes `<module>-scorm12.zip` and `<module>-scorm2004.zip` for every module of the built site.
 * The set is written to a folder beside `packages/` and swapped in only when every package
 * succeeded, so a failure leaves the previous set whole instead of a new 1.2 zip beside an old
 * 2004 zip.
 */
export async function writePackages(siteDir: string): Promise<WrittenPackage[]> {
  const course = parsePackagedCourse(await readFile(join(siteDir, COURSE_DATA_FILE), 'utf8'));
  const outDir = join(siteDir, PACKAGES_DIR);
  const partial = `${outDir}.partial`;
  const previous = `${outDir}.previous`;
  await rm(partial, { recursive: true, force: true });
  await mkdir(partial, { recursive: true });
  try {
    const written: WrittenPackage[] = [];
    for (const module of course.modules) {
      for (const { version, suffix } of VERSIONS) {
        const zip = await buildModulePackage(siteDir, module, version);
        const name = `${module.id}-${suffix}.zip`;
        await writeFile(join(partial, name), zip);
        written.push({ file: join(outDir, name), bytes: zip.byteLength, suspendData: { worstCase: module.worstCaseSuspendData, limit: SUSPEND_DATA_LIMITS[version] }, commitBytes: version === '2004' ? module.worstCaseCommitBytes : null });
      }
    }
    await rm(previous, { recursive: true, force: true });
    await rename(outDir, previous).catch(() => undefined);
    await rename(partial, outDir);
    await rm(previous, { recursive: true, force: true });
    return written;
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

/** One module as one SCO, in one SCORM version. */
export async function buildModulePackage(siteDir: string, module: PackagedModule, version: ScormVersion): Promise<Uint8Array> {
  const contents = await collectPackageContents(siteDir, module, version);
  if (contents.absoluteUrls.length) {
    const list = contents.absoluteUrls.map(({ file, url }) => `  ${file}: ${url}`).join('\n');
    throw new Error(`Module "${module.id}" (SCORM ${version}) still has root-absolute URLs, which break when an LMS serves the package from its own path:\n${list}`);
  }
  const manifest = writeManifest(module, version, contents.files.map(([name]) => name));
  return createZip([['imsmanifest.xml', new TextEncoder().encode(manifest)], ...contents.files, ...contents.schemas]);
}
