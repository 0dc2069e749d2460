/**
 * A thin, fault-tolerant layer over the LMS's synchronous API object. SCORM 1.2 and 2004 differ
 * only in method names here. Every call is guarded: an LMS that throws, or returns anything but
 * "true", is logged with its error code and diagnostic and reported as a failure, never thrown
 * into the page.
 */
export interface ScormCalls {
  initialize(): boolean;
  get(element: string): string;
  set(element: string, value: string): boolean;
  commit(): boolean;
  terminate(): boolean;
  /** What went wrong in the last call that failed, with the LMS's error code, for logs and delivery reasons. */
  lastFailure(): string;
  /** True when the last failure was the API throwing (the LMS frame gone, say), not a refusal. */
  didLastFailureThrow(): boolean;
}

interface MethodNames {
  initialize: string;
  get: string;
  set: string;
  commit: string;
  terminate: string;
  lastError: string;
  errorString: string;
  diagnostic: string;
}

export const SCORM12_METHODS: MethodNames = {
  initialize: 'LMSInitialize',
  get: 'LMSGetValue',
  set: 'LMSSetValue',
  commit: 'LMSCommit',
  terminate: 'LMSFinish',
  lastError: 'LMSGetLastError',
  errorString: 'LMSGetErrorString',
  diagnostic: 'LMSGetDiagnostic',
};

export const SCORM2004_METHODS: MethodNames = {
  initialize: 'Initialize',
  get: 'GetValue',
  set: 'SetValue',
  commit: 'Commit',
  terminate: 'Terminate',
  lastError: 'GetLastError',
  errorString: 'GetErrorString',
  diagnostic: 'GetDiagnostic',
};

type ApiObject = Record<string, unknown>;

/** Marks a call that threw, apart from one that returned nothing. */
const THREW = Symbol('threw');

export function createScormCalls(api: unknown, methods: MethodNames, log: (message: string) => void = logWarning): ScormCalls {
  const target = api as ApiObject;
  const call = (method: string, ...args: string[]): unknown => {
    const fn = target[method];
    if (typeof fn !== 'function') throw new Error(`the LMS API has no ${method}()`);
    return (fn as (...a: string[]) => unknown).apply(target, args);
  };
  let lastFailure = '';
  let didThrow = false;
  const describeLastError = (): string => {
    try {
      const code = String(call(methods.lastError));
      if (code === '0' || code === '') return 'no error code';
      return `${code} ${String(call(methods.errorString, code))} (${String(call(methods.diagnostic, code))})`;
    } catch {
      return 'error code unavailable';
    }
  };
  const guarded = (label: string, run: () => unknown): unknown => {
    try {
      return run();
    } catch (error) {
      lastFailure = `${label} threw: ${error instanceof Error ? error.message : String(error)}`;
      didThrow = true;
      log(lastFailure);
      return THREW;
    }
  };
  const isTrue = (label: string, result: unknown): boolean => {
    const ok = result === true || String(result) === 'true';
    if (!ok && result !== THREW) {
      lastFailure = `${label} returned ${String(result)}: ${describeLastError()}`;
      didThrow = false;
      log(lastFailure);
    }
    return ok;
  };

  return {
    initialize: () => isTrue(`${methods.initialize}()`, guarded(methods.initialize, () => call(methods.initialize, ''))),
    get(element) {
      const value = guarded(`${methods.get}(${element})`, () => call(methods.get, element));
      return value === THREW || value === undefined || value === null ? '' : String(value);
    },
    set(element, value) {
      const label = `${methods.set}(${element})`;
      return isTrue(label, guarded(label, () => call(methods.set, element, value)));
    },
    commit: () => isTrue(`${methods.commit}()`, guarded(methods.commit, () => call(methods.commit, ''))),
    terminate: () => isTrue(`${methods.terminate}()`, guarded(methods.terminate, () => call(methods.terminate, ''))),
    lastFailure: () => lastFailure,
    didLastFailureThrow: () => didThrow,
  };
}

function logWarning(message: string): void {
  console.warn(`[oov-tracking] ${message}`);
}

/**
 * The index for a new cmi.interactions entry. Some LMSs do not support _count; then the
 * adapter's own counter is used, never lower than what the LMS reported earlier.
 */
export function nextInteractionIndex(calls: ScormCalls, countElement: string, localCount: number): number {
  const reported = Number.parseInt(calls.get(countElement), 10);
  return Number.isFinite(reported) && reported >= 0 ? Math.max(reported, localCount) : localCount;
}
