import { parseArgs } from 'node:util';

export interface PreviewOptions {
  /** Path of the zip as given, or null to pick one from dist/packages. */
  zipPath: string | null;
  /** 0 lets the system pick a free port. */
  port: number;
  shouldOpen: boolean;
  /** undefined: take the manifest's pass mark, as an LMS does; null: seed none. */
  passMark: number | null | undefined;
  shouldShowHelp: boolean;
}

/** A mistake on the command line; the message says what was wrong and what is accepted. */
export class UsageError extends Error {
  override name = 'UsageError';
}

export const HELP = `Preview a SCORM package as an LMS would: the package runs in an iframe of a local LMS page
powered by scorm-again, next to a live view of the CMI data and every API call.

Usage:
  npm run preview:lms -- [path/to/package.zip] [options]

Without a zip, the packages in dist/packages are listed to pick from.

Options:
  --port <number>       port to listen on (default: a free port)
  --no-open             print the address only; do not open a browser
  --pass-mark <0-100>   pass mark the LMS seeds (1.2 cmi.student_data.mastery_score,
                        2004 cmi.scaled_passing_score); "none" seeds none.
                        Default: the manifest's, as LMSs take it from there
  -h, --help            show this help

Example:
  npm run preview:lms -- dist/packages/m1-drie-manieren-scorm2004.zip --pass-mark 80 --no-open
`;

export function parseCliOptions(args: string[]): PreviewOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      options: {
        port: { type: 'string' },
        'no-open': { type: 'boolean', default: false },
        'pass-mark': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    throw new UsageError(`${(error as Error).message}\nSee --help for the options.`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`Give one zip, not ${positionals.length}: ${positionals.join(', ')}.`);
  return {
    zipPath: positionals[0] ?? null,
    port: values.port === undefined ? 0 : parsePort(values.port),
    shouldOpen: !values['no-open'],
    passMark: values['pass-mark'] === undefined ? undefined : parsePassMark(values['pass-mark']),
    shouldShowHelp: values.help,
  };
}

function parsePort(text: string): number {
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) throw new UsageError(`--port must be a whole number from 1 to 65535, not "${text}".`);
  return port;
}

function parsePassMark(text: string): number | null {
  if (text === 'none') return null;
  const passMark = Number(text);
  if (text.trim() === '' || !Number.isFinite(passMark) || passMark < 0 || passMark > 100) throw new UsageError(`--pass-mark must be a percentage from 0 to 100, or "none", not "${text}".`);
  return passMark;
}
