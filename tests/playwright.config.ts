import { defineConfig } from '@playwright/test';

// E2E_PORT lets two test runs share a machine.
const port = Number(process.env['E2E_PORT'] ?? 4391);

/**
 * Chromium comes from Debian (`apt-get install chromium`): Playwright's own browser download is
 * not reachable on the CI machines. The packages are built by `npm run build` before this runs.
 */
export default defineConfig({
  testDir: 'e2e',
  outputDir: process.env['E2E_OUTPUT'] ?? 'test-results',
  testMatch: '**/*.test.ts',
  globalSetup: './support/global-setup.ts',
  fullyParallel: false,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  // CI machines have two cores shared by two workers and a browser each: allow for slow moments.
  expect: { timeout: 10_000 },
  reporter: [['list'], ['./support/write-axe-summary.ts']],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    launchOptions: {
      executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    trace: 'retain-on-failure',
    // An action on an element that a page swap removed must fail, not wait for the test's end.
    actionTimeout: 15_000,
  },
  webServer: {
    command: `node support/static-server.mjs`,
    // The LRS of the cmi5 tests (started by the global setup) listens on the next port.
    env: { PORT: String(port), LRS_PORT: String(Number(process.env['LRS_PORT'] ?? port + 1)) },
    url: `http://127.0.0.1:${port}/lms/host.html`,
    reuseExistingServer: false,
  },
});
