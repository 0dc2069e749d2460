import { test as base, expect, type BrowserContext } from '@playwright/test';

export { expect };

/**
 * Every end-to-end test fails on a request that answers 404 (or any 4xx/5xx it did not ask
 * for), a request that failed, or a request to anything but the test host: an LMS logs each of
 * these, and a package must not reach outside itself (a cmi5 package: nothing but its LMS's xAPI side). Pages a test opens itself
 * (browser.newPage) are watched too.
 */
interface NetworkGuard {
  /** URLs (substrings) a test expects to fail, e.g. the failing commit endpoint of a slow-LMS test. */
  allowFailures(...patterns: string[]): void;
}

export const test = base.extend<{ network: NetworkGuard }>({
  network: [
    async ({ context, browser, baseURL }, use) => {
      const problems: string[] = [];
      // The cmi5 test LMS answers xAPI on the host's other loopback name, a different origin (tests/support/cmi5-lms.mjs).
      const cmi5LrsSide = `${baseURL!.replace('://127.0.0.1', '://localhost')}/cmi5/`;
      const allowed: string[] = [];
      const watch = (watched: BrowserContext) => {
        watched.on('response', (response) => {
          if (response.status() >= 400 && !allowed.some((pattern) => response.url().includes(pattern))) problems.push(`${response.status()} ${response.url()}`);
        });
        watched.on('requestfailed', (request) => {
          const error = request.failure()?.errorText ?? '';
          // A page that closes or navigates aborts what it was still loading; that is not a fault of the package.
          if (error.includes('ERR_ABORTED') || allowed.some((pattern) => request.url().includes(pattern))) return;
          problems.push(`failed ${request.url()} (${error})`);
        });
        watched.on('request', (request) => {
          const url = request.url();
          if (!url.startsWith(baseURL!) && !url.startsWith(cmi5LrsSide) && !/^(about|data|blob):/.test(url)) problems.push(`outside the test host: ${url}`);
        });
      };
      watch(context);
      const newContext = browser.newContext.bind(browser);
      const newPage = browser.newPage.bind(browser);
      browser.newContext = async (options) => {
        const created = await newContext(options);
        watch(created);
        return created;
      };
      browser.newPage = async (options) => {
        const page = await newPage(options);
        watch(page.context());
        return page;
      };
      await use({ allowFailures: (...patterns) => allowed.push(...patterns) });
      browser.newContext = newContext;
      browser.newPage = newPage;
      expect(problems, 'requests that failed or left the test host').toEqual([]);
    },
    { auto: true },
  ],
});
