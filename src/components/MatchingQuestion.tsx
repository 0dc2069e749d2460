import { useId, useMemo } from 'react';
import type { QuestionOf } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { pairsOf, withPair } from '../learning/grading.ts';
import { shuffleStable } from '../learning/seeded-shuffle.ts';
import { QuestionFrame, ResultMark, type QuestionViewProps } from './QuestionFrame.tsx';

/**
 * Each source gets a native list of every target (distractors included); one pick per source.
 * A list cuts long texts short, on a phone most of all, so the targets are also given in full
 * as a lettered list above, and each choice in a list starts with its letter.
 */
export function MatchingQuestion(view: QuestionViewProps<QuestionOf<'matching'>>) {
  const { question, draft, answer, onDraft, isRevealed, shouldRevealAnswer } = view;
  const baseId = useId();
  const isChecked = answer !== undefined;
  const chosen = pairsOf(answer?.response ?? draft);
  const sourceIds = question.pairs.map((pair) => pair.id);
  const pairs = useMemo(() => (question.shuffle ? shuffleStable(question.pairs, question.id) : question.pairs), [question]);
  const targets = useMemo(() => (question.shuffle ? shuffleStable(question.targets, `${question.id}/targets`) : question.targets), [question]);
  const letterOf = (id: string | undefined) => String.fromCharCode(65 + targets.findIndex((target) => target.id === id));
  const targetText = (id: string | undefined) => question.targets.find((target) => target.id === id)?.text ?? '';

  const feedback = answer && (
    <>
      <p>{answer.isCorrect ? question.feedback.correct : question.feedback.incorrect}</p>
      {!answer.isCorrect && shouldRevealAnswer && (
        <ul className="item-feedback">
          {pairs
            .filter((pair) => chosen.get(pair.id) !== pair.target)
            .map((pair) => (
              <li key={pair.id}>
                <strong>{pair.text}:</strong> {nl.quiz.rightIs(`${letterOf(pair.target)}, ${targetText(pair.target)}`)}
              </li>
            ))}
        </ul>
      )}
    </>
  );

  return (
    <QuestionFrame view={view} prompt={question.prompt} hint={nl.quiz.matchingHint} hintId={`${baseId}-hint`} feedback={feedback}>
      <ol className="target-list" type="A" aria-label={nl.quiz.matchingTargets}>
        {targets.map((target) => (
          <li key={target.id}>{target.text}</li>
        ))}
      </ol>
      <ul className="match-list">
        {pairs.map((pair) => {
          const selectId = `${baseId}-${pair.id}`;
          const pick = chosen.get(pair.id);
          return (
            <li key={pair.id} className="match-row">
              <label htmlFor={selectId}>{pair.text}</label>
              <select id={selectId} data-source={pair.id} value={pick ?? ''} disabled={isChecked} onChange={(event) => onDraft(withPair(draft, sourceIds, pair.id, event.currentTarget.value))}>
                <option value="">{nl.quiz.matchingPlaceholder}</option>
                {targets.map((target) => (
                  <option key={target.id} value={target.id}>
                    {`${letterOf(target.id)}. ${target.text}`}
                  </option>
                ))}
              </select>
              {isChecked && isRevealed && <ResultMark isRight={pick === pair.target} />}
            </li>
          );
        })}
      </ul>
    </QuestionFrame>
  );
}
