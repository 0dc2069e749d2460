import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { QuizSchema } from './schemas/quiz.ts';
import { ScenarioSchema, nameScenarioItem } from './schemas/scenario.ts';
import { GlossarySchema } from './schemas/glossary.ts';
import { CourseSourcesSchema, SourcesSchema } from './schemas/sources.ts';
import { FacilitatorGuideSchema } from './schemas/facilitator-guide.ts';
import { nameListItem, nameLessonItem, nameModuleItem, nameQuizItem, withAuthorErrors } from './schemas/author-errors.ts';

// OOV_CONTENT_DIR lets the tests build deliberately broken fixture courses.
const base = process.env['OOV_CONTENT_DIR'] ?? './content/modules';

/** Entry id = the file's path below the content folder: unique, so two files with the same `id` field are both loaded and the course checks can name both. */
const byPath = ({ entry }: { entry: string }) => entry.replace(/\.(ya?ml|mdx)$/, '');
/** Entry id = the module folder, for files a module has at most once. */
const byModule = ({ entry }: { entry: string }) => entry.split('/')[0]!;

/** Module id = folder name; it is the stable identifier in every SCORM manifest. */
const modules = defineCollection({
  loader: glob({ pattern: '*/module.yaml', base, generateId: byModule }),
  schema: withAuthorErrors(ModuleSchema, nameModuleItem),
});

/** Lesson id = `<module-id>/<file name without extension>`. */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base, generateId: byPath }),
  schema: withAuthorErrors(LessonSchema, nameLessonItem),
});

/** Authors refer to a quiz by its `id` field (`<Quiz id="…" />`); src/course/load-course.ts indexes them. */
const quizzes = defineCollection({
  loader: glob({ pattern: '*/quizzes/*.yaml', base, generateId: byPath }),
  schema: withAuthorErrors(QuizSchema, nameQuizItem),
});

/** Authors refer to a scenario by its `id` field (`<Scenario id="…" />`). */
const scenarios = defineCollection({
  loader: glob({ pattern: '*/scenarios/*.yaml', base, generateId: byPath }),
  schema: withAuthorErrors(ScenarioSchema, nameScenarioItem),
});

/** The terms a module introduces; together they make the course glossary. */
const glossaries = defineCollection({
  loader: glob({ pattern: '*/begrippen.yaml', base, generateId: byModule }),
  schema: withAuthorErrors(GlossarySchema, nameListItem('terms', 'term')),
});

/** The references a module relies on; together they make the sources page. */
const sources = defineCollection({
  loader: glob({ pattern: '*/bronnen.yaml', base, generateId: byModule }),
  schema: withAuthorErrors(SourcesSchema, nameListItem('sources', 'source')),
});

/** Every reference of the course (content/bronnen.yaml), keyed as in the content brief. */
const courseSources = defineCollection({
  loader: glob({ pattern: 'bronnen.yaml', base: `${base}/..`, generateId: () => 'course' }),
  schema: withAuthorErrors(CourseSourcesSchema, nameListItem('sources', 'source')),
});

/** Instructors' notes per module, for the facilitator guide only. */
const guides = defineCollection({
  loader: glob({ pattern: '*/docent.yaml', base, generateId: byModule }),
  schema: withAuthorErrors(FacilitatorGuideSchema, nameListItem('discussion', 'discussion question')),
});

export const collections = { modules, lessons, quizzes, scenarios, glossaries, sources, courseSources, guides };
