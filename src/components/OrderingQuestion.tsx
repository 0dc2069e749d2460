import { useEffect, useId, useRef, useState } from 'react';
import type { QuestionOf } from '../schemas/quiz.ts';
import { nl } from '../i18n/nl.ts';
import { QuestionFrame, ResultMark, type QuestionViewProps } from './QuestionFrame.tsx';

/**
 * Items put in order with "Omhoog" and "Omlaag" buttons (WCAG 2.5.7: no dragging needed).
 * Focus stays on the button that was pressed while its item moves, and a polite live region
 * says where the item is now. Buttons at the ends stay focusable (aria-disabled) and explain.
 */
export function OrderingQuestion(view: QuestionViewProps<QuestionOf<'ordering'>>) {
  const { question, draft, answer, onDraft, isRevealed, shouldRevealAnswer } = view;
  const baseId = useId();
  const isChecked = answer !== undefined;
  const order = (answer?.response ?? draft).filter((id) => question.items.some((item) => item.id === id));
  const textOf = (id: string) => question.items.find((item) => item.id === id)?.text ?? id;
  const buttons = useRef(new Map<string, HTMLButtonElement>());
  const [focusKey, setFocusKey] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    // React moves the item's element, which drops focus: put it back on the pressed button.
    if (focusKey) buttons.current.get(focusKey)?.focus();
  }, [focusKey, order.join()]);

  // A live region only speaks when its text changes: alternate a trailing space for repeats.
  const announce = (text: string) => setAnnouncement((previous) => (previous === text ? `${text}\u00a0` : text));

  const move = (id: string, step: -1 | 1) => {
    const from = order.indexOf(id);
    const to = from + step;
    setFocusKey(`${id}:${step}`);
    if (to < 0 || to >= order.length) return announce(step < 0 ? nl.quiz.atTop(textOf(id)) : nl.quiz.atBottom(textOf(id)));
    const next = [...order];
    next.splice(from, 1);
    next.splice(to, 0, id);
    onDraft(next);
    announce(nl.quiz.movedTo(textOf(id), to + 1, order.length));
  };

  const button = (id: string, step: -1 | 1, index: number) => {
    const isAtEnd = step < 0 ? index === 0 : index === order.length - 1;
    return (
      <button
        type="button"
        className="button secondary small"
        // The visible word comes first in the name (WCAG 2.5.3), the item makes each button unique.
        aria-label={`${step < 0 ? nl.quiz.moveUp : nl.quiz.moveDown}: ${textOf(id)}`}
        aria-disabled={isAtEnd ? 'true' : undefined}
        data-action={`move:${id}:${step}`}
        ref={(element) => {
          if (element) buttons.current.set(`${id}:${step}`, element);
          else buttons.current.delete(`${id}:${step}`);
        }}
        onClick={() => move(id, step)}
      >
        <span aria-hidden="true">{step < 0 ? '\u2191 ' : '\u2193 '}</span>
        {step < 0 ? nl.quiz.moveUp : nl.quiz.moveDown}
      </button>
    );
  };

  const feedback = answer && (
    <>
      <p>{answer.isCorrect ? question.feedback.correct : question.feedback.incorrect}</p>
      {!answer.isCorrect && shouldRevealAnswer && (
        <>
          <p>
            <strong>{nl.quiz.rightOrder}:</strong>
          </p>
          <ol>
            {question.items.map((item) => (
              <li key={item.id}>{item.text}</li>
            ))}
          </ol>
        </>
      )}
    </>
  );

  return (
    <QuestionFrame view={view} prompt={question.prompt} hint={nl.quiz.orderingHint} hintId={`${baseId}-hint`} feedback={feedback}>
      <ol className="ordering-list">
        {order.map((id, index) => (
          <li key={id} className="ordering-item">
            <span className="ordering-text">{textOf(id)}</span>
            {!isChecked && (
              <span className="ordering-buttons">
                {button(id, -1, index)}
                {button(id, 1, index)}
              </span>
            )}
            {isChecked && isRevealed && <ResultMark isRight={question.items[index]?.id === id} right={nl.quiz.positionRight} wrong={nl.quiz.positionWrong} />}
          </li>
        ))}
      </ol>
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </QuestionFrame>
  );
}
