import type { LmsAdapter } from './lms-adapter.ts';
import { scorePercentage } from '../learning/score.ts';
import { decodeSuspendData, encodeSuspendData, normaliseLearnerText } from './suspend-data.ts';
import type { AnswerEvent, CheckResult, LearnerState, ModuleInfo } from '../learning/types.ts';
import type { ProgressReport, SaveState, SuccessStatus } from './types.ts';

/**
 * The one interface lessons and islands talk to. It speaks in learning terms (lessons, answers);
 * the adapter chosen at start-up turns that into SCORM 1.2, SCORM 2004 or local storage.
 */
export interface Tracker {
  readonly lmsKind: LmsAdapter['kind'];
  /** Pass mark in force: the LMS's if it sets one, otherwise the module's. */
  readonly passMark: number;
  readonly saveState: SaveState;
  getState(): Readonly<LearnerState>;
  /** Marks a lesson as visited and makes it the bookmark. */
  visitLesson(lessonId: string): void;
  recordAnswer(answer: AnswerEvent): void;
  /** Forgets answers so the learner can try again; the LMS keeps the interactions already sent. */
  clearAnswers(questionIds: readonly string[]): void;
  /** A decision in a scenario: extends the scenario's saved path and reports the decision as an interaction. */
  recordScenarioChoice(scenarioId: string, choiceId: string, decision: AnswerEvent): void;
  /** Starts a scenario again from its first step (replay); decisions already sent stay in the LMS. */
  resetScenario(scenarioId: string): void;
  /** Called on every change of state or save state. Returns an unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Commits now, e.g. when the page is hidden. */
  flush(): Promise<void>;
  /** Ends the LMS session; safe to call more than once. */
  end(): void;
}

const RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

export async function startTracker(module: ModuleInfo, adapter: LmsAdapter): Promise<Tracker> {
  const launch = await adapter.start();
  const { state, dropped } = decodeSuspendData(launch.suspendData, module);
  if (dropped.length) console.warn(`[oov-tracking] saved progress: dropped ${dropped.join('; ')}`);
  const renamed = module.renamed ?? {};
  const location = Object.hasOwn(renamed, launch.location) ? renamed[launch.location]! : launch.location;
  state.location = module.lessonIds.includes(location) ? location : '';
  return new CourseTracker(module, adapter, state, launch.priorSuccess, launch.lmsPassMark ?? module.passMark);
}

class CourseTracker implements Tracker {
  readonly lmsKind: LmsAdapter['kind'];
  saveState: SaveState = 'saved';
  private readonly listeners = new Set<() => void>();
  private readonly pendingInteractions: AnswerEvent[] = [];
  private retryTimer: ReturnType<typeof setTimeout> | undefined;
  private failedSaves = 0;
  private isEnded = false;
  private saving: Promise<void> = Promise.resolve();

  constructor(
    private readonly module: ModuleInfo,
    private readonly adapter: LmsAdapter,
    private readonly state: LearnerState,
    private readonly priorSuccess: SuccessStatus,
    readonly passMark: number,
  ) {
    this.lmsKind = adapter.kind;
  }

  getState(): Readonly<LearnerState> {
    return this.state;
  }

  visitLesson(lessonId: string): void {
    if (!this.module.lessonIds.includes(lessonId)) return;
    if (!this.state.visitedLessonIds.includes(lessonId)) this.state.visitedLessonIds.push(lessonId);
    this.state.location = lessonId;
    this.changed();
    void this.flush();
  }

  recordAnswer(given: AnswerEvent): void {
    const isText = given.kind === 'fill-in' || given.kind === 'long-fill-in';
    const answer = isText ? { ...given, response: given.response.map(normaliseLearnerText) } : given;
    this.state.answers[answer.questionId] = { response: [...answer.response], isCorrect: answer.isCorrect };
    this.pendingInteractions.push(answer);
    this.evaluateCheck();
    this.changed();
    void this.flush();
  }

  recordScenarioChoice(scenarioId: string, choiceId: string, decision: AnswerEvent): void {
    this.state.scenarioPaths[scenarioId] = [...(this.state.scenarioPaths[scenarioId] ?? []), choiceId];
    this.pendingInteractions.push(decision);
    this.changed();
    void this.flush();
  }

  resetScenario(scenarioId: string): void {
    delete this.state.scenarioPaths[scenarioId];
    this.changed();
    void this.flush();
  }

  clearAnswers(questionIds: readonly string[]): void {
    for (const id of questionIds) delete this.state.answers[id];
    this.changed();
    void this.flush();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  flush(): Promise<void> {
    if (this.isEnded) return Promise.resolve();
    // Saves run one after another so interactions keep their order in the LMS.
    this.saving = this.saving.then(() => this.save());
    return this.saving;
  }

  end(): void {
    if (this.isEnded) return;
    this.isEnded = true;
    clearTimeout(this.retryTimer);
    for (const answer of this.pendingInteractions.splice(0)) void this.adapter.recordInteraction(answer);
    void this.adapter.end(this.report());
  }

  /** Scored once every knowledge-check question has an answer; the best attempt counts. */
  private evaluateCheck(): void {
    const ids = this.module.checkQuestionIds;
    if (ids.length === 0 || !ids.every((id) => this.state.answers[id])) return;
    const raw = ids.filter((id) => this.state.answers[id]?.isCorrect).length;
    const attempt: CheckResult = { raw, max: ids.length, isPassed: scorePercentage(raw, ids.length) >= this.passMark };
    const best = this.state.check;
    if (!best || attempt.raw >= best.raw || (attempt.isPassed && !best.isPassed)) this.state.check = attempt;
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
      location: this.state.location,
      suspendData: encodeSuspendData(this.state),
      completion,
      success,
      progress: this.module.lessonIds.length ? visitedLessonIds.length / this.module.lessonIds.length : 1,
      score: check && shouldReportScore ? { raw: scorePercentage(check.raw, check.max), min: 0, max: 100 } : null,
      isFinished: completion === 'completed' && success === 'passed',
    };
  }

  private async save(): Promise<void> {
    if (this.isEnded) return;
    this.setSaveState('saving');
    while (this.pendingInteractions.length) {
      // An LMS that rejects interactions must not block the learner's progress: drop after logging.
      const answer = this.pendingInteractions.shift()!;
      const isRecorded = await this.adapter.recordInteraction(answer);
      if (!isRecorded) console.warn(`[oov-tracking] the LMS did not accept the interaction for ${answer.questionId}`);
    }
    const isSaved = await this.adapter.save(this.report());
    clearTimeout(this.retryTimer);
    if (isSaved) {
      this.failedSaves = 0;
      this.setSaveState('saved');
      return;
    }
    this.failedSaves += 1;
    this.setSaveState('delayed');
    const delay = RETRY_DELAYS_MS[Math.min(this.failedSaves - 1, RETRY_DELAYS_MS.length - 1)];
    this.retryTimer = setTimeout(() => void this.flush(), delay);
  }

  private setSaveState(next: SaveState): void {
    if (this.saveState === next) return;
    this.saveState = next;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
