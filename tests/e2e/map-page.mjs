// The map as a visitor sees it: the one page object that owns every selector, probe and network
// stub the end-to-end stories use, so that a changed hook is mended here and nowhere else.
import { expect } from "@playwright/test";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";

const AXE = createRequire(import.meta.url).resolve("axe-core/axe.min.js");

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1440, height: 900 };
export const THEMES = ["death_penalty", "decriminalisation", "regulation", "harm_reduction", "compulsory_detention", "lethal_crackdown", "corporal_punishment"];
/** The WCAG levels the accessibility stories hold the app to. */
export const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

// A first paint downloads and starts the WebAssembly: on a loaded 2-core machine that can take
// longer than the usual expect timeout.
const LOAD = { timeout: 30_000 };

export class MapPage {
  /** `frame`: a selector for the iframe the map runs in, when a host page embeds it. */
  constructor(page, baseUrl, { frame = null } = {}) {
    this.page = page;
    this.baseUrl = baseUrl;
    this.frame = frame;
    /** Errors thrown in the page; the `map` fixture fails the test on any. */
    this.errors = [];
    if (!frame) page.on("pageerror", (e) => this.errors.push(e.message));
    // Locators are lazy: each finds its element when a story acts or asserts on it.
    const root = (this.root = frame ? page.frameLocator(frame) : page);
    const id = (testid) => root.getByTestId(testid);

    // Loading and failure. The page's own map (painted before the app) is `staticPage`; `app` is
    // the app once it has started.
    this.app = root.locator(".app:not(.static-shell)");
    this.staticPage = root.locator("#static-shell");
    this.staticMap = root.locator("#static-map");
    this.staticShapes = this.staticMap.locator("path.country");
    this.staticLegend = this.staticPage.locator(".legend");
    this.staticControls = this.staticPage.locator(".inert");
    // The country card (embed=card).
    this.card = id("country-card");
    this.cardTitle = this.card.locator("h1");
    this.cardThemes = this.card.locator(".card-themes li");
    this.cardSources = this.card.locator(".sources a");
    this.cardLead = this.card.locator(".card-lead");
    this.loading = id("loading");
    this.loadError = id("load-error");
    this.retryButton = id("retry");
    this.showTableButton = id("show-table");
    this.policyError = id("policy-error");
    this.policyRetry = this.policyError.locator("button.retry");
    this.dataNotice = id("data-notice");
    this.urlNotice = id("url-notice");
    /** What boot.js shows when the WebAssembly cannot start. */
    this.startFailure = root.locator("#start-failure");
    this.startFailureHeading = this.startFailure.locator("h1");

    // The map, its zoom, themes and legend.
    this.worldMap = id("world-map");
    this.shapes = root.locator(".app:not(.static-shell) path.country");
    this.zoomLayer = root.locator(".zoom-layer");
    this.zoomInButton = id("zoom-in");
    this.zoomResetButton = id("zoom-reset");
    this.regionsMenu = root.locator(".regions summary");
    this.themeSwitcher = root.locator(".theme-switcher");
    this.legendTitle = root.locator(".legend-title");
    this.legendEntries = root.locator(".legend-entry");
    this.legendToggle = id("legend-toggle");
    this.legendSummary = id("legend-summary");
    this.tooltip = id("tooltip");
    this.announcer = id("announcer");
    this.skipLink = id("skip-to-map");
    /** Links anywhere on the page that would run script. */
    this.scriptLinks = root.locator('a[href^="javascript"]');

    // The country panel.
    this.panel = id("country-panel");
    this.panelTitle = this.panel.locator("h2");
    this.panelSections = this.panel.locator("[data-theme-section]");
    this.currentSummary = this.panel.locator(".theme-section.current .summary");
    this.currentStatusChip = this.panel.locator(".theme-section.current .status-chip");
    /** The current theme's summary text: a translation carries its language in `lang`. */
    this.currentSummaryText = this.currentSummary.locator("span[lang]");
    this.translationNote = this.panel.getByTestId("translation-note");
    this.showOriginal = this.panel.getByTestId("show-original");
    this.untranslated = this.panel.getByTestId("untranslated");
    this.detailsPending = this.panel.getByTestId("details-pending");
    this.sourceLinks = this.panel.locator(".source-link");
    this.reviewed = this.panel.locator(".reviewed");
    this.facts = this.panel.getByTestId("facts");
    this.panelNote = this.panel.locator(".note");
    this.nextCountryButton = this.panel.getByTestId("panel-next");
    this.previousCountryButton = this.panel.getByTestId("panel-prev");
    this.closePanelButton = this.panel.getByTestId("panel-close");

    // Search.
    this.searchBox = id("country-search");
    this.searchOptions = id("search-results").getByRole("option");

    // Time.
    this.yearControls = root.locator(".year-controls");
    this.yearSlider = id("year-slider");
    this.yearValue = id("year-value");
    this.playButton = id("play");
    this.compareButton = id("compare");
    this.compareView = id("compare-view");

    // The toolbar: share, embed, downloads, classroom.
    this.shareButton = id("share");
    this.toolbarMessage = id("toolbar-message");
    this.embedButton = id("embed");
    this.embedCode = id("embed-code");
    this.embedCard = id("embed-card");
    // Countries side by side.
    this.compareToggle = id("compare-toggle");
    this.compareBar = id("compare-bar");
    this.compareOpen = id("compare-open");
    this.compareTable = id("compare-table");
    this.compareSearch = id("compare-search");
    this.compareHits = id("compare-hits");
    this.comparePrint = id("compare-print");
    this.embedTheme = id("embed-theme");
    this.embedYear = id("embed-year");
    this.embedBare = id("embed-bare");
    this.embedPreview = id("embed-preview");
    /** The "Open full map" link an embedded map shows. */
    this.openFullLink = id("open-full");
    this.downloadsButton = id("downloads");
    this.presentButton = id("present");
    this.story = id("story");
    this.storyStep = id("story-step");
    this.storyNext = id("story-next");
    this.storyExit = id("story-exit");
    this.storyTitle = this.story.locator(".story-title");
    this.storyText = this.story.locator(".story-text");

    // Dialogs.
    this.aboutButton = root.locator(".about-button");
    this.about = id("about");
    this.aboutTitle = this.about.locator("h2");
    this.aboutHeadings = this.about.locator("h3");
    this.aboutClose = this.about.locator("button.close");
    this.openDialog = root.locator("dialog[open]");
    /** The open dialog's notice that it waits for the full dataset. */
    this.dialogDetailsPending = this.openDialog.getByTestId("details-pending");

    // The table.
    this.table = id("table-view");
    this.tableToggle = id("toggle-table");
    this.tableRows = this.table.locator("tbody tr");
    this.tableThemeFilter = this.table.getByTestId("table-filter-theme");
    this.tableStatusFilter = this.table.getByTestId("table-filter-status");
    this.tableSearch = this.table.getByTestId("table-search");
    this.tableFirstHeader = this.table.locator("thead th").first();

    // Languages.
    this.document = root.locator("html");
    this.siteTitle = root.locator(".title");
  }

  // ---- going places ----

  /** Opens the app with `query` (e.g. "?country=PRT") as a visitor does: the page, then the first
   *  key or pointer event, which starts the app; resolves to the document's response. */
  async open(query = "") {
    return this.arrive(await this.page.goto(this.baseUrl + query));
  }

  /** Opens the page with `query` and does nothing more: the app starts only if the address asks for it. */
  openAndWait(query = "") {
    return this.page.goto(this.baseUrl + query);
  }

  /** Opens the app at another address (another server, another build). */
  async visit(url) {
    return this.arrive(await this.page.goto(url));
  }

  async reload() {
    return this.arrive(await this.page.reload());
  }

  async back() {
    return this.arrive(await this.page.goBack());
  }

  async forward() {
    return this.arrive(await this.page.goForward());
  }

  /** The page shows the map itself and fetches the app on the visitor's first sign of use (boot.js):
   *  a key press gives one, unless the address already started it. Resolves to `response`. */
  async arrive(response) {
    const waiting = await this.page.evaluate(() => document.querySelector("script[data-wasm]") && !("app" in document.documentElement.dataset)).catch(() => false);
    if (waiting) await this.page.keyboard.press("Shift");
    return response;
  }

  /** Whether the app has been asked to start (boot.js marks `<html data-app>`). */
  appRequested() {
    return this.page.evaluate(() => "app" in document.documentElement.dataset);
  }

  url() {
    return this.page.url();
  }

  press(key) {
    return this.page.keyboard.press(key);
  }

  /** The full dataset loads on the visitor's first pointer, key or focus event: this is one. */
  firstInteraction() {
    return this.page.mouse.move(1, 1);
  }

  goOffline() {
    return this.page.context().setOffline(true);
  }

  /** Only for checks that something does NOT happen: there is no event to wait for, so the story
   *  watches for a while. Never use it to wait for something to happen. */
  letTimePass(ms) {
    return this.page.waitForTimeout(ms);
  }

  /** CSS transitions (zoom, dimming) have finished, so what is measured is what stays. Two frames
   *  first, so that a transition the last change starts has registered. */
  async settle() {
    const running = () =>
      this.page.evaluate(async () => {
        await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
        return document.getAnimations().filter((a) => a.playState === "running").length;
      });
    await expect.poll(running).toBe(0);
  }

  /** Turns the phone, or swaps the screen: a new window size for the open page. */
  resize(viewport) {
    return this.page.setViewportSize(viewport);
  }

  // ---- loading ----

  /** The `href`s of the links the start failure offers. */
  startFailureLinks() {
    return this.startFailure.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
  }

  /** Records every text the loading screen shows from the next document on: a retry's message can
   *  last less than a web-first assertion's polling interval. */
  recordLoadingMessages() {
    return this.page.addInitScript(() => {
      window.__loadingMessages = [];
      new MutationObserver(() => {
        const text = document.querySelector('[data-testid="loading"]')?.textContent;
        if (text && text !== window.__loadingMessages.at(-1)) window.__loadingMessages.push(text);
      }).observe(document, { subtree: true, childList: true, characterData: true });
    });
  }

  loadingMessages() {
    return this.page.evaluate(() => window.__loadingMessages);
  }

  /** The app has started and every shape is in its map (statuses may still be on their way). */
  async waitForMap() {
    await expect(this.worldMap).toBeVisible(LOAD);
    await expect(this.shapes.first()).toBeVisible(LOAD);
    await expect.poll(() => this.shapes.count()).toBeGreaterThan(200);
  }

  /** The app's map is coloured (details may not be loaded yet). */
  async waitForStatuses() {
    await this.waitForMap();
    await expect(this.root.locator('.app:not(.static-shell) path.country[data-iso3="PRT"]:not([data-status="no_data"])')).toBeVisible(LOAD);
  }

  /** The map is coloured and the full dataset (summaries, sources) has arrived. */
  async waitForPolicies() {
    await this.waitForStatuses();
    await this.firstInteraction();
    await expect(this.app).toHaveAttribute("data-policies", "full", LOAD);
  }

  // ---- the map ----

  country(iso3) {
    return this.root.locator(`.app:not(.static-shell) path.country[data-iso3="${iso3}"]`);
  }

  marker(iso3) {
    return this.root.locator(`circle.marker[data-iso3="${iso3}"]`);
  }

  hoveredShape(iso3) {
    return this.root.locator(`path.country.hovered[data-iso3="${iso3}"]`);
  }

  /** The ISO code of the country the pointer or keyboard is on, or null. */
  focusedCountry() {
    return this.page.evaluate(() => document.querySelector("path.country.hovered, circle.marker.hovered")?.dataset.iso3 ?? null);
  }

  /** A viewport point that hit-tests to the country's own shape or marker. */
  async pointIn(iso3) {
    const point = await this.page.evaluate((code) => {
      const els = [...document.querySelectorAll(`[data-iso3="${code}"]`)].filter((e) => e.closest('[data-testid="world-map"]'));
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

  /** A viewport point over open sea (no country, marker or control). */
  async pointInOcean() {
    const point = await this.page.evaluate(() => {
      const r = document.querySelector('[data-testid="world-map"]').getBoundingClientRect();
      for (let j = 10; j < 30; j++)
        for (let i = 4; i < 36; i++) {
          const x = r.left + (r.width * i) / 40;
          const y = r.top + (r.height * j) / 40;
          if (document.elementFromPoint(x, y)?.classList.contains("ocean")) return { x, y };
        }
      return null;
    });
    if (!point) throw new Error("no open sea in view");
    return point;
  }

  async clickCountry(iso3) {
    const { x, y } = await this.pointIn(iso3);
    await this.page.mouse.click(x, y);
  }

  /** Clicks the country and waits for its panel. */
  async openCountry(iso3) {
    await this.clickCountry(iso3);
    await expect(this.panel).toBeVisible();
  }

  async hoverCountry(iso3, steps = 2) {
    const { x, y } = await this.pointIn(iso3);
    await this.page.mouse.move(x, y, { steps });
  }

  async clickOcean() {
    const { x, y } = await this.pointInOcean();
    await this.page.mouse.click(x, y);
  }

  async hoverOcean() {
    const { x, y } = await this.pointInOcean();
    await this.page.mouse.move(x, y);
  }

  async doubleClickOcean() {
    const { x, y } = await this.pointInOcean();
    await this.page.mouse.dblclick(x, y);
  }

  /** Presses on the country and drags by (dx, dy) before letting go. */
  async dragFrom(iso3, dx, dy) {
    const { x, y } = await this.pointIn(iso3);
    await this.page.mouse.move(x, y);
    await this.page.mouse.down();
    await this.page.mouse.move(x + dx, y + dy, { steps: 6 });
    await this.page.mouse.up();
  }

  /** Starts recording which shapes' attributes change (to show a hover touches only two). */
  watchShapeChanges() {
    return this.page.evaluate(() => {
      window.__mutated = new Set();
      new MutationObserver((records) => records.forEach((r) => r.target.dataset?.iso3 && window.__mutated.add(r.target.dataset.iso3))).observe(document.querySelector('[data-testid="world-map"]'), { attributes: true, subtree: true });
    });
  }

  forgetShapeChanges() {
    return this.page.evaluate(() => window.__mutated.clear());
  }

  changedShapes() {
    return this.page.evaluate(() => [...window.__mutated].sort());
  }

  /** `{ status code: count }` from the shapes' `data-status`. */
  shapeCounts() {
    return this.shapes.evaluateAll((els) => {
      const out = {};
      for (const e of els) out[e.dataset.status] = (out[e.dataset.status] ?? 0) + 1;
      return out;
    });
  }

  /** `[iso3, status]` for every shape. */
  shownStatuses() {
    return this.shapes.evaluateAll((els) => els.map((e) => [e.dataset.iso3, e.dataset.status]));
  }

  /** How many shapes carry both a three-letter `data-iso3` and a `data-name`. */
  namedShapeCount() {
    return this.shapes.evaluateAll((els) => els.filter((e) => e.dataset.iso3?.length === 3 && e.dataset.name).length);
  }

  opacity(iso3) {
    return this.country(iso3).evaluate((e) => Number(getComputedStyle(e).opacity));
  }

  /** Centre of the largest part of the country's shape, in map units, as the app measures; null
   *  for a country drawn only as a marker. Each subpath is "M x y l dx dy dx dy … Z". */
  centreOf(iso3) {
    return this.page.evaluate((code) => {
      const e = document.querySelector(`path.country[data-iso3="${code}"]`);
      if (!e) return null;
      const parts = e.getAttribute("d").split("M").filter(Boolean).map((p) => p.match(/-?(?:\d+\.?\d*|\.\d+)/g).map(Number));
      let best = null;
      for (const nums of parts) {
        const xs = [nums[0]], ys = [nums[1]];
        for (let i = 2; i + 1 < nums.length; i += 2) {
          xs.push(xs.at(-1) + nums[i]);
          ys.push(ys.at(-1) + nums[i + 1]);
        }
        const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
        const area = (box[2] - box[0]) * (box[3] - box[1]);
        if (!best || area > best.area) best = { area, x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 };
      }
      return best;
    }, iso3);
  }

  /** Each status's fill as drawn, with the border and sea colours it must stand out from. */
  mapFills() {
    return this.page.evaluate(() => {
      const parse = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
      const out = {};
      const sea = getComputedStyle(document.querySelector(".ocean")).fill;
      for (const p of document.querySelectorAll("path.country")) {
        const s = p.dataset.status;
        if (out[s]) continue;
        const cs = getComputedStyle(p);
        out[s] = { fill: cs.fill, pattern: cs.fill.startsWith("url("), rgb: cs.fill.startsWith("rgb") ? parse(cs.fill) : null, border: parse(cs.stroke), sea: parse(sea) };
      }
      return out;
    });
  }

  // ---- zoom ----

  /** The zoom factor as drawn (mid-transition included). */
  zoomScale() {
    return this.zoomLayer.evaluate((g) => new DOMMatrix(getComputedStyle(g).transform).a);
  }

  /** The horizontal pan as drawn. */
  panX() {
    return this.zoomLayer.evaluate((g) => new DOMMatrix(getComputedStyle(g).transform).e);
  }

  /** The transform the app asked for, before any transition. */
  zoomTarget() {
    return this.zoomLayer.evaluate((g) => g.style.transform);
  }

  zoomTransition() {
    return this.zoomLayer.evaluate((g) => getComputedStyle(g).transitionDuration);
  }

  /** Turns the mouse wheel over the middle of the map (negative `dy` zooms in). */
  async wheelOverMap(dy) {
    const box = await this.worldMap.boundingBox();
    await this.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await this.page.mouse.wheel(0, dy);
  }

  region(name) {
    return this.root.locator(`[data-region="${name}"]`);
  }

  // ---- themes and legend ----

  themeOption(code) {
    return this.root.locator(`.theme-option[data-theme="${code}"]`);
  }

  chooseTheme(code) {
    return this.themeOption(code).click();
  }

  legendEntry(status) {
    return this.root.locator(`.legend-entry[data-status="${status}"]`);
  }

  /** `{ status code: count }` as the legend shows it. */
  legendCounts() {
    return this.legendEntries.evaluateAll((els) => Object.fromEntries(els.map((e) => [e.dataset.status, Number(e.dataset.count)])));
  }

  // ---- the country panel ----

  panelSection(theme) {
    return this.panel.locator(`[data-theme-section="${theme}"]`);
  }

  /** The links to the sources of one theme's section. */
  sectionSources(theme) {
    return this.panelSection(theme).locator("a.source-link");
  }

  changeLog(theme) {
    return this.panelSection(theme).getByTestId("change-log");
  }

  openChangeLog(theme) {
    return this.changeLog(theme).locator("summary").click();
  }

  changeLogEntry(theme, year) {
    return this.changeLog(theme).locator(`li[data-year="${year}"]`);
  }

  changeLogSource(theme, year) {
    return this.changeLogEntry(theme, year).locator("a").first();
  }

  /** Scrolls the panel's body to its end. */
  scrollPanelToEnd() {
    return this.panel.locator(".panel-body").evaluate((e) => e.scrollTo(0, e.scrollHeight));
  }

  // ---- search ----

  async search(text) {
    await this.searchBox.click();
    await this.searchBox.fill(text);
  }

  // ---- time ----

  /** The year the slider shows, as a number. */
  async year() {
    return Number(await this.yearValue.textContent());
  }

  /** One side of the comparison: "First" or "Second". */
  compareSide(which) {
    return this.compareView.getByTestId(`compare-${which}`);
  }

  async setCompareYear(which, year) {
    const input = this.compareSide(which).locator("input");
    await input.fill(String(year));
    await input.dispatchEvent("change");
  }

  compareCountry(which, iso3) {
    return this.compareSide(which).locator(`[data-iso3="${iso3}"]`);
  }

  // ---- toolbar: share, embed, downloads, classroom ----

  clipboardText() {
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The map inside the Embed dialog's preview. */
  get embedPreviewMap() {
    return new MapPage(this.page, this.baseUrl, { frame: '[data-testid="embed-preview"]' });
  }

  /** A download in the menu: "csv", "json", "png" or "svg". */
  downloadLink(kind) {
    return this.root.getByTestId(`download-${kind}`);
  }

  async openDownloads() {
    if ((await this.downloadsButton.getAttribute("aria-expanded")) !== "true") await this.downloadsButton.click();
  }

  /** Downloads `kind` from the menu and resolves to the file's bytes. */
  async download(kind) {
    await this.openDownloads();
    const [file] = await Promise.all([this.page.waitForEvent("download"), this.downloadLink(kind).click()]);
    return readFile(await file.path());
  }

  /** The app's type size in px (classroom mode makes it large). */
  fontSize() {
    return this.app.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  }

  // ---- dialogs ----

  /** Whether keyboard focus is inside the open modal dialog. */
  focusInDialog() {
    return this.page.evaluate(() => !!document.activeElement?.closest("dialog[open]"));
  }

  // ---- the table ----

  tableCell(iso3, theme) {
    return this.table.locator(`tr[data-iso3="${iso3}"] td[data-theme="${theme}"]`);
  }

  /** The button that opens the country of the table's `row`-th row (from 0). */
  tableCountryButton(row) {
    return this.tableRows.nth(row).locator("button");
  }

  tableSortButton(column) {
    return this.table.locator("th button.sort", { hasText: column });
  }

  tableCountries() {
    return this.tableRows.evaluateAll((trs) => trs.map((t) => t.dataset.iso3).sort());
  }

  /** The table row's "compare this country" checkbox. */
  tableCompareCheck(iso3) {
    return this.table.locator(`tr[data-iso3="${iso3}"] [data-testid="compare-check"]`);
  }

  /** The countries heading the comparison's columns, in order. */
  comparedCountries() {
    return this.compareTable.locator("thead th[data-iso3]").evaluateAll((ths) => ths.map((t) => t.dataset.iso3));
  }

  /** The comparison's row for a theme. */
  compareRow(theme) {
    return this.compareTable.locator(`tr[data-theme-row="${theme}"]`);
  }

  /** The comparison printed to PDF on A4, as the number of pages. */
  async printedPages() {
    await this.page.emulateMedia({ media: "print" });
    const pdf = (await this.page.pdf({ format: "A4", printBackground: true })).toString("latin1");
    await this.page.emulateMedia({ media: "screen" });
    return (pdf.match(/\/Type\s*\/Page(?!s)/g) ?? []).length;
  }

  /** The country names down the table, in the order shown. */
  tableNames() {
    return this.tableRows.locator("th button").allTextContents();
  }

  /** The statuses down one theme's column, in the order shown. */
  tableColumn(theme) {
    return this.tableRows.locator(`td[data-theme="${theme}"]`).evaluateAll((tds) => tds.map((t) => t.dataset.status));
  }

  // ---- languages ----

  language(code) {
    return this.root.locator(`[data-lang="${code}"]`);
  }

  // ---- keyboard ----

  /** Presses Tab until the map has focus, at most `limit` times; says whether it got there. */
  async tabToMap(limit = 40) {
    for (let i = 0; i < limit; i++) {
      await this.press("Tab");
      if (await this.page.evaluate(() => document.activeElement?.matches('[data-testid="world-map"]'))) return true;
    }
    return false;
  }

  /** From the focused country, presses the arrow key towards `iso3` until the keyboard is on it,
   *  at most `limit` times. */
  async arrowTo(iso3, limit = 40) {
    const target = await this.centreOf(iso3);
    for (let i = 0; i < limit; i++) {
      const here = await this.focusedCountry();
      if (here === iso3) return;
      const c = here ? await this.centreOf(here) : null;
      const dx = target.x - (c?.x ?? 500), dy = target.y - (c?.y ?? 250);
      await this.press(Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? "ArrowRight" : "ArrowLeft") : dy > 0 ? "ArrowDown" : "ArrowUp");
    }
  }

  // ---- layout probes ----

  /** How far the document is wider than the window, in px (> 0: it scrolls sideways). */
  overflowX() {
    return this.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  }

  /** The document's and the viewport's widths. */
  documentWidth() {
    return this.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  }

  /** Controls smaller than a 44 px touch target. */
  smallControls() {
    return this.page.$$eval(".theme-option, .zoom-controls button, .regions summary, .about-button, [data-testid=country-search]", (els) =>
      els.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); }).map((e) => e.textContent || e.className));
  }

  /** Sets the root font size, as a visitor's text zoom does. */
  zoomText(percent) {
    return this.page.addStyleTag({ content: `html { font-size: ${percent}% !important; }` });
  }

  /** What a larger text size breaks: sideways scrolling, controls off screen, text clipped. */
  textFit() {
    return this.page.evaluate(() => {
      const vw = document.documentElement.clientWidth;
      const offscreen = [...document.querySelectorAll("header button, header a, header select, .legend, [data-testid='country-panel'] h2")]
        .filter((e) => e.getClientRects().length > 0)
        .filter((e) => {
          const r = e.getBoundingClientRect();
          return r.right > vw + 1 || r.left < -1;
        })
        .map((e) => e.textContent.trim().slice(0, 30) || e.className);
      // Text cut off by a box too small for it (overflow hidden with content larger than the box).
      const clipped = [...document.querySelectorAll("button, .legend *, [data-testid='country-panel'] *")]
        .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).overflow === "hidden" && e.scrollWidth > e.clientWidth + 1)
        .map((e) => e.textContent.trim().slice(0, 30));
      return { scroll: document.documentElement.scrollWidth - vw, offscreen, clipped };
    });
  }

  /** Boxes of the map and the chrome around it, measured inside the map's own document (the
   *  iframe's, when embedded); null for what is not shown. */
  async layout() {
    const scope = this.frame ? await (await this.page.locator(this.frame).elementHandle()).contentFrame() : this.page;
    return scope.evaluate(() => {
      const box = (sel) => { const e = document.querySelector(sel); if (!e) return null; const r = e.getBoundingClientRect(); return r.width && r.height ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height } : null; };
      return { map: box('[data-testid="world-map"]'), legend: box(".legend"), link: box('[data-testid="open-full"]'), lang: box(".lang-switcher"), about: box(".about-button"), toolbar: box(".toolbar"), search: box(".search"), years: box(".year-controls"), width: innerWidth };
    });
  }

  /** axe-core's WCAG violations in the page as it is now, one line each. */
  async axeViolations(tags = WCAG_22_AA) {
    await this.page.addScriptTag({ path: AXE });
    const result = await this.page.evaluate((t) => window.axe.run(document, { runOnly: { type: "tag", values: t } }), tags);
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
  }

  screenshot(path) {
    return this.page.screenshot({ path });
  }

  // ---- history ----

  historyLength() {
    return this.page.evaluate(() => history.length);
  }

  /** Marks the document, so that a later `isSameDocument()` tells whether it was reloaded. */
  markDocument() {
    return this.page.evaluate(() => (window.__sameDocument = true));
  }

  isSameDocument() {
    return this.page.evaluate(() => window.__sameDocument === true);
  }

  // ---- the network, as the stories arrange it ----

  /** Answers every request for `file` with the given response until `restore()` is called. */
  async answer(file, { status = 200, contentType, body = "" }) {
    let on = true;
    await this.page.route(`**/${file}`, (route) => (on ? route.fulfill({ status, contentType, body }) : route.continue()));
    return { restore: () => (on = false) };
  }

  /** Serves the page as an older or hand-made one would be: without the map the build writes into
   *  it (`damage`: with that map damaged instead), so the app fetches the shapes file. */
  async pageWithoutMap({ damage = false } = {}) {
    await this.page.route((url) => url.pathname === "/" || url.pathname.endsWith("/index.html"), async (route) => {
      const response = await route.fetch();
      const html = await response.text();
      const body = damage
        ? html.replace(/data-geo="[^"]*"/, 'data-geo="not numbers"')
        : html.replace(/<!-- static-map:start[\s\S]*?<!-- static-map:end -->/, "");
      await route.fulfill({ response, body });
    });
  }

  /** Holds requests for `file` back until the returned function is called. */
  async holdBack(file) {
    let release;
    const gate = new Promise((r) => (release = r));
    await this.page.route(`**/${file}`, async (route) => {
      await gate;
      await route.continue();
    });
    return release;
  }

  /** The first request for `file` hangs for `ms` and then fails; later ones go through. */
  async stallOnce(file, ms) {
    let first = true;
    await this.page.route(`**/${file}`, async (route) => {
      if (first) {
        first = false;
        await new Promise((r) => setTimeout(r, ms));
        await route.abort().catch(() => {});
      } else await route.continue();
    });
  }

  /** The WebAssembly request fails ("abort") or arrives cut in half ("truncate"). */
  breakWasm(how) {
    return this.page.route(/\.wasm$/, async (route) => {
      if (how === "abort") return route.abort();
      const response = await route.fetch();
      const body = await response.body();
      await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
    });
  }

  /** Where an element is on the screen, rounded to the pixel. */
  box(locator) {
    return locator.evaluate((e) => {
      const r = e.getBoundingClientRect();
      return [r.x, r.y, r.width, r.height].map(Math.round);
    });
  }

  /** A real click at the middle of a country on the page's own map, before the app has started. */
  async clickStaticCountry(iso3) {
    const r = await this.staticMap.locator(`[data-iso3="${iso3}"]`).boundingBox();
    await this.page.mouse.click(r.x + r.width * 0.55, r.y + r.height * 0.3);
  }

  /** The paths (after the site's root) requested from now on, as they are requested. */
  recordPaths() {
    const paths = [];
    this.page.on("request", (r) => paths.push(new URL(r.url()).pathname));
    return paths;
  }

  /** The length of a country's outline (its `d`): finer outlines are longer. */
  outlineLength(iso3) {
    return this.country(iso3).evaluate((e) => e.getAttribute("d").length);
  }

  /** The names of the files requested from now on, as they are requested. */
  recordRequests() {
    const files = [];
    this.page.on("request", (r) => files.push(new URL(r.url()).pathname.split("/").pop()));
    return files;
  }

  /** The origins requested from now on. */
  recordOrigins() {
    const origins = new Set();
    this.page.on("request", (r) => origins.add(new URL(r.url()).origin));
    return origins;
  }

  /** Records Content-Security-Policy violations from the next document on. */
  recordCspViolations() {
    return this.page.addInitScript(() => {
      window.__violations = [];
      document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
  }

  cspViolations() {
    return this.page.evaluate(() => window.__violations);
  }

  /** Counts dialogs (alert, confirm, prompt) from now on, dismissing each. */
  countDialogs() {
    const seen = { count: 0 };
    this.page.on("dialog", (d) => {
      seen.count++;
      d.dismiss();
    });
    return seen;
  }

  // ---- offline ----

  serviceWorkerReady() {
    return this.page.evaluate(() => navigator.serviceWorker.ready.then(() => true));
  }

  /** The service worker's caches: whether it controls the page, the cache names, and the paths in
   *  the first cache. */
  offlineCache() {
    return this.page.evaluate(async () => {
      const names = await caches.keys();
      const urls = names.length ? (await (await caches.open(names[0])).keys()).map((r) => new URL(r.url).pathname) : [];
      return { controlled: !!navigator.serviceWorker.controller, names, urls };
    });
  }

  /** Which build the page runs, as marked by a test build's boot.js. */
  build() {
    return this.page.evaluate(() => document.documentElement.dataset.build ?? null);
  }
}

/** A campaign's page on another origin that embeds the map in a sandboxed iframe. */
export class HostPage {
  constructor(page) {
    this.page = page;
    this.map = new MapPage(page, null, { frame: "#map" });
  }

  /** The page's HTML: an iframe of `src` styled with `style`; with `listen`, the five-line
   *  listener the README gives hosts, which records each height the map posts and applies it. */
  static html({ src, style, bodyStyle = "", listen = false }) {
    const iframe = `<iframe id="map" src="${src}" title="Map" style="${style}" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`;
    return `<!doctype html><title>Campaign</title><body style="${bodyStyle}">${iframe}${listen ? '<script src="host.js"></script>' : ""}</body>`;
  }

  static LISTENER = `window.__heights = [];
window.addEventListener("message", (e) => {
  const frame = document.getElementById("map");
  if (e.source !== frame.contentWindow || e.data?.type !== "drug-policy-map:height") return;
  window.__heights.push(e.data.height); frame.style.height = e.data.height + "px";
});`;

  /** The heights the map has posted so far. */
  heights() {
    return this.page.evaluate(() => window.__heights);
  }

  screenshot(path) {
    return this.page.screenshot({ path });
  }
}
