import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { CmiJson } from './cmi-reading.ts';
import type { KeptData } from './cmi-seed.ts';
import { el } from './dom.ts';
import type { ScormVersion } from './launch-info.ts';

/** One call the course made to the LMS API, with the error code GetLastError gave right after it. */
export interface ApiCall {
  session: number;
  at: Date;
  name: string;
  args: string[];
  result: string;
  errorCode: string;
  /** scorm-again's text for a non-zero code. */
  errorText: string;
}

export interface SessionOptions {
  number: number;
  version: ScormVersion;
  /** CMI data the LMS starts the session with (scorm-again loadFromJSON). */
  seed: CmiJson;
  /** URL of the SCO's launch page, percent-encoded. */
  launchUrl: string;
  frameHost: HTMLElement;
  onCall(call: ApiCall): void;
  /** After each Commit or Terminate the LMS accepted: what it now keeps. */
  onStored(kept: KeptData): void;
}

export interface LmsSession {
  readonly number: number;
  /** The data model as the runtime holds it now, including values not yet committed. */
  readCmi(): CmiJson;
  hasInitialized(): boolean;
  hasTerminated(): boolean;
  isCourseOpen(): boolean;
  /** Unloads the course as a learner closing it would: its page gets pagehide and should terminate. */
  leave(): Promise<void>;
}

const METHODS: Record<ScormVersion, { names: string[]; lastError: string; stores: string[] }> = {
  '1.2': {
    names: ['LMSInitialize', 'LMSFinish', 'LMSGetValue', 'LMSSetValue', 'LMSCommit', 'LMSGetLastError', 'LMSGetErrorString', 'LMSGetDiagnostic'],
    lastError: 'LMSGetLastError',
    stores: ['LMSCommit', 'LMSFinish'],
  },
  '2004': {
    names: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
    lastError: 'GetLastError',
    stores: ['Commit', 'Terminate'],
  },
};

type ApiFunction = (...args: unknown[]) => unknown;

/**
 * Starts a session: a fresh scorm-again runtime seeded with the launch data, exposed on
 * window.API (1.2) or window.API_1484_11 (2004) through a facade that logs every call, and the
 * course in an iframe. Only the SCORM functions are on the facade, as on a real LMS.
 */
export function startSession(options: SessionOptions): LmsSession {
  const { version } = options;
  // autocommit off: the course decides when to commit, and every Commit shows in the log.
  const settings = { autocommit: false, logLevel: 5 as const };
  const api = version === '1.2' ? new Scorm12API(settings) : new Scorm2004API(settings);
  api.loadFromJSON(options.seed);
  const runtime = api as unknown as Record<string, ApiFunction>;
  const methods = METHODS[version];
  const facade: Record<string, ApiFunction> = {};
  let hasInitialized = false;
  const readCmi = (): CmiJson => JSON.parse(JSON.stringify(api.renderCMIToJSONObject()['cmi'] ?? {})) as CmiJson;
  const snapshot = (storedBy: string): KeptData => ({ cmi: readCmi(), totalTime: api.cmi.getCurrentTotalTime(), storedBy, storedAt: new Date() });

  for (const name of methods.names) {
    facade[name] = (...args: unknown[]) => {
      const result = runtime[name]!.apply(api, args);
      const errorCode = String(runtime[methods.lastError]!.call(api));
      const isOk = String(result) === 'true';
      if (isOk && (name === 'LMSInitialize' || name === 'Initialize')) hasInitialized = true;
      options.onCall({ session: options.number, at: new Date(), name, args: args.map(String), result: String(result), errorCode, errorText: errorCode === '0' ? '' : api.getLmsErrorMessageDetails(errorCode, false) });
      if (isOk && methods.stores.includes(name)) options.onStored(snapshot(name));
      return result;
    };
  }

  const globals = window as unknown as Record<string, unknown>;
  delete globals['API'];
  delete globals['API_1484_11'];
  globals[version === '1.2' ? 'API' : 'API_1484_11'] = facade;

  const frame = el('iframe', { id: 'course-frame', title: 'Course', src: options.launchUrl });
  options.frameHost.replaceChildren(frame);
  let isCourseOpen = true;

  return {
    number: options.number,
    readCmi,
    hasInitialized: () => hasInitialized,
    hasTerminated: () => api.isTerminated(),
    isCourseOpen: () => isCourseOpen,
    async leave() {
      if (!isCourseOpen) return;
      isCourseOpen = false;
      // Navigating the frame away fires pagehide in the course, as closing the LMS window does.
      await new Promise<void>((resolve) => {
        frame.addEventListener('load', () => resolve(), { once: true });
        frame.src = 'about:blank';
      });
      options.frameHost.replaceChildren(el('p', { class: 'closed-course' }, 'The course is closed. Relaunch it with the saved data, or start a new attempt.'));
    },
  };
}
