import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { scrambleStable, shuffleStable } from '../../src/learning/seeded-shuffle.ts';

const ids = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];

describe('shuffleStable', () => {
  test('gives the same order for the same question id, so a returning learner sees what they saw', () => {
    expect(shuffleStable(ids, 'm1-oefen-npg-indelen')).toEqual(shuffleStable(ids, 'm1-oefen-npg-indelen'));
  });

  test('gives different orders for different question ids', () => {
    const orders = new Set(['m1-a', 'm1-b', 'm1-c', 'm1-d', 'm1-e'].map((seed) => shuffleStable(ids, seed).join()));
    expect(orders.size).toBeGreaterThan(1);
  });

  test('returns every item exactly once and leaves the input alone', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.string(), { maxLength: 20 }), fc.string(), (items, seed) => {
        const copy = [...items];
        const shuffled = shuffleStable(items, seed);
        expect([...shuffled].sort()).toEqual([...items].sort());
        expect(items).toEqual(copy);
      }),
    );
  });

  test('spreads items over every position', () => {
    const firsts = new Set(Array.from({ length: 200 }, (_, i) => shuffleStable(ids, `vraag-${i}`)[0]));
    expect(firsts.size).toBe(ids.length);
  });

  test('handles empty and one-item lists', () => {
    expect(shuffleStable([], 'x')).toEqual([]);
    expect(shuffleStable(['a'], 'x')).toEqual(['a']);
  });
});

describe('scrambleStable', () => {
  test('never starts an ordering question in the correct order', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer(), { minLength: 2, maxLength: 8 }), fc.string(), (items, seed) => {
        expect(scrambleStable(items, seed)).not.toEqual(items);
      }),
    );
  });

  test('is stable for the same seed', () => {
    expect(scrambleStable(['weber', 'hood'], 'm1-order')).toEqual(['hood', 'weber']);
    expect(scrambleStable(ids, 'm1-oefen-npg-tijdlijn')).toEqual(scrambleStable(ids, 'm1-oefen-npg-tijdlijn'));
  });
});
