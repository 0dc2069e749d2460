/**
 * What the preview server tells the LMS page about the package it serves (GET /preview/launch.json).
 * Shared by the Node server and the browser page; types only.
 */
export type ScormVersion = '1.2' | '2004';

export interface PassMarkSeed {
  /** Percentage 0–100 the LMS seeds (1.2 cmi.student_data.mastery_score, 2004 cmi.scaled_passing_score / 100), or null for none. */
  value: number | null;
  /** Where it came from: the manifest (as LMSs do by default), --pass-mark, or nowhere. */
  source: 'manifest' | 'option' | 'none';
}

/** The ids the course's saved-state decoder needs, read from the launch page's module data. */
export interface CourseIds {
  lessonIds: string[];
  questionIds: string[];
  scenarioIds: string[];
  renamed?: Record<string, string>;
  lessonTitles?: Record<string, string>;
}

/** One SCO the LMS can launch, from the manifest's table of contents. */
export interface ScoLaunch {
  /** The item's identifier in the manifest. */
  id: string;
  title: string;
  /** Absolute path of the SCO's launch page on this server, not yet percent-encoded. */
  launchPath: string;
  passMark: PassMarkSeed;
  /** null for a SCO that is not an OOV Leermodule module: its suspend data is shown as text. */
  course: CourseIds | null;
}

export interface LaunchInfo {
  /** The zip's file name, e.g. m1-drie-manieren-scorm12.zip. */
  zipName: string;
  title: string;
  version: ScormVersion;
  /** The manifest's schemaversion as written, e.g. "2004 4th Edition". */
  schemaVersion: string;
  /** The table of contents, in manifest order; the first is launched first. One for a module package. */
  scos: ScoLaunch[];
}
