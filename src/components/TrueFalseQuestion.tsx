import { useId } from 'react';
import type { QuestionOf } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { QuestionFrame, type QuestionViewProps } from './QuestionFrame.tsx';

const CHOICES = [
  { value: 'true', label: nl.quiz.trueLabel },
  { value: 'false', label: nl.quiz.falseLabel },
] as const;

/** A statement judged as "Juist" or "Onjuist" (two radio buttons), with feedback for each answer. */
export function TrueFalseQuestion(view: QuestionViewProps<QuestionOf<'truefalse'>>) {
  const { question, draft, answer, onDraft, shouldRevealAnswer } = view;
  const baseId = useId();
  const isChecked = answer !== undefined;
  const chosen = answer?.response[0] ?? draft[0];
  const rightLabel = question.correct ? nl.quiz.trueLabel : nl.quiz.falseLabel;

  const feedback = (chosen === 'true' || chosen === 'false') && (
    <>
      <p>{question.feedback[chosen]}</p>
      {!answer?.isCorrect && shouldRevealAnswer && <p>{nl.quiz.statementIs(rightLabel)}</p>}
    </>
  );

  return (
    <QuestionFrame view={view} prompt={question.statement} hint={nl.quiz.trueFalseHint} hintId={`${baseId}-hint`} feedback={feedback}>
      <ul className="options options-inline" role="presentation">
        {CHOICES.map(({ value, label }) => (
          <li key={value}>
            <label className="option" data-chosen={isChecked && chosen === value ? 'true' : undefined}>
              <input type="radio" name={baseId} value={value} data-draft={value} checked={chosen === value} disabled={isChecked} onChange={() => onDraft([value])} />
              <span>{label}</span>
            </label>
          </li>
        ))}
      </ul>
    </QuestionFrame>
  );
}
