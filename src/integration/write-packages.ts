import { mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collectPackageContents } from './package-contents.ts';
import { writeManifest } from './manifest.ts';
import { createZip, writeFileAtomically } from './zip.ts';
import { SUSPEND_DATA_LIMITS } from '../learning/saved-state-budget.ts';
import { COURSE_DATA_FILE, PACKAGES_DIR, type PackagedCourse, type ScormVersion } from './packaged-course.ts';

const VERSIONS: Array<{ version: ScormVersion; suffix: string }> = [
  { version: '1.2', suffix: 'scorm12' },
  { version: '2004', suffix: 'scorm2004' },
];

export interface WrittenPackage {
  file: string;
  bytes: number;
  /** Worst-case cmi.suspend_data against this version's limit. */
  suspendData: { worstCase: number; limit: number };
}

/** Writes `<module>-scorm12.zip` and `<module>-scorm2004.zip` for every module of the built site. */
export async function writePackages(siteDir: string): Promise<WrittenPackage[]> {
  const course = JSON.parse(await readFile(join(siteDir, COURSE_DATA_FILE), 'utf8')) as PackagedCourse;
  const outDir = join(siteDir, PACKAGES_DIR);
  await mkdir(outDir, { recursive: true });
  const written: WrittenPackage[] = [];
  for (const module of course.modules) {
    for (const { version, suffix } of VERSIONS) {
      const contents = await collectPackageContents(siteDir, module, version);
      if (contents.absoluteUrls.length) {
        const list = contents.absoluteUrls.map(({ file, url }) => `  ${file}: ${url}`).join('\n');
        throw new Error(`Module "${module.id}" (SCORM ${version}) still has root-absolute URLs, which break when an LMS serves the package from its own path:\n${list}`);
      }
      const manifest = writeManifest(module, version, contents.files.map(([name]) => name));
      const zip = createZip([['imsmanifest.xml', new TextEncoder().encode(manifest)], ...contents.files, ...contents.schemas]);
      const file = join(outDir, `${module.id}-${suffix}.zip`);
      await writeFileAtomically(file, zip);
      written.push({ file, bytes: zip.byteLength, suspendData: { worstCase: module.worstCaseSuspendData, limit: SUSPEND_DATA_LIMITS[version] } });
    }
  }
  return written;
}
