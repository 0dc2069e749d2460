import { useId, useMemo } from 'react';
import type { QuestionOf } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { pairsOf, withPair } from '../learning/grading.ts';
import { shuffleStable } from '../learning/seeded-shuffle.ts';
import { QuestionFrame, ResultMark, type QuestionViewProps } from './QuestionFrame.tsx';

/** Statements sorted into buckets: per statement a fieldset with one radio button per bucket. */
export function CategoriseQuestion(view: QuestionViewProps<QuestionOf<'categorise'>>) {
  const { question, draft, answer, onDraft, isRevealed, shouldRevealAnswer } = view;
  const baseId = useId();
  const isChecked = answer !== undefined;
  const chosen = pairsOf(answer?.response ?? draft);
  const statementIds = question.statements.map((statement) => statement.id);
  const statements = useMemo(() => (question.shuffle ? shuffleStable(question.statements, question.id) : question.statements), [question]);
  const bucketText = (id: string | undefined) => question.buckets.find((bucket) => bucket.id === id)?.text ?? '';

  const feedback = answer && (
    <ul className="item-feedback">
      {statements.map((statement) => {
        const isRight = chosen.get(statement.id) === statement.bucket;
        return (
          <li key={statement.id}>
            <strong>{statement.text}</strong> <ResultMark isRight={isRight} />.{!isRight && shouldRevealAnswer && <> {nl.quiz.rightIs(bucketText(statement.bucket))}</>}
            {(isRight || shouldRevealAnswer) && <> {statement.feedback}</>}
          </li>
        );
      })}
    </ul>
  );

  return (
    <QuestionFrame view={view} prompt={question.prompt} hint={nl.quiz.categoriseHint} hintId={`${baseId}-hint`} feedback={feedback}>
      <ul className="categorise-list" role="presentation">
        {statements.map((statement) => (
          <li key={statement.id}>
            <fieldset className="statement">
              <legend>{statement.text}</legend>
              <div className="options-inline">
                {question.buckets.map((bucket) => (
                  <label key={bucket.id} className="option" data-chosen={isChecked && chosen.get(statement.id) === bucket.id ? 'true' : undefined}>
                    <input
                      type="radio"
                      name={`${baseId}-${statement.id}`}
                      value={bucket.id}
                      data-pair={`${statement.id}.${bucket.id}`}
                      checked={chosen.get(statement.id) === bucket.id}
                      disabled={isChecked}
                      onChange={() => onDraft(withPair(draft, statementIds, statement.id, bucket.id))}
                    />
                    <span>{bucket.text}</span>
                  </label>
                ))}
              </div>
              {isChecked && isRevealed && <ResultMark isRight={chosen.get(statement.id) === statement.bucket} />}
            </fieldset>
          </li>
        ))}
      </ul>
    </QuestionFrame>
  );
}
