import { z } from 'zod';

const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Stable ids end up in saved progress and in `cmi.interactions.n.id`, so no spaces or capitals. */
export const StableId = z.string().regex(idPattern, 'use lowercase letters, digits and hyphens, e.g. "m1-kc-weber"');

export const OptionSchema = z.strictObject({
  /** Stable option id, unique within the question. SCORM 1.2 reports choices as single characters, so prefer `a`, `b`, `c`… */
  id: z.string().regex(/^[a-z0-9]{1,8}$/, 'use 1–8 lowercase letters or digits, e.g. "a"'),
  /** Option text, plain text. */
  text: z.string().trim().min(1, 'must not be empty'),
  /** Shown after checking when the learner picked this option: why it is right or wrong. */
  feedback: z.string().trim().min(1, 'must not be empty'),
});

const choiceQuestionFields = {
  /** Stable question id, unique across the course; the key in saved progress and in the LMS. */
  id: StableId,
  /** Id of the module objective this question tests. */
  objective: z.string().min(1).optional(),
  /** The question, plain text. */
  prompt: z.string().trim().min(1, 'must not be empty'),
  /** Two or more answer options, shown in this order. */
  options: z.array(OptionSchema).min(2, 'give at least two options'),
  /** Ids of the correct options. */
  correct: z.array(z.string()).min(1, 'name at least one correct option'),
};

/** One answer is right (radio buttons). */
export const SingleChoiceSchema = z.strictObject({ type: z.literal('single'), ...choiceQuestionFields });
/** One or more answers are right and all of them must be picked (checkboxes). */
export const MultipleResponseSchema = z.strictObject({ type: z.literal('multiple'), ...choiceQuestionFields });

/** Checks that need the whole question; run per question so one broken question does not hide another's problems. */
function checkChoiceQuestion(question: z.output<typeof SingleChoiceSchema> | z.output<typeof MultipleResponseSchema>, ctx: z.RefinementCtx): void {
  const optionIds = question.options.map((option) => option.id);
  const duplicates = optionIds.filter((id, i) => optionIds.indexOf(id) !== i);
  for (const id of new Set(duplicates)) {
    ctx.addIssue({ code: 'custom', path: ['options'], message: `option id "${id}" is used twice` });
  }
  for (const id of question.correct) {
    if (!optionIds.includes(id)) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: `names option "${id}", but the options are ${listIds(optionIds)}` });
    }
  }
  if (question.type === 'single' && question.correct.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['correct'], message: `type "single" needs exactly one correct option, found ${question.correct.length}` });
  }
}

export const QuestionSchema = z
  .discriminatedUnion('type', [SingleChoiceSchema, MultipleResponseSchema])
  .superRefine((question, ctx) => checkChoiceQuestion(question, ctx));

/** `content/modules/<module-id>/quizzes/<name>.yaml` */
export const QuizSchema = z
  .strictObject({
    /** Stable quiz id used in `<Quiz id="…" />` and in `knowledgeCheck`. */
    id: StableId,
    /** Heading above the questions. */
    title: z.string().min(1),
    /** `true` for the module's knowledge check: its score decides passed or failed. */
    scored: z.boolean().default(false),
    /** The questions, in order. */
    questions: z.array(QuestionSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `the id "${question.id}" appears twice in this quiz` });
      seen.add(question.id);
    });
  });

function listIds(ids: string[]): string {
  const quoted = ids.map((id) => `"${id}"`);
  return quoted.length < 2 ? quoted.join('') : `${quoted.slice(0, -1).join(', ')} and ${quoted.at(-1)}`;
}

export type Quiz = z.output<typeof QuizSchema>;
export type Question = z.output<typeof QuestionSchema>;
export type QuizOption = z.output<typeof OptionSchema>;
