/** The contract between the site build (src/pages/course.json.ts) and the packager. */
export interface PackagedModule {
  id: string;
  title: string;
  summary: string;
  /** Percentage, 0–100. */
  passMark: number;
  /** Page the LMS opens; it resumes at the bookmark itself. */
  launchPage: string;
  /** Every page of the module, at the site root. */
  pages: string[];
  lessonTitles: string[];
  /** Characters of cmi.suspend_data a learner can produce at most (checked at build time). */
  worstCaseSuspendData: number;
}

export interface PackagedCourse {
  modules: PackagedModule[];
}

export type ScormVersion = '1.2' | '2004';

export const COURSE_DATA_FILE = 'course.json';
/** Packages are written here inside the build output, so the site can offer them for download. */
export const PACKAGES_DIR = 'packages';
