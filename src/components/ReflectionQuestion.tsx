import { useEffect, useId, useRef, useState } from 'react';
import type { QuestionOf } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { QuestionFrame, type QuestionViewProps } from './QuestionFrame.tsx';

/** Pause before the remaining characters are read out, so a screen reader is not talking over typing. */
const COUNT_ANNOUNCE_DELAY_MS = 1_000;

/**
 * Open text, not graded. The saved text comes back from the tracker (suspend data) and stays
 * visible, read-only, until the learner chooses to change it.
 */
export function ReflectionQuestion(view: QuestionViewProps<QuestionOf<'reflection'>>) {
  const { question, draft, answer, onDraft } = view;
  const baseId = useId();
  const hintId = `${baseId}-hint`;
  const fieldId = `${baseId}-text`;
  const countId = `${baseId}-count`;
  const isChecked = answer !== undefined;
  const text = answer?.response[0] ?? draft[0] ?? '';
  const count = nl.quiz.characterCount(text.length, question.maxLength);
  const hasTyped = useRef(false);
  const [announced, setAnnounced] = useState('');

  useEffect(() => {
    if (!hasTyped.current || isChecked) return;
    const timer = setTimeout(() => setAnnounced(count), COUNT_ANNOUNCE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [count, isChecked]);

  const feedback = question.feedback && (
    <p>
      <strong>{nl.quiz.toConsider}:</strong> {question.feedback}
    </p>
  );

  return (
    <QuestionFrame
      view={view}
      prompt={question.prompt}
      hint={nl.quiz.reflectionHint}
      hintId={hintId}
      checkLabel={nl.quiz.saveReflection}
      retryLabel={nl.quiz.editReflection}
      feedback={feedback}
    >
      <div className="reflection">
        <label htmlFor={fieldId}>{nl.quiz.yourAnswer}</label>
        <textarea
          id={fieldId}
          rows={6}
          maxLength={question.maxLength}
          data-text=""
          value={text}
          readOnly={isChecked}
          aria-describedby={countId}
          onChange={(event) => {
            hasTyped.current = true;
            onDraft([event.currentTarget.value]);
          }}
        />
        <p className="char-count" id={countId}>
          {count}
        </p>
        <p className="visually-hidden" aria-live="polite">
          {announced}
        </p>
      </div>
    </QuestionFrame>
  );
}
