import { escapeXml } from '../course/escape-xml.ts';

/**
 * The one base of every cmi5 IRI the course publishes. IRIs derive from it and from module ids
 * only, never from a build, so an LMS recognises a replaced package and keeps its registrations
 * (cmi5 section 13.1.1: course, block and AU ids are the publisher's ids).
 */
export const CMI5_IRI_BASE = 'https://oov-leermodule.nl/cmi5';

/** `oov-leermodule.nl/cmi5/<courseId>`: a module's own package uses the module id as course id. */
export function courseIri(courseId: string): string {
  return `${CMI5_IRI_BASE}/${courseId}`;
}

export function auIri(courseId: string, moduleId: string): string {
  return `${courseIri(courseId)}/${moduleId}`;
}

export function blockIri(courseId: string): string {
  return `${courseIri(courseId)}/modules`;
}

/** One AU: a module, launched at its overview page. */
export interface CourseStructureAu {
  moduleId: string;
  title: string;
  description: string;
  /** Percentage, 0–100. */
  passMark: number;
  launchPage: string;
}

export interface CourseStructureSpec {
  /** `m1-drie-manieren` for a module's own package, `cursus` (or `cursus-m1-m3`) for a course. */
  courseId: string;
  title: string;
  description: string;
  aus: readonly CourseStructureAu[];
}

/**
 * cmi5.xml (cmi5 section 13, CourseStructure.xsd). Every module has a knowledge check (the module
 * schema requires one), so every AU moves on when completed and passed, with masteryScore the
 * pass mark as a fraction (the LMS hands it to the AU in LMS.LaunchData, where it wins over the
 * built-in one). A course package puts its AUs in one block. AU urls are relative to cmi5.xml,
 * which sits at the zip root.
 */
export function writeCourseStructure(spec: CourseStructureSpec): string {
  const text = (tag: string, value: string, indent: string) => `${indent}<${tag}><langstring lang="nl-NL">${escapeXml(value)}</langstring></${tag}>`;
  const isCourse = spec.aus.length > 1;
  const indent = isCourse ? '    ' : '  ';
  const aus = spec.aus
    .map((au) => {
      return `${indent}<au id="${escapeXml(auIri(spec.courseId, au.moduleId))}" moveOn="CompletedAndPassed" masteryScore="${formatMasteryScore(au.passMark)}" launchMethod="AnyWindow">
${text('title', au.title, `${indent}  `)}
${text('description', au.description, `${indent}  `)}
${indent}  <url>${escapeXml(au.launchPage)}</url>
${indent}</au>`;
    })
    .join('\n');
  const body = isCourse
    ? `  <block id="${escapeXml(blockIri(spec.courseId))}">
${text('title', spec.title, '    ')}
${text('description', spec.description, '    ')}
${aus}
  </block>`
    : aus;
  return `<?xml version="1.0" encoding="UTF-8"?>
<courseStructure xmlns="https://w3id.org/xapi/profiles/cmi5/v1/CourseStructure.xsd">
  <course id="${escapeXml(courseIri(spec.courseId))}">
${text('title', spec.title, '    ')}
${text('description', spec.description, '    ')}
  </course>
${body}
</courseStructure>
`;
}

/** xs:decimal from 0 to 1 without float noise: 70 → 0.7, 66.5 → 0.665. */
function formatMasteryScore(passMark: number): string {
  return String(Number((passMark / 100).toFixed(4)));
}
