import { spawn } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The usual "open this URL" command of each desktop. */
const OPENERS: Partial<Record<NodeJS.Platform, string>> = { darwin: 'open', win32: 'explorer.exe', linux: 'xdg-open', freebsd: 'xdg-open', openbsd: 'xdg-open' };

/**
 * Asks the desktop to open the URL. Returns false when there is no opener (a server without a
 * desktop, a container): the caller has printed the URL, and the preview works without it.
 * Never throws, and never waits for the browser.
 */
export function openInBrowser(url: string): boolean {
  const opener = OPENERS[process.platform];
  if (!opener || !isOnPath(opener)) return false;
  try {
    const child = spawn(opener, [url], { detached: true, stdio: 'ignore' });
    child.on('error', () => undefined);
    child.unref();
    return true;
  } catch {
    return false;
  }
}

function isOnPath(command: string): boolean {
  return (process.env['PATH'] ?? '').split(delimiter).some((dir) => {
    try {
      accessSync(join(dir, command), constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}
