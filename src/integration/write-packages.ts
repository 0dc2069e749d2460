import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { collectPackageContents } from './package-contents.ts';
import { manifestIdentifier, writeManifest, type ManifestSpec } from './manifest.ts';
import { createZip } from './zip.ts';
import { rewriteToRelativeUrls } from './relative-urls.ts';
import { writeImportSheet } from './import-sheet.ts';
import { writeCmi5ImportSheet } from './cmi5-import-sheet.ts';
import { writeCourseStructure } from './course-structure.ts';
import { SUSPEND_DATA_LIMITS } from '../learning/saved-state-budget.ts';
import { COURSE_DATA_FILE, PACKAGES_DIR, parsePackagedCourse, type PackageFormat, type PackagedCourse, type PackagedModule } from './packaged-course.ts';

export const STANDARDS = { scorm12: '1.2', scorm2004: '2004', cmi5: 'cmi5' } as const satisfies Record<string, PackageFormat>;
export type Standard = keyof typeof STANDARDS;
/** One package per module, or the whole course (the chosen modules) as one package with a SCO per module. */
export type PackageForm = 'module' | 'course';

export interface PackageRequest {
  siteDir: string;
  outDir: string;
  /** Module ids, in course order; all modules when left out. */
  moduleIds?: readonly string[];
  standards: readonly Standard[];
  forms: readonly PackageForm[];
  /** Overrides every module's pass mark (percent); an LMS that sets its own still wins at launch. */
  passMark?: number;
  /** Title of a whole-course package; the course title when left out. */
  title?: string;
  /** Called as each package is written, for progress on a terminal. */
  onWritten?: (written: WrittenPackage) => void;
}

export interface WrittenPackage {
  /** Final path of the zip. */
  file: string;
  standard: Standard;
  form: PackageForm;
  moduleIds: string[];
  /** The pass mark written into the package, or the modules' own when they differ. */
  passMarks: number[];
  bytes: number;
  sha256: string;
  /** Worst-case saved progress against this version's limit (largest module); cmi5's State API has none. */
  suspendData: { worstCase: number; limit: number | null };
  /** Moodle's worst-case 2004 commit in bytes (2004 packages only; largest module). */
  commitBytes: number | null;
  /** The import sheet for administrators, beside the zip. */
  importSheet: string;
}

/** `<module>-scorm12.zip`, `<module>-cmi5.zip`, or `oov-leermodule-cursus-scorm2004.zip` for the whole course. */
export function packageFileName(form: PackageForm, moduleIds: readonly string[], standard: Standard, isWholeCourse: boolean): string {
  if (form === 'module') return `${moduleIds[0]}-${standard}.zip`;
  return `oov-leermodule-${isWholeCourse ? 'cursus' : `cursus-${moduleIds.map((id) => id.split('-')[0]).join('-')}`}-${standard}.zip`;
}

/**
 * Writes the packages a request asks for. Everything is written to a temporary folder beside
 * `outDir` first and moved in only when every package succeeded, so a failure leaves what was
 * there before whole, never a new 1.2 zip beside an old 2004 zip.
 */
export async function writePackageSet(request: PackageRequest): Promise<WrittenPackage[]> {
  const course = parsePackagedCourse(await readFile(join(request.siteDir, COURSE_DATA_FILE), 'utf8'));
  const modules = chooseModules(course, request.moduleIds);
  await mkdir(dirname(request.outDir), { recursive: true });
  const partial = await mkdtemp(join(dirname(request.outDir), `.${basename(request.outDir)}.partial-`));
  try {
    const written: WrittenPackage[] = [];
    type PackageSet = { form: PackageForm; modules: PackagedModule[] };
    const sets = request.forms.flatMap((form): PackageSet[] => (form === 'module' ? modules.map((module) => ({ form, modules: [module] })) : [{ form, modules }]));
    for (const set of sets) {
      for (const standard of request.standards) {
        const isWholeCourse = set.modules.length === course.modules.length;
        const name = packageFileName(set.form, set.modules.map((m) => m.id), standard, isWholeCourse);
        const zip = await buildPackage(request.siteDir, course, set.form, set.modules, standard, request);
        await writeFile(join(partial, name), zip);
        const version = STANDARDS[standard];
        const result: WrittenPackage = {
          file: join(request.outDir, name),
          standard,
          form: set.form,
          moduleIds: set.modules.map((m) => m.id),
          passMarks: [...new Set(set.modules.map((m) => request.passMark ?? m.passMark))],
          bytes: zip.byteLength,
          sha256: createHash('sha256').update(zip).digest('hex'),
          suspendData: { worstCase: Math.max(...set.modules.map((m) => m.worstCaseSuspendData)), limit: version === 'cmi5' ? null : SUSPEND_DATA_LIMITS[version] },
          commitBytes: version === '2004' ? Math.max(...set.modules.map((m) => m.worstCaseCommitBytes)) : null,
          importSheet: join(request.outDir, name.replace(/\.zip$/, '-importblad.html')),
        };
        const sheet = version === 'cmi5' ? writeCmi5ImportSheet(result, set.modules, course) : writeImportSheet(result, set.modules, course);
        await writeFile(join(partial, basename(result.importSheet)), sheet);
        written.push(result);
        request.onWritten?.(result);
      }
    }
    await moveInto(partial, request.outDir);
    return written;
  } finally {
    await rm(partial, { recursive: true, force: true });
  }
}

/** What `npm run build` writes to dist/packages: every module in every standard, and the whole course. */
export async function writePackages(siteDir: string): Promise<WrittenPackage[]> {
  const outDir = join(siteDir, PACKAGES_DIR);
  await rm(`${outDir}.next`, { recursive: true, force: true });
  const written = await writePackageSet({ siteDir, outDir: `${outDir}.next`, standards: ['scorm12', 'scorm2004', 'cmi5'], forms: ['module', 'course'] });
  // The build owns dist/packages: the new set replaces the old one as a whole.
  await rm(`${outDir}.previous`, { recursive: true, force: true });
  await rename(outDir, `${outDir}.previous`).catch(() => undefined);
  await rename(`${outDir}.next`, outDir);
  await rm(`${outDir}.previous`, { recursive: true, force: true });
  return written.map((each) => ({ ...each, file: each.file.replace(`${outDir}.next`, outDir), importSheet: each.importSheet.replace(`${outDir}.next`, outDir) }));
}

function chooseModules(course: PackagedCourse, ids: readonly string[] | undefined): PackagedModule[] {
  if (!ids) return course.modules;
  return ids.map((id) => {
    const module = course.modules.find((each) => each.id === id);
    if (!module) throw new Error(`there is no module "${id}"; the modules are ${course.modules.map((m) => m.id).join(', ')}`);
    return module;
  });
}

async function buildPackage(siteDir: string, course: PackagedCourse, form: PackageForm, modules: PackagedModule[], standard: Standard, request: PackageRequest): Promise<Uint8Array> {
  const version = STANDARDS[standard];
  const isCourse = form === 'course';
  const courseId = isCourse ? (modules.length === course.modules.length ? 'cursus' : `cursus-${modules.map((m) => m.id.split('-')[0]).join('-')}`) : modules[0]!.id;
  const contents = await collectPackageContents(siteDir, modules, version, request.passMark, courseId);
  if (contents.absoluteUrls.length) {
    const list = contents.absoluteUrls.map(({ file, url }) => `  ${file}: ${url}`).join('\n');
    const what = form === 'module' ? `Module "${modules[0]!.id}"` : 'The whole-course package';
    throw new Error(`${what} (${version === 'cmi5' ? 'cmi5' : `SCORM ${version}`}) still has root-absolute URLs, which break when an LMS serves the package from its own path:\n${list}`);
  }
  const title = isCourse ? (request.title ?? course.title) : modules[0]!.title;
  const description = isCourse ? modules.map((m) => m.title).join(' · ') : modules[0]!.summary;
  if (version === 'cmi5') {
    const aus = modules.map((m) => ({ moduleId: m.id, title: m.title, description: m.summary, passMark: request.passMark ?? m.passMark, launchPage: m.launchPage }));
    return createZip([['cmi5.xml', new TextEncoder().encode(writeCourseStructure({ courseId, title, description, aus }))], ...contents.files]);
  }
  const spec: ManifestSpec = {
    identifier: manifestIdentifier(courseId),
    title,
    description,
    scos: modules.map((m) => ({ id: m.id, title: m.title, passMark: request.passMark ?? m.passMark, launchPage: m.launchPage, pages: contents.pagesOf.get(m.id) ?? [] })),
    sharedFiles: contents.sharedFiles,
  };
  return createZip([['imsmanifest.xml', new TextEncoder().encode(writeManifest(spec, version))], ...contents.files, ...contents.schemas]);
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(to, { recursive: true });
  for (const name of (await readdir(from)).sort()) await rename(join(from, name), join(to, name));
}

/**
 * Astro writes image URLs root-absolute (/_astro/x.svg) even with `assetsPrefix: '.'`; every page
 * sits at the site root, so the page-relative form (./_astro/x.svg) is the same file wherever the
 * site or a package is served from.
 */
export async function rewriteSitePages(siteDir: string): Promise<void> {
  for (const name of (await readdir(siteDir)).filter((file) => file.endsWith('.html'))) {
    const path = join(siteDir, name);
    const html = await readFile(path, 'utf8');
    const rewritten = rewriteToRelativeUrls(html);
    if (rewritten !== html) await writeFile(path, rewritten);
  }
}
