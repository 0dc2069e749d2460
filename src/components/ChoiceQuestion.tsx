import { useId, useRef, useEffect, useMemo } from 'react';
import type { ChoiceQuestionData } from '../schemas/quiz.ts';
import type { StoredAnswer } from '../learning/types.ts';
import { nl } from '../i18n/nl.ts';
import { shuffleStable } from '../learning/seeded-shuffle.ts';

interface Props {
  question: ChoiceQuestionData;
  number: number;
  total: number;
  selection: string[];
  answer: StoredAnswer | undefined;
  onSelect(selection: string[]): void;
  onCheck(): void;
  /** Offered for practice questions; the knowledge check retries as a whole. */
  onRetry: (() => void) | undefined;
  /** Move focus to the feedback once the learner has checked, not when answers are restored. */
  shouldFocusFeedback: boolean;
  /** Name the correct options in the feedback of a wrong answer; off while limited retries remain. */
  shouldRevealAnswer?: boolean;
  /** Retries still open after this check; Infinity when unlimited (nothing is shown then). */
  retriesLeft?: number;
  /** Move focus to the first option after a retry. */
  shouldFocusStart?: boolean;
}

/** One single-choice (radio) or multiple-response (checkbox) question with feedback per option. */
export function ChoiceQuestion({ question, number, total, selection, answer, onSelect, onCheck, onRetry, shouldFocusFeedback, shouldRevealAnswer = true, retriesLeft = Infinity, shouldFocusStart = false }: Props) {
  const groupName = useId();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const firstInputRef = useRef<HTMLInputElement>(null);
  // Display order only: responses and SCORM patterns keep the authored order.
  const options = useMemo(() => (question.shuffle ? shuffleStable(question.options, question.id) : question.options), [question]);
  const hintId = `${groupName}-hint`;
  const isMultiple = question.type === 'multiple';
  const isChecked = answer !== undefined;
  const chosen = answer?.response ?? selection;

  useEffect(() => {
    if (isChecked && shouldFocusFeedback) feedbackRef.current?.focus();
    if (!isChecked && shouldFocusStart) firstInputRef.current?.focus();
  }, [isChecked, shouldFocusFeedback, shouldFocusStart]);

  const toggle = (optionId: string, isOn: boolean) => {
    if (!isMultiple) return onSelect([optionId]);
    const next = isOn ? [...selection, optionId] : selection.filter((id) => id !== optionId);
    onSelect(question.options.map((o) => o.id).filter((id) => next.includes(id)));
  };

  return (
    <fieldset className="question" data-question-id={question.id} data-state={isChecked ? (answer.isCorrect ? 'correct' : 'incorrect') : 'open'}>
      <legend>
        <span className="question-number">{nl.quiz.questionOf(number, total)}</span>
        <span className="question-prompt">{question.prompt}</span>
      </legend>
      <p className="hint" id={hintId}>
        {isMultiple ? nl.quiz.chooseMany : nl.quiz.chooseOne}
      </p>
      <ul className="options" role="presentation">
        {options.map((option, index) => (
          <li key={option.id}>
            <label className="option">
              <input
                ref={index === 0 ? firstInputRef : undefined}
                type={isMultiple ? 'checkbox' : 'radio'}
                name={groupName}
                value={option.id}
                checked={chosen.includes(option.id)}
                disabled={isChecked}
                aria-describedby={hintId}
                onChange={(event) => toggle(option.id, event.currentTarget.checked)}
              />
              <span>{option.text}</span>
            </label>
          </li>
        ))}
      </ul>
      {!isChecked && (
        <button type="button" className="button" onClick={onCheck} aria-disabled={selection.length === 0}>
          {nl.quiz.check}
        </button>
      )}
      {isChecked && (
        <div className="feedback" ref={feedbackRef} tabIndex={-1}>
          <p className="verdict">{answer.isCorrect ? nl.quiz.correct : nl.quiz.incorrect}</p>
          <ul>
            {options
              .filter((option) => chosen.includes(option.id) || (!answer.isCorrect && shouldRevealAnswer && question.correct.includes(option.id)))
              .map((option) => (
                <li key={option.id}>
                  <strong>{chosen.includes(option.id) ? nl.quiz.yourAnswer : nl.quiz.correctAnswer}:</strong> {option.text}. {option.feedback}
                </li>
              ))}
          </ul>
          {onRetry && Number.isFinite(retriesLeft) && <p className="hint">{nl.quiz.retriesLeft(retriesLeft)}</p>}
          {onRetry && (
            <button type="button" className="button secondary" onClick={onRetry}>
              {nl.quiz.tryAgain}
            </button>
          )}
        </div>
      )}
    </fieldset>
  );
}
