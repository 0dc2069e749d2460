// `npm run package -- …`: the packages an instructor or administrator asks for, without editing
// code: which modules, which standards, which pass mark and title, per module or the whole course.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { STANDARDS, writePackageSet, type PackageForm, type Standard, type WrittenPackage } from '../integration/write-packages.ts';
import { parsePackagedCourse } from '../integration/packaged-course.ts';

const root = resolve(import.meta.dirname, '../..');
const siteDir = join(root, 'dist');

const HELP = `Build SCORM and cmi5 packages of the course, exactly as asked.

Usage: npm run package -- [options]

  --modules m1,m3          modules to package, by id or by number (default: all)
  --standard scorm12,scorm2004,cmi5
                           standards to write (default: all three)
  --form module,course     one package per module, and/or one whole-course package
                           with a SCO per module (default: module)
  --pass-mark 70           pass mark in percent, 0-100, for every packaged module
                           (default: each module's own; an LMS-set pass mark still wins)
  --title "…"              title of a whole-course package (default: the course title)
  --out dir/               folder to write to (default: dist/packages-custom)
  --no-build               use the current dist/ instead of building the site first
  --help                   this text

Example:
  npm run package -- --modules m1,m3 --standard scorm12 --pass-mark 80 --out pakketten/

Beside every zip an import sheet (…-importblad.html) tells the LMS administrator what the
package reports and which LMS settings to choose. Same sources and options give the same
bytes, so a SHA-256 identifies a package.`;

class UsageError extends Error {}

interface Options {
  moduleIds: string[] | undefined;
  standards: Standard[];
  forms: PackageForm[];
  passMark: number | undefined;
  title: string | undefined;
  outDir: string;
  shouldBuild: boolean;
}

function readOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        modules: { type: 'string' },
        standard: { type: 'string' },
        form: { type: 'string' },
        'pass-mark': { type: 'string' },
        title: { type: 'string' },
        out: { type: 'string' },
        'no-build': { type: 'boolean' },
        help: { type: 'boolean' },
      },
      strict: true,
    });
  } catch (error) {
    throw new UsageError(`${error instanceof Error ? error.message : String(error)}. See --help for the options.`);
  }
  const { values } = parsed;
  if (values.help) return 'help';
  const list = (value: string | undefined) => value?.split(',').map((each) => each.trim()).filter(Boolean);
  const standards = list(values.standard) ?? Object.keys(STANDARDS);
  for (const standard of standards) {
    if (!(standard in STANDARDS)) throw new UsageError(`--standard: "${standard}" is not a standard this course writes; use ${Object.keys(STANDARDS).join(', ')} (comma-separated for several)`);
  }
  const forms = list(values.form) ?? ['module'];
  for (const form of forms) if (form !== 'module' && form !== 'course') throw new UsageError(`--form: "${form}" is not a form; use module, course or module,course`);
  let passMark: number | undefined;
  if (values['pass-mark'] !== undefined) {
    passMark = Number(values['pass-mark']);
    if (!/^\d+(\.\d+)?$/.test(values['pass-mark']) || passMark < 0 || passMark > 100) throw new UsageError(`--pass-mark: "${values['pass-mark']}" is not a percentage; use a number from 0 to 100, e.g. --pass-mark 70`);
  }
  if (values.title !== undefined && !values.title.trim()) throw new UsageError('--title: give a title, e.g. --title "Van output naar outcome"');
  return {
    moduleIds: list(values.modules),
    standards: standards as Standard[],
    forms: forms as PackageForm[],
    passMark,
    title: values.title?.trim(),
    outDir: resolve(values.out ?? join(siteDir, 'packages-custom')),
    shouldBuild: !values['no-build'],
  };
}

/** "m1" or "1" stands for the module whose id starts with "m1-". */
function resolveModules(requested: string[] | undefined, known: string[]): string[] | undefined {
  if (!requested) return undefined;
  return requested.map((given) => {
    const found = known.find((id) => id === given || id.startsWith(`${given}-`) || id.startsWith(`m${given}-`));
    if (!found) throw new UsageError(`--modules: "${given}" is not a module; the modules are ${known.join(', ')} (or m1 … m${known.length})`);
    return found;
  });
}

/** Tries a write where the packages will go (permissions alone say too little, as root and on /proc). */
function checkWritable(outDir: string): void {
  let dir = outDir;
  while (!existsSync(dir)) dir = dirname(dir);
  try {
    if (!statSync(dir).isDirectory()) throw new Error('not a folder');
    const probe = mkdtempSync(join(dir, '.oov-write-test-'));
    rmSync(probe, { recursive: true });
  } catch {
    throw new UsageError(`--out: cannot write to "${outDir}" (${dir} is not a folder you may write to); choose another folder`);
  }
}

function buildSite(): void {
  console.log('Building the course site (npm run build) …');
  const result = spawnSync(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' } });
  if (result.status !== 0) throw new Error('the course site did not build; run `npm run build` to see why');
}

function printTable(written: WrittenPackage[]): void {
  const rows = written.map((pkg) => [relative(process.cwd(), pkg.file), ({ scorm12: 'SCORM 1.2', scorm2004: 'SCORM 2004', cmi5: 'cmi5' } as const)[pkg.standard], pkg.moduleIds.map((id) => id.split('-')[0]).join(','), pkg.passMarks.map((m) => `${m}%`).join('/'), `${(pkg.bytes / 1024).toFixed(1)} KB`, pkg.sha256]);
  const header = ['file', 'standard', 'modules', 'pass mark', 'size', 'SHA-256'];
  const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column]!.length)));
  const line = (cells: string[]) => `| ${cells.map((cell, column) => cell.padEnd(widths[column]!)).join(' | ')} |`;
  console.log(`\n${line(header)}\n| ${widths.map((width) => '-'.repeat(width)).join(' | ')} |\n${rows.map(line).join('\n')}`);
}

async function main(): Promise<void> {
  const options = readOptions(process.argv.slice(2));
  if (options === 'help') return console.log(HELP);
  checkWritable(options.outDir);
  if (options.shouldBuild) buildSite();
  if (!existsSync(join(siteDir, 'course.json'))) throw new UsageError('--no-build: dist/ has no built course; run without --no-build, or `npm run build` first');
  const course = parsePackagedCourse(readFileSync(join(siteDir, 'course.json'), 'utf8'));
  const moduleIds = resolveModules(options.moduleIds, course.modules.map((m) => m.id));
  mkdirSync(dirname(options.outDir), { recursive: true });
  const written = await writePackageSet({
    siteDir,
    outDir: options.outDir,
    ...(moduleIds ? { moduleIds } : {}),
    standards: options.standards,
    forms: options.forms,
    ...(options.passMark !== undefined ? { passMark: options.passMark } : {}),
    ...(options.title ? { title: options.title } : {}),
    onWritten: (pkg) => console.log(`  wrote ${relative(process.cwd(), pkg.file)} (${(pkg.bytes / 1024).toFixed(1)} KB) and its import sheet`),
  });
  printTable(written);
}

main().catch((error: unknown) => {
  console.error(error instanceof UsageError ? `Error: ${error.message}` : `Packaging failed: ${error instanceof Error ? error.message : String(error)}\nNothing was written.`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
