import { describe, expect, test } from 'vitest';
import { formatScorm12Duration, formatScorm12TimeOfDay, formatScorm2004Duration, formatScorm2004Timestamp } from '../../src/tracking/scorm-time.ts';

describe('SCORM 1.2 session time (CMITimespan HHHH:MM:SS.SS)', () => {
  test.each([
    [0, '00:00:00.00'],
    [1_234, '00:00:01.23'],
    [61_000, '00:01:01.00'],
    [3_600_000 * 5 + 59_990, '05:00:59.99'],
    [3_600_000 * 123, '123:00:00.00'],
  ])('formats %i ms as %s', (ms, expected) => {
    expect(formatScorm12Duration(ms)).toBe(expected);
  });

  test('never reports negative time when the clock goes back', () => {
    expect(formatScorm12Duration(-500)).toBe('00:00:00.00');
  });

  test('formats the time of day for interactions as HH:MM:SS', () => {
    expect(formatScorm12TimeOfDay(new Date(2026, 0, 2, 9, 5, 7))).toBe('09:05:07');
  });
});

describe('SCORM 2004 session time (ISO 8601 duration)', () => {
  test.each([
    [0, 'PT0S'],
    [1_234, 'PT1.23S'],
    [60_000, 'PT1M'],
    [3_661_500, 'PT1H1M1.5S'],
    [36_000_000, 'PT10H'],
  ])('formats %i ms as %s', (ms, expected) => {
    expect(formatScorm2004Duration(ms)).toBe(expected);
  });

  test('writes timestamps with a fraction before the time zone, as RTE 4.1.4 requires', () => {
    expect(formatScorm2004Timestamp(new Date(Date.UTC(2026, 10, 29, 12, 30, 5, 123)))).toBe('2026-11-29T12:30:05.0Z');
  });
});
