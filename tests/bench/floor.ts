import { writeFile } from 'node:fs/promises';
import { strToU8, zipSync } from 'fflate';
import { stripTags, visibleTextLength } from './html-text.ts';

/**
 * The plain-HTML floor: what the same text costs with no JavaScript, no web font and one small
 * inline style, packaged like a SCORM zip and served the same way. Every timing of the course is
 * also given as a ratio to the floor's, measured in the same run on the same machine, so that
 * ratios can be compared between machines where milliseconds cannot.
 *
 * The floor's lessons carry the text of two real lessons (headings, paragraphs, list items and
 * the questions' texts) and one plain radio-button question where the real lesson's first
 * question is, so text length and the first question's place on the page are alike.
 */
export const FLOOR_PACKAGE = 'floor-plain-html';
export const FLOOR_LESSON = 'les-1.html';
export const FLOOR_NEXT = 'les-2.html';

export interface FloorPages {
  /** Characters of text in les-1.html, to compare with the lesson it copies. */
  lessonTextLength: number;
}

export async function writeFloorPackage(zipFile: string, firstLessonHtml: string, secondLessonHtml: string): Promise<FloorPages> {
  const first = plainTextBlocks(firstLessonHtml);
  const second = plainTextBlocks(secondLessonHtml);
  const pages: Record<string, string> = {
    'index.html': page('Overzicht', `<h1>Overzicht</h1><ol><li><a href="${FLOOR_LESSON}">${first.title}</a></li><li><a href="${FLOOR_NEXT}">${second.title}</a></li></ol>`),
    [FLOOR_LESSON]: page(first.title, `<h1>${first.title}</h1>${first.beforeQuestion}${PLAIN_QUESTION}${first.afterQuestion}<nav><a href="${FLOOR_NEXT}" rel="next">Volgende: ${second.title}</a></nav>`),
    [FLOOR_NEXT]: page(second.title, `<h1>${second.title}</h1>${second.beforeQuestion}${second.afterQuestion}<nav><a href="${FLOOR_LESSON}" rel="prev">Vorige: ${first.title}</a></nav>`),
  };
  const files = Object.fromEntries([['imsmanifest.xml', strToU8(manifest(Object.keys(pages)))], ...Object.entries(pages).map(([name, html]) => [name, strToU8(html)])]);
  await writeFile(zipFile, zipSync(files, { level: 9 }));
  return { lessonTextLength: visibleTextLength(pages[FLOOR_LESSON]!) };
}

const PLAIN_QUESTION = `<fieldset class="question" data-question-id="floor-vraag" data-question-type="single"><legend>Welke manier van besturen stuurt vooral op regels?</legend>
<label><input type="radio" name="floor-vraag" value="a"> Public Administration (PA)</label><br>
<label><input type="radio" name="floor-vraag" value="b"> New Public Management (NPM)</label><br>
<label><input type="radio" name="floor-vraag" value="c"> New Public Governance (NPG)</label></fieldset>`;

function page(title: string, main: string): string {
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>${title}</title>
<style>body{font:1.125rem/1.6 system-ui,sans-serif;max-width:42rem;margin:0 auto;padding:1rem}fieldset{margin:2rem 0}</style></head>
<body><main>${main}</main></body></html>`;
}

/**
 * The lesson's h1, and its headings, paragraphs, list items and question texts (islands
 * included, as the server rendered them), with inline markup removed; split where the first
 * question starts, so the floor can put its own question in the same place.
 */
export function plainTextBlocks(html: string): { title: string; beforeQuestion: string; afterQuestion: string } {
  const main = (/<main\b.*?<\/main>/s.exec(html)?.[0] ?? html).replace(/<(script|style|nav|button|select)\b.*?<\/\1>/gs, '');
  const title = stripTags(/<h1[^>]*>(.*?)<\/h1>/s.exec(main)?.[1] ?? 'Les').trim();
  const split = main.search(/<fieldset class="question"/);
  const [before, after] = split < 0 ? [main, ''] : [main.slice(0, split), main.slice(split)];
  return { title, beforeQuestion: textBlocks(before), afterQuestion: textBlocks(after) };
}

function textBlocks(html: string): string {
  return [...html.matchAll(/<(h2|h3|p|li|legend|label)\b[^>]*>(.*?)<\/\1>/gs)]
    .map(([, tag, inner]) => [tag === 'legend' || tag === 'label' ? 'p' : tag!, stripTags(inner!).trim()] as const)
    .filter(([, text]) => text.length > 0)
    .map(([tag, text]) => `<${tag}>${text}</${tag}>`)
    .join('\n');
}

function manifest(files: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<manifest identifier="oov-leermodule.bench-floor" version="1.0" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2" xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="org"><organization identifier="org"><title>Vloer</title><item identifier="item" identifierref="res"><title>Vloer</title></item></organization></organizations>
  <resources><resource identifier="res" type="webcontent" adlcp:scormtype="sco" href="${FLOOR_LESSON}">${files.map((file) => `<file href="${file}"/>`).join('')}</resource></resources>
</manifest>
`;
}
