import { readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { createInterface } from 'node:readline/promises';

export interface PickResult {
  /** The chosen zip, or null when nothing was chosen. */
  zipPath: string | null;
  /** What to tell the administrator when nothing was chosen. */
  message: string;
  /** True when there was nothing to choose from: the command did not do its job. */
  isFailure: boolean;
}

/**
 * Lists the built packages. In a terminal the administrator picks one by number; without one
 * (a pipe, CI) the list is printed with the command to run, since nobody can answer a prompt.
 */
export async function pickPackage(packagesDir: string, shownFrom: string): Promise<PickResult> {
  // The preview runs SCORM (scorm-again); cmi5 packages need an LMS with an LRS.
  const zips = (await readdir(packagesDir).catch(() => [] as string[])).filter((name) => name.endsWith('.zip') && !name.endsWith('-cmi5.zip')).sort();
  const shownDir = relative(shownFrom, packagesDir) || '.';
  if (zips.length === 0) {
    return { zipPath: null, isFailure: true, message: `There are no packages in ${shownDir}. Run \`npm run build\` first, or pass the path of a SCORM zip:\n  npm run preview:lms -- path/to/package.zip` };
  }
  const list = zips.map((name, index) => `  ${String(index + 1).padStart(2)}  ${name}`).join('\n');
  if (!process.stdin.isTTY) {
    return { zipPath: null, isFailure: false, message: `Packages in ${shownDir}:\n${list}\n\nPreview one with:\n  npm run preview:lms -- ${join(shownDir, zips[0]!)}` };
  }
  console.log(`Packages in ${shownDir}:\n${list}\n`);
  const prompt = createInterface({ input: process.stdin, output: process.stdout });
  try {
    const answer = (await prompt.question('Which one? Type its number (Enter to quit): ')).trim();
    const chosen = zips[Number(answer) - 1];
    if (answer === '') return { zipPath: null, isFailure: false, message: 'Nothing chosen.' };
    if (!/^\d+$/.test(answer) || !chosen) return { zipPath: null, isFailure: true, message: `"${answer}" is not one of the numbers 1 to ${zips.length}.` };
    return { zipPath: join(packagesDir, chosen), isFailure: false, message: '' };
  } finally {
    prompt.close();
  }
}
