import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

/**
 * The real LRS of the cmi5 tests: Learning Locker's Statement API service `xapi-statements`
 * (npm, version 5), with its in-memory models and storage and its test auth (every Basic
 * credential is its demo client). It validates every statement and answers 400 on invalid ones.
 * It has no State API and no fetch endpoint: the test LMS (cmi5-lms.mjs) adds those and passes
 * statements through to it. Its port derives from E2E_PORT, so two runs can share a machine.
 */
export function lrsPort(): number {
  return Number(process.env['LRS_PORT'] ?? Number(process.env['E2E_PORT'] ?? 4391) + 1);
}

export const LRS_AUTH = `Basic ${Buffer.from('oov-test-lms:oov-test-lms').toString('base64')}`;

export function lrsUrl(path = ''): string {
  return `http://127.0.0.1:${lrsPort()}/xAPI/${path}`;
}

const root = new URL('../..', import.meta.url).pathname;

export async function startLrs(): Promise<() => Promise<void>> {
  const entry = createRequire(import.meta.url).resolve('xapi-statements/dist/index.js');
  const workDir = join(root, 'tests/.tmp/lrs');
  mkdirSync(workDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [entry], {
    cwd: workDir,
    stdio: ['ignore', 'ignore', 'pipe'],
    env: {
      ...process.env,
      EXPRESS_PORT: String(lrsPort()),
      MODELS_REPO: 'memory',
      STORAGE_REPO: 'memory',
      AUTH_REPO: 'test',
      EVENTS_REPO: 'test',
      EXPRESS_MORGAN_DIRECTORY: join(workDir, 'access-logs'),
      WINSTON_CONSOLE_LEVEL: 'error',
    },
  });
  let errors = '';
  child.stderr?.on('data', (chunk: Buffer) => (errors += chunk.toString()));
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`xapi-statements exited with ${child.exitCode}: ${errors}`);
    const about = await fetch(lrsUrl('about')).catch(() => null);
    if (about?.ok) break;
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  if (Date.now() >= deadline) throw new Error(`xapi-statements did not answer on port ${lrsPort()} within 30 s: ${errors}`);
  return async () => {
    child.kill('SIGTERM');
    await new Promise((resolve) => (child.exitCode !== null ? resolve(null) : child.once('exit', resolve)));
  };
}
