import { describe, expect, test } from 'vitest';
import { manifestIdentifier, writeManifest as writeSpec, type ManifestSpec } from '../../src/integration/manifest.ts';
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

/** A one-module package as the packager describes it: the module's pages as the SCO, the rest shared. */
function writeManifest(of: PackagedModule, version: '1.2' | '2004', all: string[]): string {
  const spec: ManifestSpec = {
    identifier: manifestIdentifier(of.id),
    title: of.title,
    description: of.summary,
    scos: [{ id: of.id, title: of.title, passMark: of.passMark, launchPage: of.launchPage, pages: all.filter((file) => file.endsWith('.html')) }],
    sharedFiles: all.filter((file) => !file.endsWith('.html')),
  };
  return writeSpec(spec, version);
}

/** The whole course: one SCO per module, assets shared once. */
const course: ManifestSpec = {
  identifier: 'oov-leermodule.cursus',
  title: 'Van output naar outcome',
  description: 'M1 · M2',
  scos: [
    { id: 'm1-een', title: 'Een', passMark: 70, launchPage: 'm1-een.html', pages: ['m1-een.html', 'm1-een--01-les.html'] },
    { id: 'm2-twee', title: 'Twee', passMark: 80, launchPage: 'm2-twee.html', pages: ['m2-twee.html'] },
  ],
  sharedFiles: ['_astro/app.js', 'favicon.svg'],
};

describe.each(['1.2', '2004'] as const)('SCORM %s manifest', (version) => {
  const xml = writeManifest(module, version, files);

  test('validates against the official XSDs', () => {
    expect(validateManifest(xml, version)).toBe('');
  });

  test('lists every file of the package exactly once', () => {
    const listed = [...xml.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]);
    expect(listed.sort()).toEqual([...files].sort());
  });

  test('escapes the title and description', () => {
    expect(xml).toContain('Regels &amp; relaties: &quot;PA&quot; &lt;NPM&gt; en NPG');
    expect(xml).toContain('&apos;');
    expect(xml).not.toContain('<NPM>');
  });

  test('keeps the same identifier from build to build', () => {
    expect(xml).toContain('<manifest identifier="oov-leermodule.m9-proef"');
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

describe.each(['1.2', '2004'] as const)('SCORM %s whole-course manifest', (version) => {
  const xml = writeSpec(course, version);

  test('validates against the official XSDs', () => {
    expect(validateManifest(xml, version)).toBe('');
  });

  test('has one item and one SCO per module, each launching its overview, and the assets once', () => {
    expect(xml.match(/<item /g)).toHaveLength(2);
    expect(xml).toContain('href="m1-een.html"');
    expect(xml).toContain('href="m2-twee.html"');
    expect(xml.match(/<file href="_astro\/app.js"\/>/g)).toHaveLength(1);
    expect(xml.match(/<dependency identifierref="oov-leermodule.cursus.shared"\/>/g)).toHaveLength(2);
  });
});

test('SCORM 2004 whole course rolls up: completed and satisfied when all modules are', () => {
  const xml = writeSpec(course, '2004');
  expect(xml).toContain('<imsss:controlMode choice="true" choiceExit="true" flow="true"/>');
  expect(xml).toMatch(/childActivitySet="all">\s*<imsss:rollupConditions><imsss:rollupCondition condition="completed"\/>/);
  expect(xml).toMatch(/childActivitySet="all">\s*<imsss:rollupConditions><imsss:rollupCondition condition="satisfied"\/>/);
  expect(xml).toContain('<imsss:minNormalizedMeasure>0.80</imsss:minNormalizedMeasure>');
});
