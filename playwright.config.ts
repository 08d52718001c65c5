import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

// Debian's Chromium where it exists (these machines, CI); Playwright's own browser elsewhere.
const debianChromium = '/usr/bin/chromium';
const executablePath = existsSync(debianChromium) ? debianChromium : undefined;

// E2E_PORT lets several checkouts run their suites side by side without sharing a server.
export const DEMO_PORT = Number(process.env.E2E_PORT ?? 4173);
const tsx = 'node_modules/.bin/tsx';

export default defineConfig({
  testDir: 'e2e',
  // Not the default `test-results/`: vitest's CI report lives there and Playwright empties its outputDir.
  outputDir: 'test-results/playwright',
  fullyParallel: false,
  // Two cores: one worker is faster than two fighting over the CPU with a browser each.
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI
    ? [['list'], ['json', { outputFile: 'test-results/e2e-results.json' }]]
    : [['list']],
  use: {
    baseURL: `http://127.0.0.1:${DEMO_PORT}`,
    // A trace records a screencast and DOM snapshots of every step: measured on the 2-core
    // machines, 39 % of the suite's time (charts + filters specs: 68 s with, 41.5 s without).
    // CI keeps only what the run prints, so it records none; locally a failure keeps its trace.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    timezoneId: 'America/New_York',
    locale: 'en-US',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        viewport: { width: 1280, height: 800 },
        launchOptions: {
          ...(executablePath ? { executablePath } : {}),
          args: [
            '--headless',
            '--no-sandbox',
            '--disable-gpu',
            '--disable-background-networking',
            '--disable-component-update',
            '--disable-sync',
            '--no-first-run',
            '--autoplay-policy=no-user-gesture-required',
          ],
        },
      },
    },
  ],
  webServer: [
    {
      // The production server in demo mode: built app + proxy + embedded simulator.
      command: `${tsx} server/main.ts`,
      url: `http://127.0.0.1:${DEMO_PORT}/api/mode`,
      reuseExistingServer: !process.env.CI,
      timeout: 60_000,
      env: {
        PORT: String(DEMO_PORT),
        HOST: '127.0.0.1',
        SALESFINITY_API_KEY: '',
        // Whatever a developer's .env says: sign-in has its own servers in team-access.spec.ts.
        AUTH_MODE: 'none',
        AUDIT_LOG: '',
        SIMULATOR_CALLS: '5000',
        SIMULATOR_SEED: '1',
      },
    },
  ],
});
