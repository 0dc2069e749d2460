import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { sampleProcessTreePeak } from './process-tree-memory.ts';

export interface BuildResult {
  ms: number;
  /** Peak resident memory of the build process and all its descendants. */
  peakRssBytes: number;
  packages: number;
  packageBytes: number;
}

export interface BuildOptions {
  root: string;
  outDir: string;
  /** A separate Astro cache, so that every measured build starts cold, as in a fresh clone. */
  cacheDir: string;
  /** OOV_CONTENT_DIR; the real course when absent. */
  contentDir?: string;
  /** Where the build's output goes; the last lines are shown if it fails. */
  log?: (line: string) => void;
}

/** Runs `astro build` (what `npm run build` runs) and measures its wall time and memory. */
export async function buildCourse({ root, outDir, cacheDir, contentDir, log }: BuildOptions): Promise<BuildResult> {
  const env: NodeJS.ProcessEnv = { ...process.env, OOV_CACHE_DIR: cacheDir, ASTRO_TELEMETRY_DISABLED: '1', FORCE_COLOR: '0', NO_COLOR: '1' };
  if (contentDir) env['OOV_CONTENT_DIR'] = contentDir;
  else delete env['OOV_CONTENT_DIR'];
  const started = performance.now();
  const child = spawn(process.execPath, [join(root, 'node_modules/astro/bin/astro.mjs'), 'build', '--outDir', outDir], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const sampler = sampleProcessTreePeak(child.pid!);
  const output: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString('utf8').split('\n')) {
      if (!line.trim()) continue;
      output.push(line);
      if (output.length > 60) output.shift();
      log?.(line);
    }
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
  const ms = performance.now() - started;
  const { peakBytes } = sampler.stop();
  if (code !== 0) throw new Error(`astro build ${contentDir ? `of ${contentDir} ` : ''}failed (exit ${code}):\n${output.join('\n')}`);
  const { count, bytes } = await packageTotals(join(outDir, 'packages'));
  return { ms, peakRssBytes: peakBytes, packages: count, packageBytes: bytes };
}

async function packageTotals(dir: string): Promise<{ count: number; bytes: number }> {
  const zips = (await readdir(dir)).filter((name) => name.endsWith('.zip'));
  const sizes = await Promise.all(zips.map(async (name) => (await stat(join(dir, name))).size));
  return { count: zips.length, bytes: sizes.reduce((sum, size) => sum + size, 0) };
}
