/**
 * SCORM 1.2 RTE 3.4.2.4: CMITimespan is HHHH:MM:SS.SS (hours at least two digits,
 * optional hundredths of a second).
 */
export function formatScorm12Duration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  const [whole, fraction = '00'] = seconds.toFixed(2).split('.');
  return `${String(Math.min(hours, 9999)).padStart(2, '0')}:${pad2(minutes)}:${whole!.padStart(2, '0')}.${fraction}`;
}

/**
 * SCORM 2004 RTE 4.1.4 timeinterval (second,10,2): an ISO 8601 duration such as PT1H2M3.45S,
 * at most hundredths of a second.
 */
export function formatScorm2004Duration(milliseconds: number): string {
  const centiseconds = Math.max(0, Math.round(milliseconds / 10));
  const hours = Math.floor(centiseconds / 360_000);
  const minutes = Math.floor((centiseconds % 360_000) / 6_000);
  const seconds = (centiseconds % 6_000) / 100;
  let text = 'PT';
  if (hours) text += `${hours}H`;
  if (minutes) text += `${minutes}M`;
  if (seconds || text === 'PT') text += `${Number(seconds.toFixed(2))}S`;
  return text;
}

/** SCORM 1.2 CMITime for cmi.interactions.n.time: HH:MM:SS of the learner's local clock. */
export function formatScorm12TimeOfDay(date: Date): string {
  return `${pad2(date.getHours())}:${pad2(date.getMinutes())}:${pad2(date.getSeconds())}`;
}

/**
 * SCORM 2004 time (second,10,0): YYYY-MM-DDThh:mm:ss[.s[TZD]]. The time zone designator is only
 * allowed after a fraction of a second (RTE 4.1.4), hence ".0Z" rather than "Z".
 */
export function formatScorm2004Timestamp(date: Date): string {
  return date.toISOString().replace(/\.\d{3}Z$/, '.0Z');
}

function pad2(value: number): string {
  return String(value).padStart(2, '0');
}
