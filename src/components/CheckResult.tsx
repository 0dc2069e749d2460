import type { CheckInfo, LearnerState, ModuleInfo } from '../learning/types.ts';
import { attemptsLeft, objectiveResults, rightAnswersNeeded, scoreAttempt } from '../learning/check-attempt.ts';
import { scorePercentage } from '../learning/score.ts';
import { nl } from '../i18n/nl.ts';
import { ResultMark } from './QuestionFrame.tsx';

interface Props {
  check: CheckInfo;
  module: ModuleInfo;
  state: LearnerState;
  /** The questions of the attempt just completed. */
  questionIds: string[];
  passMark: number;
  onRetake(): void;
}

/**
 * The result of a complete attempt: score against the pass mark in force, the result per
 * objective with the lessons to reread for the weak ones, and what to do now: retake, or (once
 * passed) that the module is done and what comes next.
 */
export function CheckResult({ check, module, state, questionIds, passMark, onRetake }: Props) {
  const attempt = scoreAttempt(check, questionIds, state.answers, passMark, state.check?.passedOn ?? '');
  const isPassed = attempt.isPassed || Boolean(state.check?.isPassed);
  const percentage = scorePercentage(attempt.raw, attempt.max);
  const needed = rightAnswersNeeded(attempt.max, passMark);
  const left = attemptsLeft(check, state.attempt);
  const lessonsFor = (objective: string) => (module.objectiveLessons[objective] ?? []).filter((id) => id !== check.lessonId);
  return (
    <div className="quiz-result" role="status" data-result={isPassed ? 'passed' : 'failed'}>
      <h3>{nl.quiz.resultHeading}</h3>
      <p>{nl.quiz.result(attempt.raw, attempt.max, percentage)}</p>
      <p className="result-outcome">
        <ResultMark isRight={isPassed} right={nl.quiz.passedWord} wrong={nl.quiz.notYetPassedWord} />
      </p>
      {attempt.isPassed || state.check?.isPassed ? (
        <>
          <p>{nl.quiz.passedOn(state.check?.passedOn ?? null)}</p>
          <p>{module.next ? nl.quiz.whatNextModule(module.next.title) : nl.quiz.whatNextLast}</p>
        </>
      ) : (
        <p>{percentage >= passMark ? nl.quiz.failedOnObjective(passMark) : nl.quiz.failedOnScore(passMark, needed, attempt.max)}</p>
      )}
      <h4>{nl.quiz.perObjectiveHeading}</h4>
      <ul className="objective-results">
        {objectiveResults(check, questionIds, state.answers).map((result) => (
          <li key={result.objective} data-objective={result.objective}>
            <strong>{module.objectiveTitles[result.objective] ?? result.objective}</strong>
            <br />
            {nl.quiz.objectiveScore(result.right, result.asked)} <ResultMark isRight={result.right === result.asked} right={nl.quiz.allRight} wrong={result.right === 0 ? nl.quiz.noneRight : nl.quiz.someWrong} />
            {result.right < result.asked && lessonsFor(result.objective).length > 0 && (
              <>
                <br />
                {nl.quiz.reread}{' '}
                {lessonsFor(result.objective).map((id, index) => (
                  <span key={id}>
                    {index > 0 && ', '}
                    <a href={module.lessonHrefs[id]}>{module.lessonTitles?.[id] ?? id}</a>
                  </span>
                ))}
              </>
            )}
          </li>
        ))}
      </ul>
      {!isPassed && (
        <>
          <p>{Number.isFinite(left) ? nl.quiz.attemptsLeft(left) : nl.quiz.retakeAsOften}</p>
          {left > 0 && (
            <button type="button" className="button" onClick={onRetake}>
              {nl.quiz.retryCheck}
            </button>
          )}
        </>
      )}
    </div>
  );
}
