import { z } from 'zod';

/**
 * The contract between the site build (src/pages/course.json.ts writes it) and the packager
 * (reads it back, validated with this schema); the tests read it through the same schema.
 */
export const PackagedModuleSchema = z.object({
  id: z.string(),
  title: z.string(),
  summary: z.string(),
  /** Percentage, 0–100. */
  passMark: z.number().min(0).max(100),
  /** Page the LMS opens; it resumes at the bookmark itself. */
  launchPage: z.string(),
  /** Every page of the module, at the site root. */
  pages: z.array(z.string()).min(1),
  lessonTitles: z.array(z.string()),
  /** Characters of saved progress a learner can produce at most (checked at build time against SCORM 1.2's 4096). */
  worstCaseSuspendData: z.number().int().nonnegative(),
  /** Bytes of Moodle's SCORM 2004 commit of the whole data model for the worst-case learner (course/lms-payload-budget.ts). */
  worstCaseCommitBytes: z.number().int().nonnegative(),
});

export const PackagedCourseSchema = z.object({
  title: z.string(),
  modules: z.array(PackagedModuleSchema),
});

export type PackagedModule = z.output<typeof PackagedModuleSchema>;
export type PackagedCourse = z.output<typeof PackagedCourseSchema>;

export type ScormVersion = '1.2' | '2004';

/** What a package speaks to the LMS: a SCORM version, or cmi5 (xAPI). */
export type PackageFormat = ScormVersion | 'cmi5';

export const COURSE_DATA_FILE = 'course.json';
/** Packages are written here inside the build output, so the site can offer them for download. */
export const PACKAGES_DIR = 'packages';

/** Reads dist/course.json as the packager and the tests need it; a mismatch is a build bug, named as such. */
export function parsePackagedCourse(text: string): PackagedCourse {
  const result = PackagedCourseSchema.safeParse(JSON.parse(text));
  if (!result.success) throw new Error(`${COURSE_DATA_FILE} does not have the shape the packager expects: ${z.prettifyError(result.error)}`);
  return result.data;
}
