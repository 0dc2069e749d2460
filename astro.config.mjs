import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import react from '@astrojs/react';
import { createHash } from 'node:crypto';
import scormPackages from './src/integration/index.ts';
import { KEEP_CMI5_LAUNCH_SCRIPT } from './src/tracking/keep-cmi5-launch.ts';

export default defineConfig({
  // LMSs serve a package from a deep path they choose: every page sits at the root and refers
  // to its assets page-relatively (./_astro/…). The packager checks that nothing absolute remains.
  // Stylesheets stay in files: shared by every page of a package instead of repeated in each.
  build: { format: 'file', assetsPrefix: '.', inlineStylesheets: 'never' },
  devToolbar: { enabled: false },
  // Fixture builds in the tests use their own cache, so they never clear the course's content store.
  ...(process.env.OOV_CACHE_DIR ? { cacheDir: process.env.OOV_CACHE_DIR } : {}),
  prefetch: false,
  // One rule for every URL the build emits: relative to the file that holds it. Pages sit at the
  // package root (./_astro/…); JS and CSS in _astro/ refer to their neighbours (./x.js). Without
  // this, Vite resolves its preload list ("./_astro/x.js") against the chunk's own URL and
  // requests _astro/_astro/x.js, a 404 inside every LMS.
  vite: {
    experimental: {
      renderBuiltUrl(filename, { hostType }) {
        return hostType === 'html' ? `./${filename}` : { relative: true };
      },
    },
  },
  // A package may load nothing from outside itself. Astro hashes its own inline scripts and styles.
  security: {
    csp: {
      algorithm: 'SHA-256',
      directives: [
        "default-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "object-src 'none'",
        "base-uri 'self'",
        "form-action 'none'",
      ],
      // Our one inline script (src/tracking/keep-cmi5-launch.ts), allowed by its hash.
      scriptDirective: { resources: ["'self'"], hashes: [`sha256-${createHash('sha256').update(KEEP_CMI5_LAUNCH_SCRIPT).digest('base64')}`] },
      styleDirective: { resources: ["'self'"] },
    },
  },
  integrations: [react(), mdx(), scormPackages()],
});
