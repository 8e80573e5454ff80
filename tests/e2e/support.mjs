// Shared set-up for the end-to-end tests: a server for the release build, Debian's Chromium,
// and the MapPage page object that the user stories are written against.
import { chromium } from "playwright-core";
import { serve } from "./server.mjs";

// `DIST=/some/dir` tests another build (e.g. one built with `trunk build --dist`).
export const DIST = process.env.DIST ?? new URL("../../dist/", import.meta.url).pathname;
const CHROMIUM = process.env.CHROMIUM ?? "/usr/bin/chromium";
const ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };

/** Polls an async condition in the page until it holds: `waitForFunction` does not await a promise,
 *  so an async predicate would pass at once. */
export async function until(page, condition, arg, timeout = 20_000) {
  const end = Date.now() + timeout;
  while (!(await page.evaluate(condition, arg))) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${condition}`);
    await page.waitForTimeout(100);
  }
}

/** Starts a server and a browser for one test file; `stop()` ends both. */
export async function start(options = {}) {
  const server = await serve(DIST, options);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  return { server, browser, stop: async () => { await browser.close(); await server.close(); } };
}

/** The map as a user sees it. Locators use the stable `data-*` hooks. */
export class MapPage {
  constructor(page, baseUrl) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.errors = [];
    page.on("pageerror", (e) => this.errors.push(e.message));
  }

  /** Service workers are blocked unless a test asks for them: request interception cannot see
   *  what a service worker answers. */
  static async open(browser, baseUrl, { viewport = DESKTOP, query = "", context = {} } = {}) {
    const ctx = await browser.newContext({ viewport, serviceWorkers: "block", ...context });
    const page = await ctx.newPage();
    const map = new MapPage(page, baseUrl);
    if (query !== null) await map.goto(query);
    return map;
  }

  async goto(query = "") {
    await this.page.goto(this.baseUrl + query);
  }

  async waitForMap() {
    await this.page.waitForSelector("path.country[data-iso3]", { timeout: 30_000 });
    await this.page.waitForFunction(() => document.querySelectorAll("path.country").length > 200);
  }

  /** The map is coloured, and the full dataset (summaries, sources) has arrived. It loads on the
   *  visitor's first pointer, key or focus event, so this moves the mouse first. */
  async waitForPolicies() {
    await this.waitForStatuses();
    await this.page.mouse.move(1, 1);
    await this.page.waitForSelector('.app[data-policies="full"]', { timeout: 30_000 });
  }

  /** The map is coloured from the first-view statuses file (details may not be loaded yet). */
  async waitForStatuses() {
    await this.page.waitForSelector('path.country[data-iso3="PRT"]:not([data-status="no_data"])', { timeout: 30_000 });
  }

  country(iso3) {
    return this.page.locator(`[data-iso3="${iso3}"]`).first();
  }

  shapes() {
    return this.page.locator("path.country");
  }

  get panel() {
    return this.page.locator('[data-testid="country-panel"]');
  }

  get panelTitle() {
    return this.panel.locator("h2");
  }

  /** A viewport point that hit-tests to the country's own shape or marker. */
  async pointIn(iso3) {
    const point = await this.page.evaluate((code) => {
      const els = [...document.querySelectorAll(`[data-iso3="${code}"]`)].filter((e) => e.closest("svg.map"));
      for (const el of els) {
        const r = el.getBoundingClientRect();
        const n = 40;
        for (let i = 1; i < n; i++)
          for (let j = 1; j < n; j++) {
            const x = r.left + (r.width * i) / n;
            const y = r.top + (r.height * j) / n;
            if (document.elementFromPoint(x, y) === el) return { x, y };
          }
      }
      return null;
    }, iso3);
    if (!point) throw new Error(`no visible point of ${iso3} to click`);
    return point;
  }

  async clickCountry(iso3) {
    const { x, y } = await this.pointIn(iso3);
    await this.page.mouse.click(x, y);
  }

  async hoverCountry(iso3, steps = 2) {
    const { x, y } = await this.pointIn(iso3);
    await this.page.mouse.move(x, y, { steps });
  }

  /** A viewport point over open sea (no country, marker or control). */
  async pointInOcean() {
    return this.page.evaluate(() => {
      const r = document.querySelector("svg.map").getBoundingClientRect();
      for (let j = 10; j < 30; j++)
        for (let i = 4; i < 36; i++) {
          const x = r.left + (r.width * i) / 40;
          const y = r.top + (r.height * j) / 40;
          if (document.elementFromPoint(x, y)?.classList.contains("ocean")) return { x, y };
        }
      return null;
    });
  }

  async chooseTheme(code) {
    await this.page.click(`[data-theme="${code}"].theme-option`);
  }

  /** `{ status code: count }` as the legend shows it. */
  async legendCounts() {
    return this.page.$$eval(".legend-entry", (els) => Object.fromEntries(els.map((e) => [e.dataset.status, Number(e.dataset.count)])));
  }

  /** `{ status code: count }` from the shapes' `data-status`. */
  async shapeCounts() {
    return this.page.$$eval("path.country", (els) => {
      const out = {};
      for (const e of els) out[e.dataset.status] = (out[e.dataset.status] ?? 0) + 1;
      return out;
    });
  }

  async search(text) {
    const box = this.page.locator('[data-testid="country-search"]');
    await box.click();
    await box.fill(text);
  }

  searchOptions() {
    return this.page.locator('[data-testid="search-results"] [role="option"]');
  }
}
