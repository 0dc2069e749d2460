import type { APIRoute } from 'astro';
import { loadCourse } from '../course/load-course.ts';
import type { PackagedCourse } from '../integration/packaged-course.ts';
import { nl } from '../i18n/nl.ts';

/**
 * What the packager needs to know about each module, written next to the site at build time.
 * The packager reads this instead of parsing content a second time.
 */
export const GET: APIRoute = async () => {
  const modules = await loadCourse();
  const course: PackagedCourse = {
    title: nl.courseTitle,
    modules: modules.map((module) => ({
      id: module.id,
      title: module.data.title,
      summary: module.data.summary,
      passMark: module.data.passMark,
      launchPage: module.href,
      pages: [module.href, ...module.lessons.map((lesson) => lesson.href), ...Object.values(module.extraHrefs)],
      lessonTitles: module.lessons.map((lesson) => lesson.data.title),
      worstCaseSuspendData: module.worstCaseSuspendData,
      worstCaseCommitBytes: module.worstCaseCommitBytes,
    })),
  };
  return new Response(JSON.stringify(course, null, 2));
};
