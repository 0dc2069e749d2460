import { describe, expect, test } from 'vitest';
import { auIri, courseIri, writeCourseStructure, type CourseStructureSpec } from '../../src/integration/course-structure.ts';
import { validateCourseStructure } from '../support/validate-manifest.ts';

const moduleSpec: CourseStructureSpec = {
  courseId: 'm9-proef',
  title: 'Regels & relaties: "PA" <NPM> en NPG',
  description: "Een module met tekens die XML moet escapen: & < > ' \"",
  aus: [{ moduleId: 'm9-proef', title: 'Regels & relaties', description: 'Samenvatting', passMark: 70, launchPage: 'm9-proef.html' }],
};

const courseSpec: CourseStructureSpec = {
  courseId: 'cursus',
  title: 'Van output naar outcome',
  description: 'Een · Twee',
  aus: [
    { moduleId: 'm1-een', title: 'Een', description: 'Eerste', passMark: 70, launchPage: 'm1-een.html' },
    { moduleId: 'm2-twee', title: 'Twee', description: 'Tweede', passMark: 66.5, launchPage: 'm2-twee.html' },
  ],
};

describe('cmi5.xml', () => {
  test.each([['a module', moduleSpec], ['the whole course', courseSpec]])('of %s validates against the cmi5 CourseStructure.xsd', (_, spec) => {
    expect(validateCourseStructure(writeCourseStructure(spec))).toBe('');
  });

  test('gives course and AU ids that derive from the module ids only, the same in every build', () => {
    const xml = writeCourseStructure(moduleSpec);
    expect(xml).toBe(writeCourseStructure(structuredClone(moduleSpec)));
    expect(xml).toContain('<course id="https://oov-leermodule.nl/cmi5/m9-proef">');
    expect(xml).toContain('<au id="https://oov-leermodule.nl/cmi5/m9-proef/m9-proef"');
    expect(courseIri('cursus')).toBe('https://oov-leermodule.nl/cmi5/cursus');
    expect(auIri('cursus', 'm1-een')).toBe('https://oov-leermodule.nl/cmi5/cursus/m1-een');
  });

  test('moves on when completed and passed, with the pass mark as masteryScore and a relative url', () => {
    const xml = writeCourseStructure(courseSpec);
    expect(xml).toContain('moveOn="CompletedAndPassed" masteryScore="0.7"');
    expect(xml).toContain('masteryScore="0.665"');
    expect(xml).toContain('<url>m2-twee.html</url>');
  });

  test('puts the whole course in one block with an AU per module, titles in Dutch', () => {
    const xml = writeCourseStructure(courseSpec);
    expect(xml.match(/<block /g)).toHaveLength(1);
    expect(xml.match(/<au /g)).toHaveLength(2);
    expect(xml.indexOf('<block')).toBeLessThan(xml.indexOf('<au '));
    expect(xml).toContain('<title><langstring lang="nl-NL">Van output naar outcome</langstring></title>');
  });

  test('escapes titles and descriptions', () => {
    const xml = writeCourseStructure(moduleSpec);
    expect(xml).toContain('Regels &amp; relaties: &quot;PA&quot; &lt;NPM&gt; en NPG');
    expect(xml).not.toContain('<NPM>');
    expect(validateCourseStructure(xml.replace('<url>m9-proef.html</url>', ''))).not.toBe('');
  });
});
