/**
 * Strings of the instructors' pages (docent-<module>.html), built at build time only. Kept apart
 * from nl.ts so they never end up in the JavaScript that ships inside the SCORM packages.
 */
export const nlDocent = {
  pageTitle: (module: string) => `Docentenhandleiding: ${module}`,
  heading: 'Docentenhandleiding',
  notice:
    'Deze pagina is voor docenten en begeleiders. Hij zit niet in de SCORM-pakketten en er staat geen link naar op de lespagina\u2019s: deel hem niet met cursisten, want hij bevat de antwoorden.',
  facts: (minutes: number, passMark: number, lessons: number) => `${lessons} lessen · ongeveer ${minutes} minuten · norm kennischeck ${passMark}%`,
  objectivesHeading: 'Leerdoelen',
  lessonsHeading: 'Lessen',
  lessonMeta: (minutes: number) => `${minutes} minuten`,
  lessonObjectives: 'Leerdoelen',
  lessonScenarios: 'Scenario',
  checkHeading: (title: string) => `Kennischeck: ${title}`,
  checkIntro: (count: number, passMark: number) =>
    `${count} vragen. Cursisten halen de module met ${passMark}% goed. Bij elke vraag staat het juiste antwoord.`,
  questionLabel: (n: number) => `Vraag ${n}`,
  objective: 'Leerdoel',
  correctMark: 'juist',
  answerLabel: 'Juist antwoord',
  trueWord: 'Juist',
  falseWord: 'Onjuist',
  notGraded: 'Geen goed of fout: deze vraag telt niet mee voor de score.',
  scenariosHeading: 'Scenario\u2019s',
  noScenarios: 'Deze module heeft geen scenario\u2019s.',
  usedIn: (lesson: string) => `Staat in de les: ${lesson}.`,
  mapHeading: 'Kaart',
  mapCaption:
    'Stappen staan in lagen op volgorde van de beslissingen; pijlen zijn keuzes, met de letter van de keuze en de logica (PA, NPM of NPG). Afloopkaders hebben een dubbele rand. Dezelfde inhoud staat hieronder als tekst.',
  outlineHeading: 'Overzicht in tekst',
  meters: 'Meters',
  meterStart: (label: string, start: number) => `${label} (begint op ${start})`,
  stepLabel: (id: string) => `Stap ${id}`,
  startMark: 'startstap',
  speaker: (name: string, role: string) => `Spreker: ${name}, ${role}.`,
  choiceLine: (id: string, logic: string, text: string) => `${id} (${logic}): ${text}`,
  leadsTo: (kind: 'stap' | 'afloop', id: string) => `Gaat naar ${kind} ${id}.`,
  effects: 'Effect:',
  noEffects: 'Geen effect op de meters.',
  feedback: 'Feedback:',
  endingLabel: (id: string, title: string) => `Afloop ${id}: ${title}`,
  quality: { best: 'beste afloop', mixed: 'gemengde afloop', poor: 'zwakke afloop' },
  debrief: 'Nabespreking:',
  map: {
    title: (title: string) => `Kaart van het scenario \u201c${title}\u201d`,
    desc: (steps: number, endings: number, start: string) =>
      `${steps} stappen en ${endings} afloopkaders. Het scenario begint bij stap ${start}. Pijlen zijn keuzes met hun letter en logica. Onder de kaart staat dezelfde inhoud als tekst.`,
    start: 'Start',
    ending: 'afloop',
  },
} as const;
