import { useEffect, useRef, useState } from 'react';
import type { Quiz } from '../schemas/quiz.ts';
import type { StoredAnswer } from '../tracking/types.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { getTracker } from '../tracking/session.ts';
import { nl } from '../i18n/nl.ts';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { isAnswerCorrect } from './quiz-scoring.ts';
import { scorePercentage } from '../tracking/score.ts';

interface Props {
  quiz: Quiz;
}

/**
 * A quiz: practice questions (retry one at a time) or the module's scored knowledge check
 * (retry as a whole once every question is answered). Answers live in the tracker, so they
 * are restored when the learner comes back, in this session or a later one.
 */
export default function QuizIsland({ quiz }: Props) {
  const [tracker, setTracker] = useState<Tracker | null>(null);
  const [answers, setAnswers] = useState<Record<string, StoredAnswer>>({});
  const [selections, setSelections] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [lastChecked, setLastChecked] = useState<string | null>(null);
  const shownAt = useRef(Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const questionIds = quiz.questions.map((q) => q.id);

  useEffect(() => {
    let unsubscribe = () => {};
    void getTracker().then((found) => {
      const sync = () => setAnswers(pickAnswers(found.getState().answers, questionIds));
      setTracker(found);
      sync();
      unsubscribe = found.subscribe(sync);
    });
    return () => unsubscribe();
  }, []);

  const check = async (questionIndex: number) => {
    const question = quiz.questions[questionIndex]!;
    const chosen = selections[question.id] ?? [];
    if (chosen.length === 0) return setMessage(nl.quiz.chooseFirst);
    setMessage('');
    const active = tracker ?? (await getTracker());
    setLastChecked(question.id);
    active.recordAnswer({
      questionId: question.id,
      kind: 'choice',
      description: question.prompt,
      optionIds: question.options.map((o) => o.id),
      response: chosen,
      correctResponse: question.correct,
      isCorrect: isAnswerCorrect(question, chosen),
      latencyMs: Date.now() - shownAt.current,
    });
  };

  const retry = (ids: string[]) => {
    tracker?.clearAnswers(ids);
    setSelections((current) => Object.fromEntries(Object.entries(current).filter(([id]) => !ids.includes(id))));
    setLastChecked(null);
    shownAt.current = Date.now();
  };

  const answeredCount = questionIds.filter((id) => answers[id]).length;
  const isComplete = answeredCount === questionIds.length;
  const raw = questionIds.filter((id) => answers[id]?.isCorrect).length;
  const passMark = tracker?.passMark ?? 0;
  const isPassed = scorePercentage(raw, questionIds.length) >= passMark;

  return (
    <section className={quiz.scored ? 'quiz knowledge-check' : 'quiz'} aria-labelledby={`${quiz.id}-title`} data-quiz-id={quiz.id} data-ready={tracker ? 'true' : 'false'}>
      <h2 id={`${quiz.id}-title`} ref={heading} tabIndex={-1}>
        {quiz.title}
      </h2>
      {quiz.scored && <p className="meta">{nl.quiz.progress(answeredCount, questionIds.length)}</p>}
      {quiz.questions.map((question, index) => (
        <ChoiceQuestion
          key={question.id}
          question={question}
          number={index + 1}
          total={quiz.questions.length}
          selection={selections[question.id] ?? []}
          answer={answers[question.id]}
          onSelect={(selection) => setSelections((current) => ({ ...current, [question.id]: selection }))}
          onCheck={() => void check(index)}
          onRetry={quiz.scored ? undefined : () => retry([question.id])}
          shouldFocusFeedback={lastChecked === question.id}
        />
      ))}
      <p className="quiz-message" role="alert">
        {message}
      </p>
      {quiz.scored && (
        <div className="quiz-result" role="status">
          {isComplete && tracker && (
            <>
              <h3>{nl.quiz.resultHeading}</h3>
              <p>{nl.quiz.result(raw, questionIds.length)}</p>
              <p>{isPassed ? nl.quiz.passed(passMark) : nl.quiz.failed(passMark)}</p>
            </>
          )}
        </div>
      )}
      {quiz.scored && isComplete && tracker && !isPassed && (
        <button
          type="button"
          className="button"
          onClick={() => {
            retry(questionIds);
            heading.current?.focus();
          }}
        >
          {nl.quiz.retryCheck}
        </button>
      )}
    </section>
  );
}

function pickAnswers(all: Record<string, StoredAnswer>, ids: string[]): Record<string, StoredAnswer> {
  return Object.fromEntries(ids.filter((id) => all[id]).map((id) => [id, all[id]!]));
}
