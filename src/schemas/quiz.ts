import { z } from 'zod';
import { ItemId, RetriesSchema, StableId, listIds, questionFields } from './question-fields.ts';
import {
  CategoriseSchema,
  FillInSchema,
  MatchingSchema,
  OrderingSchema,
  ReflectionSchema,
  TrueFalseSchema,
  checkCategorise,
  checkFillIn,
  checkMatching,
  checkOrdering,
  checkReflection,
} from './question-types.ts';

export { StableId };

export const OptionSchema = z.strictObject({
  /** Stable option id, unique within the question. SCORM 1.2 reports choices as single characters, so prefer `a`, `b`, `c`… */
  id: ItemId,
  /** Option text, plain text. */
  text: z.string().trim().min(1, 'must not be empty'),
  /** Shown after checking when the learner picked this option: why it is right or wrong. */
  feedback: z.string().trim().min(1, 'must not be empty'),
});

const choiceQuestionFields = {
  ...questionFields,
  /** The question, plain text. */
  prompt: z.string().trim().min(1, 'must not be empty'),
  /** Two or more answer options, shown in this order unless `shuffle` is set. */
  options: z.array(OptionSchema).min(2, 'give at least two options'),
  /** Ids of the correct options. */
  correct: z.array(z.string()).min(1, 'name at least one correct option'),
  /** `true` shows the options in a shuffled order that stays the same for each learner visit. */
  shuffle: z.boolean().optional(),
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
    if (optionIds.length > 0 && !optionIds.includes(id)) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: `names option "${id}", but the options are ${listIds(optionIds)}` });
    }
  }
  if (question.type === 'single' && question.correct.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['correct'], message: `type "single" needs exactly one correct option, found ${question.correct.length}` });
  }
}

/** Every question type; `type` picks the form. See docs-fragment-questions.md for examples. */
export const QuestionSchema = z
  .discriminatedUnion('type', [SingleChoiceSchema, MultipleResponseSchema, TrueFalseSchema, MatchingSchema, OrderingSchema, CategoriseSchema, FillInSchema, ReflectionSchema])
  .superRefine((question, ctx) => checkQuestion(question, ctx));

function checkQuestion(question: z.output<typeof QuestionSchema>, ctx: z.RefinementCtx): void {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return checkChoiceQuestion(question, ctx);
    case 'matching':
      return checkMatching(question, ctx);
    case 'ordering':
      return checkOrdering(question, ctx);
    case 'categorise':
      return checkCategorise(question, ctx);
    case 'fillin':
      return checkFillIn(question, ctx);
    case 'reflection':
      return checkReflection(question, ctx);
    case 'truefalse':
      return;
  }
}

/** `content/modules/<module-id>/quizzes/<name>.yaml` */
export const QuizSchema = z
  .strictObject({
    /** Stable quiz id used in `<Quiz id="…" />` and in `knowledgeCheck`. */
    id: StableId,
    /** Heading above the questions. */
    title: z.string().min(1),
    /** `true` for the module's knowledge check: its score decides passed or failed. */
    scored: z.boolean().default(false),
    /** Retries per question after checking: `0`, a number or `"unlimited"`. Default: unlimited in practice quizzes, 0 in the scored check (it is retaken as a whole). */
    retries: RetriesSchema.optional(),
    /**
     * Scored check only: how many attempts a learner has (a whole number from 1), or `"unlimited"`
     * (the default). Until the learner passes or uses the last attempt, the check shows per
     * question only right or wrong and which lesson to reread; the feedback and right answers
     * follow after that.
     */
    attempts: z.union([z.literal('unlimited'), z.number().int().min(1)], { error: 'use a whole number of attempts from 1, or "unlimited"' }).optional(),
    /**
     * Scored check only: questions drawn per objective for each attempt. Leave it out to ask every
     * question. With a pool (more questions per objective than `draw`), a retake asks other
     * questions of the same objective; the order is drawn afresh each attempt.
     */
    draw: z.number().int().min(1, 'draw at least one question per objective').optional(),
    /** The questions, in order. */
    questions: z.array(QuestionSchema).min(1),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((question, index) => {
      if (seen.has(question.id)) ctx.addIssue({ code: 'custom', path: ['questions', index, 'id'], message: `the id "${question.id}" appears twice in this quiz` });
      seen.add(question.id);
    });
    // Reflections are not graded (see isGraded in src/learning/grading.ts).
    if (quiz.scored && quiz.questions.every((question) => question.type === 'reflection')) {
      ctx.addIssue({ code: 'custom', path: ['questions'], message: 'a scored quiz needs at least one graded question; reflections are not graded' });
    }
    if (!quiz.scored) {
      for (const field of ['attempts', 'draw'] as const) {
        if (quiz[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `only a scored quiz (\`scored: true\`) has \`${field}\`` });
      }
      return;
    }
    // The result per objective tells the learner what to reread, so every graded question names one.
    quiz.questions.forEach((question, index) => {
      if (question.type !== 'reflection' && !question.objective) {
        ctx.addIssue({ code: 'custom', path: ['questions', index, 'objective'], message: 'every graded question of a scored quiz names the objective it tests' });
      }
    });
    if (quiz.draw !== undefined) {
      const perObjective = new Map<string, number>();
      for (const question of quiz.questions) if (question.type !== 'reflection' && question.objective) perObjective.set(question.objective, (perObjective.get(question.objective) ?? 0) + 1);
      for (const [objective, count] of perObjective) {
        if (count < quiz.draw) ctx.addIssue({ code: 'custom', path: ['draw'], message: `draws ${quiz.draw} questions per objective, but objective "${objective}" has only ${count}` });
      }
    }
  });

export type Quiz = z.output<typeof QuizSchema>;
export type Question = z.output<typeof QuestionSchema>;
/** One question type, e.g. `QuestionOf<'matching'>`. */
export type QuestionOf<T extends Question['type']> = Extract<Question, { type: T }>;
export type ChoiceQuestionData = QuestionOf<'single' | 'multiple'>;
export type QuizOption = z.output<typeof OptionSchema>;

