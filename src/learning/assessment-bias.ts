import type { Question, Quiz } from '../schemas/quiz.ts';
import { shuffleStable } from './seeded-shuffle.ts';

/**
 * Patterns that let a learner pass a quiz without knowing the answers: the right option is
 * usually the longest, usually in the same place, or the only one without an absolute word
 * ("nooit", "altijd"). Test-wise learners find these patterns quickly; the build reports them
 * so authors see them first. A pattern only counts from three questions on, and only where it
 * is far from what chance gives.
 */

/** From this many single-choice questions on, a pattern can be told apart from chance. */
const MIN_QUESTIONS = 3;
/** Share of questions above which a pattern is systematic (chance is 1 in 3 or 1 in 4). */
const MAX_SHARE = 0.5;
/** Words that make an option sound too strong to be right; test-wise learners avoid them. */
const ABSOLUTES = /\b(altijd|nooit|alleen maar|uitsluitend|geen enkele?|in alle gevallen|onder geen beding|elke keer|volledig)\b/i;

export interface BiasReport {
  /** What the pattern is, in words for the author. */
  message: string;
}

/** The option order the learner sees: authored, or the stable shuffle of `shuffle: true`. */
function displayedOptions(question: Extract<Question, { type: 'single' | 'multiple' }>) {
  return question.shuffle ? shuffleStable(question.options, question.id) : question.options;
}

export function findAssessmentBias(quiz: Pick<Quiz, 'questions'>): BiasReport[] {
  const singles = quiz.questions.filter((question): question is Extract<Question, { type: 'single' }> => question.type === 'single' && question.options.length >= 3);
  const choices = quiz.questions.filter((question): question is Extract<Question, { type: 'single' | 'multiple' }> => question.type === 'single' || question.type === 'multiple');
  const reports: BiasReport[] = [];
  if (singles.length >= MIN_QUESTIONS) {
    const longest = singles.filter((question) => {
      const right = question.options.find((option) => option.id === question.correct[0])!;
      return question.options.every((option) => option === right || option.text.length < right.text.length);
    });
    if (longest.length / singles.length > MAX_SHARE) {
      reports.push({
        message: `the right option is the longest in ${longest.length} of ${singles.length} single-choice questions (${longest.map((q) => `"${q.id}"`).join(', ')}); make the options similar in length`,
      });
    }
    const positions = new Map<number, string[]>();
    for (const question of singles) {
      const position = displayedOptions(question).findIndex((option) => option.id === question.correct[0]);
      positions.set(position, [...(positions.get(position) ?? []), question.id]);
    }
    const [position, ids] = [...positions].sort((a, b) => b[1].length - a[1].length)[0]!;
    if (ids.length / singles.length > MAX_SHARE) {
      reports.push({
        message: `the right option is shown at position ${position + 1} in ${ids.length} of ${singles.length} single-choice questions (${ids.map((id) => `"${id}"`).join(', ')}); spread the right answers over the positions or set \`shuffle: true\``,
      });
    }
  }
  const absolutes = { right: 0, wrong: 0 };
  for (const question of choices) {
    for (const option of question.options) {
      if (ABSOLUTES.test(option.text)) absolutes[question.correct.includes(option.id) ? 'right' : 'wrong'] += 1;
    }
  }
  if (absolutes.wrong >= MIN_QUESTIONS && absolutes.right === 0) {
    reports.push({
      message: `${absolutes.wrong} wrong options use an absolute word ("altijd", "nooit", "alleen maar", "uitsluitend" …) and no right option does, so a learner can rule them out unread; use such words in right and wrong options alike, or in neither`,
    });
  }
  return reports;
}
