import { mkdtempSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, test } from 'vitest';
import { unzipSync, strFromU8 } from 'fflate';
import { readFileSync } from 'node:fs';
import { writePackages } from '../../src/integration/write-packages.ts';
import { findAbsoluteUrls, rewriteToRelativeUrls, stampScormVersion, stripSiteOnlyLinks } from '../../src/integration/relative-urls.ts';

let site: string;
afterEach(() => rmSync(site, { recursive: true, force: true }));

function fakeSite(page: string): string {
  site = mkdtempSync(join(tmpdir(), 'site-'));
  mkdirSync(join(site, '_astro'));
  writeFileSync(join(site, '_astro/app.js'), 'import "./chunk.js";');
  writeFileSync(join(site, '_astro/chunk.js'), 'export {};');
  writeFileSync(join(site, 'favicon.svg'), '<svg/>');
  writeFileSync(join(site, 'm1.html'), page);
  writeFileSync(join(site, 'm1--01.html'), '<html lang="nl"><body>les</body></html>');
  const course = { title: 'Cursus', modules: [{ id: 'm1', title: 'M1', summary: 'S', passMark: 70, launchPage: 'm1.html', pages: ['m1.html', 'm1--01.html'], lessonTitles: ['Les'], worstCaseSuspendData: 100, worstCaseCommitBytes: 2000 }] };
  writeFileSync(join(site, 'course.json'), JSON.stringify(course));
  return site;
}

describe('writePackages', () => {
  test('writes a 1.2, a 2004 and a cmi5 zip with the manifest first, every page, the assets and the XSDs', async () => {
    const written = await writePackages(fakeSite('<html lang="nl"><head><script type="module" src="./_astro/app.js"></script></head></html>'));
    expect(written.map((w) => w.file.split('/').pop())).toEqual(['m1-scorm12.zip', 'm1-scorm2004.zip', 'm1-cmi5.zip', 'oov-leermodule-cursus-scorm12.zip', 'oov-leermodule-cursus-scorm2004.zip', 'oov-leermodule-cursus-cmi5.zip']);
    expect(readdirSync(join(site, 'packages'))).toContain('m1-scorm12-importblad.html');
    const entries = unzipSync(new Uint8Array(readFileSync(written[0]!.file)));
    const names = Object.keys(entries);
    expect(names[0]).toBe('imsmanifest.xml');
    expect(names).toEqual(expect.arrayContaining(['m1.html', 'm1--01.html', '_astro/app.js', '_astro/chunk.js', 'favicon.svg', 'imscp_rootv1p1p2.xsd', 'adlcp_rootv1p2.xsd']));
    expect(strFromU8(entries['m1.html']!)).toContain('<html data-scorm-version="1.2" lang="nl">');
  });

  test('writes a cmi5 zip with cmi5.xml first, the pages stamped with their AU, and no XSDs', async () => {
    const written = await writePackages(fakeSite('<html lang="nl"><head><script type="module" src="./_astro/app.js"></script></head></html>'));
    const entries = unzipSync(new Uint8Array(readFileSync(written.find((w) => w.file.endsWith('/m1-cmi5.zip'))!.file)));
    const names = Object.keys(entries);
    expect(names[0]).toBe('cmi5.xml');
    expect(names).toEqual(expect.arrayContaining(['m1.html', 'm1--01.html', '_astro/app.js', '_astro/chunk.js', 'favicon.svg']));
    expect(names.filter((name) => name.endsWith('.xsd'))).toEqual([]);
    expect(strFromU8(entries['cmi5.xml']!)).toContain('<au id="https://oov-leermodule.nl/cmi5/m1/m1" moveOn="CompletedAndPassed" masteryScore="0.7"');
    expect(strFromU8(entries['m1.html']!)).toContain('<html data-lms-standard="cmi5" data-cmi5-publisher-id="https://oov-leermodule.nl/cmi5/m1/m1" lang="nl">');
    const course = unzipSync(new Uint8Array(readFileSync(written.find((w) => w.file.endsWith('/oov-leermodule-cursus-cmi5.zip'))!.file)));
    expect(strFromU8(course['m1.html']!)).toContain('data-cmi5-publisher-id="https://oov-leermodule.nl/cmi5/cursus/m1"');
  });

  test('gives the same bytes for the same input', async () => {
    const dir = fakeSite('<html lang="nl"></html>');
    const first = readFileSync((await writePackages(dir))[0]!.file);
    const second = readFileSync((await writePackages(dir))[0]!.file);
    expect(Buffer.compare(first, second)).toBe(0);
  });

  test('refuses a page with a root-absolute URL and leaves no zip behind', async () => {
    const dir = fakeSite('<html lang="nl"><img src="/images/kaart.png"></html>');
    await expect(writePackages(dir)).rejects.toThrow('Module "m1" (SCORM 1.2) still has root-absolute URLs, which break when an LMS serves the package from its own path:\n  m1.html: /images/kaart.png');
    expect(readdirSync(dir)).not.toContain('packages');
  });

  test('a failing build keeps the previous complete set of packages, with nothing of its own beside it', async () => {
    const dir = fakeSite('<html lang="nl"></html>');
    const [first] = await writePackages(dir);
    const before = readFileSync(first!.file);
    writeFileSync(join(dir, 'm1.html'), '<html lang="nl"><body>nieuw <a href="/x">x</a></body></html>');
    await expect(writePackages(dir)).rejects.toThrow('root-absolute');
    expect(readdirSync(join(dir, 'packages')).filter((name) => name.startsWith('m1-')).sort()).toEqual(['m1-cmi5-importblad.html', 'm1-cmi5.zip', 'm1-scorm12-importblad.html', 'm1-scorm12.zip', 'm1-scorm2004-importblad.html', 'm1-scorm2004.zip']);
    expect(Buffer.compare(readFileSync(first!.file), before)).toBe(0);
    expect(readdirSync(dir).filter((name) => name.startsWith('packages.'))).toEqual([]);
  });

  test('refuses a course.json of another shape with a message that says so', async () => {
    const dir = fakeSite('<html lang="nl"></html>');
    writeFileSync(join(dir, 'course.json'), JSON.stringify({ modules: [{ id: 'm1' }] }));
    await expect(writePackages(dir)).rejects.toThrow('course.json does not have the shape the packager expects');
  });
});

describe('relative URLs', () => {
  test('rewrites /_astro/ references of root pages to ./_astro/', () => {
    expect(rewriteToRelativeUrls('<script src="/_astro/a.js"></script><astro-island component-url="/_astro/Q.js">')).toBe('<script src="./_astro/a.js"></script><astro-island component-url="./_astro/Q.js">');
  });

  test('finds root-absolute and protocol-relative references in HTML, CSS and JS', () => {
    const found = findAbsoluteUrls('x', `<a href="/home">h</a><link href="//cdn.example/x.css">url(/font.woff2) import("/_astro/c.js") const p="/_astro/d.js"`);
    expect(found.map((f) => f.url)).toEqual(['/home', '//cdn.example/x.css', '/font.woff2', '/_astro/c.js', '/_astro/d.js']);
  });

  test('leaves relative references alone', () => {
    expect(findAbsoluteUrls('x', '<a href="./m1.html">x</a><script src="./_astro/a.js"></script> url(./f.woff2) "./_astro/e.js"')).toEqual([]);
  });

  test('unwraps links that only make sense on the site', () => {
    expect(stripSiteOnlyLinks('<p><a href="./index.html" data-astro-reload data-site-only>Cursus</a></p>')).toBe('<p>Cursus</p>');
  });

  test('stamps the SCORM version on the html element', () => {
    expect(stampScormVersion('<!doctype html><html lang="nl">', '2004')).toBe('<!doctype html><html data-scorm-version="2004" lang="nl">');
  });
});
