import { readdirSync, readFileSync } from 'node:fs';

/**
 * Resident memory of a process and all its descendants, from /proc (Linux). Astro's build runs
 * workers and esbuild as child processes, so the build process alone would under-count.
 */
export function processTreeRssBytes(rootPid: number): number {
  const children = new Map<number, number[]>();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    const parent = parentPidOf(Number(name));
    if (parent === null) continue;
    children.set(parent, [...(children.get(parent) ?? []), Number(name)]);
  }
  let total = 0;
  const queue = [rootPid];
  while (queue.length) {
    const pid = queue.pop()!;
    total += rssBytesOf(pid);
    queue.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** From /proc/<pid>/stat; the command name in parentheses may itself hold spaces and parentheses. */
function parentPidOf(pid: number): number | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return null;
  }
}

function rssBytesOf(pid: number): number {
  try {
    const match = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/** Samples the tree every `intervalMs` until stopped; returns the peak seen. */
export function sampleProcessTreePeak(rootPid: number, intervalMs = 100): { stop: () => { peakBytes: number; samples: number } } {
  let peakBytes = 0;
  let samples = 0;
  const sample = () => {
    peakBytes = Math.max(peakBytes, processTreeRssBytes(rootPid));
    samples += 1;
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    stop: () => {
      clearInterval(timer);
      return { peakBytes, samples };
    },
  };
}
