// Playwright configuration for the browser end-to-end stories in tests/e2e/ (`npx playwright test`):
// Debian's Chromium, one worker, timeouts sized for a shared 2-core machine.
import { defineConfig } from "@playwright/test";

export default defineConfig({
  testDir: "tests/e2e",
  testMatch: "*.test.mjs",
  outputDir: "test-results/e2e",
  // One worker, one test at a time: the machine has two cores that others share, and a second
  // browser would make every test slower and the timing-sensitive ones (Play, stalls) noisy.
  workers: 1,
  fullyParallel: false,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 60_000,
  expect: { timeout: 20_000 },
  reporter: "list",
  use: {
    browserName: "chromium",
    headless: true,
    // Playwright's own browser downloads cannot reach this network, so it drives Debian's.
    launchOptions: {
      executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
    viewport: { width: 1440, height: 900 },
    locale: "en-US",
    // Request interception cannot see what a service worker answers, so workers are blocked
    // except in the stories about offline use, which `test.use({ serviceWorkers: "allow" })`.
    serviceWorkers: "block",
    screenshot: "only-on-failure",
  },
});
