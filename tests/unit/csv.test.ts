import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/course/csv.ts';

describe('toCsv', () => {
  test('starts with a byte order mark and separates fields with semicolons, records with CRLF', () => {
    expect(toCsv([['id', 'tekst'], ['m1-kc-a', 'Weber']])).toBe('\uFEFFid;tekst\r\nm1-kc-a;Weber\r\n');
  });

  test('quotes a field that holds the separator', () => {
    expect(toCsv([['a; b', 'c']])).toBe('\uFEFF"a; b";c\r\n');
  });

  test('doubles quotes inside a quoted field', () => {
    expect(toCsv([['De \u201cbrief\u201d en "de mail"']])).toBe('\uFEFF"De \u201cbrief\u201d en ""de mail"""\r\n');
  });

  test('keeps line breaks inside a quoted field', () => {
    expect(toCsv([['regel 1\nregel 2', 'x\r\ny']])).toBe('\uFEFF"regel 1\nregel 2";"x\r\ny"\r\n');
  });

  test('quotes leading and trailing spaces so a spreadsheet keeps them, and leaves plain text and numbers bare', () => {
    expect(toCsv([[' a', 'b ', 'c,d', 70]])).toBe('\uFEFF" a";"b ";c,d;70\r\n');
  });

  test('writes an empty field as nothing between separators', () => {
    expect(toCsv([['a', '', 'c']])).toBe('\uFEFFa;;c\r\n');
  });
});
