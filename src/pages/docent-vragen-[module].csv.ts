import type { APIRoute, GetStaticPaths } from 'astro';
import { loadCourse, type ModuleWithLessons } from '../course/load-course.ts';
import { dictionaryRows, questionDictionaryOf } from '../course/question-dictionary.ts';
import { toCsv } from '../course/csv.ts';

/**
 * `docent-vragen-<module>.csv`: the question dictionary for a spreadsheet, one row per
 * cmi.interactions id. Site only: course.json does not list it, so no package carries it.
 */
export const getStaticPaths = (async () => {
  const modules = await loadCourse();
  return modules.map((module) => ({ params: { module: module.id }, props: { module } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ module: ModuleWithLessons }> = ({ props }) =>
  new Response(toCsv(dictionaryRows(questionDictionaryOf(props.module))), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
