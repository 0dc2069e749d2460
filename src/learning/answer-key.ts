import type { Question } from '../schemas/quiz.ts';
import { nlDocent } from '../i18n/nl-docent.ts';

/** One question as the instructors' page lists it: the question, then its answers with the right ones marked. */
export interface AnswerKey {
  question: string;
  /** Answers in authored order; `isCorrect` is set for choice answers, the others are the key itself. `feedback` is what a learner who picked it reads. */
  lines: Array<{ text: string; isCorrect?: boolean; feedback?: string }>;
  note?: string;
}

/** What the learner reads after checking, labelled by the answer that shows it: the reasoning an instructor discusses. */
export interface Reasoning {
  label: string;
  text: string;
}

/** The answer key of any question type, in words; the instructors' page never needs the quiz island. */
export function answerKeyOf(question: Question): AnswerKey {
  switch (question.type) {
    case 'single':
    case 'multiple':
      return { question: question.prompt, lines: question.options.map((option) => ({ text: option.text, isCorrect: question.correct.includes(option.id), feedback: option.feedback })) };
    case 'truefalse':
      return { question: question.statement, lines: [{ text: `${nlDocent.answerLabel}: ${question.correct ? nlDocent.trueWord : nlDocent.falseWord}` }] };
    case 'matching': {
      const target = (id: string | undefined) => question.targets.find((each) => each.id === id)?.text ?? '?';
      return { question: question.prompt, lines: question.pairs.map((pair) => ({ text: `${pair.text} → ${target(pair.target)}` })) };
    }
    case 'ordering':
      return { question: question.prompt, lines: question.items.map((item, index) => ({ text: `${index + 1}. ${item.text}` })) };
    case 'categorise': {
      const bucket = (id: string | undefined) => question.buckets.find((each) => each.id === id)?.text ?? '?';
      return { question: question.prompt, lines: question.statements.map((statement) => ({ text: `${statement.text} → ${bucket(statement.bucket)}`, feedback: statement.feedback })) };
    }
    case 'fillin': {
      const { answer } = question;
      const unit = question.unit ? ` ${question.unit}` : '';
      const text = answer.kind === 'text' ? answer.accepted.join(' / ') : answer.min === answer.max ? `${answer.min}${unit}` : `${answer.min} tot en met ${answer.max}${unit}`;
      return { question: question.prompt, lines: [{ text: `${nlDocent.answerLabel}: ${text}` }] };
    }
    case 'reflection':
      return { question: question.prompt, lines: [], note: nlDocent.notGraded };
  }
}

/**
 * The feedback of a question that is not tied to one option (choice options and categorise
 * statements carry theirs on their key line): by verdict, or by the learner's true/false answer,
 * or the reflection's points to compare with.
 */
export function reasoningOf(question: Question): Reasoning[] {
  const { reasoning } = nlDocent;
  switch (question.type) {
    case 'single':
    case 'multiple':
    case 'categorise':
      return [];
    case 'truefalse':
      return [
        { label: reasoning.answered(nlDocent.trueWord), text: question.feedback.true },
        { label: reasoning.answered(nlDocent.falseWord), text: question.feedback.false },
      ];
    case 'matching':
    case 'ordering':
    case 'fillin':
      return [
        { label: reasoning.correct, text: question.feedback.correct },
        { label: reasoning.incorrect, text: question.feedback.incorrect },
      ];
    case 'reflection':
      return question.feedback ? [{ label: reasoning.compare, text: question.feedback }] : [];
  }
}
