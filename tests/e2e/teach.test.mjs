// Share, embed and teach (issue: share/embed/classroom): share, embed in a sandboxed iframe,
// classroom mode, offline, table view and downloads.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, mkdtempSync, writeFileSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, until, MapPage } from "./support.mjs";
import { serve } from "./server.mjs";

let env;
before(async () => (env = await start()));
after(async () => env.stop());

const SHAPES = JSON.parse(readFileSync(new URL("../../assets/data/countries.geojson", import.meta.url))).features.length;
const COUNTRIES = JSON.parse(readFileSync(new URL("../../assets/data/policies.json", import.meta.url))).countries.length;

test("Share copies the current deep link", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=regulation&country=URY", context: { permissions: ["clipboard-read", "clipboard-write"] } });
  await map.waitForPolicies();
  await map.page.click('[data-testid="share"]');
  await map.page.waitForFunction(() => /copied/i.test(document.querySelector('[data-testid="toolbar-message"]').textContent));
  const copied = await map.page.evaluate(() => navigator.clipboard.readText());
  assert.match(copied, /\?theme=regulation&country=URY/);
  await map.page.context().close();
});

test("the Embed dialog gives an iframe snippet of the current view", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=harm_reduction" });
  await map.waitForPolicies();
  await map.page.click('[data-testid="embed"]');
  const code = await map.page.locator('[data-testid="embed-code"]').inputValue();
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/\?theme=harm_reduction&amp;embed=1"/);
  assert.match(code, /sandbox="allow-scripts allow-same-origin allow-popups"/);
  assert.match(code, /title="/);
  await map.page.context().close();
});

test("a page on another port embeds the map in a sandboxed iframe and receives its height", async () => {
  const dir = mkdtempSync(join(tmpdir(), "host-"));
  const iframe = `<iframe id="map" src="${env.server.url}?embed=1&theme=decriminalisation" title="Map" style="width:100%;height:600px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe>`;
  // The five-line listener the README gives hosts.
  writeFileSync(join(dir, "index.html"), `<!doctype html><title>Campaign</title><body>${iframe}<script src="host.js"></script></body>`);
  writeFileSync(join(dir, "host.js"), `window.__heights = [];
window.addEventListener("message", (e) => {
  const frame = document.getElementById("map");
  if (e.source !== frame.contentWindow || e.data?.type !== "drug-policy-map:height") return;
  window.__heights.push(e.data.height); frame.style.height = e.data.height + "px";
});`);
  const host = await serve(dir);
  const page = await (await env.browser.newContext({ viewport: { width: 800, height: 900 } })).newPage();
  await page.goto(host.url);
  await page.waitForFunction(() => window.__heights.length > 0, null, { timeout: 30_000 });
  const heights = await page.evaluate(() => window.__heights);
  assert.ok(heights.every((h) => Number.isInteger(h) && h > 200), `${heights}`);
  const frame = page.frameLocator("#map");
  await frame.locator("path.country").first().waitFor();
  assert.equal(await frame.locator("path.country").count(), SHAPES);
  assert.equal(await frame.locator('[data-testid="share"]').count(), 0, "no site toolbar when embedded");
  assert.match(await frame.locator('[data-testid="open-full"]').getAttribute("href"), /theme=decriminalisation/);
  await page.context().close();
  await host.close();
});

test("classroom mode steps through the story with ArrowRight and PageDown, and Escape leaves", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?present=1" });
  await map.waitForPolicies();
  const step = map.page.locator('[data-testid="story-step"]');
  await step.waitFor();
  assert.equal(await step.textContent(), "1 / 8");
  assert.ok(await map.page.$eval(".app", (e) => parseFloat(getComputedStyle(e).fontSize) >= 20), "large type");
  await map.page.keyboard.press("ArrowRight");
  assert.equal(await step.textContent(), "2 / 8");
  await map.panel.waitFor();
  assert.equal(await map.panelTitle.textContent(), "Philippines");
  await map.page.waitForSelector('.theme-option[data-theme="lethal_crackdown"][aria-pressed="true"]');
  await map.page.keyboard.press("PageDown");
  assert.equal(await step.textContent(), "3 / 8");
  await map.page.waitForFunction(() => document.querySelector('[data-testid="country-panel"] h2')?.textContent === "Mexico");
  await map.page.keyboard.press("PageUp");
  assert.equal(await step.textContent(), "2 / 8");
  await map.page.click('[data-testid="story-exit"]');
  await step.waitFor({ state: "detached" });
  await map.page.context().close();
});

test("after one visit the map works with no network", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { context: { serviceWorkers: "allow" } });
  await map.waitForPolicies();
  await map.page.evaluate(() => navigator.serviceWorker.ready);
  await until(map.page, async () => (await caches.keys()).length > 0 && (await (await caches.open((await caches.keys())[0])).keys()).length >= 9);
  await map.page.context().setOffline(true);
  await map.page.reload();
  await map.waitForPolicies();
  assert.equal(await map.shapes().count(), SHAPES);
  await map.clickCountry("PRT");
  await map.panel.waitFor();
  await map.page.context().close();
});

test("the table lists every country, sorts, filters by theme and status, and searches", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?view=table" });
  const table = map.page.locator('[data-testid="table-view"]');
  await map.page.waitForSelector('[data-testid="table-view"] tr[data-iso3="PRT"] td[data-theme="decriminalisation"][data-status="de_jure_all"]');
  const rows = table.locator("tbody tr");
  assert.equal(await rows.count(), SHAPES);
  await table.locator('[data-testid="table-filter-theme"]').selectOption("death_penalty");
  await table.locator('[data-testid="table-filter-status"]').selectOption("high_application");
  const iso = await rows.evaluateAll((trs) => trs.map((t) => t.dataset.iso3).sort());
  assert.deepEqual(iso, ["CHN", "IRN", "PRK", "SAU", "SGP", "VNM"], "the six countries where HRI found drug executions in 2024");
  await table.locator('[data-testid="table-filter-theme"]').selectOption("");
  await table.locator('[data-testid="table-search"]').fill("ivoire");
  assert.equal(await rows.count(), 1);
  await table.locator('[data-testid="table-search"]').fill("");
  await table.locator('th button.sort', { hasText: "Country" }).click();
  assert.equal(await table.locator("thead th").first().getAttribute("aria-sort"), "descending");
  await rows.first().locator("button").click();
  await map.panel.waitFor();
  await map.page.context().close();
});

test("downloads: CSV with one row per country, JSON with sources, PNG and SVG of the view", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=decriminalisation", context: { acceptDownloads: true } });
  await map.waitForPolicies();
  const download = async (testid) => {
    await map.page.click('[data-testid="downloads"]');
    const [d] = await Promise.all([map.page.waitForEvent("download"), map.page.click(`[data-testid="${testid}"]`)]);
    return readFileSync(await d.path());
  };
  const csv = (await download("download-csv")).toString("utf8").trim().split("\r\n");
  assert.equal(csv.length, 1 + COUNTRIES);
  assert.match(csv[0], /^iso3,name,reviewed,death_penalty/);
  const json = JSON.parse((await download("download-json")).toString("utf8"));
  assert.ok(Object.keys(json.sources).length > 100);
  const svg = (await download("download-svg")).toString("utf8");
  const height = Number(svg.match(/^<svg[^>]* height="([\d.]+)"/)[1]);
  const png = await download("download-png");
  assert.equal(png.subarray(1, 4).toString(), "PNG");
  assert.equal(png.readUInt32BE(16), 2000, "PNG width");
  assert.equal(png.readUInt32BE(20), Math.round(height * 2), "PNG height: the SVG's, at twice the scale");
  assert.ok(png.length > 20_000, "the PNG has content");
  // The source line comes last, below the legend's last row, and inside the image.
  const ys = [...svg.matchAll(/<text [^>]*y="([\d.]+)"/g)].map((m) => Number(m[1]));
  const sourceY = ys.at(-1);
  assert.ok(sourceY - 12 >= Math.max(...ys.slice(1, -1)) + 6, `the source line (y ${sourceY}) overlaps the legend (${ys.slice(1, -1)})`);
  assert.ok(sourceY < height, "the source line is inside the image");
  assert.match(svg, /Decriminalisation of personal use/);
  assert.match(svg, /Data updated \d{4}-\d{2}-\d{2}/);
  assert.ok((svg.match(/<path /g) ?? []).length >= SHAPES);
  await map.page.context().close();
});

test("Back leaves classroom mode, after any number of story steps", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=death_penalty" });
  try {
    await map.waitForPolicies();
    await map.page.click('[data-testid="present"]');
    await map.page.locator('[data-testid="story"]').waitFor();
    await map.page.waitForFunction(() => location.search.includes("present=1"));
    for (let i = 0; i < 3; i++) await map.page.click('[data-testid="story-next"]');
    await map.page.goBack();
    await map.page.locator('[data-testid="story"]').waitFor({ state: "detached" });
    assert.doesNotMatch(map.page.url(), /present=1/);
    await map.page.waitForSelector('svg.map[data-theme="death_penalty"]');
  } finally {
    await map.page.context().close();
  }
});

for (const [width, height] of [[320, 400], [560, 420], [700, 500]]) {
  test(`embedded at ${width}×${height} on another origin: the map, a legend below it, a small link out, no site chrome`, async (t) => {
    const dir = mkdtempSync(join(tmpdir(), "host-"));
    writeFileSync(join(dir, "index.html"), `<!doctype html><title>Campaign</title><body style="margin:0"><iframe id="map" src="${env.server.url}?embed=1&theme=decriminalisation" title="Map" style="width:${width}px;height:${height}px;border:0" sandbox="allow-scripts allow-same-origin allow-popups"></iframe></body>`);
    const host = await serve(dir);
    const page = await (await env.browser.newContext({ viewport: { width: width + 40, height: height + 40 } })).newPage();
    try {
      await page.goto(host.url);
      const frame = page.frameLocator("#map");
      await frame.locator('path.country[data-iso3="PRT"]:not([data-status="no_data"])').waitFor({ timeout: 30_000 });
      const f = page.frames().find((x) => x.url().includes("embed=1"));
      const layout = await f.evaluate(() => {
        const box = (sel) => { const e = document.querySelector(sel); if (!e) return null; const r = e.getBoundingClientRect(); return r.width && r.height ? { top: r.top, bottom: r.bottom, left: r.left, right: r.right, height: r.height } : null; };
        return { map: box("svg.map"), legend: box(".legend"), link: box('[data-testid="open-full"]'), lang: box(".lang-switcher"), about: box(".about-button"), toolbar: box(".toolbar"), search: box(".search"), years: box(".year-controls"), width: innerWidth };
      });
      mkdirSync("test-results", { recursive: true });
      await page.screenshot({ path: `test-results/embed-${width}x${height}.png` });
      t.diagnostic(`screenshot: test-results/embed-${width}x${height}.png`);
      assert.ok(layout.map && layout.map.height >= 0.4 * height, `the map is ${layout.map?.height}px tall`);
      assert.ok(layout.legend.top >= layout.map.bottom - 1, "the legend sits below the map, covering no country");
      assert.ok(layout.legend.bottom <= height + 1, "the legend fits in the frame");
      assert.ok(layout.link && layout.link.height <= 48, `"Open full map" is one short line (${layout.link?.height}px)`);
      for (const chrome of ["lang", "about", "toolbar", "search", "years"]) assert.equal(layout[chrome], null, `${chrome} is not shown in the frame`);
    } finally {
      await page.context().close();
      await host.close();
    }
  });
}

test("the Embed dialog lets the host fix theme, country and year, hide controls, and previews the result", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=death_penalty&country=SGP&year=2010" });
  try {
    await map.waitForPolicies();
    await map.page.click('[data-testid="embed"]');
    const code = map.page.locator('[data-testid="embed-code"]');
    await code.waitFor();
    assert.match(await code.inputValue(), /country=SGP&amp;year=2010&amp;embed=1/);
    await map.page.selectOption('[data-testid="embed-theme"]', "corporal_punishment");
    await map.page.click('[data-testid="embed-year"]');
    await map.page.click('[data-testid="embed-bare"]');
    const snippet = await code.inputValue();
    assert.match(snippet, /theme=corporal_punishment&amp;country=SGP&amp;controls=0&amp;embed=1/);
    assert.doesNotMatch(snippet, /year=/);
    const preview = map.page.locator('[data-testid="embed-preview"]');
    assert.match(await preview.getAttribute("src"), /theme=corporal_punishment&country=SGP&controls=0&embed=1/);
    const inner = map.page.frameLocator('[data-testid="embed-preview"]');
    await inner.locator('svg.map[data-theme="corporal_punishment"]').waitFor({ timeout: 30_000 });
    assert.equal(await inner.locator(".theme-switcher").isVisible(), false, "controls hidden in the preview");
  } finally {
    await map.page.context().close();
  }
});
