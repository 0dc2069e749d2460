import { useId } from 'react';
import type { QuestionOf } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { FILL_IN_MAX_LENGTH } from '../learning/grading.ts';
import { QuestionFrame, type QuestionViewProps } from './QuestionFrame.tsx';

const dutchNumber = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 7 });

/** A short text or a number typed into one field; Enter checks, like a search box. */
export function FillInQuestion(view: QuestionViewProps<QuestionOf<'fillin'>>) {
  const { question, draft, answer, onDraft, onCheck, shouldRevealAnswer, problem } = view;
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const inputId = `${baseId}-input`;
  const unitId = `${baseId}-unit`;
  const isChecked = answer !== undefined;
  const { answer: expected } = question;
  const isNumeric = expected.kind === 'numeric';
  const value = answer?.response[0] ?? draft[0] ?? '';
  const hint = isNumeric ? nl.quiz.numericHint : expected.caseSensitive ? nl.quiz.textHintCaseSensitive : nl.quiz.textHint;
  const unit = question.unit ? ` ${question.unit}` : '';
  const rightAnswer =
    expected.kind === 'numeric' ? nl.quiz.numericRange(`${dutchNumber.format(expected.min)}${unit}`, `${dutchNumber.format(expected.max)}${unit}`) : nl.quiz.acceptedAnswer(expected.accepted[0]!);

  const feedback = answer && (
    <>
      <p>{answer.isCorrect ? question.feedback.correct : question.feedback.incorrect}</p>
      {!answer.isCorrect && shouldRevealAnswer && <p>{rightAnswer}</p>}
    </>
  );

  return (
    <QuestionFrame view={view} prompt={question.prompt} hint={hint} hintId={hintId} feedback={feedback}>
      <div className="fill-in">
        <label htmlFor={inputId}>{nl.quiz.yourAnswer}</label>
        <span className="fill-in-field">
          <input
            id={inputId}
            type="text"
            inputMode={isNumeric ? 'decimal' : 'text'}
            autoComplete="off"
            spellCheck={false}
            maxLength={FILL_IN_MAX_LENGTH}
            data-text=""
            data-enter-action="check"
            value={isNumeric && isChecked ? value.replace('.', ',') : value}
            readOnly={isChecked}
            aria-invalid={problem ? true : undefined}
            aria-describedby={[question.unit ? unitId : '', problem ? `${hintId}-problem` : ''].filter(Boolean).join(' ') || undefined}
            onChange={(event) => onDraft([event.currentTarget.value])}
            onKeyDown={(event) => {
              if (event.key === 'Enter' && !isChecked) onCheck();
            }}
          />
          {question.unit && <span id={unitId}>{question.unit}</span>}
        </span>
      </div>
    </QuestionFrame>
  );
}
