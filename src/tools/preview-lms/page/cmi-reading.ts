import type { ScormVersion } from './launch-info.ts';

/** The CMI data model as scorm-again renders it (renderCMIToJSONObject().cmi): nested plain objects. */
export type CmiJson = Record<string, unknown>;

export interface InteractionRow {
  index: string;
  id: string;
  type: string;
  /** 1.2 student_response, 2004 learner_response. */
  response: string;
  /** correct_responses.0.pattern, '' when none was set. */
  correctPattern: string;
  result: string;
  /** 1.2 time (time of day), 2004 timestamp. */
  time: string;
}

/** The learner-level values an administrator checks, in the same shape for both versions. */
export interface CmiSummary {
  /** Label → value, in the version's own element names (cmi.core.lesson_status …). */
  values: Array<[string, string]>;
  location: string;
  suspendData: string;
  entry: string;
  exit: string;
  interactions: InteractionRow[];
}

export function summariseCmi(version: ScormVersion, cmi: CmiJson): CmiSummary {
  return version === '1.2' ? summarise12(cmi) : summarise2004(cmi);
}

function summarise12(cmi: CmiJson): CmiSummary {
  const core = record(cmi['core']);
  const score = record(core['score']);
  return {
    values: [
      ['cmi.core.lesson_status', text(core['lesson_status'])],
      ['cmi.core.score.raw (min–max)', scoreText(score)],
      ['cmi.core.lesson_location', text(core['lesson_location'])],
      ['cmi.core.entry', text(core['entry'])],
      ['cmi.core.exit', text(core['exit'])],
      ['cmi.core.session_time', text(core['session_time'])],
      ['cmi.student_data.mastery_score', text(record(cmi['student_data'])['mastery_score'])],
    ],
    location: text(core['lesson_location']),
    suspendData: text(cmi['suspend_data']),
    entry: text(core['entry']),
    exit: text(core['exit']),
    interactions: interactionsOf(cmi, 'student_response', 'time'),
  };
}

function summarise2004(cmi: CmiJson): CmiSummary {
  const score = record(cmi['score']);
  const scaled = text(score['scaled']);
  return {
    values: [
      ['cmi.completion_status', text(cmi['completion_status'])],
      ['cmi.success_status', text(cmi['success_status'])],
      ['cmi.score.raw (min–max)', scoreText(score)],
      ['cmi.score.scaled', scaled],
      ['cmi.progress_measure', text(cmi['progress_measure'])],
      ['cmi.location', text(cmi['location'])],
      ['cmi.entry', text(cmi['entry'])],
      ['cmi.exit', text(cmi['exit'])],
      ['cmi.session_time', text(cmi['session_time'])],
      ['cmi.total_time', text(cmi['total_time'])],
      ['cmi.scaled_passing_score', text(cmi['scaled_passing_score'])],
    ],
    location: text(cmi['location']),
    suspendData: text(cmi['suspend_data']),
    entry: text(cmi['entry']),
    exit: text(cmi['exit']),
    interactions: interactionsOf(cmi, 'learner_response', 'timestamp'),
  };
}

function interactionsOf(cmi: CmiJson, responseField: string, timeField: string): InteractionRow[] {
  return entriesOf(cmi['interactions']).map(([index, value]) => {
    const entry = record(value);
    const [firstPattern] = entriesOf(entry['correct_responses']);
    return {
      index,
      id: text(entry['id']),
      type: text(entry['type']),
      response: text(entry[responseField]),
      correctPattern: text(record(firstPattern?.[1])['pattern']),
      result: text(entry['result']),
      time: text(entry[timeField]),
    };
  });
}

/** scorm-again renders a CMI array as {"0": …, "1": …}; older exports used {childArray: […]}. */
function entriesOf(value: unknown): Array<[string, unknown]> {
  const holder = record(value);
  const list = Array.isArray(holder['childArray']) ? (holder['childArray'] as unknown[]) : Array.isArray(value) ? value : null;
  if (list) return list.map((entry, index) => [String(index), entry]);
  return Object.entries(holder).filter(([key]) => /^\d+$/.test(key)).sort(([a], [b]) => Number(a) - Number(b));
}

function scoreText(score: Record<string, unknown>): string {
  const raw = text(score['raw']);
  if (!raw) return '';
  const min = text(score['min']);
  const max = text(score['max']);
  return min || max ? `${raw} (${min || '?'}–${max || '?'})` : raw;
}

function record(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}
