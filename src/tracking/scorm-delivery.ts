import type { Delivery } from './outbox.ts';
import type { ScormCalls } from './scorm-calls.ts';

/**
 * How a SCORM write that failed is answered to the outbox. SetValue only validates in the
 * browser, so a refusal is final (a type or value this LMS does not take): `rejected`, or it
 * would block every later report. An API that throws (its frame gone, a broken LMS script) and
 * a Commit that fails (the LMS's server did not answer) can succeed later: `retry`.
 */
export function refusedWrite(calls: ScormCalls): Delivery {
  return calls.didLastFailureThrow() ? { status: 'retry', reason: calls.lastFailure() } : { status: 'rejected', reason: calls.lastFailure() };
}

export function committed(calls: ScormCalls, isCommitted: boolean): Delivery {
  return isCommitted ? { status: 'accepted' } : { status: 'retry', reason: calls.lastFailure() || 'Commit failed without an error code' };
}

/** 1.2 lesson_mode and 2004 mode share the vocabulary normal, review, browse; anything else (or nothing) is normal. */
export function toLaunchMode(value: string): 'normal' | 'review' | 'browse' {
  return value === 'review' || value === 'browse' ? value : 'normal';
}
