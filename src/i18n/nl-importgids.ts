/**
 * The import guide for LMS administrators (docent-importgids.html), site only. Every pitfall
 * names where it is documented (`sources`, ids of IMPORT_GUIDE_SOURCES); where no source was
 * found, the text says so. `{en:…}` marks an English label as the LMS shows it, so the page can
 * give it lang="en". Collected December 2026 with the sources below; LMS versions change, so
 * the guide says which version a page describes where it does.
 */

export interface GuideSource {
  title: string;
  url: string;
  /** Who wrote it: the LMS maker, its source code, a standard, or a third party. */
  kind: 'leverancier' | 'broncode' | 'standaard' | 'derde' | 'project';
}

export const IMPORT_GUIDE_SOURCES = {
  'moodle-strings': {
    title: 'Moodle-broncode: mod/scorm/lang/en/scorm.php, de helpteksten bij elke SCORM-instelling',
    url: 'https://github.com/moodle/moodle/blob/main/mod/scorm/lang/en/scorm.php',
    kind: 'broncode',
  },
  'moodle-docs': {
    title: 'MoodleDocs: SCORM settings (Moodle 4.1)',
    url: 'https://docs.moodle.org/401/en/SCORM_settings',
    kind: 'leverancier',
  },
  'moodle-scorm13': {
    title: 'Moodle-broncode: mod/scorm/datamodels/scorm_13.js, functies StoreData en CollectData',
    url: 'https://github.com/moodle/moodle/blob/main/mod/scorm/datamodels/scorm_13.js',
    kind: 'broncode',
  },
  'beacon-limit': {
    title: 'W3C Beacon, issue 38: Chrome begrenst alle beacon-verzoeken van een pagina samen op 64 KB',
    url: 'https://github.com/w3c/beacon/issues/38',
    kind: 'standaard',
  },
  'mdn-beacon': {
    title: 'MDN, pull request 42958: de grens van 64 KiB voor sendBeacon() volgt uit de Fetch-standaard (keepalive)',
    url: 'https://github.com/mdn/content/pull/42958',
    kind: 'standaard',
  },
  'project-budget': {
    title: 'Dit project: src/course/lms-payload-budget.ts (berekening van de grootste Moodle-commit) en de importbladen',
    url: './docent.html',
    kind: 'project',
  },
  'totara-settings': {
    title: 'Totara Help: SCORM activity settings (Totara 16)',
    url: 'https://totara.help/16/docs/scorm-activity-settings',
    kind: 'leverancier',
  },
  'totara-scorm': {
    title: 'Totara Help: SCORM (Totara 13), ondersteuning van SCORM 2004 en pakketten bijwerken',
    url: 'https://help.totaralearning.com/display/TH13/SCORM',
    kind: 'leverancier',
  },
  'totara-troubleshooting': {
    title: 'Totara Help: SCORM-problemen oplossen (externe pakketten, debuggen)',
    url: 'https://help.totaralearning.com/plugins/viewsource/viewpagesrc.action?pageId=81827013',
    kind: 'leverancier',
  },
  'canvas-signed': {
    title: 'Instructure, Canvas Product Blog: SCORM to Require Signed Launch Links (2021)',
    url: 'https://community.canvaslms.com/t5/The-Product-Blog/SCORM-to-Require-Signed-Launch-Links/bc-p/470023/highlight/true',
    kind: 'leverancier',
  },
  'canvas-practitioner': {
    title: 'Blog van een maker van lesmateriaal (2024): Canvas gebruikt de titel uit het manifest en let op hoofdletters in bestandsnamen',
    url: 'https://polistrasmill.com/2024/02/18/finished-the-task',
    kind: 'derde',
  },
  'blackboard-packages': {
    title: 'Anthology Blackboard Help: Add Content Packages (Original Course View)',
    url: 'https://help.anthology.com/blackboard-preview/instructor/en/original-course-view/original-course-content/original-create-content/original-add-content-packages.html',
    kind: 'leverancier',
  },
  'blackboard-ultra': {
    title: 'Handleiding van een universiteit: SCORM toevoegen in Blackboard Ultra',
    url: 'https://academic-technology-services.scrollhelp.site/ats/how-do-i-add-scorm-content-to-blackboard-ultra',
    kind: 'derde',
  },
  'rustici-mastery': {
    title: 'Rustici Software (maker van de SCORM Engine): Mastery Score and SCORM 1.2',
    url: 'https://support.scorm.com/hc/en-us/articles/206167486-Mastery-Score-and-SCORM-1-2',
    kind: 'leverancier',
  },
  'csod-troubleshooting': {
    title: 'Cornerstone Help: Course Troubleshooting Guide',
    url: 'https://help.csod.com/help/csod_0/Content/User/Learning/Manage_Your_Transcript/Course_Troubleshooting_Guide.htm',
    kind: 'leverancier',
  },
  'csod-failed': {
    title: 'Cornerstone Help: Display Failed Status for Online Classes',
    url: 'https://help.csod.com/help/csod_0/Content/0_Whats_New/203/LMS/Failed_Status/Failed_Status_Online_Class.htm',
    kind: 'leverancier',
  },
  'csod-forum': {
    title: 'Articulate-forum: Everything we know about Cornerstone on Demand and Storyline (ervaringen van gebruikers)',
    url: 'https://community.articulate.com/discussions/articulate-storyline/everything-we-know-about-cornerstone-on-demand-and-storyline',
    kind: 'derde',
  },
  'sap-settings': {
    title: 'SAP Knowledge Base 2978409: SAP SuccessFactors Learning Settings that Impact Content Communication',
    url: 'https://userapps.support.sap.com/sap/support/knowledge/en/2978409',
    kind: 'leverancier',
  },
  'sap-completion': {
    title: 'SAP Knowledge Base 2316953: Troubleshooting Course/Content Not Marked Completed in SAP SuccessFactors Learning',
    url: 'https://userapps.support.sap.com/sap/support/knowledge/en/2316953',
    kind: 'leverancier',
  },
} as const satisfies Record<string, GuideSource>;

export type SourceId = keyof typeof IMPORT_GUIDE_SOURCES;

export interface GuideItem {
  text: string;
  /** Where it is documented; empty when no source was found (the text then says so). */
  sources: SourceId[];
}

export interface LmsGuide {
  id: string;
  name: string;
  intro: string;
  settings: GuideItem[];
  pitfalls: GuideItem[];
}

export const nlImportGuide = {
  pageTitle: 'Importgids voor beheerders van leeromgevingen',
  eyebrow: 'Voor docenten en beheerders',
  title: 'Importgids: de pakketten in je leeromgeving zetten',
  intro:
    'Per leeromgeving de instellingen die ertoe doen en de bekende valkuilen, elk met de plek waar het beschreven staat. Lees daarnaast het importblad naast elk pakket in de catalogus: daar staan de standaard, het startbestand, de norm, wat het pakket doorgeeft en de controlegetallen.',
  lmsNavLabel: 'Leeromgevingen',
  everyLmsHeading: 'Voor elke leeromgeving',
  everyLms: [
    'Controleer na het downloaden de SHA-256 uit de catalogus of het importblad: dezelfde bronnen en opties geven altijd hetzelfde bestand.',
    'Bekijk vooraf wat je leeromgeving zal ontvangen met npm run preview:lms -- pad/naar/pakket.zip: status, score, bladwijzer, opgeslagen voortgang, interacties en elke API-aanroep.',
    'De cursist herkanst de kennischeck in de module zelf, binnen \u00e9\u00e9n poging van de leeromgeving. Een nieuwe poging van de leeromgeving is alleen nodig voor een herkansing na het halen.',
    'De identifier in het manifest blijft gelijk tussen versies. Vervang je een pakket, dan houdt de leeromgeving de resultaten en volgt de opgeslagen voortgang de stabiele ids.',
    'Kies SCORM 2004 waar de leeromgeving dat goed ondersteunt: completion en success staan dan apart en de vragen komen met hun tekst door. Kies SCORM 1.2 waar 2004 beperkt ondersteund wordt; open antwoorden worden daar afgekapt op 255 tekens.',
  ],
  settingsHeading: 'Instellingen die ertoe doen',
  pitfallsHeading: 'Bekende valkuilen',
  sourcesLabel: 'Bron:',
  noSource: 'Geen bron gevonden.',
  sourcesHeading: 'Bronnen',
  sourceKinds: { leverancier: 'documentatie van de leverancier', broncode: 'broncode', standaard: 'standaard of browser', derde: 'derde partij', project: 'dit project' },
  notFoundHeading: 'Waar we geen bron vonden',
  notFound: [
    'Canvas: hoe de score van een SCORM-pakket in punten van een opdracht wordt omgezet, en hoe Canvas herkansingen telt. Test dit in een proefcursus.',
    'Cornerstone en SAP SuccessFactors: grenzen aan de lengte van cmi.suspend_data en cmi.interactions boven wat de standaard vraagt.',
    'SAP SuccessFactors: of de rollup van het cursuspakket (\u00e9\u00e9n SCO per module) wordt gevolgd; gebruik bij twijfel de pakketten per module.',
    'Blackboard: wat de SCORM Engine doet met een afgeronde poging die opnieuw wordt geopend (review of een nieuwe poging).',
  ],
  testedNote:
    'Getest is dit project met scorm-again 3 (SCORM 1.2 en 2004) in Chromium, niet in een live installatie van een van deze leeromgevingen. De valkuilen hieronder komen uit de genoemde bronnen, niet uit eigen tests.',
  lms: [
    {
      id: 'moodle',
      name: 'Moodle',
      intro: 'De SCORM-activiteit van Moodle speelt SCORM 1.2 en SCORM 2004 af. De labels hieronder zijn die van de Engelse Moodle; de Nederlandse vertaling kan per versie verschillen.',
      settings: [
        {
          text: '{en:Grading method}: kies {en:Highest grade}. Moodle omschrijft {en:Learning objects} als \u2018het aantal afgeronde of gehaalde leerobjecten\u2019. In SCORM 2004 is een niet gehaalde kennischeck wel afgerond (completion_status completed), dus een module zonder voldoende krijgt dan 1 van 1.',
          sources: ['moodle-strings', 'moodle-docs'],
        },
        {
          text: '{en:Attempts grading}: kies {en:Highest attempt}. {en:Last completed attempt} telt volgens Moodle geen pogingen met de status failed mee.',
          sources: ['moodle-strings'],
        },
        {
          text: '{en:Force new attempt}: kies {en:When previous attempt completed, passed or failed} als cursisten na het afronden opnieuw moeten kunnen beginnen; bij {en:No} kiest de cursist zelf tussen terugkijken ({en:review}) en een nieuwe poging.',
          sources: ['moodle-strings'],
        },
        {
          text: '{en:Number of attempts}: onbeperkt. Moodle past deze grens alleen toe op SCORM 1.2- en AICC-pakketten.',
          sources: ['moodle-strings'],
        },
        {
          text: '{en:Mastery score overrides status} mag aan (SCORM 1.2): dan berekent Moodle bij LMSFinish de status uit de score en de norm in het manifest. De module geeft altijd een score die bij haar status past.',
          sources: ['moodle-strings'],
        },
        {
          text: '{en:Force completed} uit laten: die zet de status van een SCORM 1.2-poging op completed, en dan gaat passed of failed verloren. {en:Auto-commit} is niet nodig: de module commit zelf na elke wijziging.',
          sources: ['moodle-strings'],
        },
        {
          text: '{en:Display package}: {en:Current window} of {en:New window} werken allebei; de module past zich aan vanaf 320 pixels breed.',
          sources: ['moodle-docs'],
        },
      ],
      pitfalls: [
        {
          text: 'Een afgeronde poging opent in review: de cursist ziet zijn antwoorden, de module schrijft niets en een herkansing na het halen kan pas in een nieuwe poging. Zonder {en:Force new attempt} moet de cursist die nieuwe poging zelf aanvinken boven de knop {en:Enter}, op de pagina met de inhoudsopgave; verberg die pagina dan niet met {en:Student skip content structure page}.',
          sources: ['moodle-strings'],
        },
        {
          text: 'De SCORM 2004-speler van Moodle stuurt bij elke commit het hele datamodel mee, niet alleen wat veranderd is. Bij het sluiten gaan de laatste verzoeken met sendBeacon, en browsers laten daarvoor samen hooguit 64 KiB toe: een groter verzoek gaat verloren. Daarom schrijft het 2004-pakket per vraag \u00e9\u00e9n interactie met het laatste antwoord en rekent de build de grootste commit na (zie het importblad). Dat het hele datamodel meegaat, staat in de broncode; dat Moodle bij het sluiten sendBeacon gebruikt, hebben we niet in Moodle-documentatie gevonden, alleen in de metingen van dit project.',
          sources: ['moodle-scorm13', 'beacon-limit', 'mdn-beacon', 'project-budget'],
        },
        {
          text: 'Wie een pakket vervangt door een pakket met een andere structuur, krijgt van Moodle de waarschuwing dat voortgang van cursisten verloren kan gaan. Onze pakketten houden identifier en SCO-ids gelijk.',
          sources: ['moodle-strings'],
        },
      ],
    },
    {
      id: 'totara',
      name: 'Totara',
      intro: 'Totara gebruikt dezelfde SCORM-activiteit als Moodle, met dezelfde instellingen: kies ze zoals bij Moodle hierboven.',
      settings: [
        {
          text: 'Beoordeling, pogingen, {en:Force new attempt} en {en:Mastery score overrides status} werken als in Moodle.',
          sources: ['totara-settings'],
        },
        {
          text: 'Gebruik een ge\u00fcpload pakket, geen extern pakket: bij een pakket van een ander adres dan de Totara-site blokkeert de browser de communicatie en komen er geen cijfers binnen.',
          sources: ['totara-troubleshooting'],
        },
      ],
      pitfalls: [
        {
          text: 'Totara ondersteunt SCORM 2004 volgens de eigen documentatie zonder de uitbreidingen voor sequencing en navigatie. Het cursuspakket (\u00e9\u00e9n SCO per module, met rollup) steunt daarop; kies in Totara de pakketten per module, of SCORM 1.2.',
          sources: ['totara-scorm'],
        },
        {
          text: 'Bij het bijwerken van een pakket houdt Totara de voortgang alleen als de identifiers in het manifest gelijk blijven. Dat doen onze pakketten.',
          sources: ['totara-scorm'],
        },
      ],
    },
    {
      id: 'canvas',
      name: 'Canvas',
      intro: 'Canvas speelt SCORM af via zijn eigen SCORM-hulpmiddel in het cursusmenu.',
      settings: [
        {
          text: 'Upload het pakket via de SCORM-optie in het cursusmenu. Sinds juli 2021 werken alleen die ondertekende startlinks; een directe link naar SCORM-inhoud op een pagina of in een opdracht werkt niet meer.',
          sources: ['canvas-signed'],
        },
        {
          text: 'Hoe Canvas de score omzet in punten en herkansingen telt, vonden we niet beschreven: test dat in een proefcursus voordat cursisten beginnen.',
          sources: [],
        },
      ],
      pitfalls: [
        {
          text: 'Canvas toont de titel uit het manifest en let op hoofdletters in bestandsnamen. Dat meldt \u00e9\u00e9n maker van lesmateriaal in een blog, niet Instructure zelf. Onze pakketten hebben een titel in het manifest, en elke verwijzing gebruikt precies de schrijfwijze van het bestand, omdat de build beide maakt.',
          sources: ['canvas-practitioner'],
        },
      ],
    },
    {
      id: 'blackboard',
      name: 'Blackboard',
      intro: 'Blackboard speelt SCORM 1.2 en 2004 af met de SCORM Engine van Rustici, als de instelling die heeft aangezet.',
      settings: [
        {
          text: 'Controleer dat de SCORM Engine de speler is: de oude Open Standards Content Player is sinds april 2015 afgeschreven. Een pakket dat al eerder is ge\u00fcpload, gaat pas naar de SCORM Engine als je het opnieuw uploadt.',
          sources: ['blackboard-packages'],
        },
        {
          text: 'In Ultra kies je bij het uploaden het aantal pogingen en of het pakket een cijfer krijgt; met meer pogingen telt de laatste poging met een cijfer, en de cijferinstellingen zijn na het importeren niet meer te wijzigen. Dat staat in de handleiding van een universiteit, niet in die van Anthology.',
          sources: ['blackboard-ultra'],
        },
      ],
      pitfalls: [
        {
          text: 'De SCORM Engine gebruikt de mastery score uit het manifest van een SCORM 1.2-pakket alleen als het pakket zelf geen status zet, tenzij de pakketinstelling {en:Score Overrides Status} aan staat. Onze module zet de status zelf, dus de norm uit het manifest verandert daar niets aan.',
          sources: ['rustici-mastery'],
        },
        {
          text: 'Omdat met meer pogingen de laatste telt, kan een latere, slechtere poging een voldoende vervangen. Geef in Blackboard \u00e9\u00e9n poging: de cursist herkanst binnen de module.',
          sources: ['blackboard-ultra'],
        },
      ],
    },
    {
      id: 'cornerstone',
      name: 'Cornerstone',
      intro: 'Cornerstone OnDemand speelt SCORM 1.2, SCORM 2004 en AICC af.',
      settings: [
        {
          text: 'Test het pakket eerst in SCORM Cloud van Rustici, zoals Cornerstone zelf aanraadt: de meeste afrondingsproblemen komen volgens Cornerstone uit het pakket. Het lokale voorbeeld (npm run preview:lms) laat hetzelfde zien zonder account.',
          sources: ['csod-troubleshooting'],
        },
        {
          text: 'Cornerstone adviseert bij het publiceren goed te kiezen welke status het pakket meldt (passed/failed of completed/incomplete). Onze module meldt in SCORM 2004 completion en success apart en in SCORM 1.2 passed of failed na de kennischeck.',
          sources: ['csod-troubleshooting'],
        },
      ],
      pitfalls: [
        {
          text: 'Een cursus die failed meldt, staat in het transcript als Failed en telt niet als afgerond, ook niet voor certificeringen en curricula. De cursist moet de kennischeck dus halen; dat kan binnen de module opnieuw.',
          sources: ['csod-failed'],
        },
        {
          text: 'Gebruikers melden dat veel rapporten van Cornerstone alleen met SCORM 2004-inhoud werken. Dat is de ervaring van gebruikers in een forum, geen documentatie van Cornerstone.',
          sources: ['csod-forum'],
        },
      ],
    },
    {
      id: 'successfactors',
      name: 'SAP SuccessFactors Learning',
      intro: 'SAP SuccessFactors Learning speelt AICC, SCORM 1.2 en SCORM 2004 af vanaf de eigen inhoudsserver (iContent).',
      settings: [
        {
          text: 'Laat aiccReturnURL, scorm2004ReturnURL, contentStructurePageExpireDuration en contentStructurePageKeepAliveInterval (in LMS_ADMIN) op hun standaardwaarde: die bepalen of de gegevens van het pakket binnenkomen.',
          sources: ['sap-settings'],
        },
        {
          text: 'Controleer bij het inhoudsobject ({en:Content Object}) de mastery score: SAP vult die automatisch in. Kijk of het de norm is die je wilt.',
          sources: ['sap-settings'],
        },
      ],
      pitfalls: [
        {
          text: 'De sessie van SuccessFactors verloopt na 30 minuten zonder activiteit in het hoofdvenster, ook als de cursist in een ander venster aan de cursus werkt. De keep-alive-instelling houdt de sessie open; zet je die hoger dan standaard, dan verloopt de sessie en komen de gegevens niet binnen.',
          sources: ['sap-settings'],
        },
        {
          text: 'Een cursus die niet als afgerond wordt gemarkeerd, heeft volgens SAP meestal een van deze oorzaken: het pakket meldt geen passed of completed, de cursist sloot het venster te vroeg, de instellingen van het item, een verplichte evaluatie of de time-out van 30 minuten.',
          sources: ['sap-completion'],
        },
      ],
    },
  ] satisfies LmsGuide[],
} as const;
