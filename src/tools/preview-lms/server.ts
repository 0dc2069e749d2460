// npm run preview:lms -- [package.zip] [--port n] [--no-open] [--pass-mark n|none]
// Serves one SCORM package from memory inside a local LMS page powered by scorm-again.
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HELP, parseCliOptions, UsageError, type PreviewOptions } from './cli-options.ts';
import { openInBrowser } from './open-browser.ts';
import { pickPackage } from './package-picker.ts';
import type { PassMarkSeed } from './page/launch-info.ts';
import { launchInfoOf, PACKAGE_BASE, startPreviewServer } from './preview-server.ts';
import { loadScormPackage, PackageError } from './scorm-package.ts';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
// npm runs scripts from the package root; INIT_CWD is where the administrator typed the command.
const invokedFrom = process.env['INIT_CWD'] ?? process.cwd();

async function main(): Promise<number> {
  const options = parseCliOptions(process.argv.slice(2));
  if (options.shouldShowHelp) {
    console.log(HELP);
    return 0;
  }
  const zipPath = options.zipPath === null ? await chooseZip() : resolve(invokedFrom, options.zipPath);
  // Nothing chosen: the list or the reason was printed, and the exit code set.
  if (zipPath === null) return 0;
  const scormPackage = await loadScormPackage(zipPath);
  const launch = launchInfoOf(scormPackage, (fromManifest) => passMarkSeed(options, fromManifest));
  const server = await startPreviewServer(scormPackage, launch, options.port).catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'EADDRINUSE') throw new UsageError(`Port ${options.port} is in use. Choose another with --port, or leave --port out to get a free one.`);
    throw error;
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const url = `http://127.0.0.1:${port}/`;
  console.log(`${scormPackage.zipName}: SCORM ${launch.version} (${launch.schemaVersion}), "${launch.title}"`);
  if (launch.scos.length > 1) console.log(`Table of contents: ${launch.scos.length} SCOs, each launched with its own data`);
  const passMarks = [...new Set(launch.scos.map((sco) => describePassMark(sco.passMark)))];
  console.log(`Pass mark seeded: ${passMarks.length === 1 ? passMarks[0] : launch.scos.map((sco) => `${sco.title}: ${describePassMark(sco.passMark)}`).join('; ')}`);
  console.log(`Package served from ${new URL(encodeURI(PACKAGE_BASE), url).href}`);
  console.log(`LMS preview: ${url}`);
  if (options.shouldOpen) console.log(openInBrowser(url) ? 'Opening it in your browser.' : 'No browser can be opened from here; open the address above yourself.');
  console.log('Press Ctrl+C to stop.');
  const stop = () => server.close(() => process.exit(0));
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  return 0;
}

async function chooseZip(): Promise<string | null> {
  const picked = await pickPackage(resolve(repoRoot, 'dist/packages'), invokedFrom);
  if (picked.zipPath) return picked.zipPath;
  (picked.isFailure ? console.error : console.log)(picked.message);
  if (picked.isFailure) process.exitCode = 1;
  return null;
}

function passMarkSeed(options: PreviewOptions, fromManifest: number | null): PassMarkSeed {
  if (options.passMark === null) return { value: null, source: 'none' };
  if (options.passMark !== undefined) return { value: options.passMark, source: 'option' };
  return fromManifest === null ? { value: null, source: 'none' } : { value: fromManifest, source: 'manifest' };
}

function describePassMark(passMark: PassMarkSeed): string {
  if (passMark.value === null) return 'none';
  return `${passMark.value}% (${passMark.source === 'manifest' ? 'from imsmanifest.xml' : 'from --pass-mark'})`;
}

// Mistakes of the administrator or the package are one sentence on stderr, without a stack trace.
main().then(
  (code) => {
    if (code !== 0) process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError || error instanceof PackageError) {
      console.error(error.message);
      process.exitCode = error instanceof UsageError ? 2 : 1;
      return;
    }
    console.error(error);
    process.exitCode = 1;
  },
);
