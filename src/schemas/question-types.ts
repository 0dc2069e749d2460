import { z } from 'zod';
import { ItemId, LabelSchema, Text, VerdictFeedbackSchema, listIds, questionFields, reportDuplicateIds } from './question-fields.ts';

/**
 * The question types beyond single and multiple choice. Each reports as its own SCORM
 * interaction type (see `AnswerEvent` in src/tracking/types.ts); the checks that need the
 * whole question run per question from `QuestionSchema` in quiz.ts.
 */

/** A statement the learner judges as true or false (SCORM true-false). */
export const TrueFalseSchema = z.strictObject({
  type: z.literal('truefalse'),
  ...questionFields,
  /** The statement to judge, plain text. It is the question: there is no separate prompt. */
  statement: Text,
  /** `true` if the statement is right, `false` if it is wrong. */
  correct: z.boolean(),
  /** Shown after checking, by the learner's answer. */
  feedback: z.strictObject({
    /** Shown when the learner answered "Juist". */
    true: Text,
    /** Shown when the learner answered "Onjuist". */
    false: Text,
  }),
});

export const MatchingPairSchema = z.strictObject({
  /** Stable source id, unique within the question. */
  id: ItemId,
  /** The thing to match, shown as the label of its list of targets. */
  text: Text,
  /** Id of the target that belongs to this source. */
  target: z.string().optional(),
});

/** Each source gets a list of all targets to pick from (SCORM matching, "source.target" pairs). */
export const MatchingSchema = z.strictObject({
  type: z.literal('matching'),
  ...questionFields,
  /** The question, plain text. */
  prompt: Text,
  /** Two or more sources, each naming its target. */
  pairs: z.array(MatchingPairSchema).min(2, 'give at least two pairs'),
  /** Everything the learner can pick from; targets that no pair names are distractors. */
  targets: z.array(LabelSchema).min(2, 'give at least two targets'),
  /** `true` shows the sources and targets in a shuffled order that stays the same for each learner visit. */
  shuffle: z.boolean().optional(),
  feedback: VerdictFeedbackSchema,
});

/** The learner puts items in order with "Omhoog" and "Omlaag" buttons (SCORM sequencing). */
export const OrderingSchema = z.strictObject({
  type: z.literal('ordering'),
  ...questionFields,
  /** The question, plain text: say what the order is about (time, steps, size). */
  prompt: Text,
  /** Two or more items in the correct order. Learners always start from a shuffled order, the same on every visit. */
  items: z.array(LabelSchema).min(2, 'give at least two items to put in order'),
  feedback: VerdictFeedbackSchema,
});

export const StatementSchema = z.strictObject({
  /** Stable statement id, unique within the question. */
  id: ItemId,
  /** The statement or practice to sort, plain text. */
  text: Text,
  /** Id of the bucket it belongs in. */
  bucket: z.string().optional(),
  /** Shown after checking: one sentence on why it belongs in that bucket. */
  feedback: Text,
});

/** Statements sorted into buckets, one radio group per statement (reported as SCORM matching). */
export const CategoriseSchema = z.strictObject({
  type: z.literal('categorise'),
  ...questionFields,
  /** The question, plain text. */
  prompt: Text,
  /** Two or more buckets, e.g. PA, NPM and NPG, shown as the choices for every statement. */
  buckets: z.array(LabelSchema).min(2, 'give at least two buckets'),
  /** The statements to sort, each naming its bucket. */
  statements: z.array(StatementSchema).min(2, 'give at least two statements'),
  /** `true` shows the statements in a shuffled order that stays the same for each learner visit. */
  shuffle: z.boolean().optional(),
});

/** The learner can type 80 characters (FILL_IN_MAX_LENGTH in src/learning/grading.ts); an accepted answer must fit. */
const AcceptedText = Text.max(80, 'keep accepted answers to 80 characters, the length of the answer field');

export const TextAnswerSchema = z.strictObject({
  kind: z.literal('text'),
  /** Every answer that counts as right, the model answer first (it is shown and sent to the LMS). Spaces around and between words are ignored. */
  accepted: z.array(AcceptedText).min(1, 'give at least one accepted answer'),
  /** `true` if capitals matter; by default "Outcome" and "outcome" are the same. */
  caseSensitive: z.boolean().default(false),
});

export const NumericAnswerSchema = z.strictObject({
  kind: z.literal('numeric'),
  /** Lowest right answer. For one exact number, give the same `min` and `max`. */
  min: z.number(),
  /** Highest right answer. */
  max: z.number(),
});

/** A short text or number the learner types (SCORM fill-in or numeric). */
export const FillInSchema = z.strictObject({
  type: z.literal('fillin'),
  ...questionFields,
  /** The question, plain text. */
  prompt: Text,
  /** What counts as right: `{ kind: text, accepted: [...] }` or `{ kind: numeric, min, max }`. */
  answer: z.discriminatedUnion('kind', [TextAnswerSchema, NumericAnswerSchema]),
  /** Shown after the field, e.g. "weken". */
  unit: Text.optional(),
  feedback: VerdictFeedbackSchema,
});

/**
 * Open text, not graded (SCORM long-fill-in, result "neutral"). The text is kept in saved
 * progress and shown again when the learner returns. SCORM 1.2 keeps all saved progress in
 * 4096 characters, so keep `maxLength` modest.
 */
export const ReflectionSchema = z.strictObject({
  type: z.literal('reflection'),
  ...questionFields,
  /** The question or task, plain text. */
  prompt: Text,
  /** Most characters the learner can type, 1–4000 (SCORM 2004 long-fill-in holds 4000). Default 500. */
  maxLength: z.number().int().min(1, 'must be between 1 and 4000').max(4000, 'must be between 1 and 4000, the SCORM long-fill-in limit').default(500),
  /** Shown after saving: points to compare with, or a model answer. */
  feedback: Text.optional(),
});

export function checkMatching(question: z.output<typeof MatchingSchema>, ctx: z.RefinementCtx): void {
  reportDuplicateIds(ctx, 'pairs', 'pair', question.pairs.map((pair) => pair.id));
  reportDuplicateIds(ctx, 'targets', 'target', question.targets.map((target) => target.id));
  const targetIds = question.targets.map((target) => target.id);
  question.pairs.forEach((pair, index) => {
    if (pair.target === undefined) {
      ctx.addIssue({ code: 'custom', path: ['pairs', index, 'target'], message: `has no target; set it to one of ${listIds(targetIds)}` });
    } else if (targetIds.length > 0 && !targetIds.includes(pair.target)) {
      ctx.addIssue({ code: 'custom', path: ['pairs', index, 'target'], message: `names target "${pair.target}", but the targets are ${listIds(targetIds)}` });
    }
  });
}

export function checkOrdering(question: z.output<typeof OrderingSchema>, ctx: z.RefinementCtx): void {
  reportDuplicateIds(ctx, 'items', 'item', question.items.map((item) => item.id));
}

export function checkCategorise(question: z.output<typeof CategoriseSchema>, ctx: z.RefinementCtx): void {
  reportDuplicateIds(ctx, 'buckets', 'bucket', question.buckets.map((bucket) => bucket.id));
  reportDuplicateIds(ctx, 'statements', 'statement', question.statements.map((statement) => statement.id));
  const bucketIds = question.buckets.map((bucket) => bucket.id);
  question.statements.forEach((statement, index) => {
    if (statement.bucket === undefined) {
      ctx.addIssue({ code: 'custom', path: ['statements', index, 'bucket'], message: `has no bucket; set it to one of ${listIds(bucketIds)}` });
    } else if (bucketIds.length > 0 && !bucketIds.includes(statement.bucket)) {
      ctx.addIssue({ code: 'custom', path: ['statements', index, 'bucket'], message: `names bucket "${statement.bucket}", but the buckets are ${listIds(bucketIds)}` });
    }
  });
}

/**
 * What a learner compares their answer with (a model answer, often with a line on what to look
 * for) must be within reach of what they may type: at most twice `maxLength`.
 */
export function checkReflection(question: z.output<typeof ReflectionSchema>, ctx: z.RefinementCtx): void {
  if (question.feedback && question.feedback.length > 2 * question.maxLength) {
    ctx.addIssue({ code: 'custom', path: ['feedback'], message: `the text to compare with has ${question.feedback.length} characters, more than twice the ${question.maxLength} the learner may type; shorten it or raise \`maxLength\`` });
  }
}

export function checkFillIn(question: z.output<typeof FillInSchema>, ctx: z.RefinementCtx): void {
  const { answer } = question;
  if (answer.kind === 'numeric' && answer.min > answer.max) {
    ctx.addIssue({ code: 'custom', path: ['answer', 'min'], message: `min ${answer.min} is greater than max ${answer.max}; for one exact number give the same min and max` });
  }
}
