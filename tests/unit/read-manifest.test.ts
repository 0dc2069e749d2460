import { describe, expect, test } from 'vitest';
import { writeManifest, type ManifestSpec } from '../../src/integration/manifest.ts';
import { readManifest } from '../../src/tools/preview-lms/read-manifest.ts';

// The preview reads a manifest as an LMS does at import: its table of contents.
const course: ManifestSpec = {
  identifier: 'oov-leermodule.cursus',
  title: 'Cursus & co',
  description: 'Twee modules',
  scos: [
    { id: 'm1-een', title: 'Module één', passMark: 70, launchPage: 'm1-een.html', pages: ['m1-een.html'] },
    { id: 'm2-twee', title: 'Module <twee>', passMark: 85, launchPage: 'm2-twee.html', pages: ['m2-twee.html'] },
  ],
  sharedFiles: ['_astro/app.js'],
};

describe('readManifest', () => {
  for (const version of ['1.2', '2004'] as const) {
    test(`lists every SCO of a SCORM ${version} whole-course manifest in order, with its launch file and pass mark`, () => {
      const facts = readManifest(writeManifest(course, version));
      expect(facts.title).toBe('Cursus & co');
      expect(facts.scos).toEqual([
        { id: 'oov-leermodule.cursus.m1-een.item', title: 'Module één', launchHref: 'm1-een.html', passMark: 70 },
        { id: 'oov-leermodule.cursus.m2-twee.item', title: 'Module <twee>', launchHref: 'm2-twee.html', passMark: 85 },
      ]);
      expect(facts.launchHref).toBe('m1-een.html');
    });
  }

  test('a module package has one SCO', () => {
    expect(readManifest(writeManifest({ ...course, scos: course.scos.slice(0, 1) }, '2004')).scos).toHaveLength(1);
  });
});
