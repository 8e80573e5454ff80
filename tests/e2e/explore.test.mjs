// Exploring the map (issue: explore): themes, legend, tooltip, search, regions, phone and desktop.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";
import { DESKTOP, PHONE, THEMES } from "./map-page.mjs";

const policies = JSON.parse(readFileSync(new URL("../../assets/data/policies.json", import.meta.url)));
const shapes = JSON.parse(readFileSync(new URL("../../assets/data/countries.geojson", import.meta.url))).features.map((f) => f.properties.iso3);

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

for (const [label, viewport] of [["phone", PHONE], ["desktop", DESKTOP]]) {
  test.describe(() => {
    test.use({ viewport });

    test(`${label}: every theme recolours the map and the legend counts match the dataset`, async ({ map }) => {
      await map.open();
      await map.waitForPolicies();
      await expect(map.themeOption("death_penalty"), "death penalty is the default").toHaveAttribute("aria-pressed", "true");
      for (const theme of THEMES) {
        await map.chooseTheme(theme);
        await expect(map.themeOption(theme)).toHaveAttribute("aria-pressed", "true");
        await expect(map.worldMap).toHaveAttribute("data-theme", theme);
        const expected = expectedCounts(theme);
        await expect.poll(() => map.shapeCounts(), `${theme}: data-status`).toEqual(expected);
        // The legend may list more statuses than the map shows, with a count of 0.
        expect(await map.legendCounts(), `${theme}: legend counts`).toMatchObject(expected);
      }
    });

    test(`${label}: searching "ivory" offers Côte d'Ivoire, and choosing it opens its panel`, async ({ map }) => {
      await map.open();
      await map.waitForMap();
      await map.search("ivory");
      const option = map.searchOptions.first();
      await expect(option).toHaveText(/Côte d'Ivoire/);
      await option.click();
      await expect(map.panelTitle).toHaveText("Côte d'Ivoire");
    });

    test(`${label}: controls are at least 44 px and nothing overflows the screen`, async ({ map }) => {
      await map.open();
      await map.waitForMap();
      expect(await map.smallControls()).toEqual([]);
      const overflow = await map.overflowX();
      expect(overflow, `page is ${overflow}px wider than the screen`).toBeLessThanOrEqual(0);
    });
  });
}

test("search ignores accents and case, and knows old names, aliases and codes", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  for (const [query, iso] of [["USA", "USA"], ["uk", "GBR"], ["Burma", "MMR"], ["czech republic", "CZE"], ["Czechia", "CZE"], ["COTE D'IVOIRE", "CIV"], ["prt", "PRT"], ["sao tome", "STP"]]) {
    await map.search(query);
    await expect(map.searchOptions.first(), query).toHaveAttribute("data-iso3", iso);
  }
});

test("the legend filter dims every country outside the chosen status", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  const iranStatus = map.legendEntry("high_application");
  await iranStatus.click();
  await expect(iranStatus).toHaveAttribute("aria-pressed", "true");
  await expect.poll(() => map.opacity("FRA"), "France is dimmed").toBeLessThan(0.5);
  await map.settle();
  expect(await map.opacity("IRN")).toBe(1);
  await iranStatus.click();
  await map.hoverOcean();
  await expect.poll(() => map.opacity("FRA"), "clicking again clears the filter").toBe(1);
});

test("the tooltip shows the country's name and status beside the pointer", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  await map.hoverCountry("IRN");
  await expect(map.tooltip).toHaveText(/Iran.*High application/);
  const { x, y } = await map.pointIn("IRN");
  const box = await map.tooltip.boundingBox();
  expect(x >= box.x && x <= box.x + box.width && y >= box.y && y <= box.y + box.height, "the tooltip does not cover the pointer").toBe(false);
});

test("region presets zoom to a region", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await map.regionsMenu.click();
  for (const region of ["africa", "americas", "asia", "europe", "middle_east", "oceania"]) {
    await map.region(region).click();
    await expect.poll(() => map.zoomScale(), region).toBeGreaterThan(1.1);
    await map.region("world").click();
    await expect.poll(() => map.zoomScale(), `world after ${region}`).toBe(1);
  }
});

test("next and previous move between countries in the panel", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await map.openCountry("FRA");
  await map.nextCountryButton.click();
  await expect(map.panelTitle).not.toHaveText("France");
  await map.previousCountryButton.click();
  await expect(map.panelTitle).toHaveText("France");
  await map.closePanelButton.click();
  await expect(map.panel).not.toBeAttached();
});

test("a 320 px phone in landscape and a 2560 px screen both show the whole map", async ({ newMap }) => {
  for (const viewport of [{ width: 320, height: 568 }, { width: 844, height: 390 }, { width: 2560, height: 1440 }]) {
    const map = await newMap({ viewport });
    await map.open();
    await map.waitForMap();
    const box = await map.worldMap.boundingBox();
    expect(box.width, `${viewport.width}: the map spans the width`).toBeGreaterThan(0.9 * viewport.width);
    await map.openCountry("BRA");
  }
});

// Phones (issue: visitors): the map gets the screen; screenshots are attached for review.
for (const viewport of [{ width: 390, height: 844 }, { width: 844, height: 390 }, { width: 568, height: 320 }, { width: 320, height: 568 }]) {
  const portrait = viewport.height > viewport.width;
  test.describe(() => {
    test.use({ viewport });

    test(`phone ${viewport.width}×${viewport.height}: the map spans the width and at least half of the height; the legend folds and keeps its counts for screen readers`, async ({ map }, testInfo) => {
      await map.open();
      await map.waitForStatuses();
      const shot = testInfo.outputPath(`phone-${viewport.width}x${viewport.height}.png`);
      await map.screenshot(shot);
      await testInfo.attach("screenshot", { path: shot, contentType: "image/png" });
      const box = await map.worldMap.boundingBox();
      expect(Math.round(box.width), "the map spans the full width").toBe(viewport.width);
      expect(box.height, `the map is ${box.height}px of ${viewport.height}px`).toBeGreaterThanOrEqual(0.5 * viewport.height);
      if (portrait) {
        const years = await map.yearControls.boundingBox();
        expect(years.y, "the year controls sit below the map, over no country").toBeGreaterThanOrEqual(box.y + box.height - 1);
        await expect(map.legendToggle).toHaveAttribute("aria-expanded", "false");
        await expect(map.legendEntries.first(), "folded").toBeHidden();
        await expect(map.legendSummary, "the counts are still there for screen readers").toHaveText(/: \d+/);
        await map.legendToggle.click();
        await expect(map.legendEntries.first()).toBeVisible();
        await expect(map.legendToggle).toHaveAttribute("aria-expanded", "true");
      }
    });
  });
}

test("double-click zooms in at that point, as on a map app", async ({ map }) => {
  await map.open();
  await map.waitForStatuses();
  const before = await map.zoomTarget();
  await map.doubleClickOcean();
  await expect.poll(() => map.zoomTarget()).not.toBe(before);
});
