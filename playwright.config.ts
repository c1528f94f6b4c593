import { defineConfig } from "@playwright/test";

/**
 * End-to-end tests: `npm run test:e2e` (scripts/ensure-test-tools.mjs installs Debian's
 * chromium and nginx first when they are missing). The global setup builds the app, starts `next start`
 * on a free 127.0.0.1 port against a throw-away SQLite database and an in-process SMTP
 * server, and exports E2E_BASE_URL; workers load this file again after it ran, so
 * `baseURL` below picks that up. Set E2E_SKIP_BUILD=1 to reuse an existing `.next` build.
 */
const CHROMIUM_PATH = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Without these, Chromium hangs on a machine that reaches nothing but 127.0.0.1. */
const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1",
];

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results/artifacts",
  globalSetup: "./tests/e2e/support/global-setup.ts",
  fullyParallel: false,
  forbidOnly: !!process.env.CI,
  workers: 2,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [["list"], ["json", { outputFile: "test-results/e2e.json" }]],
  // staff-access.spec.ts proves refused actions change nothing in the staff tables, which the
  // other specs sign in to and add to: it runs alone, after them.
  // two-instances.spec.ts starts two servers of its own, on PostgreSQL: after the others too, so
  // the machine's two cores are not shared by three servers.
  projects: [
    { name: "e2e", testIgnore: /(staff-access|two-instances)\.spec\.ts$/ },
    { name: "staff tables alone", testMatch: /staff-access\.spec\.ts$/, dependencies: ["e2e"] },
    { name: "several instances", testMatch: /two-instances\.spec\.ts$/, dependencies: ["e2e"] },
  ],
  use: {
    baseURL: process.env.E2E_BASE_URL,
    browserName: "chromium",
    headless: true,
    launchOptions: { executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS },
    serviceWorkers: "block",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
  },
});
