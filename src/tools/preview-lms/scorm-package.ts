import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { unzipSync } from 'fflate';
import type { CourseIds } from './page/launch-info.ts';
import { readManifest, type ManifestFacts } from './read-manifest.ts';

/** A SCORM package unzipped in memory, as the preview serves it. */
export interface ScormPackage {
  zipName: string;
  /** Entry name in the zip (forward slashes, no leading slash) → contents. */
  files: Map<string, Uint8Array>;
  manifest: ManifestFacts;
  /** The module ids the course's saved-state decoder needs, per item id (null: not an OOV Leermodule SCO). */
  courses: Map<string, CourseIds | null>;
}

/** A package the preview cannot serve; the message names the file and says what is wrong. */
export class PackageError extends Error {
  override name = 'PackageError';
}

export async function loadScormPackage(zipPath: string): Promise<ScormPackage> {
  const files = unzipEntries(await readZip(zipPath), zipPath);
  const manifestBytes = files.get('imsmanifest.xml');
  if (!manifestBytes) throw new PackageError(`${zipPath} has no imsmanifest.xml at its root, so it is not a SCORM package.`);
  let manifest: ManifestFacts;
  try {
    manifest = readManifest(new TextDecoder().decode(manifestBytes));
  } catch (error) {
    throw new PackageError(`${zipPath}: ${(error as Error).message}`);
  }
  const courses = new Map<string, CourseIds | null>();
  for (const sco of manifest.scos) {
    const launchFile = sco.launchHref.split(/[?#]/)[0]!;
    const launchPage = files.get(launchFile);
    if (!launchPage) throw new PackageError(`${zipPath}: imsmanifest.xml launches "${launchFile}" for item "${sco.id}", but the zip has no such file.`);
    courses.set(sco.id, readCourseIds(new TextDecoder().decode(launchPage)));
  }
  return { zipName: basename(zipPath), files, manifest, courses };
}

async function readZip(zipPath: string): Promise<Uint8Array> {
  try {
    if ((await stat(zipPath)).isDirectory()) throw new PackageError(`${zipPath} is a folder; give the path of a SCORM zip, such as dist/packages/<module>-scorm12.zip.`);
    return new Uint8Array(await readFile(zipPath));
  } catch (error) {
    if (error instanceof PackageError) throw error;
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new PackageError(`${zipPath} does not exist. Run \`npm run build\` to build the packages into dist/packages, or check the path.`);
    throw new PackageError(`${zipPath} cannot be read: ${(error as Error).message}`);
  }
}

function unzipEntries(zip: Uint8Array, zipPath: string): Map<string, Uint8Array> {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(zip);
  } catch (error) {
    throw new PackageError(`${zipPath} is not a valid zip file (${(error as Error).message}).`);
  }
  const files = new Map<string, Uint8Array>();
  // Folder entries end in "/" and hold nothing; some zip tools write "./" or "\" into names.
  for (const [name, data] of Object.entries(entries)) {
    if (!name.endsWith('/')) files.set(name.replace(/\\/g, '/').replace(/^\.?\//, ''), data);
  }
  return files;
}

/**
 * An OOV Leermodule page carries its module data as JSON in <script id="oov-module">
 * (src/layouts/CoursePage.astro). Other packages have none: their suspend data is shown as text.
 */
function readCourseIds(html: string): CourseIds | null {
  const match = /<script type="application\/json" id="oov-module">([\s\S]*?)<\/script>/.exec(html);
  if (!match) return null;
  try {
    const module = JSON.parse(match[1]!) as Partial<CourseIds>;
    if (!Array.isArray(module.lessonIds) || !Array.isArray(module.questionIds)) return null;
    return {
      lessonIds: module.lessonIds,
      questionIds: module.questionIds,
      scenarioIds: module.scenarioIds ?? [],
      ...(module.renamed ? { renamed: module.renamed } : {}),
      ...(module.lessonTitles ? { lessonTitles: module.lessonTitles } : {}),
    };
  } catch {
    return null;
  }
}
