import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { unzipSync } from 'fflate';
import { writePackages } from '../../src/integration/write-packages.ts';

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

/** A built site with a module, the instructors' pages beside it, and a stylesheet only those pages use. */
function siteWithInstructorPages(): string {
  site = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, '_astro/course.css'), 'body{}');
  writeFileSync(join(site, '_astro/docent.css'), '.answer-key{}');
  writeFileSync(join(site, 'favicon.svg'), '<svg/>');
  writeFileSync(join(site, 'm1.html'), '<html lang="nl"><head><link rel="stylesheet" href="./_astro/course.css"></head><body>module</body></html>');
  const instructorPage = '<html lang="nl"><head><link rel="stylesheet" href="./_astro/docent.css"></head><body>antwoorden</body></html>';
  for (const page of ['docent.html', 'docent-m1.html', 'docent-vragen-m1.html', 'docent-importgids.html']) writeFileSync(join(site, page), instructorPage);
  writeFileSync(join(site, 'docent-vragen-m1.csv'), '\uFEFFinteraction_id\r\n');
  const course = { title: 'Cursus', modules: [{ id: 'm1', title: 'M1', summary: 'S', passMark: 70, launchPage: 'm1.html', pages: ['m1.html'], lessonTitles: [], worstCaseSuspendData: 100, worstCaseCommitBytes: 2000 }] };
  writeFileSync(join(site, 'course.json'), JSON.stringify(course));
  return site;
}

describe('package contents', () => {
  test('no package carries the instructors\u2019 pages, the dictionary CSV or the stylesheet only they use', async () => {
    const written = await writePackages(siteWithInstructorPages());
    expect(written).toHaveLength(6);
    for (const pkg of written) {
      const names = Object.keys(unzipSync(new Uint8Array(readFileSync(pkg.file))));
      expect(names).toContain('m1.html');
      expect(names).toContain('_astro/course.css');
      expect(names.filter((name) => name.includes('docent') || name.endsWith('.csv'))).toEqual([]);
    }
  });
});
