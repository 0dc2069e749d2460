import { el } from './dom.ts';
import type { ApiCall } from './lms-session.ts';

/**
 * The API call log: one row per call, appended as it happens (a session makes hundreds; the
 * table is never rebuilt). Calls with a non-zero error code are marked in words and colour.
 */
export interface CallLog {
  startSession(number: number, description: string): void;
  append(call: ApiCall): void;
  setErrorsOnly(isErrorsOnly: boolean): void;
}

export function createCallLog(body: HTMLTableSectionElement, counter: HTMLElement): CallLog {
  let calls = 0;
  let errors = 0;
  const updateCounter = () => {
    counter.textContent = `${calls} calls, ${errors} with an error code.`;
  };
  updateCounter();
  return {
    startSession(number, description) {
      body.append(el('tr', { class: 'session-start' }, el('th', { colspan: '6', scope: 'colgroup' }, `Session ${number}: ${description}`)));
    },
    append(call) {
      calls += 1;
      const isError = call.errorCode !== '0';
      if (isError) errors += 1;
      body.append(
        el(
          'tr',
          isError ? { class: 'error' } : {},
          el('td', {}, String(calls)),
          el('td', {}, call.at.toLocaleTimeString('en-GB', { hour12: false }) + `.${String(call.at.getMilliseconds()).padStart(3, '0')}`),
          el('td', {}, el('code', {}, call.name)),
          el('td', {}, ...call.args.flatMap((arg, index) => [index ? ', ' : '', el('code', {}, JSON.stringify(arg))])),
          el('td', {}, el('code', {}, call.result)),
          el('td', {}, isError ? el('strong', {}, `Error ${call.errorCode}`) : '0', isError && call.errorText ? `: ${call.errorText}` : ''),
        ),
      );
      updateCounter();
    },
    setErrorsOnly(isErrorsOnly) {
      body.classList.toggle('errors-only', isErrorsOnly);
    },
  };
}
