import { useId, useMemo } from 'react';
import type { ChoiceQuestionData } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { shuffleStable } from '../learning/seeded-shuffle.ts';
import { QuestionFrame, ResultMark, type QuestionViewProps } from './QuestionFrame.tsx';

/** One single-choice (radio) or multiple-response (checkbox) question with feedback per option. */
export function ChoiceQuestion(view: QuestionViewProps<ChoiceQuestionData>) {
  const { question, draft, answer, onDraft, isRevealed, shouldRevealAnswer } = view;
  const groupName = useId();
  const hintId = `${groupName}-hint`;
  // Display order only: responses and SCORM patterns keep the authored order.
  const options = useMemo(() => (question.shuffle ? shuffleStable(question.options, question.id) : question.options), [question]);
  const isMultiple = question.type === 'multiple';
  const isChecked = answer !== undefined;
  const chosen = answer?.response ?? draft;
  const showsRight = isChecked && isRevealed && !answer.isCorrect && shouldRevealAnswer;

  const toggle = (optionId: string, isOn: boolean) => {
    if (!isMultiple) return onDraft([optionId]);
    const next = isOn ? [...draft, optionId] : draft.filter((id) => id !== optionId);
    onDraft(question.options.map((o) => o.id).filter((id) => next.includes(id)));
  };

  const feedback = answer && (
    <ul className="item-feedback">
      {options
        .filter((option) => chosen.includes(option.id) || (showsRight && question.correct.includes(option.id)))
        .map((option) => (
          <li key={option.id}>
            <strong>{chosen.includes(option.id) ? nl.quiz.yourChoice(option.text) : nl.quiz.rightIs(option.text)}</strong> {option.feedback}
          </li>
        ))}
    </ul>
  );

  return (
    <QuestionFrame view={view} prompt={question.prompt} hint={isMultiple ? nl.quiz.chooseMany : nl.quiz.chooseOne} hintId={hintId} feedback={feedback}>
      <ul className="options" role="presentation">
        {options.map((option) => {
          const isChosen = chosen.includes(option.id);
          const isRight = question.correct.includes(option.id);
          return (
            <li key={option.id}>
              <label className="option" data-chosen={isChecked && isChosen ? 'true' : undefined}>
                <input
                  type={isMultiple ? 'checkbox' : 'radio'}
                  name={groupName}
                  value={option.id}
                  data-draft={option.id}
                  checked={isChosen}
                  disabled={isChecked}
                  onChange={(event) => toggle(option.id, event.currentTarget.checked)}
                />
                <span>{option.text}</span>
                {isChecked && isChosen && (isRevealed || !isMultiple) && <ResultMark isRight={isRight} right={nl.quiz.chosenRight} wrong={nl.quiz.chosenWrong} />}
                {showsRight && !isChosen && isRight && <ResultMark isRight right={nl.quiz.theRightAnswer} />}
              </label>
            </li>
          );
        })}
      </ul>
    </QuestionFrame>
  );
}
