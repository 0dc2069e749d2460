import { useEffect, useRef, useState } from 'react';
import type { Question, Quiz } from '../schemas/quiz.ts';
import type { StoredAnswer } from '../learning/types.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { getTracker } from '../tracking/session.ts';
import { dictionary } from '../tracking/suspend-data.ts';
import { nl } from '../i18n/nl.ts';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { TrueFalseQuestion } from './TrueFalseQuestion.tsx';
import { MatchingQuestion } from './MatchingQuestion.tsx';
import { OrderingQuestion } from './OrderingQuestion.tsx';
import { CategoriseQuestion } from './CategoriseQuestion.tsx';
import { FillInQuestion } from './FillInQuestion.tsx';
import { ReflectionQuestion } from './ReflectionQuestion.tsx';
import type { QuestionViewProps } from './QuestionFrame.tsx';
import { draftProblem, initialDraft, isGraded, retriesLeft, retryPolicy, shouldRevealAnswer, toAnswerEvent } from '../learning/grading.ts';
import { scorePercentage } from '../learning/score.ts';
import '../styles/questions.css';

interface Props {
  quiz: Quiz;
}

/**
 * A quiz: practice questions (retry one at a time) or the module's scored knowledge check
 * (retry as a whole once every question is answered). Answers live in the tracker, so they
 * are restored when the learner comes back, in this session or a later one. Retries used are
 * counted for this page visit only; the author's policy (`retries`) limits them per question.
 * Reflections are not graded: they never count toward the check's result.
 */
export default function QuizIsland({ quiz }: Props) {
  const [tracker, setTracker] = useState<Tracker | null>(null);
  const [answers, setAnswers] = useState<Record<string, StoredAnswer>>(dictionary);
  const [selections, setSelections] = useState<Record<string, string[]>>({});
  const [message, setMessage] = useState('');
  const [lastChecked, setLastChecked] = useState<string | null>(null);
  const [lastRetried, setLastRetried] = useState<string | null>(null);
  const [retriesUsed, setRetriesUsed] = useState<Record<string, number>>({});
  const shownAt = useRef(Date.now());
  const heading = useRef<HTMLHeadingElement>(null);
  const questionIds = quiz.questions.map((q) => q.id);
  const gradedIds = quiz.questions.filter(isGraded).map((q) => q.id);
  const draftOf = (question: Question) => selections[question.id] ?? initialDraft(question);

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
    const draft = draftOf(question);
    const problem = draftProblem(question, draft);
    if (problem) return setMessage(nl.quiz[problem]);
    setMessage('');
    const active = tracker ?? (await getTracker());
    setLastChecked(question.id);
    active.recordAnswer(toAnswerEvent(question, draft, Date.now() - shownAt.current));
  };

  /** One question again: choice and true/false start empty, the other types from the learner's last answer. */
  const retryQuestion = (question: Question) => {
    const previous = answers[question.id]?.response;
    const shouldKeep = previous && question.type !== 'single' && question.type !== 'multiple' && question.type !== 'truefalse';
    tracker?.clearAnswers([question.id]);
    setSelections((current) => {
      const next = { ...current };
      if (shouldKeep) next[question.id] = [...previous];
      else delete next[question.id];
      return next;
    });
    setRetriesUsed((current) => ({ ...current, [question.id]: (current[question.id] ?? 0) + 1 }));
    setLastChecked(null);
    setLastRetried(question.id);
    shownAt.current = Date.now();
  };

  /** The whole knowledge check again: its graded questions start empty with their retries restored. */
  const retry = (ids: string[]) => {
    tracker?.clearAnswers(ids);
    setSelections((current) => Object.fromEntries(Object.entries(current).filter(([id]) => !ids.includes(id))));
    setRetriesUsed((current) => Object.fromEntries(Object.entries(current).filter(([id]) => !ids.includes(id))));
    setLastChecked(null);
    setLastRetried(null);
    shownAt.current = Date.now();
  };

  const answeredCount = questionIds.filter((id) => answers[id]).length;
  const isComplete = gradedIds.every((id) => answers[id]);
  const raw = gradedIds.filter((id) => answers[id]?.isCorrect).length;
  const passMark = tracker?.passMark ?? 0;
  const isPassed = scorePercentage(raw, gradedIds.length) >= passMark;

  const viewOf = (question: Question, index: number): QuestionViewProps<Question> => {
    const policy = retryPolicy(quiz, question);
    const used = retriesUsed[question.id] ?? 0;
    const left = retriesLeft(policy, used);
    return {
      question,
      number: index + 1,
      total: quiz.questions.length,
      draft: draftOf(question),
      answer: answers[question.id],
      onDraft: (draft) => setSelections((current) => ({ ...current, [question.id]: draft })),
      onCheck: () => void check(index),
      onRetry: left > 0 ? () => retryQuestion(question) : undefined,
      retriesLeft: left,
      shouldRevealAnswer: shouldRevealAnswer(policy, used),
      shouldFocusFeedback: lastChecked === question.id,
      shouldFocusStart: lastRetried === question.id,
    };
  };

  return (
    <section className={quiz.scored ? 'quiz knowledge-check' : 'quiz'} aria-labelledby={`${quiz.id}-title`} data-quiz-id={quiz.id} data-ready={tracker ? 'true' : 'false'}>
      <h2 id={`${quiz.id}-title`} ref={heading} tabIndex={-1}>
        {quiz.title}
      </h2>
      {quiz.scored && <p className="meta">{nl.quiz.progress(answeredCount, questionIds.length)}</p>}
      {/* Until the island has hydrated and knows the saved answers, the server-rendered controls
          are disabled: anything typed before hydration would otherwise be wiped by React. */}
      <fieldset className="quiz-questions" disabled={!tracker}>
        {quiz.questions.map((question, index) => (
          <QuestionView key={question.id} {...viewOf(question, index)} />
        ))}
      </fieldset>
      <p className="quiz-message" role="alert">
        {message}
      </p>
      {quiz.scored && (
        <div className="quiz-result" role="status">
          {isComplete && tracker && (
            <>
              <h3>{nl.quiz.resultHeading}</h3>
              <p>{nl.quiz.result(raw, gradedIds.length)}</p>
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
            retry(gradedIds);
            heading.current?.focus();
          }}
        >
          {nl.quiz.retryCheck}
        </button>
      )}
    </section>
  );
}

/** One question, rendered by the component for its type. */
function QuestionView(view: QuestionViewProps<Question>) {
  const { question } = view;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return (
        <ChoiceQuestion
          question={question}
          number={view.number}
          total={view.total}
          selection={[...view.draft]}
          answer={view.answer}
          onSelect={view.onDraft}
          onCheck={view.onCheck}
          onRetry={view.onRetry}
          shouldFocusFeedback={view.shouldFocusFeedback}
          shouldRevealAnswer={view.shouldRevealAnswer}
          retriesLeft={view.retriesLeft}
          shouldFocusStart={view.shouldFocusStart}
        />
      );
    case 'truefalse':
      return <TrueFalseQuestion {...view} question={question} />;
    case 'matching':
      return <MatchingQuestion {...view} question={question} />;
    case 'ordering':
      return <OrderingQuestion {...view} question={question} />;
    case 'categorise':
      return <CategoriseQuestion {...view} question={question} />;
    case 'fillin':
      return <FillInQuestion {...view} question={question} />;
    case 'reflection':
      return <ReflectionQuestion {...view} question={question} />;
  }
}

/** A prototype-free map (see dictionary() in suspend-data.ts), so any question id is safe to look up. */
function pickAnswers(all: Record<string, StoredAnswer>, ids: string[]): Record<string, StoredAnswer> {
  const picked = dictionary<StoredAnswer>();
  for (const id of ids) if (Object.hasOwn(all, id)) picked[id] = all[id]!;
  return picked;
}
