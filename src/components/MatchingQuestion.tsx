import { useId, useMemo } from 'react';
import type { QuestionOf } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { QuestionFrame, ResultMark, type QuestionViewProps } from './QuestionFrame.tsx';
import { pairsOf, withPair } from '../learning/grading.ts';
import { shuffleStable } from '../learning/seeded-shuffle.ts';

/** Each source gets a native select listing every target (distractors included); one pick per source. */
export function MatchingQuestion(view: QuestionViewProps<QuestionOf<'matching'>>) {
  const { question, draft, answer, onDraft, shouldRevealAnswer } = view;
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const isChecked = answer !== undefined;
  const chosen = pairsOf(answer?.response ?? draft);
  const sourceIds = question.pairs.map((pair) => pair.id);
  const pairs = useMemo(() => (question.shuffle ? shuffleStable(question.pairs, question.id) : question.pairs), [question]);
  const targets = useMemo(() => (question.shuffle ? shuffleStable(question.targets, `${question.id}/targets`) : question.targets), [question]);
  const targetText = (id: string | undefined) => question.targets.find((target) => target.id === id)?.text ?? '';

  const feedback = answer && (
    <>
      <p>{answer.isCorrect ? question.feedback.correct : question.feedback.incorrect}</p>
      <ul>
        {pairs.map((pair) => {
          const isRight = chosen.get(pair.id) === pair.target;
          return (
            <li key={pair.id}>
              <strong>{pair.text}:</strong> {targetText(chosen.get(pair.id))} (<ResultMark isRight={isRight} />).
              {!isRight && shouldRevealAnswer && <> {nl.quiz.rightIs(targetText(pair.target))}</>}
            </li>
          );
        })}
      </ul>
    </>
  );

  return (
    <QuestionFrame view={view} prompt={question.prompt} hint={nl.quiz.matchingHint} hintId={hintId} feedback={feedback}>
      <ul className="match-list">
        {pairs.map((pair) => {
          const selectId = `${baseId}-${pair.id}`;
          return (
            <li key={pair.id} className="match-row">
              <label htmlFor={selectId}>{pair.text}</label>
              <select id={selectId} value={chosen.get(pair.id) ?? ''} disabled={isChecked} onChange={(event) => onDraft(withPair(draft, sourceIds, pair.id, event.currentTarget.value))}>
                <option value="">{nl.quiz.matchingPlaceholder}</option>
                {targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {target.text}
                  </option>
                ))}
              </select>
            </li>
          );
        })}
      </ul>
    </QuestionFrame>
  );
}
