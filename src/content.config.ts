import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { ModuleSchema } from './schemas/module.ts';
import { LessonSchema } from './schemas/lesson.ts';
import { QuizSchema } from './schemas/quiz.ts';
import { ScenarioSchema, nameScenarioItem } from './schemas/scenario.ts';
import { nameLessonItem, nameModuleItem, nameQuizItem, withAuthorErrors } from './schemas/author-errors.ts';

// OOV_CONTENT_DIR lets the tests build deliberately broken fixture courses.
const base = process.env['OOV_CONTENT_DIR'] ?? './content/modules';

/** Module id = folder name; it is the stable identifier in every SCORM manifest. */
const modules = defineCollection({
  loader: glob({ pattern: '*/module.yaml', base, generateId: ({ entry }) => entry.split('/')[0]! }),
  schema: withAuthorErrors(ModuleSchema, nameModuleItem),
});

/** Lesson id = `<module-id>/<file name without extension>`. */
const lessons = defineCollection({
  loader: glob({ pattern: '*/*.mdx', base, generateId: ({ entry }) => entry.replace(/\.mdx$/, '') }),
  schema: withAuthorErrors(LessonSchema, nameLessonItem),
});

/** Quiz id = the `id` field in the file, which authors use in `<Quiz id="…" />`. */
const quizzes = defineCollection({
  loader: glob({
    pattern: '*/quizzes/*.yaml',
    base,
    generateId: ({ entry, data }) => (typeof data['id'] === 'string' ? data['id'] : entry),
  }),
  schema: withAuthorErrors(QuizSchema, nameQuizItem),
});

/** Scenario id = the `id` field in the file, which authors use in `<Scenario id="…" />`. */
const scenarios = defineCollection({
  loader: glob({
    pattern: '*/scenarios/*.yaml',
    base,
    generateId: ({ entry, data }) => (typeof data['id'] === 'string' ? data['id'] : entry),
  }),
  schema: withAuthorErrors(ScenarioSchema, nameScenarioItem),
});

export const collections = { modules, lessons, quizzes, scenarios };
