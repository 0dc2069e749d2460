import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

/**
 * The layout rule of the README, checked: arrows point down only. `learning/` is pure course
 * logic that every other part may use and that uses none of them; islands never speak SCORM;
 * only pages and layouts (and component wrappers) use components; browser code has no `node:`.
 */
const src = new URL('../../src/', import.meta.url).pathname;

type Folder = 'learning' | 'schemas' | 'i18n' | 'tracking' | 'components' | 'course' | 'integration' | 'pages' | 'layouts' | 'styles' | 'tools' | 'root';

interface Rule {
  /** Folders of src/ it may import from (besides itself). */
  folders: Folder[];
  /** Package imports it must not use. */
  forbidden: RegExp;
}

const rules: Record<Folder, Rule> = {
  learning: { folders: ['schemas', 'i18n'], forbidden: /^(node:|react|astro|astro:|astro\/)/ },
  schemas: { folders: [], forbidden: /^(node:|react|astro:|astro\/)/ },
  i18n: { folders: [], forbidden: /^(node:|react|astro)/ },
  tracking: { folders: ['learning', 'schemas', 'i18n'], forbidden: /^(node:|react)/ },
  components: { folders: ['learning', 'tracking', 'schemas', 'i18n', 'styles', 'course'], forbidden: /^node:/ },
  course: { folders: ['learning', 'schemas', 'i18n', 'tracking'], forbidden: /^(react|react-dom)/ },
  integration: { folders: ['course', 'learning', 'schemas', 'i18n'], forbidden: /^(react|react-dom|astro:)/ },
  pages: { folders: ['components', 'layouts', 'course', 'learning', 'schemas', 'i18n', 'integration', 'tracking', 'styles'], forbidden: /^$/ },
  layouts: { folders: ['components', 'tracking', 'learning', 'schemas', 'i18n', 'styles'], forbidden: /^node:/ },
  styles: { folders: [], forbidden: /^$/ },
  // Tools for instructors and administrators (npm run package, npm run preview:lms): Node, plus the pages they serve.
  tools: { folders: ['integration', 'course', 'learning', 'schemas', 'i18n'], forbidden: /^(react|react-dom|astro:)/ },
  root: { folders: ['schemas', 'learning', 'i18n'], forbidden: /^$/ },
};

/** What only the build-time wrappers in components/ (.astro) may use: the islands (.tsx, .ts) run in the browser. */
const ISLAND_FORBIDDEN_FOLDERS: Folder[] = ['course', 'integration', 'pages'];
/** Islands say tracker.recordAnswer(…); the SCORM formats and adapters are the tracker's business. */
const SCORM_MODULES = /tracking\/(scorm12|scorm2004|scorm-calls|scorm-delivery|interaction-format|no-lms|cmi5[\w-]*)\.ts$/;

function filesIn(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => /\.(ts|tsx|astro|mjs)$/.test(name) && !name.includes('schemas/scorm'))
    .map((name) => join(dir, name));
}

function folderOf(file: string): Folder {
  const [first] = relative(src, file).split('/');
  return (first && !first.includes('.') ? first : 'root') as Folder;
}

function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:^|[\s;])(?:import|export)\s[^'"]*?from\s*['"]([^'"]+)['"]|import\s*\(\s*['"]([^'"]+)['"]\s*\)|^\s*import\s+['"]([^'"]+)['"]/gm)].map((match) => match[1] ?? match[2] ?? match[3]!);
}

const problems: string[] = [];
for (const file of filesIn(src)) {
  const from = folderOf(file);
  const rule = rules[from];
  const isIsland = from === 'components' && !file.endsWith('.astro');
  for (const specifier of importsOf(file)) {
    const where = `${relative(src, file)} imports ${specifier}`;
    if (!specifier.startsWith('.')) {
      if (rule.forbidden.test(specifier)) problems.push(`${where}: ${from}/ must not use ${specifier}`);
      if (isIsland && specifier.startsWith('node:')) problems.push(`${where}: an island runs in the browser`);
      continue;
    }
    const target = resolve(dirname(file), specifier);
    if (!target.startsWith(src)) continue;
    const to = folderOf(target);
    if (to === from) continue;
    if (!rule.folders.includes(to)) problems.push(`${where}: ${from}/ may not import from ${to}/`);
    if (isIsland && ISLAND_FORBIDDEN_FOLDERS.includes(to)) problems.push(`${where}: an island must not use build-time code`);
    if (isIsland && SCORM_MODULES.test(target)) problems.push(`${where}: islands never speak SCORM; go through the tracker`);
  }
}

describe('import direction over src/', () => {
  test('every import follows the layout rule', () => {
    expect(problems).toEqual([]);
  });

  test('the rule catches what it is for', () => {
    const islandFiles = filesIn(join(src, 'components')).filter((file) => file.endsWith('.tsx'));
    expect(islandFiles.length).toBeGreaterThan(5);
    expect(filesIn(join(src, 'learning')).length).toBeGreaterThan(5);
  });
});
