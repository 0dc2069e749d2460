import type { AstroIntegration } from 'astro';
import { AstroError } from 'astro/errors';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { rewriteSitePages, writePackages } from './write-packages.ts';
import { writeCatalogueDownloads } from './catalogue-downloads.ts';
import { COMMIT_BUDGET_BYTES } from '../course/lms-payload-budget.ts';

/** After the site is built, writes a SCORM 1.2, a SCORM 2004 and a cmi5 package for every module, and for the whole course. */
export default function scormPackages(): AstroIntegration {
  return {
    name: 'oov-scorm-packages',
    hooks: {
      'astro:config:setup': ({ addClientDirective }) => {
        addClientDirective({ name: 'interact', entrypoint: fileURLToPath(new URL('../components/interact-directive.ts', import.meta.url)) });
      },
      'astro:build:done': async ({ dir, logger }) => {
        const log = logger.fork('scorm');
        const started = performance.now();
        try {
          const siteDir = fileURLToPath(dir);
          // One rule for every URL in a page: relative to the page, which sits at the root.
          await rewriteSitePages(siteDir);
          const written = await writePackages(siteDir);
          // Sizes and checksums exist only now: the instructors' catalogue links every package with them.
          await writeCatalogueDownloads(siteDir, written);
          for (const { file, bytes, suspendData, commitBytes } of written) {
            // One line per package, as the package command prints them.
            const commit = commitBytes === null ? '' : `; Moodle's largest commit ${(commitBytes / 1024).toFixed(1)} of ${COMMIT_BUDGET_BYTES / 1024} KiB`;
            log.info(`${relative(process.cwd(), file)}: ${(bytes / 1024).toFixed(1)} KB; saved progress at most ${suspendData.worstCase}${suspendData.limit === null ? '' : ` of ${suspendData.limit}`} characters${commit}`);
          }
          log.info(`${written.length} packages in ${Math.round(performance.now() - started)} ms`);
        } catch (cause) {
          const detail = cause instanceof Error ? cause.message : String(cause);
          throw new AstroError(`Writing the SCORM packages failed: ${detail}`, 'dist/packages still holds the complete set of the last build that succeeded (or nothing); no package of this build was kept. Fix the cause above and build again.');
        }
      },
    },
  };
}
