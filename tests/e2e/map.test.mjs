// The map (issue: foundation): every country drawn, clickable, zoomable; loading and failure.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, MapPage, PHONE } from "./support.mjs";

let env;
before(async () => (env = await start()));
after(async () => env.stop());

test("a visitor sees all 242 countries and territories on the map", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  assert.equal(await map.shapes().count(), 242);
  const named = await map.page.$$eval("path.country", (els) => els.filter((e) => e.dataset.iso3?.length === 3 && e.dataset.name).length);
  assert.equal(named, 242, "every shape carries data-iso3 and data-name");
  assert.deepEqual(map.errors, []);
  await map.page.context().close();
});

test("clicking France opens a panel titled France; Escape closes it", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  await map.clickCountry("FRA");
  await map.panel.waitFor();
  assert.equal(await map.panelTitle.textContent(), "France");
  await map.page.keyboard.press("Escape");
  await map.panel.waitFor({ state: "detached" });
  await map.page.context().close();
});

test("clicking the ocean closes the panel", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  await map.clickCountry("BRA");
  await map.panel.waitFor();
  const sea = await map.pointInOcean();
  await map.page.mouse.click(sea.x, sea.y);
  await map.panel.waitFor({ state: "detached" });
  await map.page.context().close();
});

test("Singapore is too small to hit, so its marker opens Singapore", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  const marker = map.page.locator('circle.marker[data-iso3="SGP"]');
  assert.equal(await marker.count(), 1);
  for (const tiny of ["BHR", "MLT", "MDV", "AND", "LIE", "MCO", "SMR", "VAT", "TUV"]) {
    assert.equal(await map.page.locator(`circle.marker[data-iso3="${tiny}"]`).count(), 1, `${tiny} has a marker`);
  }
  await marker.click();
  await map.panel.waitFor();
  assert.equal(await map.panelTitle.textContent(), "Singapore");
  await map.page.context().close();
});

test("hovering a country highlights only that shape", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  await map.page.evaluate(() => {
    window.__mutated = new Set();
    new MutationObserver((records) => records.forEach((r) => r.target.dataset?.iso3 && window.__mutated.add(r.target.dataset.iso3))).observe(document.querySelector("svg.map"), { attributes: true, subtree: true });
  });
  await map.hoverCountry("BRA");
  await map.page.waitForSelector('path.country.hovered[data-iso3="BRA"]');
  await map.page.evaluate(() => window.__mutated.clear());
  await map.hoverCountry("ARG", 1);
  await map.page.waitForSelector('path.country.hovered[data-iso3="ARG"]');
  const mutated = await map.page.evaluate(() => [...window.__mutated].sort());
  assert.deepEqual(mutated, ["ARG", "BRA"], "only the hovered shapes changed");
  await map.page.context().close();
});

test("zoom buttons, the wheel and reset change the view; search selection zooms to the country", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  const scale = () => map.page.$eval(".zoom-layer", (g) => new DOMMatrix(getComputedStyle(g).transform).a);
  assert.equal(await scale(), 1);
  await map.page.click('[data-testid="zoom-in"]');
  await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a > 1.5);
  await map.page.click('[data-testid="zoom-reset"]');
  await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a === 1);
  const box = await map.page.locator("svg.map").boundingBox();
  await map.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
  await map.page.mouse.wheel(0, -400);
  await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a > 1.2);
  await map.page.click('[data-testid="zoom-reset"]');
  await map.search("Portugal");
  await map.page.keyboard.press("Enter");
  await map.panel.waitFor();
  await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a > 3);
  await map.page.context().close();
});

test("dragging pans the map and does not select a country", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForMap();
  await map.page.click('[data-testid="zoom-in"]');
  const before = await map.page.$eval(".zoom-layer", (g) => new DOMMatrix(getComputedStyle(g).transform).e);
  const { x, y } = await map.pointIn("BRA");
  await map.page.mouse.move(x, y);
  await map.page.mouse.down();
  await map.page.mouse.move(x + 120, y + 10, { steps: 6 });
  await map.page.mouse.up();
  const after = await map.page.$eval(".zoom-layer", (g) => new DOMMatrix(getComputedStyle(g).transform).e);
  assert.notEqual(after, before);
  assert.equal(await map.panel.count(), 0, "a drag is not a click");
  await map.page.context().close();
});

test("on a phone the panel is a bottom sheet", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { viewport: PHONE });
  await map.waitForMap();
  await map.clickCountry("BRA");
  await map.panel.waitFor();
  const box = await map.panel.boundingBox();
  assert.equal(Math.round(box.width), PHONE.width);
  assert.equal(Math.round(box.y + box.height), PHONE.height);
  await map.page.context().close();
});

test("a failed shapes request shows what failed, and Retry recovers", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  let fail = true;
  await map.page.route("**/shapes.txt", (route) => (fail ? route.fulfill({ status: 500, body: "boom" }) : route.continue()));
  await map.goto();
  const error = map.page.locator('[data-testid="load-error"]');
  await error.waitFor({ timeout: 30_000 });
  assert.match(await error.textContent(), /shapes\.txt.*500/);
  fail = false;
  await map.page.click('[data-testid="retry"]');
  await map.waitForMap();
  assert.equal(await map.shapes().count(), 242);
  await map.page.context().close();
});

test("a malformed shapes file is reported, not a blank page", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  await map.page.route("**/shapes.txt", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"type":"FeatureCollection","features":[' }));
  await map.goto();
  const error = map.page.locator('[data-testid="load-error"]');
  await error.waitFor();
  assert.match(await error.textContent(), /shapes\.txt is damaged/);
  await map.page.context().close();
});

test("while loading, the visitor sees progress", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  let release;
  const gate = new Promise((r) => (release = r));
  await map.page.route("**/shapes.txt", async (route) => {
    await gate;
    await route.continue();
  });
  await map.goto();
  const loading = map.page.locator('[data-testid="loading"]');
  await loading.waitFor();
  assert.match(await loading.textContent(), /Country shapes: downloading/);
  release();
  await map.waitForMap();
  await map.page.context().close();
});

test("the first view needs only the shapes and the statuses; the full dataset waits for the visitor", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  const requested = [];
  map.page.on("request", (r) => requested.push(new URL(r.url()).pathname.split("/").pop()));
  await map.goto();
  await map.waitForStatuses();
  await map.page.waitForTimeout(500);
  assert.ok(requested.includes("shapes.txt") && requested.includes("statuses.txt"), requested.join(" "));
  assert.ok(!requested.includes("policies.json"), "nothing has asked for details yet");
  assert.equal(await map.page.getAttribute(".app", "data-policies"), "statuses");
  await map.clickCountry("PRT");
  await map.panel.waitFor();
  await map.page.waitForSelector('.app[data-policies="full"]');
  await map.page.waitForSelector('[data-testid="country-panel"] .theme-section.current .summary');
  assert.equal(await map.panel.locator('[data-testid="details-pending"]').count(), 0);
  await map.page.context().close();
});

test("a link to a country loads its details without any interaction", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?country=PRT" });
  await map.page.waitForSelector('[data-testid="country-panel"] .theme-section.current .summary', { timeout: 30_000 });
  assert.ok((await map.panel.locator(".source-link").count()) > 0);
  await map.page.context().close();
});
