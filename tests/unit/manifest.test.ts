import { describe, expect, test } from 'vitest';
import { manifestIdentifier, writeManifest } from '../../src/integration/manifest.ts';
import type { PackagedModule } from '../../src/integration/packaged-course.ts';
import { validateManifest } from '../support/validate-manifest.ts';

const module: PackagedModule = {
  id: 'm9-proef',
  title: 'Regels & relaties: "PA" <NPM> en NPG',
  summary: "Een module met tekens die XML moet escapen: & < > ' \"",
  passMark: 75,
  launchPage: 'm9-proef.html',
  pages: ['m9-proef.html', 'm9-proef--01-les.html'],
  lessonTitles: ['Les'],
  worstCaseSuspendData: 100,
  worstCaseCommitBytes: 1000,
};
const files = ['m9-proef.html', 'm9-proef--01-les.html', '_astro/app.Ab12.js', '_astro/cursus pagina.css', 'favicon.svg'];

describe.each(['1.2', '2004'] as const)('SCORM %s manifest', (version) => {
  const xml = writeManifest(module, version, files);

  test('validates against the official XSDs', () => {
    expect(validateManifest(xml, version)).toBe('');
  });

  test('lists every file of the package exactly once', () => {
    const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(listed).toEqual(files);
  });

  test('escapes the title and description', () => {
    expect(xml).toContain('Regels &amp; relaties: &quot;PA&quot; &lt;NPM&gt; en NPG');
    expect(xml).toContain('&apos;');
    expect(xml).not.toContain('<NPM>');
  });

  test('keeps the same identifier from build to build', () => {
    expect(xml).toContain(`identifier="${manifestIdentifier('m9-proef')}"`);
    expect(writeManifest(module, version, files)).toBe(xml);
  });

  test('launches the module overview', () => {
    expect(xml).toMatch(/href="m9-proef\.html">/);
  });
});

test('SCORM 1.2 puts the pass mark in adlcp:masteryscore and declares schemaversion 1.2', () => {
  const xml = writeManifest(module, '1.2', files);
  expect(xml).toContain('<adlcp:masteryscore>75</adlcp:masteryscore>');
  expect(xml).toContain('<schemaversion>1.2</schemaversion>');
  expect(xml).toContain('adlcp:scormtype="sco"');
});

test('SCORM 2004 puts the pass mark in the primary objective and declares the 4th Edition', () => {
  const xml = writeManifest(module, '2004', files);
  expect(xml).toContain('satisfiedByMeasure="true"');
  expect(xml).toContain('<imsss:minNormalizedMeasure>0.75</imsss:minNormalizedMeasure>');
  expect(xml).toContain('<schemaversion>2004 4th Edition</schemaversion>');
  expect(xml).toContain('adlcp:scormType="sco"');
});

test('an invalid manifest is caught by the validator', () => {
  const broken = writeManifest(module, '2004', files).replace('<imsss:minNormalizedMeasure>0.75', '<imsss:minNormalizedMeasure>1.75');
  expect(validateManifest(broken, '2004')).toMatch(/minNormalizedMeasure/);
});
