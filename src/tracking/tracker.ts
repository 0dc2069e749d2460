import type { AnswerEvent, LearnerState, ModuleInfo } from '../learning/types.ts';
import { decodeLocation, decodeSavedState, encodeLocation, encodeSavedState, normaliseLearnerText } from '../learning/saved-state.ts';
import { attemptProgress, betterResult, localDay, newSeed, scoreAttempt } from '../learning/check-attempt.ts';
import { MAX_COUNTED_ATTEMPTS } from '../learning/saved-state-budget.ts';
import { scorePercentage } from '../learning/score.ts';
import type { LmsAdapter } from './lms-adapter.ts';
import { Outbox, type OutboxOptions, type OutboxStore } from './outbox.ts';
import type { LaunchMode, ProgressReport, SaveState, SuccessStatus } from './types.ts';

/**
 * The one interface lessons and islands talk to. It speaks in learning terms (lessons, answers,
 * attempts); the adapter chosen at start-up turns that into SCORM 1.2, SCORM 2004, cmi5 or local
 * storage, through an ordered outbox that survives a slow or failing LMS.
 */
export interface Tracker {
  readonly lmsKind: LmsAdapter['kind'];
  readonly module: ModuleInfo;
  /** Pass mark in force: the LMS's if it sets one, otherwise the module's. */
  readonly passMark: number;
  readonly saveState: SaveState;
  /** Review or browse: the learner looks at a finished attempt; nothing is written to the LMS. */
  readonly mode: LaunchMode;
  /** The LMS's name of the learner, '' when unknown. */
  readonly learnerName: string;
  getState(): Readonly<LearnerState>;
  /** Marks a lesson as visited and makes it the bookmark. */
  visitLesson(lessonId: string): void;
  /** The quiz or scenario the learner works in, so a return lands there (part of the bookmark). */
  setPlace(islandId: string): void;
  recordAnswer(answer: AnswerEvent): void;
  /**
   * One practice question again: its answer is cleared. A retry is counted (and saved) when the
   * question's policy limits retries. The LMS keeps what it was sent.
   */
  retryQuestion(questionId: string, isCounted: boolean): void;
  /** The knowledge check again: a new attempt with its own draw of questions. */
  startNewCheckAttempt(): void;
  /** A decision in a scenario: extends the scenario's saved path and reports the decision. */
  recordScenarioChoice(scenarioId: string, choiceId: string, decision: AnswerEvent): void;
  /** Starts a scenario again from its first step (replay); decisions already sent stay in the LMS. */
  resetScenario(scenarioId: string): void;
  /** Called on every change of state or save state. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Sends what is waiting; resolves when the outbox is empty or waiting for a retry. */
  flush(): Promise<void>;
  /** Ends the LMS session; resolves when the last reports are delivered or handed to the exit transport. Safe to call twice. */
  end(): Promise<void>;
  /** Where the learner goes back to the LMS once the session has ended (cmi5 returnURL); '' for none. */
  readonly returnUrl: string;
}

export interface TrackerOptions extends Pick<OutboxOptions, 'retryDelaysMs' | 'setTimer' | 'clearTimer'> {
  /** Where pending answers wait between launches, per learner (see localOutboxStore). */
  storeFor?: (learnerId: string) => OutboxStore | undefined;
  now?: () => Date;
  random?: () => number;
}

export async function startTracker(module: ModuleInfo, adapter: LmsAdapter, options: TrackerOptions = {}): Promise<Tracker> {
  const launch = await adapter.start();
  const { state, dropped } = decodeSavedState(launch.suspendData, module);
  if (dropped.length) console.warn(`[oov-tracking] saved progress: dropped ${dropped.join('; ')}`);
  const renamed = module.renamed ?? {};
  const bookmark = decodeLocation(launch.location);
  const location = Object.hasOwn(renamed, bookmark.location) ? renamed[bookmark.location]! : bookmark.location;
  state.location = module.lessonIds.includes(location) ? location : '';
  state.place = state.location ? bookmark.place : '';
  state.seed ||= newSeed(options.random);
  const tracker = new CourseTracker(module, adapter, state, launch.priorSuccess, launch.lmsPassMark ?? module.passMark, launch.mode, launch.learnerName, launch.returnUrl ?? '', options, options.storeFor?.(launch.learnerId));
  if (launch.mode === 'normal') {
    // Answers a closed page could not deliver go first, then the state of this launch.
    tracker.changed();
  }
  return tracker;
}

class CourseTracker implements Tracker {
  readonly lmsKind: LmsAdapter['kind'];
  saveState: SaveState = 'saved';
  private readonly listeners = new Set<() => void>();
  private readonly outbox: Outbox;
  private ending: Promise<void> | null = null;
  private readonly now: () => Date;

  constructor(
    readonly module: ModuleInfo,
    private readonly adapter: LmsAdapter,
    private readonly state: LearnerState,
    private readonly priorSuccess: SuccessStatus,
    readonly passMark: number,
    readonly mode: LaunchMode,
    readonly learnerName: string,
    readonly returnUrl: string,
    options: TrackerOptions,
    store: OutboxStore | undefined,
  ) {
    this.lmsKind = adapter.kind;
    this.now = options.now ?? (() => new Date());
    this.outbox = new Outbox((report) => adapter.send(report), {
      ...options,
      ...(store ? { store } : {}),
      onBlockedChange: (isBlocked) => this.setSaveState(isBlocked ? 'delayed' : 'saved'),
    });
  }

  getState(): Readonly<LearnerState> {
    return this.state;
  }

  visitLesson(lessonId: string): void {
    if (!this.module.lessonIds.includes(lessonId)) return;
    if (!this.state.visitedLessonIds.includes(lessonId)) this.state.visitedLessonIds.push(lessonId);
    if (this.state.location !== lessonId) this.state.place = '';
    this.state.location = lessonId;
    this.changed();
  }

  setPlace(islandId: string): void {
    if (this.state.place === islandId) return;
    this.state.place = islandId;
    this.changed();
  }

  recordAnswer(given: AnswerEvent): void {
    const isText = given.kind === 'fill-in' || given.kind === 'long-fill-in';
    const answer = isText ? { ...given, response: given.response.map(normaliseLearnerText) } : given;
    this.state.answers[answer.questionId] = { response: [...answer.response], isCorrect: answer.isCorrect };
    this.evaluateCheck();
    this.changed(answer);
  }

  retryQuestion(questionId: string, isCounted: boolean): void {
    delete this.state.answers[questionId];
    if (isCounted) this.state.retriesUsed[questionId] = (this.state.retriesUsed[questionId] ?? 0) + 1;
    this.changed();
  }

  startNewCheckAttempt(): void {
    for (const { id } of this.module.check.questions) delete this.state.answers[id];
    this.state.attempt = Math.min(this.state.attempt + 1, MAX_COUNTED_ATTEMPTS);
    this.changed();
  }

  recordScenarioChoice(scenarioId: string, choiceId: string, decision: AnswerEvent): void {
    this.state.scenarioPaths[scenarioId] = [...(this.state.scenarioPaths[scenarioId] ?? []), choiceId];
    this.changed(decision);
  }

  resetScenario(scenarioId: string): void {
    delete this.state.scenarioPaths[scenarioId];
    this.changed();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): Promise<void> {
    return this.outbox.flush();
  }

  end(): Promise<void> {
    this.ending ??= (async () => {
      const pending = this.outbox.stop();
      await this.adapter.end(this.mode === 'normal' ? pending : [], this.mode === 'normal' ? this.report() : null);
      this.outbox.confirmHandedOver();
    })();
    return this.ending;
  }

  /** Tells the islands, and queues the answer (if any) and the new progress for the LMS. */
  changed(answer?: AnswerEvent): void {
    for (const listener of this.listeners) listener();
    if (this.mode !== 'normal' || this.ending) return;
    if (answer) this.outbox.push({ kind: 'answer', answer });
    this.outbox.push({ kind: 'progress', progress: this.report() });
    this.setSaveState(this.outbox.isBlocked ? 'delayed' : 'saving');
    void this.outbox.flush().then(() => {
      if (!this.outbox.isBlocked && this.outbox.pending.length === 0) this.setSaveState('saved');
    });
  }

  /** Scored once every question of the attempt has an answer; the best attempt counts. */
  private evaluateCheck(): void {
    const { check } = this.module;
    if (check.questions.length === 0) return;
    const progress = attemptProgress(check, this.state);
    if (!progress.isComplete) return;
    const attempt = scoreAttempt(check, progress.questionIds, this.state.answers, this.passMark, localDay(this.now()));
    this.state.check = betterResult(this.state.check, attempt);
  }

  private report(): ProgressReport {
    const { visitedLessonIds, check } = this.state;
    const hasVisitedAll = this.module.lessonIds.every((id) => visitedLessonIds.includes(id));
    const completion = hasVisitedAll && check ? 'completed' : 'incomplete';
    // A pass from an earlier session is never downgraded. Nor is its score replaced by a lower
    // one: LMSs derive the status from the score (1.2 masteryscore, 2004 scaled_passing_score).
    const hasPriorPass = this.priorSuccess === 'passed';
    const success: SuccessStatus = hasPriorPass || check?.isPassed ? 'passed' : check ? 'failed' : this.priorSuccess;
    const shouldReportScore = check !== null && (check.isPassed || !hasPriorPass);
    return {
      location: encodeLocation(this.state),
      suspendData: encodeSavedState(this.state),
      completion,
      success,
      progress: this.module.lessonIds.length ? visitedLessonIds.length / this.module.lessonIds.length : 1,
      score: check && shouldReportScore ? { raw: this.scoreForLms(check), min: 0, max: 100 } : null,
      isFinished: completion === 'completed' && success === 'passed',
    };
  }

  /**
   * The score as a percentage, except for an attempt that met the pass mark but left an objective
   * without a right answer: it is failed, and LMSs derive passed from the score alone (1.2
   * masteryscore, 2004 RTE 4.2.22 evaluates success_status from score.scaled), so the LMS gets
   * a score just under the pass mark. The result page tells the learner why.
   */
  private scoreForLms(check: NonNullable<LearnerState['check']>): number {
    const percentage = scorePercentage(check.raw, check.max);
    return !check.isPassed && percentage >= this.passMark ? Math.max(0, Math.round((this.passMark - 0.01) * 100) / 100) : percentage;
  }

  private setSaveState(next: SaveState): void {
    if (this.saveState === next) return;
    this.saveState = next;
    for (const listener of this.listeners) listener();
  }
}
