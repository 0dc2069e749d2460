import { describe, expect, test } from 'vitest';
import { collectCourseText, findUnknownWords, hasHunspell, readWordListEntries, textOfAstro, textOfBuiltPage, textOfSvg, wordsOf } from '../support/spelling.ts';

// CI installs the dictionary (.ci/run); a machine without it must fail here rather than pass
// silently, because then no word of the course would have been checked.
const INSTALL_HINT = 'hunspell with the Dutch dictionary is missing: apt-get install hunspell hunspell-nl';
const courseText = collectCourseText();

describe('Dutch spelling of the course', () => {
  test('hunspell with the Dutch dictionary is installed', () => {
    expect(hasHunspell(), INSTALL_HINT).toBe(true);
  });

  test('every word a trainee or instructor reads is Dutch or a reviewed term of art', () => {
    expect(hasHunspell(), INSTALL_HINT).toBe(true);
    const unknown = [...findUnknownWords(courseText)].map(([word, files]) => `${word} (${files.join(', ')})`);
    expect(unknown, 'Fix the spelling, or add a term of art to content/spelling.txt or the module\'s woorden.txt').toEqual([]);
  });

  test('every entry of a word list is a word the course still uses', () => {
    // The forms a list entry can allow (see isAllowed in tests/support/spelling.ts), and the parts of hyphenated words.
    const words = courseText.flatMap((source) => wordsOf(source.text).flatMap((word) => [word, ...word.split('-')]));
    const used = new Set(words.flatMap((word) => [word, word.toLowerCase(), word[0]!.toLowerCase() + word.slice(1), word.replace(/’/g, "'"), word.replace(/s$/, '')]));
    const stale = readWordListEntries().filter(({ word }) => !used.has(word)).map(({ word, list }) => `${word} (${list})`);
    expect(stale, 'Remove entries no text uses any more: the lists are reviewed, not a store').toEqual([]);
  });

  test('a misspelt hyphenated word is reported with its file, a term joined to an abbreviation is not', () => {
    expect(hasHunspell(), INSTALL_HINT).toBe(true);
    const unknown = findUnknownWords([{ file: 'content/modules/m9/01-les.mdx', text: 'De inwoner als co-producent van OOV-werk.' }], new Set(['OOV']));
    expect([...unknown]).toEqual([['co-producent', ['content/modules/m9/01-les.mdx']]]);
  });
});

describe('the text of figures and pages', () => {
  test('a figure contributes its title, description and labels', () => {
    const svg = '<svg><title id="t">De driehoek</title><desc>Burgemeester &amp; officier</desc><rect/><text x="1">Gemeenteraad<tspan> stelt doelen</tspan></text></svg>';
    expect(wordsOf(textOfSvg(svg))).toEqual(['De', 'driehoek', 'Burgemeester', 'officier', 'Gemeenteraad', 'stelt', 'doelen']);
  });

  test('a page contributes its text and read attributes, not its code, classes or code samples', () => {
    const page = [
      '---',
      "const label = 'codewoord';",
      '---',
      '<nav aria-label="Lesnavigatie" class="lesson-nav">',
      '  <p>Kies een les; <code>npm run build</code> bouwt.</p>',
      "  {items.map((item) => <li class={item.isOpen ? 'is-open' : 'dicht'}>Open les</li>)}",
      "  {hasFailed ? 'niet gehaald, lees opnieuw' : nl.passed}",
      '</nav>',
      '<script>const hidden = "verborgen";</script>',
    ].join('\n');
    expect(wordsOf(textOfAstro(page)).sort()).toEqual(['Kies', 'Lesnavigatie', 'Open', 'bouwt', 'een', 'gehaald', 'les', 'les', 'lees', 'niet', 'opnieuw'].sort());
  });
});

describe('the text of a built page', () => {
  test('gives text and read attributes, not scripts, island props, code or English passages', () => {
    const html = '<main><astro-island props="{&quot;geheim&quot;:1}"><p title="Uitleg">Kies een&nbsp;antwoord</p></astro-island>'
      + '<script>const verborgen = 1;</script><code>npm test</code><span lang="en">Mastery score</span><img alt="De driehoek"></main>';
    expect(wordsOf(textOfBuiltPage(html)).sort()).toEqual(['De', 'Kies', 'Uitleg', 'antwoord', 'driehoek', 'een'].sort());
  });
});
