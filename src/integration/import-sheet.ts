import { basename } from 'node:path';
import { COMMIT_BUDGET_BYTES } from '../course/lms-payload-budget.ts';
import { escapeXml as escapeHtml } from '../course/escape-xml.ts';
import type { PackagedCourse, PackagedModule } from './packaged-course.ts';
import type { WrittenPackage } from './write-packages.ts';

/**
 * The import sheet beside each zip, for the LMS administrator who uploads it and answers for it
 * when tracking goes wrong: what the package is, what it reports and when, how a relaunch
 * behaves, which LMS settings to choose, and the checksum to verify the file. Dutch first, then
 * English. Plain HTML with its own small stylesheet: it is read on its own, outside the site.
 */
export function writeImportSheet(pkg: WrittenPackage, modules: readonly PackagedModule[], course: PackagedCourse): string {
  const zip = basename(pkg.file);
  const is12 = pkg.standard === 'scorm12';
  const edition = is12 ? 'SCORM 1.2' : 'SCORM 2004 4th Edition';
  const title = pkg.form === 'course' ? course.title : modules[0]!.title;
  const passMarks = pkg.passMarks.length === 1 ? `${pkg.passMarks[0]}%` : pkg.passMarks.map((mark) => `${mark}%`).join(' / ');
  const sizeKb = (pkg.bytes / 1024).toFixed(1);
  const rows = (entries: Array<[string, string]>) => entries.map(([key, value]) => `<tr><th scope="row">${key}</th><td>${value}</td></tr>`).join('\n');
  const launch = modules.map((m) => `<code>${escapeHtml(m.launchPage)}</code>`).join(', ');
  const list = (items: string[]) => `<ul>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
  const commit = pkg.commitBytes === null ? '' : ` · Moodle-commit ≤ ${(pkg.commitBytes / 1024).toFixed(1)} KiB (grens ${COMMIT_BUDGET_BYTES / 1024} KiB)`;

  const statusNl = is12
    ? 'cmi.core.lesson_status: <code>incomplete</code> tijdens het werk; <code>passed</code> of <code>failed</code> zodra de kennischeck is gemaakt (in 1.2 betekenen beide ook afgerond). cmi.core.score.raw is een percentage (min 0, max 100); adlcp:masteryscore draagt de norm.'
    : 'cmi.completion_status (<code>completed</code> zodra alle lessen bekeken zijn en de kennischeck gemaakt is) en cmi.success_status (<code>passed</code>/<code>failed</code>) apart; cmi.score.scaled (0–1) en raw (0–100); de norm staat in minNormalizedMeasure van het primaire leerdoel en komt als cmi.scaled_passing_score terug.';
  const statusEn = is12
    ? 'cmi.core.lesson_status is <code>incomplete</code> while working and <code>passed</code> or <code>failed</code> once the knowledge check is done; cmi.core.score.raw is a percentage; adlcp:masteryscore carries the pass mark.'
    : 'cmi.completion_status and cmi.success_status separately; cmi.score.scaled and raw; the pass mark is the primary objective\u2019s minNormalizedMeasure (cmi.scaled_passing_score).';
  const interactionsNl = is12
    ? 'cmi.interactions: <strong>elk gegeven antwoord</strong> als nieuwe regel (een logboek, ook bij herkansingen), met id, type, antwoord, juist patroon, resultaat, tijd en latency.'
    : 'cmi.interactions: <strong>één regel per vraag of scenariobeslissing, met het laatste antwoord</strong> (een herkansing werkt de regel bij), met id, type, omschrijving, antwoord, juist patroon, resultaat, tijdstip en latency. Zo blijft de commit van Moodle onder de sendBeacon-grens van de browser.';

  return `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Importblad: ${escapeHtml(title)} (${edition})</title>
<style>
body{font-family:system-ui,sans-serif;line-height:1.55;color:#1a1d21;max-width:50rem;margin:2rem auto;padding:0 1rem}
h1,h2{color:#083a66;line-height:1.25}table{border-collapse:collapse;width:100%}th,td{border:1px solid #c5ced8;padding:.4rem .6rem;text-align:left;vertical-align:top}
th{background:#f3f6f9;width:14rem}code{overflow-wrap:anywhere}.en{border-top:2px solid #c5ced8;margin-top:2.5rem}
</style>
</head>
<body>
<h1>Importblad: ${escapeHtml(title)}</h1>
<p>Voor de beheerder van de leeromgeving: wat dit pakket is, wat het doorgeeft en welke instellingen je kiest. <a href="#en">English below.</a></p>
<table>
${rows([
  ['Bestand', `<code>${escapeHtml(zip)}</code> (${sizeKb} KB)`],
  ['SHA-256', `<code>${pkg.sha256}</code>`],
  ['Standaard', edition],
  ['Inhoud', pkg.form === 'course' ? `De hele cursus: ${modules.length} modules, elk een eigen SCO met eigen voortgang, score en status.` : 'Eén module als één SCO.'],
  ['Startbestand', `${launch} (de leeromgeving opent het overzicht; de module gaat zelf verder bij de bladwijzer)`],
  ['Norm', `${passMarks} van de vragen in de kennischeck goed, en per leerdoel minstens één. Een norm die de leeromgeving zelf meegeeft (${is12 ? 'cmi.student_data.mastery_score' : 'cmi.scaled_passing_score'}) gaat voor.`],
  ['Opgeslagen voortgang', `cmi.suspend_data ≤ ${pkg.suspendData.worstCase} van ${pkg.suspendData.limit} tekens in het slechtste geval${commit}`],
  ['Getest met', 'scorm-again 3.4.3 (Scorm12API en Scorm2004API) in Chromium 156 (Debian), pakket geserveerd vanaf een diep pad met spatie en accent; nog niet in een live Moodle-, Canvas- of Cornerstone-installatie.'],
])}
</table>
<h2>Wat het pakket doorgeeft, en wanneer</h2>
${list([
  `Status: ${statusNl}`,
  `Als een leerdoel geen enkel goed antwoord had, telt de kennischeck als niet gehaald, ook als de score de norm haalt; de leeromgeving krijgt dan een score net onder de norm (leeromgevingen leiden ‘gehaald’ af uit de score alleen).`,
  interactionsNl,
  `Bladwijzer: ${is12 ? 'cmi.core.lesson_location' : 'cmi.location'} (les, en de vraag of het scenario waar de cursist was); voortgang: cmi.suspend_data (versie 2, JSON, sleutels zijn stabiele ids)${is12 ? '' : '; cmi.progress_measure (aandeel bekeken lessen)'}.`,
  `Elke wijziging wordt direct geschreven en gecommit; lukt een commit niet, dan probeert de module het opnieuw (na 2, 5, 10 en 30 seconden) en ziet de cursist een rustige melding. Bij het sluiten volgen sessietijd, ${is12 ? 'cmi.core.exit (<code>suspend</code> of leeg bij afgerond)' : 'cmi.exit (<code>suspend</code> of <code>normal</code> bij afgerond)'} en ${is12 ? 'LMSFinish' : 'Terminate'}, zonder aparte Commit ervoor.`,
])}
<h2>Opnieuw openen</h2>
${list([
  'Na afsluiten zonder afronden (exit suspend): de module opent bij de bladwijzer, met alle antwoorden.',
  `Een afgeronde poging die de leeromgeving opent in <code>review</code> of <code>browse</code>: de module toont wat de leeromgeving meegeeft en schrijft niets. Een herkansing na het halen vraagt een nieuwe poging van de leeromgeving (in Moodle: ‘Nieuwe poging forceren’).`,
  'Een eerder ‘gehaald’ wordt nooit teruggezet naar ‘niet gehaald’, en een lagere score vervangt een gehaalde niet.',
  'Vervang je het pakket door een nieuwere versie, dan blijft de identifier gelijk en houdt de leeromgeving de resultaten. Opgeslagen voortgang volgt de stabiele ids: antwoorden op vragen die niet meer bestaan vallen weg, hernoemde ids gaan mee, de rest blijft.',
])}
<h2>Aanbevolen instellingen</h2>
${list([
  'Weergave: ingebed of in een nieuw venster; de module past zich aan vanaf 320 pixels breed.',
  'Pogingen: onbeperkt binnen één poging van de leeromgeving; de cursist herkanst de kennischeck in de module zelf.',
  `Beoordeling: ‘hoogste cijfer’ of de score van de poging. ${is12 ? '' : 'Kies in Moodle niet ‘Leerobjecten’ (telt een niet gehaalde kennischeck als 1 van 1).'}`,
  `‘Mastery score overrides status’ (Moodle) mag aan: score en status komen altijd overeen.`,
  'Voor de hand-in: de cursist maakt op de pagina ‘Mijn verslag’ een afdruk of pdf van keuzes, open antwoorden en resultaat per leerdoel, omdat de meeste leeromgevingen open tekst niet leesbaar tonen.',
])}
<section class="en" id="en" lang="en">
<h2>Import sheet (English)</h2>
<table>
${rows([
  ['File', `<code>${escapeHtml(zip)}</code> (${sizeKb} KB), SHA-256 <code>${pkg.sha256}</code>`],
  ['Standard', edition],
  ['Contents', pkg.form === 'course' ? `The whole course: ${modules.length} modules, one SCO each, each with its own progress, score and status.` : 'One module as one SCO.'],
  ['Launch', launch],
  ['Pass mark', `${passMarks} of the knowledge-check questions and at least one right answer per objective; a pass mark the LMS provides wins.`],
  ['Worst-case saved state', `${pkg.suspendData.worstCase} of ${pkg.suspendData.limit} characters${pkg.commitBytes === null ? '' : `; Moodle commit at most ${(pkg.commitBytes / 1024).toFixed(1)} KiB`}`],
])}
</table>
${list([
  `Status: ${statusEn}`,
  is12 ? 'Interactions: every answer is a new entry (a journal).' : 'Interactions: one entry per question or scenario decision holding the latest answer, so Moodle\u2019s full-model commit stays below the browser\u2019s sendBeacon limit.',
  'Review and browse modes are honoured: nothing is written. A pass is never downgraded. The identifier is stable across versions.',
  'Recommended: embedded or new window; unlimited attempts inside one LMS attempt; grade by highest score; in Moodle not by "Learning objects"; use "Force new attempt" for retakes after a pass.',
  'Tested with scorm-again 3.4.3 in Chromium 156; not yet in a live Moodle, Canvas or Cornerstone.',
])}
</section>
</body>
</html>
`;
}
