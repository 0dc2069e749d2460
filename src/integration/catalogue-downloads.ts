import { readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { CATALOGUE_PAGE, PACKAGE_ROWS_ATTRIBUTE, WHOLE_COURSE_SET } from '../course/catalogue-placeholder.ts';
import { nlDocent } from '../i18n/nl-docent.ts';
import { escapeXml as escapeHtml } from '../course/escape-xml.ts';
import { PACKAGES_DIR } from './packaged-course.ts';
import type { WrittenPackage } from './write-packages.ts';

/** How the catalogue names a standard; a standard without a name here shows its key. */
const STANDARD_LABELS: Record<string, string> = { scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004 4th Edition', cmi5: 'cmi5 (xAPI)' };

/**
 * Fills the catalogue's package tables with the packages the build wrote: file, standard, pass
 * mark, size, SHA-256 and import sheet. The written-package list is the one source: whatever
 * standards `writePackages` writes appear here, in the order it wrote them. Every table must get
 * at least one row and every package a table, so a catalogue never offers less than was built.
 */
export async function writeCatalogueDownloads(siteDir: string, written: readonly WrittenPackage[]): Promise<void> {
  const path = join(siteDir, CATALOGUE_PAGE);
  const html = await readFile(path, 'utf8');
  const placeholder = new RegExp(`<tbody ${PACKAGE_ROWS_ATTRIBUTE}="([^"]+)"></tbody>`, 'g');
  const problems: string[] = [];
  const shown = new Set<WrittenPackage>();
  const filled = html.replace(placeholder, (_, set: string) => {
    const rows = written.filter((pkg) => (set === WHOLE_COURSE_SET ? pkg.form === 'course' : pkg.form === 'module' && pkg.moduleIds[0] === set));
    if (rows.length === 0) problems.push(`the table "${set}" has no package`);
    rows.forEach((pkg) => shown.add(pkg));
    return `<tbody ${PACKAGE_ROWS_ATTRIBUTE}="${set}">${rows.map(packageRow).join('')}</tbody>`;
  });
  for (const pkg of written) if (!shown.has(pkg)) problems.push(`${basename(pkg.file)} is in no table`);
  if (problems.length) throw new Error(`${CATALOGUE_PAGE}: ${problems.join('; ')}`);
  await writeFile(path, filled);
}

function packageRow(pkg: WrittenPackage): string {
  const t = nlDocent.catalogue;
  const zip = basename(pkg.file);
  const sheet = basename(pkg.importSheet);
  const standard = STANDARD_LABELS[pkg.standard] ?? pkg.standard;
  const passMark = pkg.passMarks.map((mark) => `${mark}%`).join(' / ');
  const cells = [
    `<a href="./${PACKAGES_DIR}/${encodeURI(zip)}" download data-bytes="${pkg.bytes}">${escapeHtml(zip)}</a><br><span class="sha256">SHA-256 <code>${pkg.sha256}</code></span>`,
    escapeHtml(standard),
    passMark,
    `<span data-size>${t.size(pkg.bytes)}</span>`,
    `<a href="./${PACKAGES_DIR}/${encodeURI(sheet)}">${escapeHtml(t.sheetLink(standard))}</a>`,
  ];
  return `<tr data-package="${escapeHtml(zip)}" data-standard="${escapeHtml(pkg.standard)}">${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
}
