import { basename } from 'node:path';
import { escapeXml as escapeHtml } from '../course/escape-xml.ts';
import { auIri, courseIri } from './course-structure.ts';
import type { PackagedCourse, PackagedModule } from './packaged-course.ts';
import type { WrittenPackage } from './write-packages.ts';

/**
 * The import sheet beside a cmi5 zip: the same job as the SCORM sheet (import-sheet.ts), for an
 * LMS that imports cmi5 course structures and keeps the statements in its LRS.
 */
export function writeCmi5ImportSheet(pkg: WrittenPackage, modules: readonly PackagedModule[], course: PackagedCourse): string {
  const zip = basename(pkg.file);
  const title = pkg.form === 'course' ? course.title : modules[0]!.title;
  const courseId = pkg.form === 'course' ? zip.replace(/^oov-leermodule-/, '').replace(/-cmi5\.zip$/, '') : modules[0]!.id;
  const passMarks = pkg.passMarks.map((mark) => `${mark}%`).join(' / ');
  const rows = (entries: Array<[string, string]>) => entries.map(([key, value]) => `<tr><th scope="row">${key}</th><td>${value}</td></tr>`).join('\n');
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  const aus = modules.map((m) => `<code>${escapeHtml(auIri(courseId, m.id))}</code> (${escapeHtml(m.launchPage)})`).join('<br>');
  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Importblad: ${escapeHtml(title)} (cmi5)</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.55;color:#1a1d21;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1,h2{color:#083a66;line-height:1.25}table{border-collapse:collapse;width:100%}th,td{border:1px solid #c5ced8;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f6f9;width:14rem}code{overflow-wrap:anywhere}.en{border-top:2px solid #c5ced8;margin-top:2.5rem}
</style>
</head>
<body>
<h1>Importblad: ${escapeHtml(title)}</h1>
<p>Voor de beheerder van een leeromgeving met cmi5 (xAPI): wat dit pakket is en wat het doorgeeft. <a href="#en">English below.</a></p>
<table>
${rows([
  ['Bestand', `<code>${escapeHtml(zip)}</code> (${(pkg.bytes / 1024).toFixed(1)} KB)`],
  ['SHA-256', `<code>${pkg.sha256}</code>`],
  ['Standaard', 'cmi5 (xAPI), cursusstructuur <code>cmi5.xml</code> in de hoofdmap van de zip'],
  ['Cursus-id', `<code>${escapeHtml(courseIri(courseId))}</code>`],
  ['AU’s', aus],
  ['Norm', `${passMarks} (masteryScore in cmi5.xml); moveOn <code>CompletedAndPassed</code>. Een masteryScore die de leeromgeving in LMS.LaunchData meegeeft, gaat voor.`],
  ['Getest met', 'de LRS <code>xapi-statements</code> 5 (Learning Locker) achter een eigen test-LMS, in Chromium; nog niet in een live leeromgeving.'],
])}
</table>
<h2>Wat het pakket doorgeeft</h2>
${list([
  'Statements in de volgorde van cmi5: <code>initialized</code>; per antwoord en per scenariobeslissing <code>answered</code> (met vraagtekst, keuzes en juist antwoord); <code>completed</code> zodra alle lessen bekeken zijn en de kennischeck gemaakt is; <code>passed</code> of <code>failed</code> met de geschaalde score; als laatste <code>terminated</code>.',
  'In de modus Browse of Review alleen <code>initialized</code> en <code>terminated</code>.',
  'Voortgang en bladwijzer staan in de State API (document <code>oov-leermodule.progress</code> per registratie), in hetzelfde formaat als de suspend data van SCORM.',
  'Lukt het versturen niet, dan bewaart de module de statements en probeert ze later opnieuw, in dezelfde volgorde; bij sluiten gaan de laatste met <code>fetch</code> keepalive.',
  'De module maakt alleen verbinding met het <code>endpoint</code> en de <code>fetch</code>-URL uit de start-URL; een inhoudsbeleid (CSP) in de pagina houdt alle andere verbindingen tegen.',
])}
<section class="en" id="en" lang="en">
<h2>Import sheet (English)</h2>
${list([
  `cmi5 course structure <code>cmi5.xml</code> at the zip root; course id <code>${escapeHtml(courseIri(courseId))}</code>; moveOn CompletedAndPassed, masteryScore ${passMarks} (the LMS’s LMS.LaunchData masteryScore wins).`,
  'Statements: initialized; answered per question and scenario decision (interaction activities); completed; passed or failed with result.score.scaled; terminated last. Browse and Review send no completed, passed or failed.',
  'Progress and bookmark in the State API (stateId oov-leermodule.progress), the same codec as SCORM suspend data. Retried in order when the LRS is down; the last statements leave with fetch keepalive.',
  'Connects only to the launch’s endpoint and fetch URL; a Content-Security-Policy set at launch blocks anything else.',
])}
</section>
</body>
</html>
`;
}
