import { useId, useRef, useEffect } from 'react';
import type { Question } from '../schemas/quiz.ts';
import type { StoredAnswer } from '../tracking/types.ts';
import { nl } from '../i18n/nl.ts';

interface Props {
  question: Question;
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
}

/** One single-choice (radio) or multiple-response (checkbox) question with feedback per option. */
export function ChoiceQuestion({ question, number, total, selection, answer, onSelect, onCheck, onRetry, shouldFocusFeedback }: Props) {
  const groupName = useId();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const hintId = `${groupName}-hint`;
  const isMultiple = question.type === 'multiple';
  const isChecked = answer !== undefined;
  const chosen = answer?.response ?? selection;

  useEffect(() => {
    if (isChecked && shouldFocusFeedback) feedbackRef.current?.focus();
  }, [isChecked, shouldFocusFeedback]);

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
        {question.options.map((option) => (
          <li key={option.id}>
            <label className="option">
              <input
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
            {question.options
              .filter((option) => chosen.includes(option.id) || (!answer.isCorrect && question.correct.includes(option.id)))
              .map((option) => (
                <li key={option.id}>
                  <strong>{chosen.includes(option.id) ? nl.quiz.yourAnswer : nl.quiz.correctAnswer}:</strong> {option.text}. {option.feedback}
                </li>
              ))}
          </ul>
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
