import { useEffect, useRef, type ReactNode } from 'react';
import type { StoredAnswer } from '../learning/types.ts';
import { nl } from '../i18n/nl.ts';

/** What QuizIsland hands every question component. `draft` and `answer.response` have the form of AnswerEvent.response. */
export interface QuestionViewProps<Q> {
  question: Q;
  number: number;
  total: number;
  /** The learner's unchecked answer. */
  draft: readonly string[];
  /** The checked answer, from the tracker: present after checking and when a returning learner's answer is restored. */
  answer: StoredAnswer | undefined;
  onDraft(draft: string[]): void;
  onCheck(): void;
  /** Present while the retry policy allows another try. */
  onRetry: (() => void) | undefined;
  /** Retries still open after this check; Infinity when unlimited. */
  retriesLeft: number;
  /**
   * The feedback texts may be shown. False in the knowledge check until the learner has passed
   * or used the last attempt: then only right or wrong, and which lesson to reread.
   */
  isRevealed: boolean;
  /** Show the right answer with the feedback (practice: see shouldRevealAnswer in learning/grading.ts). */
  shouldRevealAnswer: boolean;
  /** Lessons to reread after a wrong answer in the knowledge check. */
  reread: ReadonlyArray<{ title: string; href: string }>;
  /** Move focus to the feedback once the learner has checked, not when answers are restored. */
  shouldFocusFeedback: boolean;
  /** Move focus to the first control after a retry, so keyboard users are not dropped at the top of the page. */
  shouldFocusStart: boolean;
  /** Why the draft cannot be checked yet, said next to the question (role alert). */
  problem: string;
}

interface Props {
  view: QuestionViewProps<{ id: string; type: string }>;
  prompt: string;
  hint: string;
  hintId: string;
  /** Label of the check button; "Controleer antwoord" unless the type says otherwise. */
  checkLabel?: string;
  retryLabel?: string;
  /** The feedback below the verdict, shown once revealed. */
  feedback: ReactNode;
  /** The controls: real inputs, selects, buttons. */
  children: ReactNode;
}

/**
 * The shell every question type shares: a fieldset named by its legend, a hint, the check
 * button, and after checking one verdict in words (never colour alone), the feedback and the
 * retry button. Focus moves to the feedback after checking.
 */
export function QuestionFrame({ view, prompt, hint, hintId, checkLabel = nl.quiz.check, retryLabel = nl.quiz.tryAgain, feedback, children }: Props) {
  const { question, number, total, answer, onCheck, onRetry, retriesLeft, isRevealed, reread, shouldFocusFeedback, shouldFocusStart, problem } = view;
  const fieldsetRef = useRef<HTMLFieldSetElement>(null);
  const feedbackRef = useRef<HTMLDivElement>(null);
  const isChecked = answer !== undefined;
  const state = !answer ? 'open' : answer.isCorrect === null ? 'saved' : answer.isCorrect ? 'correct' : 'incorrect';

  useEffect(() => {
    if (isChecked && shouldFocusFeedback) feedbackRef.current?.focus();
    if (!isChecked && shouldFocusStart) fieldsetRef.current?.querySelector<HTMLElement>('input:not([disabled]), select:not([disabled]), textarea, button')?.focus();
  }, [isChecked, shouldFocusFeedback, shouldFocusStart]);

  return (
    <fieldset className="question" ref={fieldsetRef} aria-describedby={hintId} data-question-id={question.id} data-question-type={question.type} data-state={state}>
      <legend>
        <span className="question-number">{nl.quiz.questionOf(number, total)}</span>
        <span className="question-prompt">{prompt}</span>
      </legend>
      <p className="hint" id={hintId}>
        {hint}
      </p>
      {children}
      <p className="question-problem" id={`${hintId}-problem`} role="alert">
        {problem}
      </p>
      {!isChecked && (
        <button type="button" className="button" data-action="check" onClick={onCheck}>
          {checkLabel}
        </button>
      )}
      {isChecked && (
        <div className="feedback" ref={feedbackRef} tabIndex={-1}>
          <Verdict state={state} />
          {(isRevealed || state === 'saved') && feedback}
          {!isRevealed && state === 'incorrect' && reread.length > 0 && (
            <p>
              {nl.quiz.reread}{' '}
              {reread.map((lesson, index) => (
                <span key={lesson.href}>
                  {index > 0 && ', '}
                  <a href={lesson.href}>{lesson.title}</a>
                </span>
              ))}
              .
            </p>
          )}
          {onRetry && Number.isFinite(retriesLeft) && <p className="hint">{nl.quiz.retriesLeft(retriesLeft)}</p>}
          {onRetry && (
            <button type="button" className="button secondary" data-action="retry" onClick={onRetry}>
              {retryLabel}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}

function Verdict({ state }: { state: 'saved' | 'correct' | 'incorrect' | 'open' }) {
  if (state === 'saved') return <p className="verdict">{nl.quiz.reflectionSaved}</p>;
  const isRight = state === 'correct';
  return (
    <p className={isRight ? 'verdict is-right' : 'verdict is-wrong'}>
      <span aria-hidden="true">{isRight ? '\u2713 ' : '\u2717 '}</span>
      {isRight ? nl.quiz.correct : nl.quiz.incorrect}
    </p>
  );
}

/** A result in words with a symbol for sighted readers; the symbol is not read out. */
export function ResultMark({ isRight, right = nl.quiz.pairRight, wrong = nl.quiz.pairWrong }: { isRight: boolean; right?: string; wrong?: string }) {
  return (
    <span className={isRight ? 'result-mark is-right' : 'result-mark is-wrong'}>
      <span aria-hidden="true">{isRight ? '\u2713' : '\u2717'} </span>
      {isRight ? right : wrong}
    </span>
  );
}
