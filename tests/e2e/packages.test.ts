import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { test, expect } from './support/fixtures.ts';
import { strFromU8, unzipSync } from 'fflate';
import { CEILINGS, isWholeCourseZip, versionOfZip, zipBudget } from '../budgets.ts';
import { validateCourseStructure, validateManifest } from '../support/validate-manifest.ts';
import { builtModules } from './support/course-data.ts';

// What an LMS administrator's upload meets: checked on every built zip, without a browser.
const packagesDir = new URL('../../dist/packages/', import.meta.url).pathname;
const zips = readdirSync(packagesDir).filter((name) => name.endsWith('.zip'));

test('every module has a SCORM 1.2, a SCORM 2004 and a cmi5 package, the whole course one of each, and every zip its import sheet', () => {
  const modules = builtModules();
  const standards = ['scorm12', 'scorm2004', 'cmi5'];
  const expected = [...modules.flatMap((m) => standards.map((standard) => `${m.id}-${standard}.zip`)), ...standards.map((standard) => `oov-leermodule-cursus-${standard}.zip`)];
  expect(zips.sort()).toEqual(expected.sort());
  const sheets = readdirSync(packagesDir).filter((name) => name.endsWith('-importblad.html'));
  expect(sheets.sort()).toEqual(expected.map((zip) => zip.replace(/\.zip$/, '-importblad.html')).sort());
});

for (const zip of zips) {
  test.describe(zip, () => {
    const bytes = readFileSync(join(packagesDir, zip));
    const entries = unzipSync(new Uint8Array(bytes));
    const version = versionOfZip(zip);
    const isCmi5 = version === 'cmi5';
    const manifest = strFromU8(entries[isCmi5 ? 'cmi5.xml' : 'imsmanifest.xml']!);

    test('stays within its byte budget (tests/budgets.ts)', () => {
      const budget = zipBudget(zip);
      test.info().annotations.push({ type: 'zip', description: `${zip}: ${bytes.byteLength} B of ${budget} B` });
      expect(bytes.byteLength).toBeLessThanOrEqual(budget);
    });

    if (!isWholeCourseZip(zip)) {
      test('keeps the engine (everything but its pages) within its ceiling', () => {
        const engine = compressedSizes(bytes).filter(([name]) => !name.endsWith('.html')).reduce((sum, [, size]) => sum + size, 0);
        const ceiling = CEILINGS.moduleEngineBytes[versionOfZip(zip)];
        test.info().annotations.push({ type: 'engine', description: `${zip}: ${engine} B of ${ceiling} B` });
        expect(engine).toBeLessThanOrEqual(ceiling);
      });
    }

    if (isCmi5) {
      test('has a cmi5.xml at the root that validates against the cmi5 CourseStructure.xsd, with a relative AU url per module inside the zip', () => {
        expect(Object.keys(entries)[0]).toBe('cmi5.xml');
        expect(validateCourseStructure(manifest)).toBe('');
        const urls = [...manifest.matchAll(/<url>([^<]+)<\/url>/g)].map((m) => m[1]!);
        expect(urls.length).toBe(isWholeCourseZip(zip) ? builtModules().length : 1);
        for (const url of urls) expect(entries[url], url).toBeDefined();
        expect(manifest).toMatch(/moveOn="CompletedAndPassed" masteryScore="0\.\d+"/);
      });
    }

    if (!isCmi5) test('has a manifest at the root that validates against the official XSDs shipped beside it', () => {
      expect(Object.keys(entries)[0]).toBe('imsmanifest.xml');
      for (const xsd of version === '1.2' ? ['imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd', 'imsmd_rootv1p2p1.xsd', 'ims_xml.xsd'] : ['imscp_v1p1.xsd', 'adlcp_v1p3.xsd', 'adlseq_v1p3.xsd', 'adlnav_v1p3.xsd', 'imsss_v1p0.xsd', 'xml.xsd']) {
        expect(entries[xsd], xsd).toBeDefined();
      }
      expect(validateManifest(manifest, version as '1.2' | '2004')).toBe('');
    });

    if (!isCmi5) test('lists exactly the content files it contains', () => {
      const listed = [...new Set([...manifest.matchAll(/<file href="([^"]+)"\/>/g)].map((m) => m[1]))].sort();
      const content = Object.keys(entries).filter((name) => name !== 'imsmanifest.xml' && !/\.(xsd|dtd)$/.test(name) && !name.endsWith('/')).sort();
      expect(listed).toEqual(content);
    });

    test('refers to nothing by a root-absolute or outside URL', () => {
      for (const [name, data] of Object.entries(entries)) {
        if (!/\.(html|css|js)$/.test(name)) continue;
        const text = strFromU8(data);
        expect(text, name).not.toMatch(/(?:href|src|component-url|renderer-url)=["'](?:\/|https?:)/);
        expect(text, name).not.toMatch(/url\(\s*["']?(?:\/|https?:)/);
        expect(text, name).not.toMatch(/["'`]\/_astro\//);
      }
    });

    test('links only to pages inside the package', () => {
      for (const [name, data] of Object.entries(entries)) {
        if (!name.endsWith('.html')) continue;
        const links = [...strFromU8(data).matchAll(/<a [^>]*href="\.\/([^"#?]+)/g)].map((m) => m[1]!);
        for (const link of links) expect(entries[link], `${name} → ${link}`).toBeDefined();
      }
    });
  });
}

/** Compressed size of each entry, read from the zip's central directory. */
function compressedSizes(zip: Uint8Array): Array<[string, number]> {
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  let end = zip.byteLength - 22;
  while (view.getUint32(end, true) !== 0x06054b50) end -= 1;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const sizes: Array<[string, number]> = [];
  for (let i = 0; i < count; i += 1) {
    const nameLength = view.getUint16(at + 28, true);
    const extra = view.getUint16(at + 30, true);
    const comment = view.getUint16(at + 32, true);
    sizes.push([strFromU8(zip.subarray(at + 46, at + 46 + nameLength)), view.getUint32(at + 20, true)]);
    at += 46 + nameLength + extra + comment;
  }
  return sizes;
}
