import type { Question } from '../schemas/quiz.ts';
import { FILL_IN_MAX_LENGTH } from './grading.ts';

/** The longest answer a learner can give, as a draft; learner text as `character` repeated to the field's limit. */
export function longestDraft(question: Question, character: string): string[] {
  const longest = (ids: readonly string[]) => ids.reduce((a, b) => (b.length > a.length ? b : a), '');
  switch (question.type) {
    case 'single':
      return [longest(question.options.map((o) => o.id))];
    case 'multiple':
      return question.options.map((o) => o.id);
    case 'truefalse':
      return ['false'];
    case 'matching': {
      const target = longest(question.targets.map((t) => t.id));
      return question.pairs.map((pair) => `${pair.id}.${target}`);
    }
    case 'categorise': {
      const bucket = longest(question.buckets.map((b) => b.id));
      return question.statements.map((statement) => `${statement.id}.${bucket}`);
    }
    case 'ordering':
      return question.items.map((item) => item.id);
    case 'fillin':
      return [question.answer.kind === 'numeric' ? '-1.7976931348623157e+308' : character.repeat(FILL_IN_MAX_LENGTH)];
    case 'reflection':
      return [character.repeat(question.maxLength)];
  }
}

