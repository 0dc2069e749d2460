import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { PackagedModule } from '../../src/integration/packaged-course.ts';
import type { ModuleInfo } from '../../src/learning/types.ts';
import type { StubVersion } from './lms-stub.ts';
import type { PageTarget } from './measure-page.ts';
import { headingOf } from './html-text.ts';

export interface BenchPackage {
  /** Zip name without `.zip`, also its folder under the unpacked packages. */
  name: string;
  moduleId: string;
  version: StubVersion;
  zipBytes: number;
  fileCount: number;
}

export interface BenchPage extends PageTarget {
  /** `<package>/<file>`: the key of its results. */
  id: string;
  /** What the page is for the learner, as the report names it. */
  role: 'launch page' | 'lesson with islands' | 'knowledge check' | 'floor lesson' | 'floor next page';
}

/**
 * The three pages measured in each package: the launch page (the module overview, no islands),
 * the lesson with the most islands (quizzes and scenarios; the earlier on a tie; never the
 * knowledge check, and one that has a next lesson to move to) and the knowledge check.
 */
export async function pagesOfPackage(packagesDir: string, pkg: BenchPackage, module: PackagedModule): Promise<BenchPage[]> {
  const read = (file: string) => readFile(join(packagesDir, pkg.name, file), 'utf8');
  const info = moduleInfoOf(await read(module.launchPage));
  const page = (role: BenchPage['role'], file: string, kind: PageTarget['kind']): BenchPage => ({ id: `${pkg.name}/${file}`, role, packageName: pkg.name, file, kind, lms: pkg.version });
  const pages: BenchPage[] = [page('launch page', module.launchPage, 'launch')];

  const candidates = info.lessonIds.slice(0, -1).filter((id) => id !== info.check.lessonId);
  let best: { id: string; islands: number } | null = null;
  for (const id of candidates) {
    const islands = (await read(hrefToFile(info.lessonHrefs[id]!))).split('<astro-island').length - 1;
    if (islands > 0 && (!best || islands > best.islands)) best = { id, islands };
  }
  if (best) {
    const nextFile = hrefToFile(info.lessonHrefs[info.lessonIds[info.lessonIds.indexOf(best.id) + 1]!]!);
    pages.push({ ...page('lesson with islands', hrefToFile(info.lessonHrefs[best.id]!), 'lesson'), next: { file: nextFile, title: headingOf(await read(nextFile)) } });
  }
  if (info.check.lessonId) pages.push(page('knowledge check', hrefToFile(info.lessonHrefs[info.check.lessonId]!), 'check'));
  return pages;
}

/** The module data every module page carries for the tracker (CoursePage.astro). */
export function moduleInfoOf(html: string): ModuleInfo {
  const json = /<script type="application\/json" id="oov-module">(.*?)<\/script>/s.exec(html)?.[1];
  if (!json) throw new Error('The launch page has no <script id="oov-module"> module data; the bench cannot find its lessons.');
  return JSON.parse(json) as ModuleInfo;
}

function hrefToFile(href: string): string {
  return href.replace(/^\.\//, '');
}
