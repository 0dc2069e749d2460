import { z } from 'zod';

/** A learning objective; lessons and questions refer to it by `id`. */
export const ObjectiveSchema = z.strictObject({
  /** Stable id, e.g. `m1-onderscheiden`. Lessons list it in `objectives`. */
  id: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and hyphens'),
  /** What the learner can do afterwards, in Dutch. */
  text: z.string().min(1),
});

/**
 * `content/modules/<module-id>/module.yaml`. The folder name is the module id, which is
 * also the stable SCORM identifier: renaming the folder makes LMSs see a new course.
 */
export const ModuleSchema = z.strictObject({
  /** Title shown to learners and written to the SCORM manifest. */
  title: z.string().min(1),
  /** Two or three sentences for the overview page, the instructor catalogue and the manifest. */
  summary: z.string().min(1),
  /** What the learner can do after the module. */
  objectives: z.array(ObjectiveSchema).min(1),
  /** Estimated study time in minutes, reading and quizzes included. */
  estimatedMinutes: z.number().int().positive(),
  /** Percentage (0–100) of knowledge-check questions to answer correctly to pass. */
  passMark: z.number().int().min(0).max(100),
  /** Id of the scored quiz (`scored: true`) whose result decides passed or failed. */
  knowledgeCheck: z.string().min(1),
  /** Module ids a learner should finish first (the brief: M1 before all, M2 before M4 and M5). Shown, not enforced. */
  requires: z.array(z.string().min(1)).default([]),
  /** The course's guiding question as this module asks it: shown on the overview and the hand-in. */
  guidingQuestion: z.string().trim().min(1).optional(),
  /**
   * Ids renamed after learners started, old id → new id (lessons, questions, scenarios).
   * A returning learner's saved progress under the old id is carried over to the new one.
   */
  renamed: z.record(z.string(), z.string()).optional(),
});

export type CourseModule = z.output<typeof ModuleSchema>;
