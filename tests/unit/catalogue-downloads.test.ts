import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import { writeCatalogueDownloads } from '../../src/integration/catalogue-downloads.ts';
import type { WrittenPackage } from '../../src/integration/write-packages.ts';

const page = '<main><table><tbody data-package-rows="m1-proef"></tbody></table><table><tbody data-package-rows="cursus"></tbody></table></main>';

function written(name: string, form: WrittenPackage['form'], standard: string): WrittenPackage {
  return {
    file: `/site/packages/${name}.zip`,
    standard: standard as WrittenPackage['standard'],
    form,
    moduleIds: ['m1-proef'],
    passMarks: [70],
    bytes: 204_800,
    sha256: 'ab'.repeat(32),
    suspendData: { worstCase: 100, limit: 4096 },
    commitBytes: null,
    importSheet: `/site/packages/${name}-importblad.html`,
  };
}

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'catalogue-'));
  await writeFile(join(dir, 'docent.html'), page);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('writeCatalogueDownloads', () => {
  test('lists every written package in its table with size, checksum and import sheet, any standard included', async () => {
    await writeCatalogueDownloads(dir, [written('m1-proef-scorm12', 'module', 'scorm12'), written('m1-proef-cmi5', 'module', 'cmi5'), written('oov-leermodule-cursus-scorm2004', 'course', 'scorm2004')]);
    const html = await readFile(join(dir, 'docent.html'), 'utf8');
    const moduleRows = html.slice(html.indexOf('"m1-proef"'), html.indexOf('"cursus"'));
    expect(moduleRows).toContain('href="./packages/m1-proef-scorm12.zip" download data-bytes="204800"');
    expect(moduleRows).toContain('<span data-size>200,0 KB</span>');
    expect(moduleRows).toContain(`<code>${'ab'.repeat(32)}</code>`);
    expect(moduleRows).toContain('href="./packages/m1-proef-scorm12-importblad.html">Importblad SCORM 1.2</a>');
    expect(moduleRows).toContain('data-standard="cmi5"');
    expect(html.slice(html.indexOf('"cursus"'))).toContain('oov-leermodule-cursus-scorm2004.zip');
  });

  test('fails, naming the table, when a table would stay empty', async () => {
    await expect(writeCatalogueDownloads(dir, [written('m1-proef-scorm12', 'module', 'scorm12')])).rejects.toThrow('docent.html: the table "cursus" has no package');
  });

  test('fails, naming the zip, when a package has no table', async () => {
    const stray = { ...written('m9-elders-scorm12', 'module', 'scorm12'), moduleIds: ['m9-elders'] };
    await expect(writeCatalogueDownloads(dir, [written('m1-proef-scorm12', 'module', 'scorm12'), written('c', 'course', 'scorm12'), stray])).rejects.toThrow('m9-elders-scorm12.zip is in no table');
  });
});
