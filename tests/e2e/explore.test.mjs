// Exploring the map (issue: explore): themes, legend, tooltip, search, regions, phone and desktop.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, readFileSync } from "node:fs";
import { start, MapPage, PHONE, DESKTOP } from "./support.mjs";

const policies = JSON.parse(readFileSync(new URL("../../assets/data/policies.json", import.meta.url)));
const shapes = JSON.parse(readFileSync(new URL("../../assets/data/countries.geojson", import.meta.url))).features.map((f) => f.properties.iso3);
const THEMES = ["death_penalty", "decriminalisation", "regulation", "harm_reduction", "compulsory_detention", "lethal_crackdown", "corporal_punishment"];

/** What the dataset says each shape should show in `theme`, counted. */
function expectedCounts(theme) {
  const out = {};
  for (const iso of shapes) {
    const c = policies.countries.find((x) => x.iso3 === iso);
    const code = !c ? "no_data" : Object.keys(c.themes).length === 0 ? "not_applicable" : (c.themes[theme]?.status ?? "no_data");
    out[code] = (out[code] ?? 0) + 1;
  }
  return out;
}

let env;
before(async () => (env = await start()));
after(async () => env.stop());

for (const [label, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test(`${label}: every theme recolours the map and the legend counts match the dataset`, async () => {
    const map = await MapPage.open(env.browser, env.server.url, { viewport });
    await map.waitForPolicies();
    assert.equal(await map.page.getAttribute('.theme-option[data-theme="death_penalty"]', "aria-pressed"), "true", "death penalty is the default");
    for (const theme of THEMES) {
      await map.chooseTheme(theme);
      assert.equal(await map.page.getAttribute(`.theme-option[data-theme="${theme}"]`, "aria-pressed"), "true");
      await map.page.waitForSelector(`svg.map[data-theme="${theme}"]`);
      const expected = expectedCounts(theme);
      assert.deepEqual(await map.shapeCounts(), expected, `${theme}: data-status`);
      const legend = await map.legendCounts();
      for (const [code, n] of Object.entries(expected)) assert.equal(legend[code], n, `${theme}: legend count for ${code}`);
    }
    await map.page.context().close();
  });

  test(`${label}: searching "ivory" offers Côte d'Ivoire, and choosing it opens its panel`, async () => {
    const map = await MapPage.open(env.browser, env.server.url, { viewport });
    await map.waitForMap();
    await map.search("ivory");
    const option = map.searchOptions().first();
    await option.waitFor();
    assert.match(await option.textContent(), /Côte d'Ivoire/);
    await option.click();
    await map.panel.waitFor();
    assert.equal(await map.panelTitle.textContent(), "Côte d'Ivoire");
    await map.page.context().close();
  });

  test(`${label}: controls are at least 44 px and nothing overflows the screen`, async () => {
    const map = await MapPage.open(env.browser, env.server.url, { viewport });
    await map.waitForMap();
    const small = await map.page.$$eval(".theme-option, .zoom-controls button, .regions summary, .about-button, [data-testid=country-search]", (els) =>
      els.filter((e) => { const r = e.getBoundingClientRect(); return r.width > 0 && (r.height < 44 || r.width < 44); }).map((e) => e.textContent || e.className));
    assert.deepEqual(small, []);
    const overflow = await map.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 0, `page is ${overflow}px wider than the screen`);
    await map.page.context().close();
  });
}

test("search ignores accents and case, and knows old names, aliases and codes", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  for (const [query, iso] of [["USA", "USA"], ["uk", "GBR"], ["Burma", "MMR"], ["czech republic", "CZE"], ["Czechia", "CZE"], ["COTE D'IVOIRE", "CIV"], ["prt", "PRT"], ["sao tome", "STP"]]) {
    await map.search(query);
    const first = map.searchOptions().first();
    await first.waitFor();
    assert.equal(await first.getAttribute("data-iso3"), iso, query);
  }
  await map.page.context().close();
});

test("the legend filter dims every country outside the chosen status", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  await map.page.click('.legend-entry[data-status="high_application"]');
  assert.equal(await map.page.getAttribute('.legend-entry[data-status="high_application"]', "aria-pressed"), "true");
  await map.page.waitForTimeout(300);
  const opacity = (iso) => map.page.$eval(`path.country[data-iso3="${iso}"]`, (e) => Number(getComputedStyle(e).opacity));
  assert.equal(await opacity("IRN"), 1);
  assert.ok((await opacity("FRA")) < 0.5, "France is dimmed");
  await map.page.click('.legend-entry[data-status="high_application"]');
  const sea = await map.pointInOcean();
  await map.page.mouse.move(sea.x, sea.y);
  await map.page.waitForTimeout(300);
  assert.equal(await opacity("FRA"), 1, "clicking again clears the filter");
  await map.page.context().close();
});

test("the tooltip shows the country's name and status beside the pointer", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  await map.hoverCountry("IRN");
  const tip = map.page.locator('[data-testid="tooltip"]');
  await tip.waitFor();
  assert.match(await tip.textContent(), /Iran.*High application/);
  const { x, y } = await map.pointIn("IRN");
  const box = await tip.boundingBox();
  assert.ok(!(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height), "the tooltip does not cover the pointer");
  await map.page.context().close();
});

test("region presets zoom to a region", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  await map.page.click(".regions summary");
  for (const region of ["africa", "americas", "asia", "europe", "middle_east", "oceania"]) {
    await map.page.click(`[data-region="${region}"]`);
    await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a > 1.1);
    await map.page.click('[data-region="world"]');
    await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a === 1);
  }
  await map.page.context().close();
});

test("next and previous move between countries in the panel", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  await map.clickCountry("FRA");
  await map.panel.waitFor();
  await map.page.click('[data-testid="panel-next"]');
  await map.page.waitForFunction(() => document.querySelector('[data-testid="country-panel"] h2').textContent !== "France");
  await map.page.click('[data-testid="panel-prev"]');
  await map.page.waitForFunction(() => document.querySelector('[data-testid="country-panel"] h2').textContent === "France");
  await map.page.click('[data-testid="panel-close"]');
  await map.panel.waitFor({ state: "detached" });
  await map.page.context().close();
});

test("a 320 px phone in landscape and a 2560 px screen both show the whole map", async () => {
  for (const viewport of [{ width: 320, height: 568 }, { width: 844, height: 390 }, { width: 2560, height: 1440 }]) {
    const map = await MapPage.open(env.browser, env.server.url, { viewport });
    await map.waitForMap();
    const box = await map.page.locator("svg.map").boundingBox();
    assert.ok(box.width > 0.9 * viewport.width, `${viewport.width}: the map spans the width`);
    await map.clickCountry("BRA");
    await map.panel.waitFor();
    await map.page.context().close();
  }
});

// Phones (issue: visitors): the map gets the screen; screenshots go to test-results/ for review.
for (const viewport of [{ width: 390, height: 844 }, { width: 844, height: 390 }, { width: 568, height: 320 }, { width: 320, height: 568 }]) {
  const portrait = viewport.height > viewport.width;
  test(`phone ${viewport.width}×${viewport.height}: the map spans the width and at least half of the height; the legend folds and keeps its counts for screen readers`, async (t) => {
    const map = await MapPage.open(env.browser, env.server.url, { viewport });
    try {
      await map.waitForStatuses();
      mkdirSync("test-results", { recursive: true });
      const shot = `test-results/phone-${viewport.width}x${viewport.height}.png`;
      await map.page.screenshot({ path: shot });
      t.diagnostic(`screenshot: ${shot}`);
      const box = await map.page.locator("svg.map").boundingBox();
      assert.equal(Math.round(box.width), viewport.width, "the map spans the full width");
      assert.ok(box.height >= 0.5 * viewport.height, `the map is ${box.height}px of ${viewport.height}px`);
      if (portrait) {
        const years = await map.page.locator(".year-controls").boundingBox();
        assert.ok(years.y >= box.y + box.height - 1, "the year controls sit below the map, over no country");
        const toggle = map.page.locator('[data-testid="legend-toggle"]');
        assert.equal(await toggle.getAttribute("aria-expanded"), "false");
        assert.equal(await map.page.locator(".legend-entry").first().isVisible(), false, "folded");
        const summary = await map.page.locator('[data-testid="legend-summary"]').textContent();
        assert.match(summary, /: \d+/, "the counts are still there for screen readers");
        await toggle.click();
        await map.page.locator(".legend-entry").first().waitFor({ state: "visible" });
        assert.equal(await toggle.getAttribute("aria-expanded"), "true");
      }
    } finally {
      await map.page.context().close();
    }
  });
}

test("double-click zooms in at that point, as on a map app", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  try {
    await map.waitForStatuses();
    const { x, y } = await map.pointInOcean();
    const transform = () => map.page.evaluate(() => document.querySelector(".zoom-layer").style.transform);
    const before = await transform();
    await map.page.mouse.dblclick(x, y);
    await map.page.waitForFunction((t) => document.querySelector(".zoom-layer").style.transform !== t, before);
    assert.notEqual(await transform(), before);
  } finally {
    await map.page.context().close();
  }
});
