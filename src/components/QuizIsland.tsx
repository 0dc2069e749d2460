import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Question, Quiz } from '../schemas/quiz.ts';
import type { LearnerState, ModuleInfo } from '../learning/types.ts';
import type { Tracker } from '../tracking/tracker.ts';
import { getTracker } from '../tracking/session.ts';
import { nl } from '../i18n/nl.ts';
import { toAnswerEvent } from '../learning/answer-events.ts';
import { draftProblem, initialDraft, retriesLeft, retryPolicy, shouldRevealAnswer } from '../learning/grading.ts';
import { attemptProgress, checkInfoOf, rightAnswersNeeded, shouldRevealCheckAnswers } from '../learning/check-attempt.ts';
import { emptyState } from '../learning/saved-state.ts';
import type { QuestionViewProps } from './QuestionFrame.tsx';
import { ChoiceQuestion } from './ChoiceQuestion.tsx';
import { TrueFalseQuestion } from './TrueFalseQuestion.tsx';
import { MatchingQuestion } from './MatchingQuestion.tsx';
import { OrderingQuestion } from './OrderingQuestion.tsx';
import { CategoriseQuestion } from './CategoriseQuestion.tsx';
import { FillInQuestion } from './FillInQuestion.tsx';
import { ReflectionQuestion } from './ReflectionQuestion.tsx';
import { CheckResult } from './CheckResult.tsx';
import { IslandBoundary } from './IslandBoundary.tsx';
import { islandDataKey, readIslandData } from './island-data.ts';
import { readDomDraft } from './dom-draft.ts';
import { takeEarlyActions } from './early-actions.ts';
import '../styles/questions.css';

interface Props {
  /** The quiz's data comes from the JSON beside the island (island-data.ts). */
  quizId: string;
}

/**
 * A quiz: practice questions (each retried on its own, retries saved) or the module's scored
 * knowledge check (an attempt draws its questions; a failed attempt shows only right or wrong
 * and what to reread, and is retaken as a whole). Answers live in the tracker, so they come back
 * when the learner does. The server renders the questions as working form controls; on hydration
 * the island adopts what the learner already did in them and replays early button presses.
 */
export default function QuizIsland({ quizId }: Props) {
  return (
    <IslandBoundary>
      <QuizView quiz={readIslandData<Quiz>(islandDataKey('quiz', quizId))} />
    </IslandBoundary>
  );
}

function QuizView({ quiz }: { quiz: Quiz }) {
  const root = useRef<HTMLElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const [tracker, setTracker] = useState<Tracker | null>(null);
  const [state, setState] = useState<LearnerState>(emptyState);
  const [selections, setSelections] = useState<Record<string, string[]>>({});
  const [problems, setProblems] = useState<Record<string, string>>({});
  const [lastChecked, setLastChecked] = useState<string | null>(null);
  const [lastRetried, setLastRetried] = useState<string | null>(null);
  const [isAdopted, setIsAdopted] = useState(false);
  const shownAt = useRef(Date.now());
  const module: ModuleInfo | null = tracker?.module ?? null;
  // Before the tracker answers, the state is empty: the check shows its first attempt, as the server rendered it.
  const check = quiz.scored ? (module?.check ?? checkInfoOf(quiz)) : null;
  const questionById = new Map(quiz.questions.map((question) => [question.id, question]));
  const attempt = check ? attemptProgress(check, state) : null;
  const shown: Question[] = check && attempt ? [...attempt.questionIds, ...check.openQuestions].map((id) => questionById.get(id)!) : quiz.questions;
  const draftOf = (question: Question) => selections[question.id] ?? initialDraft(question);

  useLayoutEffect(() => {
    const adopted: Record<string, string[]> = {};
    for (const fieldset of root.current?.querySelectorAll('fieldset.question[data-question-id]') ?? []) {
      const question = questionById.get((fieldset as HTMLElement).dataset['questionId'] ?? '');
      const draft = question && readDomDraft(fieldset, question);
      if (question && draft) adopted[question.id] = draft;
    }
    if (Object.keys(adopted).length) setSelections(adopted);
    setIsAdopted(true);
  }, []);

  useEffect(() => {
    let unsubscribe = () => {};
    void getTracker().then((found) => {
      const sync = () => setState({ ...found.getState() });
      setTracker(found);
      sync();
      unsubscribe = found.subscribe(sync);
    });
    return () => unsubscribe();
  }, []);

  useEffect(() => {
    if (!tracker || !isAdopted || !root.current) return;
    void replay(takeEarlyActions(root.current));
  }, [tracker, isAdopted]);

  const check_ = async (question: Question) => {
    const draft = draftOf(question);
    const problem = draftProblem(question, draft);
    setProblems((current) => ({ ...current, [question.id]: problem ? nl.quiz.problems[problem](draft[0] ?? '') : '' }));
    if (problem) return;
    const active = tracker ?? (await getTracker());
    setLastChecked(question.id);
    active.recordAnswer(toAnswerEvent(question, draft, Date.now() - shownAt.current));
  };

  /** One question again: choice and true/false start empty, the other types from the learner's last answer. */
  const retryQuestion = (question: Question) => {
    const previous = state.answers[question.id]?.response;
    const shouldKeep = previous && question.type !== 'single' && question.type !== 'multiple' && question.type !== 'truefalse';
    tracker?.retryQuestion(question.id, typeof retryPolicy(quiz, question) === 'number');
    setSelections((current) => {
      const next = { ...current };
      if (shouldKeep) next[question.id] = [...previous];
      else delete next[question.id];
      return next;
    });
    setLastChecked(null);
    setLastRetried(question.id);
    shownAt.current = Date.now();
  };

  const retakeCheck = () => {
    tracker?.startNewCheckAttempt();
    setSelections({});
    setProblems({});
    setLastChecked(null);
    setLastRetried(null);
    shownAt.current = Date.now();
    heading.current?.focus();
  };

  const objectiveLessons = (objective: string | undefined) => {
    if (!module || !objective) return [];
    return (module.objectiveLessons[objective] ?? []).filter((id) => id !== module.check.lessonId).map((id) => ({ title: module.lessonTitles?.[id] ?? id, href: module.lessonHrefs[id] ?? '#' }));
  };
  const isCheckRevealed = check && attempt ? shouldRevealCheckAnswers(check, state, attempt.isComplete) : !quiz.scored;

  const viewOf = (question: Question, index: number): QuestionViewProps<Question> => {
    const policy = retryPolicy(quiz, question);
    const used = state.retriesUsed[question.id] ?? 0;
    const left = quiz.scored ? 0 : retriesLeft(policy, used);
    return {
      question,
      number: index + 1,
      total: shown.length,
      draft: draftOf(question),
      answer: state.answers[question.id],
      onDraft: (draft) => {
        setSelections((current) => ({ ...current, [question.id]: draft }));
        if (problems[question.id]) setProblems((current) => ({ ...current, [question.id]: '' }));
      },
      onCheck: () => void check_(question),
      onRetry: left > 0 ? () => retryQuestion(question) : undefined,
      retriesLeft: left,
      isRevealed: quiz.scored ? Boolean(isCheckRevealed) : true,
      shouldRevealAnswer: quiz.scored ? true : shouldRevealAnswer(policy, used),
      reread: quiz.scored ? objectiveLessons(question.objective) : [],
      shouldFocusFeedback: lastChecked === question.id,
      shouldFocusStart: lastRetried === question.id,
      problem: problems[question.id] ?? '',
    };
  };

  return (
    <section ref={root} className={quiz.scored ? 'quiz knowledge-check' : 'quiz'} aria-labelledby={`${quiz.id}-title`} data-quiz-id={quiz.id} data-island-id={quiz.id} data-ready={tracker ? 'true' : 'false'}>
      <h2 id={`${quiz.id}-title`} ref={heading} tabIndex={-1}>
        {quiz.title}
      </h2>
      {quiz.scored && <CheckIntro total={attempt?.questionIds.length ?? 0} passMark={tracker?.passMark ?? null} attempt={state.attempt} attempts={check?.attempts ?? null} answered={attempt?.answered ?? 0} />}
      <div className="quiz-questions">
        {shown.map((question, index) => (
          <QuestionView key={question.id} {...viewOf(question, index)} />
        ))}
      </div>
      {check && attempt?.isComplete && tracker && <CheckResult check={check} module={tracker.module} state={state} questionIds={attempt.questionIds} passMark={tracker.passMark} onRetake={retakeCheck} />}
    </section>
  );
}

function CheckIntro({ total, passMark, attempt, attempts, answered }: { total: number; passMark: number | null; attempt: number; attempts: number | null; answered: number }) {
  return (
    <div className="check-intro">
      {/* The pass mark the LMS sets wins over the module's; until the tracker knows it, the rule waits. */}
      {passMark !== null && <p data-pass-rule>{nl.quiz.checkRule(passMark, rightAnswersNeeded(total, passMark), total)}</p>}
      <p className="meta">
        {nl.quiz.attemptOf(attempt, attempts)} · {nl.quiz.progress(answered, total)}
      </p>
    </div>
  );
}

/** Presses the buttons the learner pressed before hydration, one at a time so each sees the last one's result. */
async function replay(buttons: HTMLElement[]): Promise<void> {
  for (const button of buttons) {
    if (!button.isConnected) continue;
    button.click();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
}

/** One question, rendered by the component for its type. */
function QuestionView(view: QuestionViewProps<Question>) {
  const { question } = view;
  switch (question.type) {
    case 'single':
    case 'multiple':
      return <ChoiceQuestion {...view} question={question} />;
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
