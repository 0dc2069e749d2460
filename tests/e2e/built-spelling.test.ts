import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from '@playwright/test';
import { findUnknownWords, hasHunspell, textOfBuiltPage } from '../support/spelling.ts';

// The unit test reads the sources a page is made of; this one reads what the build made of
// them, the pages as a trainee gets them, so a word that only templates and data put together
// (a count, a pass mark, a label built from parts) is checked too. Sources pages (English titles
// as published) and the instructors' pages (ids, English LMS settings) are checked at the source.
const dist = new URL('../../dist', import.meta.url).pathname;
const traineePages = readdirSync(dist)
  .filter((name) => /^(index|begrippen|m\d+-[^.]*)\.html$/.test(name) && !name.endsWith('--bronnen.html'))
  .sort();

test('every built page a trainee reads is spelt in Dutch or uses a reviewed term of art', () => {
  expect(hasHunspell(), 'hunspell with the Dutch dictionary is missing: apt-get install hunspell hunspell-nl').toBe(true);
  expect(traineePages.length, 'the course home, the glossary and every module page').toBeGreaterThan(30);
  const sources = traineePages.map((name) => ({ file: `dist/${name}`, text: textOfBuiltPage(readFileSync(join(dist, name), 'utf8')) }));
  const unknown = [...findUnknownWords(sources)].map(([word, files]) => `${word} (${files.slice(0, 3).join(', ')})`);
  expect(unknown, 'Fix the spelling at its source, or add a term of art to content/spelling.txt or the module\'s woorden.txt').toEqual([]);
});
