import { summariseCmi } from './cmi-reading.ts';
import type { KeptData } from './cmi-seed.ts';
import { el } from './dom.ts';
import type { LaunchInfo, ScoLaunch } from './launch-info.ts';

export interface TocView {
  /** Marks the SCO that runs and shows what the LMS keeps for each. */
  update(currentId: string, keptBySco: ReadonlyMap<string, KeptData | null>): void;
}

/**
 * The package's table of contents, as an LMS shows it beside a package with several SCOs: one
 * button per item, in manifest order, with the status the LMS holds for it. The buttons stay in
 * place across launches, so keyboard focus does not jump.
 */
export function createToc(list: HTMLElement, launch: LaunchInfo, onChoose: (sco: ScoLaunch) => void): TocView {
  const rows = launch.scos.map((sco) => {
    const button = el('button', { type: 'button' }, sco.title);
    button.addEventListener('click', () => onChoose(sco));
    const status = el('span', { class: 'toc-status' });
    list.append(el('li', {}, button, ' ', status));
    return { sco, button, status };
  });
  return {
    update(currentId, keptBySco) {
      for (const { sco, button, status } of rows) {
        const isCurrent = sco.id === currentId;
        if (isCurrent) button.setAttribute('aria-current', 'true');
        else button.removeAttribute('aria-current');
        status.textContent = `${isCurrent ? 'running; ' : ''}${statusOf(launch, keptBySco.get(sco.id) ?? null, keptBySco.has(sco.id))}`;
      }
    },
  };
}

/** 1.2 keeps one lesson_status; 2004 completion and success apart. */
function statusOf(launch: LaunchInfo, kept: KeptData | null, hasLaunched: boolean): string {
  if (!kept) return hasLaunched ? 'nothing kept yet' : 'not launched';
  const [, first] = summariseCmi(launch.version, kept.cmi).values[0]!;
  if (launch.version === '1.2') return `lesson_status ${first || '(empty)'}`;
  const success = summariseCmi(launch.version, kept.cmi).values[1]![1];
  return `${first || '(empty)'}, ${success || '(empty)'}`;
}
