import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { Outbox, localOutboxStore, type Delivery, type Report } from '../../src/tracking/outbox.ts';
import type { AnswerEvent } from '../../src/learning/types.ts';
import type { ProgressReport } from '../../src/tracking/types.ts';

const answer = (id: string): Report => ({ kind: 'answer', answer: { questionId: id, kind: 'choice', description: id, optionIds: ['a'], response: ['a'], correctResponse: ['a'], isCorrect: true } as AnswerEvent });
const progress = (location: string): Report => ({ kind: 'progress', progress: { location, suspendData: '', completion: 'incomplete', success: 'unknown', progress: 0, score: null, isFinished: false } as ProgressReport });
const label = (report: Report) => (report.kind === 'answer' ? report.answer.questionId : `progress:${report.progress.location}`);

/** Timers the test runs by hand, so retries happen when the test says. */
function manualTimers() {
  const waiting: Array<() => void> = [];
  return {
    setTimer: (run: () => void) => waiting.push(run),
    clearTimer: () => {
      waiting.length = 0;
    },
    runAll: () => waiting.splice(0).forEach((run) => run()),
    get count() {
      return waiting.length;
    },
  };
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the ordered outbox', () => {
  test('delivers reports in the order they were queued', async () => {
    const delivered: string[] = [];
    const outbox = new Outbox((report) => (delivered.push(label(report)), { status: 'accepted' }));
    outbox.push(answer('q1'));
    outbox.push(progress('l1'));
    outbox.push(answer('q2'));
    await outbox.flush();
    expect(delivered).toEqual(['q1', 'progress:l1', 'q2']);
    expect(outbox.pending).toEqual([]);
  });

  test('a waiting progress report is replaced by a newer one, since it says everything the older said', async () => {
    const delivered: string[] = [];
    const outbox = new Outbox((report) => (delivered.push(label(report)), { status: 'accepted' }));
    outbox.push(answer('q1'));
    outbox.push(progress('l1'));
    outbox.push(progress('l2'));
    await outbox.flush();
    expect(delivered).toEqual(['q1', 'progress:l2']);
  });

  test('a rejected report is logged with the reason and dropped; the rest still goes', async () => {
    const delivered: string[] = [];
    const logs: string[] = [];
    const outbox = new Outbox(
      (report) => {
        if (label(report) === 'q1') return { status: 'rejected', reason: 'SetValue(cmi.interactions.0.type) returned false: 406 Data Model Element Type Mismatch' };
        delivered.push(label(report));
        return { status: 'accepted' };
      },
      { log: (text) => logs.push(text) },
    );
    outbox.push(answer('q1'));
    outbox.push(answer('q2'));
    await outbox.flush();
    expect(delivered).toEqual(['q2']);
    expect(logs).toEqual(['the LMS refused the answer to q1: SetValue(cmi.interactions.0.type) returned false: 406 Data Model Element Type Mismatch']);
  });

  test('a report that must wait blocks the ones after it until it is delivered, with back-off', async () => {
    const timers = manualTimers();
    const delivered: string[] = [];
    let isDown = true;
    const blocked: boolean[] = [];
    const outbox = new Outbox(
      (report) => {
        if (isDown) return { status: 'retry', reason: 'Commit failed' };
        delivered.push(label(report));
        return { status: 'accepted' };
      },
      { ...timers, log: () => {}, onBlockedChange: (isBlocked) => blocked.push(isBlocked) },
    );
    outbox.push(progress('l1'));
    outbox.push(answer('q1'));
    await outbox.flush();
    expect(delivered).toEqual([]);
    expect(outbox.isBlocked).toBe(true);
    expect(timers.count).toBe(1);
    isDown = false;
    timers.runAll();
    await tick();
    expect(delivered).toEqual(['progress:l1', 'q1']);
    expect(blocked).toEqual([true, false]);
  });

  test('waits for an asynchronous adapter before sending the next report', async () => {
    const events: string[] = [];
    const outbox = new Outbox(async (report) => {
      events.push(`start ${label(report)}`);
      await tick();
      events.push(`end ${label(report)}`);
      return { status: 'accepted' };
    });
    outbox.push(answer('q1'));
    outbox.push(answer('q2'));
    await outbox.flush();
    expect(events).toEqual(['start q1', 'end q1', 'start q2', 'end q2']);
  });

  test('at exit it stops and hands over what was not delivered, in order, and forgets it once handed over', async () => {
    const storage = new Map<string, string>();
    const store = localOutboxStore('k', { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value), removeItem: (key: string) => void storage.delete(key) } as Storage)!;
    const outbox = new Outbox(() => ({ status: 'retry', reason: 'offline' }), { ...manualTimers(), store, log: () => {} });
    outbox.push(answer('q1'));
    outbox.push(answer('q2'));
    await outbox.flush();
    expect(outbox.stop().map(label)).toEqual(['q1', 'q2']);
    outbox.push(answer('q3'));
    expect(JSON.parse(storage.get('k')!).map(label)).toEqual(['q1', 'q2']);
    outbox.confirmHandedOver();
    expect(storage.has('k')).toBe(false);
  });

  test('answers a closed page could not deliver are sent first at the next launch; progress is not kept', async () => {
    const storage = new Map<string, string>();
    const fake = { getItem: (key: string) => storage.get(key) ?? null, setItem: (key: string, value: string) => void storage.set(key, value), removeItem: (key: string) => void storage.delete(key) } as Storage;
    const first = new Outbox(() => ({ status: 'retry', reason: 'offline' }), { ...manualTimers(), store: localOutboxStore('k', fake)!, log: () => {} });
    first.push(answer('q1'));
    first.push(progress('l1'));
    await first.flush();
    const delivered: string[] = [];
    const second = new Outbox((report) => (delivered.push(label(report)), { status: 'accepted' }), { store: localOutboxStore('k', fake)! });
    second.push(progress('l2'));
    await second.flush();
    expect(delivered).toEqual(['q1', 'progress:l2']);
  });
});

describe('outbox properties', () => {
  type Step = { kind: 'answer'; id: number } | { kind: 'progress' } | { kind: 'fail'; mode: 'retry' | 'rejected' } | { kind: 'recover' } | { kind: 'flush' };
  const step: fc.Arbitrary<Step> = fc.oneof(
    fc.integer({ min: 0, max: 999 }).map((id) => ({ kind: 'answer' as const, id })),
    fc.constant({ kind: 'progress' as const }),
    fc.constantFrom('retry' as const, 'rejected' as const).map((mode) => ({ kind: 'fail' as const, mode })),
    fc.constant({ kind: 'recover' as const }),
    fc.constant({ kind: 'flush' as const }),
  );

  test('random interleavings of answers, failures and an exit lose nothing and reorder nothing (sync and async adapters)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(step, { maxLength: 40 }), fc.boolean(), async (steps, isAsync) => {
        const timers = manualTimers();
        let failure: 'retry' | 'rejected' | null = null;
        const accepted: string[] = [];
        const rejected: string[] = [];
        const queued: string[] = [];
        const deliver = (report: Report): Delivery => {
          if (failure === 'retry') return { status: 'retry', reason: 'down' };
          if (failure === 'rejected' && report.kind === 'answer') {
            rejected.push(label(report));
            return { status: 'rejected', reason: 'refused' };
          }
          if (report.kind === 'answer') accepted.push(label(report));
          return { status: 'accepted' };
        };
        const outbox = new Outbox(isAsync ? async (report) => (await tick(), deliver(report)) : deliver, { ...timers, log: () => {} });
        let answers = 0;
        for (const each of steps) {
          if (each.kind === 'answer') {
            const id = `q${answers++}`;
            queued.push(id);
            outbox.push(answer(id));
          } else if (each.kind === 'progress') outbox.push(progress('l'));
          else if (each.kind === 'fail') failure = each.mode;
          else if (each.kind === 'recover') {
            failure = null;
            timers.runAll();
          } else await outbox.flush();
          if (isAsync) await tick();
        }
        // The page closes: whatever is not yet delivered goes to the exit transport.
        await tick();
        const handedOver = outbox.stop().filter((report) => report.kind === 'answer').map(label);
        const outcome = [...accepted, ...rejected, ...handedOver];
        // Every answer reaches the LMS, is refused by it, or goes to the exit, once (an in-flight
        // one may also be handed over: the exit transport sends it again, idempotently).
        expect(new Set(outcome)).toEqual(new Set(queued));
        const delivered = [...accepted, ...handedOver.filter((id) => !accepted.includes(id) && !rejected.includes(id))];
        const order = queued.filter((id) => !rejected.includes(id));
        expect(delivered).toEqual(order);
      }),
      { numRuns: 300 },
    );
  });
});
