import type { AnswerEvent } from '../learning/types.ts';
import type { ProgressReport } from './types.ts';

/**
 * Everything the course reports to an LMS goes through one ordered queue: answers in the order
 * they were given, each followed by the progress that includes it. A report leaves the queue
 * only when the adapter has answered for it:
 * - `accepted`: the LMS has it;
 * - `rejected`: the LMS will never take it (a type it does not support, an element it refuses);
 *   logged with the LMS's code and dropped, so one bad report cannot block the rest;
 * - `retry`: not now (a failed commit, a network error); the queue stops there and tries again
 *   with back-off, so later reports never overtake it.
 * Progress reports coalesce: a newer one replaces one still waiting, since it says everything the
 * older said. Pending answers are kept in a store (the browser's localStorage) until delivered,
 * so a closed page or a crash does not lose them; the next launch sends them first. Progress is
 * not kept: the next launch reports its own, from the state the LMS gave it.
 */
export type Report = { kind: 'answer'; answer: AnswerEvent } | { kind: 'progress'; progress: ProgressReport };

export type Delivery = { status: 'accepted' } | { status: 'rejected'; reason: string } | { status: 'retry'; reason: string };

/** An adapter answers at once (SCORM's synchronous API) or later (HTTP). */
export type Send = (report: Report) => Delivery | Promise<Delivery>;

export interface OutboxStore {
  load(): Report[];
  save(reports: readonly Report[]): void;
}

export interface OutboxOptions {
  retryDelaysMs?: readonly number[];
  store?: OutboxStore;
  log?: (message: string) => void;
  /** Called when the queue becomes blocked (a retry is waiting) or unblocked. */
  onBlockedChange?: (isBlocked: boolean) => void;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (timer: unknown) => void;
}

const DEFAULT_RETRY_DELAYS_MS = [2_000, 5_000, 10_000, 30_000];

export class Outbox {
  private readonly queue: Report[];
  private isPumping = false;
  private isStopped = false;
  private failures = 0;
  private timer: unknown;
  private idle: Promise<void> = Promise.resolve();
  private readonly delays: readonly number[];

  constructor(
    private readonly send: Send,
    private readonly options: OutboxOptions = {},
  ) {
    this.delays = options.retryDelaysMs ?? DEFAULT_RETRY_DELAYS_MS;
    this.queue = [...(options.store?.load() ?? [])];
  }

  get isBlocked(): boolean {
    return this.failures > 0;
  }

  get pending(): readonly Report[] {
    return this.queue;
  }

  push(report: Report): void {
    if (this.isStopped) return;
    const last = this.queue.at(-1);
    // The head may be in flight; only a waiting progress report is replaced.
    if (report.kind === 'progress' && last?.kind === 'progress' && !(this.isPumping && this.queue.length === 1)) this.queue[this.queue.length - 1] = report;
    else this.queue.push(report);
    this.persist();
  }

  /** Sends what is queued; resolves when the queue is empty, blocked by a retry, or stopped. */
  flush(): Promise<void> {
    if (this.isStopped || this.failures > 0) return this.idle;
    if (!this.isPumping) this.idle = this.pump();
    return this.idle;
  }

  /** Stops sending and hands over what was not delivered, for the page-exit transport. The store keeps them until `confirmHandedOver`. */
  stop(): Report[] {
    this.isStopped = true;
    this.options.clearTimer?.(this.timer) ?? clearTimeout(this.timer as ReturnType<typeof setTimeout>);
    return [...this.queue];
  }

  /** The exit transport has delivered (SCORM) or queued (keepalive) them: forget them. */
  confirmHandedOver(): void {
    this.queue.length = 0;
    this.persist();
  }

  private async pump(): Promise<void> {
    this.isPumping = true;
    try {
      while (this.queue.length && !this.isStopped) {
        const report = this.queue[0]!;
        let delivery: Delivery;
        try {
          const result = this.send(report);
          // A synchronous answer is handled without yielding: nothing can slip in between.
          delivery = result instanceof Promise ? await result : result;
        } catch (error) {
          delivery = { status: 'retry', reason: error instanceof Error ? error.message : String(error) };
        }
        if (this.isStopped) return;
        if (delivery.status === 'retry') {
          this.scheduleRetry(delivery.reason);
          return;
        }
        if (delivery.status === 'rejected') this.log(`the LMS refused ${describe(report)}: ${delivery.reason}`);
        this.queue.shift();
        this.persist();
        if (this.failures > 0) {
          this.failures = 0;
          this.options.onBlockedChange?.(false);
        }
      }
    } finally {
      this.isPumping = false;
    }
  }

  private scheduleRetry(reason: string): void {
    this.failures += 1;
    if (this.failures === 1) this.options.onBlockedChange?.(true);
    const delay = this.delays[Math.min(this.failures - 1, this.delays.length - 1)]!;
    this.log(`could not deliver ${describe(this.queue[0]!)} (${reason}); trying again in ${delay / 1000} s`);
    const run = () => {
      if (this.isStopped) return;
      this.idle = this.pump();
    };
    this.timer = this.options.setTimer ? this.options.setTimer(run, delay) : setTimeout(run, delay);
  }

  private persist(): void {
    try {
      this.options.store?.save(this.queue);
    } catch {
      // A full or blocked store only loses the crash safety net, never the session's reports.
    }
  }

  private log(message: string): void {
    (this.options.log ?? ((text: string) => console.warn(`[oov-tracking] ${text}`)))(message);
  }
}

function describe(report: Report): string {
  return report.kind === 'answer' ? `the answer to ${report.answer.questionId}` : 'the progress report';
}

/** Keeps pending reports in localStorage under one key per module and learner. */
export function localOutboxStore(key: string, storage: Storage | null): OutboxStore | undefined {
  if (!storage) return undefined;
  return {
    load() {
      try {
        const saved: unknown = JSON.parse(storage.getItem(key) ?? '[]');
        return Array.isArray(saved) ? saved.filter(isReport) : [];
      } catch {
        return [];
      }
    },
    save(reports) {
      const answers = reports.filter((report) => report.kind === 'answer');
      if (answers.length) storage.setItem(key, JSON.stringify(answers));
      else storage.removeItem(key);
    },
  };
}

function isReport(value: unknown): value is Report {
  if (!value || typeof value !== 'object') return false;
  const report = value as Record<string, unknown>;
  return report['kind'] === 'answer' && typeof report['answer'] === 'object' && report['answer'] !== null;
}
