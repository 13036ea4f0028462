import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium, never a downloaded browser. The flags keep it from calling home (no network here).
const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** Browser tests: the real server (built web app, fresh data folder, PGlite) driven through real Chromium. */
export default defineConfig({
  testDir: '.',
  // The specs and the long journeys (`*.journey.ts`, whole-role walks of several minutes, which set their own timeout).
  testMatch: ['**/*.spec.ts', '**/*.journey.ts'],
  // PATHWISE_E2E_OUTPUT keeps two runs on one machine from clearing each other's traces.
  outputDir: process.env.PATHWISE_E2E_OUTPUT ?? '../test-results/e2e',
  globalSetup: './start-server.ts',
  fullyParallel: true,
  workers: process.env.PATHWISE_E2E_WORKERS ? Number(process.env.PATHWISE_E2E_WORKERS) : 2,
  // One retry: a test that passes only on its second try is reported as flaky at the end of the run (and in
  // scripts/test.sh's summary), instead of failing CI on a machine whose load varies; a real failure fails twice.
  retries: Number(process.env.PATHWISE_E2E_RETRIES ?? 1),
  timeout: 90_000,
  expect: { timeout: 10_000 },
  reporter: [['list']],
  use: {
    ...devices['Desktop Chrome'],
    // start-server.ts sets it before any test runs.
    baseURL: process.env.PATHWISE_E2E_URL,
    locale: 'en-US',
    // The theme honours reduced motion, so dialogs appear at once: axe never reads a half-faded dialog whose
    // colours are mid-transition (a contrast failure that depends on the machine's speed).
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS },
  },
});
