import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parse } from 'yaml';
import { scenarioToSvg } from '../../src/course/scenario-svg.ts';
import { ScenarioSchema, type Scenario } from '../../src/schemas/scenario.ts';

const course = ScenarioSchema.parse(parse(readFileSync(new URL('../../content/modules/m1-drie-manieren/scenarios/brief-bakker.yaml', import.meta.url), 'utf8')));

/** A scenario with a loop back, an unreachable step and text that needs escaping. */
const tricky: Scenario = ScenarioSchema.parse({
  id: 'proef-lus',
  title: 'Zorg & "veiligheid" <test>',
  intro: 'Inleiding.',
  start: 'dp1',
  steps: [
    { id: 'dp1', title: 'Begin', situation: 'Start.', choices: [{ id: 'a', text: 'Door', logic: 'PA', feedback: 'Ok.', next: 'dp2' }] },
    {
      id: 'dp2',
      title: 'Kiezen <nu>',
      situation: 'Kies.',
      choices: [
        { id: 'a', text: 'Terug', logic: 'NPM', feedback: 'Ok.', next: 'dp1' },
        { id: 'b', text: 'Klaar', logic: 'NPG', feedback: 'Ok.', next: 'einde' },
        { id: 'c', text: 'Ook klaar', logic: 'PA', feedback: 'Ok.', next: 'einde' },
      ],
    },
    { id: 'los', situation: 'Niemand komt hier.', choices: [{ id: 'a', text: 'Weg', logic: 'PA', feedback: 'Ok.', next: 'einde' }] },
  ],
  endings: [{ id: 'einde', title: 'Einde', quality: 'best', debrief: 'Klaar.' }],
});

/** xmllint (Debian's libxml2-utils, also used for the manifests) reports any XML that is not well-formed. */
function xmlProblems(xml: string): string {
  try {
    execFileSync('xmllint', ['--noout', '--nonet', '-'], { input: xml, stdio: 'pipe' });
    return '';
  } catch (error) {
    return String((error as { stderr?: Buffer }).stderr ?? error);
  }
}

const nodeIds = (svg: string) => [...svg.matchAll(/data-node-id="([^"]+)"/g)].map((match) => match[1]);

describe('scenarioToSvg', () => {
  test.each([
    ['the course scenario', course],
    ['a scenario with a loop, a stray step and characters to escape', tricky],
  ])('draws %s as well-formed SVG', (_, scenario) => {
    expect(xmlProblems(scenarioToSvg(scenario))).toBe('');
  });

  test('draws one node per step and per ending', () => {
    const svg = scenarioToSvg(course);
    expect(nodeIds(svg).sort()).toEqual([...course.steps.map((s) => s.id), ...course.endings.map((e) => e.id)].sort());
    expect(svg.match(/<g class="step"/g)).toHaveLength(course.steps.length);
    expect(svg.match(/<g class="ending"/g)).toHaveLength(course.endings.length);
  });

  test('keeps a step the start cannot reach on the map', () => {
    expect(nodeIds(scenarioToSvg(tricky))).toEqual(['dp1', 'dp2', 'los', 'einde']);
  });

  test('is an image named by its title and described by its desc', () => {
    const svg = scenarioToSvg(course);
    expect(svg).toMatch(/^<svg [^>]*role="img" aria-labelledby="kaart-m1-brief-bakker-titel kaart-m1-brief-bakker-beschrijving"/);
    expect(svg).toContain('<title id="kaart-m1-brief-bakker-titel">Kaart van het scenario “De brief van mevrouw Bakker”</title>');
    expect(svg).toContain(`<desc id="kaart-m1-brief-bakker-beschrijving">${course.steps.length} stappen en ${course.endings.length} afloopkaders. Het scenario begint bij stap dp1.`);
  });

  test('labels each arrow with its choices and their logic, choices to the same place sharing one arrow', () => {
    const labels = [...scenarioToSvg(tricky).matchAll(/<g class="choice">.*?<text[^>]*>([^<]*)<\/text><\/g>/g)].map((match) => match[1]);
    expect(labels).toEqual(['a · PA', 'a · NPM', 'b · NPG, c · PA', 'a · PA']);
  });

  test('shows text in layers: the start on top, endings at the bottom with their quality', () => {
    const svg = scenarioToSvg(tricky);
    const y = (id: string) => Number(new RegExp(`data-node-id="${id}">(?:<text[^>]*>Start</text>)?<rect x="[\\d.]+" y="([\\d.]+)"`).exec(svg)?.[1]);
    expect(y('dp1')).toBeLessThan(y('dp2'));
    expect(y('dp2')).toBeLessThan(y('los'));
    expect(y('los')).toBeLessThan(y('einde'));
    expect(svg).toContain('>Start</text>');
    expect(svg).toContain('>(beste afloop)</text>');
    expect(svg).toContain('Zorg &amp; &quot;veiligheid&quot; &lt;test&gt;');
    expect(svg).toContain('>Kiezen &lt;nu&gt;</text>');
  });
});
