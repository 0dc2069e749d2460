import type { ScormVersion } from './page/launch-info.ts';

/** One launchable item of the table of contents (a SCO, or an asset an LMS launches the same way). */
export interface ManifestSco {
  /** The item's identifier. */
  id: string;
  title: string;
  /** The resource's href inside the package, xml:base applied; may carry a query string. */
  launchHref: string;
  /** 1.2 adlcp:masteryscore, or 2004 minNormalizedMeasure × 100 when satisfiedByMeasure is true. */
  passMark: number | null;
}

/** What an LMS reads from imsmanifest.xml to launch the package. */
export interface ManifestFacts {
  version: ScormVersion;
  schemaVersion: string;
  title: string;
  /** The default organization's launchable items in document order: what an LMS lists as its table of contents. */
  scos: ManifestSco[];
  /** The first item's launch file: what an LMS launches first. */
  launchHref: string;
  passMark: number | null;
}

/**
 * Reads the few facts the preview needs with regular expressions rather than an XML parser:
 * Node has none built in, and these manifests are machine-written. Element names may carry a
 * namespace prefix (imscp:item). Throws a plain sentence naming what is missing.
 */
export function readManifest(xml: string): ManifestFacts {
  const schemaVersion = textOf(xml, 'schemaversion');
  if (schemaVersion === null) throw new Error('imsmanifest.xml has no <schemaversion>, so the SCORM version is unknown.');
  const version = toScormVersion(schemaVersion);
  const organization = defaultOrganization(xml);
  const items = launchableItems(organization);
  const title = textOf(organization, 'title') ?? textOf(items[0]!.text, 'title') ?? '';
  const scos = items.map((item) => ({ id: item.identifier, title: textOf(item.text, 'title') ?? item.identifier, launchHref: resourceById(xml, item.identifierref), passMark: passMarkOf(item.text, version) }));
  return { version, schemaVersion, title, scos, launchHref: scos[0]!.launchHref, passMark: scos[0]!.passMark };
}

/** SCORM 1.2 writes "1.2"; SCORM 2004 writes "CAM 1.3" (2nd edition) or "2004 3rd/4th Edition". */
function toScormVersion(schemaVersion: string): ScormVersion {
  if (schemaVersion === '1.2') return '1.2';
  if (/^(CAM 1\.3|2004\b)/.test(schemaVersion)) return '2004';
  throw new Error(`imsmanifest.xml has schemaversion "${schemaVersion}"; expected "1.2" (SCORM 1.2) or "2004 …"/"CAM 1.3" (SCORM 2004).`);
}

function defaultOrganization(xml: string): string {
  const organizations = elementsNamed(xml, 'organizations')[0];
  if (!organizations) throw new Error('imsmanifest.xml has no <organizations>, so there is nothing to launch.');
  const all = elementsNamed(organizations.text, 'organization');
  const wanted = organizations.attributes['default'];
  const chosen = all.find((organization) => organization.attributes['identifier'] === wanted) ?? all[0];
  if (!chosen) throw new Error('imsmanifest.xml has no <organization>, so there is nothing to launch.');
  return chosen.text;
}

/** Every item in document order that points at a resource: what an LMS can launch, the first one first. */
function launchableItems(organization: string): Array<{ identifier: string; identifierref: string; text: string }> {
  const items = [];
  for (const match of organization.matchAll(/<(?:[\w-]+:)?item\b([^>]*)>/g)) {
    const attributes = parseAttributes(match[1] ?? '');
    const identifierref = attributes['identifierref'];
    if (!identifierref) continue;
    const rest = organization.slice(match.index + match[0].length);
    // The item's own text: up to its end tag or the next item, whichever comes first.
    const end = rest.search(/<\/?(?:[\w-]+:)?item\b/);
    items.push({ identifier: attributes['identifier'] ?? identifierref, identifierref, text: end === -1 ? rest : rest.slice(0, end) });
  }
  if (items.length === 0) throw new Error('imsmanifest.xml has no <item identifierref="…">, so there is nothing to launch.');
  return items;
}

function resourceById(xml: string, identifier: string): string {
  const resources = elementsNamed(xml, 'resources')[0];
  const tags = [...(resources?.text ?? '').matchAll(/<(?:[\w-]+:)?resource\b([^>]*)>/g)].map((match) => parseAttributes(match[1] ?? ''));
  const resource = tags.find((attributes) => attributes['identifier'] === identifier);
  if (!resource?.['href']) throw new Error(`imsmanifest.xml has no <resource identifier="${identifier}" href="…"> for the item that refers to it.`);
  // xml:base on <resources> and <resource> is prepended to the href (IMS CP 1.1.4, 2.3.5).
  return `${resources?.attributes['xml:base'] ?? ''}${resource['xml:base'] ?? ''}${resource['href']}`;
}

function passMarkOf(item: string, version: ScormVersion): number | null {
  if (version === '1.2') return percentage(textOf(item, 'masteryscore'), 1);
  const primary = elementsNamed(item, 'primaryObjective')[0];
  // The measure only decides success when satisfiedByMeasure is true (SCORM 2004 SN, imsss).
  if (!primary || primary.attributes['satisfiedByMeasure'] !== 'true') return null;
  return percentage(textOf(primary.text, 'minNormalizedMeasure'), 100);
}

function percentage(text: string | null, factor: number): number | null {
  const value = Number.parseFloat(text ?? '');
  return Number.isFinite(value) ? Math.round(value * factor * 100) / 100 : null;
}

interface Element {
  attributes: Record<string, string>;
  /** Everything between the start tag and the matching end tag (nesting of the same name is not expected). */
  text: string;
}

function elementsNamed(xml: string, name: string): Element[] {
  const pattern = new RegExp(`<(?:[\\w-]+:)?${name}\\b([^>]*?)(/?)>`, 'g');
  const found: Element[] = [];
  for (const match of xml.matchAll(pattern)) {
    const attributes = parseAttributes(match[1] ?? '');
    if (match[2] === '/') {
      found.push({ attributes, text: '' });
      continue;
    }
    const start = match.index + match[0].length;
    const end = xml.slice(start).search(new RegExp(`</(?:[\\w-]+:)?${name}>`));
    found.push({ attributes, text: end === -1 ? xml.slice(start) : xml.slice(start, start + end) });
  }
  return found;
}

function textOf(xml: string, name: string): string | null {
  const element = elementsNamed(xml, name)[0];
  return element ? decodeEntities(element.text.replace(/<[^>]*>/g, '')).trim() : null;
}

function parseAttributes(tag: string): Record<string, string> {
  const attributes: Record<string, string> = {};
  for (const match of tag.matchAll(/([\w:.-]+)\s*=\s*("([^"]*)"|'([^']*)')/g)) {
    const name = match[1]!;
    // Prefixed names other than xml: (adlcp:scormtype) are kept under their local name too.
    const local = name.startsWith('xml:') ? name : name.replace(/^[\w-]+:/, '');
    attributes[local] = decodeEntities(match[3] ?? match[4] ?? '');
  }
  return attributes;
}

function decodeEntities(text: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
  return text.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (whole, entity: string) => {
    if (entity.startsWith('#x') || entity.startsWith('#X')) return String.fromCodePoint(Number.parseInt(entity.slice(2), 16));
    if (entity.startsWith('#')) return String.fromCodePoint(Number.parseInt(entity.slice(1), 10));
    return named[entity] ?? whole;
  });
}
