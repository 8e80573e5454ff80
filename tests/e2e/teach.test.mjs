// Share, embed and teach (issue: share/embed/classroom): share, embed in a sandboxed iframe,
// classroom mode, offline, table view and downloads.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";

const SHAPES = JSON.parse(readFileSync(new URL("../../assets/data/countries.geojson", import.meta.url))).features.length;
const COUNTRIES = JSON.parse(readFileSync(new URL("../../assets/data/policies.json", import.meta.url))).countries.length;

test.describe(() => {
  test.use({ permissions: ["clipboard-read", "clipboard-write"] });

  test("Share copies the current deep link", async ({ map }) => {
    await map.open("?theme=regulation&country=URY");
    await map.waitForPolicies();
    await map.shareButton.click();
    await expect(map.toolbarMessage).toHaveText(/copied/i);
    expect(await map.clipboardText()).toMatch(/\?theme=regulation&country=URY/);
  });
});

test("the Embed dialog gives an iframe snippet of the current view", async ({ map }) => {
  await map.open("?theme=harm_reduction");
  await map.waitForPolicies();
  await map.embedButton.click();
  await expect(map.embedCode).toHaveValue(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?theme=harm_reduction&amp;embed=1"/);
  await expect(map.embedCode).toHaveValue(/sandbox="allow-scripts allow-same-origin allow-popups"/);
  await expect(map.embedCode).toHaveValue(/title="/);
});

test("a page on another port embeds the map in a sandboxed iframe and receives its height", async ({ embedHost }) => {
  const host = await embedHost({ query: "?embed=1&theme=decriminalisation", style: "width:100%;height:600px;border:0", listen: true, viewport: { width: 800, height: 900 } });
  await expect.poll(() => host.heights(), { timeout: 30_000 }).not.toHaveLength(0);
  const heights = await host.heights();
  expect(heights.every((h) => Number.isInteger(h) && h > 200), `${heights}`).toBe(true);
  await expect(host.map.shapes.first()).toBeVisible();
  await expect(host.map.shapes).toHaveCount(SHAPES);
  await expect(host.map.shareButton, "no site toolbar when embedded").toHaveCount(0);
  await expect(host.map.openFullLink).toHaveAttribute("href", /theme=decriminalisation/);
});

test("classroom mode steps through the story with ArrowRight and PageDown, and Escape leaves", async ({ map }) => {
  await map.open("?present=1");
  await map.waitForPolicies();
  await expect(map.storyStep).toHaveText("1 / 8");
  expect(await map.fontSize(), "large type").toBeGreaterThanOrEqual(20);
  await map.press("ArrowRight");
  await expect(map.storyStep).toHaveText("2 / 8");
  await expect(map.panelTitle).toHaveText("Philippines");
  await expect(map.themeOption("lethal_crackdown")).toHaveAttribute("aria-pressed", "true");
  await map.press("PageDown");
  await expect(map.storyStep).toHaveText("3 / 8");
  await expect(map.panelTitle).toHaveText("Mexico");
  await map.press("PageUp");
  await expect(map.storyStep).toHaveText("2 / 8");
  await map.storyExit.click();
  await expect(map.storyStep).not.toBeAttached();
});

test.describe(() => {
  test.use({ serviceWorkers: "allow" });

  test("after one visit the map works with no network", async ({ map }) => {
    await map.open();
    await map.waitForPolicies();
    await map.serviceWorkerReady();
    await expect.poll(async () => (await map.offlineCache()).urls.length, "files precached").toBeGreaterThanOrEqual(9);
    await map.goOffline();
    await map.reload();
    await map.waitForPolicies();
    await expect(map.shapes).toHaveCount(SHAPES);
    await map.openCountry("PRT");
    // The change log and a comparison work offline too.
    await map.closePanelButton.click();
    await map.aboutButton.click();
    await expect(map.about.getByTestId("recent-changes").locator("li[data-iso3]").first()).toBeVisible();
    await map.open("?compare=PRT,SGP&view=compare");
    await expect(map.compareTable.locator("thead th[data-iso3]")).toHaveCount(2);
  });
});

test("the table lists every country, sorts, filters by theme and status, and searches", async ({ map }) => {
  await map.open("?view=table");
  await expect(map.tableCell("PRT", "decriminalisation")).toHaveAttribute("data-status", "de_jure_all");
  await expect(map.tableRows).toHaveCount(SHAPES);
  await map.tableThemeFilter.selectOption("death_penalty");
  await map.tableStatusFilter.selectOption("high_application");
  await expect.poll(() => map.tableCountries(), "the six countries where HRI found drug executions in 2024").toEqual(["CHN", "IRN", "PRK", "SAU", "SGP", "VNM"]);
  await map.tableThemeFilter.selectOption("");
  await map.tableSearch.fill("ivoire");
  await expect(map.tableRows).toHaveCount(1);
  await map.tableSearch.fill("");
  await map.tableSortButton("Country").click();
  await expect(map.tableFirstHeader).toHaveAttribute("aria-sort", "descending");
  await map.tableCountryButton(0).click();
  await expect(map.panel).toBeVisible();
});

test("the table finds countries by the names people type, and sorts like the legend and the alphabet", async ({ map }) => {
  await map.open("?view=table&lang=fr");
  await expect(map.tableRows).toHaveCount(SHAPES);
  // The same search as the search box: aliases in every language, not only names.
  for (const [query, iso3] of [["Burma", "MMR"], ["UK", "GBR"], ["Birmanie", "MMR"], ["EE. UU.", "USA"]]) {
    await map.tableSearch.fill(query);
    await expect.poll(() => map.tableCountries(), query).toContain(iso3);
  }
  await map.tableSearch.fill("");
  await expect(map.tableRows).toHaveCount(SHAPES);
  // Accents folded: "Égypte" sorts with the E's, not after "Zambie".
  await expect(map.table).toContainText("Égypte");
  const names = await map.tableNames();
  expect(names.indexOf("Égypte")).toBeGreaterThan(names.indexOf("Danemark"));
  expect(names.indexOf("Égypte")).toBeLessThan(names.indexOf("Espagne"));
  // A theme column sorts in legend order: the heaviest death penalty first, "not known" last.
  await map.tableSortButton("Peine de mort").click();
  const column = await map.tableColumn("death_penalty");
  expect(column[0]).toBe("high_application");
  const order = ["high_application", "low_application", "symbolic", "insufficient_data", "none", "not_confirmed", "unknown_year", "not_applicable", "no_data"];
  const ranks = column.map((s) => order.indexOf(s));
  expect(ranks.every((r, i) => i === 0 || ranks[i - 1] <= r), `legend order: ${[...new Set(column)]}`).toBe(true);
});

test("downloads: CSV with one row per country, JSON with sources, PNG and SVG of the view", async ({ map }) => {
  await map.open("?theme=decriminalisation");
  await map.waitForPolicies();
  const csv = (await map.download("csv")).toString("utf8").trim().split("\r\n");
  expect(csv).toHaveLength(1 + COUNTRIES);
  expect(csv[0]).toMatch(/^iso3,name,reviewed,death_penalty/);
  const json = JSON.parse((await map.download("json")).toString("utf8"));
  expect(Object.keys(json.sources).length).toBeGreaterThan(100);
  const svg = (await map.download("svg")).toString("utf8");
  const height = Number(svg.match(/^<svg[^>]* height="([\d.]+)"/)[1]);
  const png = await map.download("png");
  expect(png.subarray(1, 4).toString()).toBe("PNG");
  expect(png.readUInt32BE(16), "PNG width").toBe(2000);
  expect(png.readUInt32BE(20), "PNG height: the SVG's, at twice the scale").toBe(Math.round(height * 2));
  expect(png.length, "the PNG has content").toBeGreaterThan(20_000);
  // The source line comes last, below the legend's last row, and inside the image.
  const ys = [...svg.matchAll(/<text [^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
  const sourceY = ys.at(-1);
  expect(sourceY - 12, `the source line (y ${sourceY}) overlaps the legend (${ys.slice(1, -1)})`).toBeGreaterThanOrEqual(Math.max(...ys.slice(1, -1)) + 6);
  expect(sourceY, "the source line is inside the image").toBeLessThan(height);
  expect(svg).toMatch(/Decriminalisation of personal use/);
  expect(svg).toMatch(/Data updated \d{4}-\d{2}-\d{2}/);
  expect((svg.match(/<path /g) ?? []).length).toBeGreaterThanOrEqual(SHAPES);
});

test("Back leaves classroom mode, after any number of story steps", async ({ map }) => {
  await map.open("?theme=death_penalty");
  await map.waitForPolicies();
  await map.presentButton.click();
  await expect(map.story).toBeVisible();
  await expect.poll(() => map.url()).toMatch(/present=1/);
  for (let i = 0; i < 3; i++) await map.storyNext.click();
  await map.back();
  await expect(map.story).not.toBeAttached();
  expect(map.url()).not.toMatch(/present=1/);
  await expect(map.worldMap).toHaveAttribute("data-theme", "death_penalty");
});

for (const [width, height] of [[320, 400], [560, 420], [700, 500]]) {
  test(`embedded at ${width}×${height} on another origin: the map, a legend below it, a small link out, no site chrome`, async ({ embedHost }, testInfo) => {
    const host = await embedHost({ query: "?embed=1&theme=decriminalisation", style: `width:${width}px;height:${height}px;border:0`, bodyStyle: "margin:0", viewport: { width: width + 40, height: height + 40 } });
    await host.map.waitForStatuses();
    const layout = await host.map.layout();
    const shot = testInfo.outputPath(`embed-${width}x${height}.png`);
    await host.screenshot(shot);
    await testInfo.attach("screenshot", { path: shot, contentType: "image/png" });
    expect(layout.map?.height ?? 0, `the map is ${layout.map?.height}px tall`).toBeGreaterThanOrEqual(0.4 * height);
    expect(layout.legend.top, "the legend sits below the map, covering no country").toBeGreaterThanOrEqual(layout.map.bottom - 1);
    expect(layout.legend.bottom, "the legend fits in the frame").toBeLessThanOrEqual(height + 1);
    expect(layout.link?.height ?? Infinity, `"Open full map" is one short line (${layout.link?.height}px)`).toBeLessThanOrEqual(48);
    for (const chrome of ["lang", "about", "toolbar", "search", "years"]) expect(layout[chrome], `${chrome} is not shown in the frame`).toBeNull();
  });
}

test("the Embed dialog lets the host fix theme, country and year, hide controls, and previews the result", async ({ map }) => {
  await map.open("?theme=death_penalty&country=SGP&year=2010");
  await map.waitForPolicies();
  await map.embedButton.click();
  await expect(map.embedCode).toHaveValue(/country=SGP&amp;year=2010&amp;embed=1/);
  await map.embedTheme.selectOption("corporal_punishment");
  await map.embedYear.click();
  await map.embedBare.click();
  await expect(map.embedCode).toHaveValue(/theme=corporal_punishment&amp;country=SGP&amp;controls=0&amp;embed=1/);
  await expect(map.embedCode).not.toHaveValue(/year=/);
  await expect(map.embedPreview).toHaveAttribute("src", /theme=corporal_punishment&country=SGP&controls=0&embed=1/);
  const preview = map.embedPreviewMap;
  await expect(preview.worldMap).toHaveAttribute("data-theme", "corporal_punishment", { timeout: 30_000 });
  await expect(preview.themeSwitcher, "controls hidden in the preview").toBeHidden();
});
