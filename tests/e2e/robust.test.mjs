// Robustness and safety (issue: robust): bad data, broken networks, hostile input, strict CSP,
// no third parties.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { start, MapPage } from "./support.mjs";

const POLICIES = readFileSync(new URL("../../assets/data/policies.json", import.meta.url), "utf8");

let env;
before(async () => (env = await start({ csp: true })));
after(async () => env.stop());

/** Opens the map with policies.json replaced by `body` (or answered with `status`). */
async function withPolicies(body, status = 200) {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  await map.page.route("**/policies.json", (route) => route.fulfill({ status, contentType: "application/json", body }));
  await map.goto();
  await map.waitForStatuses();
  // The full dataset loads on the visitor's first pointer, key or focus event.
  await map.page.mouse.move(1, 1);
  return map;
}

test("truncated policies.json: the map still works and a notice names the file", async () => {
  const map = await withPolicies(POLICIES.slice(0, POLICIES.length / 2));
  const notice = map.page.locator('[data-testid="policy-error"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /policies\.json is damaged.*summaries and sources are not available/);
  // The statuses come from the first-view file, so the map and the panel keep them.
  await map.page.waitForSelector('path.country[data-iso3="FRA"][data-status="none"]');
  await map.clickCountry("FRA");
  await map.panel.waitFor();
  assert.match(await map.panel.locator('[data-testid="details-pending"]').textContent(), /not available/);
  assert.equal(await map.panel.locator(".theme-section.current .status-chip").count(), 1);
  await map.page.context().close();
});

test("a malformed shapes file shows the error with Retry, and still offers the table of policies", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  await map.page.route("**/shapes.txt", (route) => route.fulfill({ status: 200, contentType: "application/json", body: '{"type":"FeatureCollection","features":[{"type":"Feature"' }));
  await map.goto();
  await map.page.locator('[data-testid="load-error"]').waitFor();
  assert.equal(await map.page.locator('[data-testid="retry"]').count(), 1);
  await map.page.click('[data-testid="show-table"]');
  await map.page.waitForSelector('[data-testid="table-view"] tr[data-iso3="PRT"] td[data-theme="decriminalisation"][data-status="de_jure_all"]');
  assert.equal(await map.page.locator('[data-testid="table-view"] tbody tr').count(), JSON.parse(POLICIES).countries.length);
  await map.page.context().close();
});

test("wrong types and an unknown status code skip only those entries, with a notice saying why", async () => {
  const data = JSON.parse(POLICIES);
  const prt = data.countries.find((c) => c.iso3 === "PRT");
  prt.themes.decriminalisation.status = "legalish";
  const fra = data.countries.find((c) => c.iso3 === "FRA");
  fra.themes.death_penalty.since = "long ago";
  const map = await withPolicies(JSON.stringify(data));
  const notice = map.page.locator('[data-testid="data-notice"]');
  await notice.waitFor();
  const text = await notice.textContent();
  assert.match(text, /^2 data entries were skipped/);
  assert.match(text, /PRT: themes\.decriminalisation\.status: unknown status code 'legalish'/);
  assert.match(text, /FRA/);
  assert.equal(await map.country("PRT").getAttribute("data-status"), "no_data");
  await map.page.waitForSelector('path.country[data-iso3="ESP"][data-status="none"]');
  await map.page.context().close();
});

test("a javascript: source URL is rejected and never rendered as a link", async () => {
  const data = JSON.parse(POLICIES);
  const id = data.countries.find((c) => c.iso3 === "URY").themes.regulation.sources[0];
  data.sources[id].url = "javascript:alert(document.domain)";
  const map = await withPolicies(JSON.stringify(data));
  await map.page.locator('[data-testid="data-notice"]').waitFor();
  await map.clickCountry("BRA");
  await map.panel.waitFor();
  assert.equal(await map.page.locator('a[href^="javascript"]').count(), 0);
  await map.page.context().close();
});

test("HTTP 500 on the policy data names the file, keeps the map, and Retry recovers", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  let fail = true;
  await map.page.route("**/policies.json", (route) => (fail ? route.fulfill({ status: 500, body: "" }) : route.continue()));
  await map.goto();
  await map.waitForStatuses();
  await map.page.mouse.move(1, 1);
  const notice = map.page.locator('[data-testid="policy-error"]');
  await notice.waitFor({ timeout: 20_000 });
  assert.match(await notice.textContent(), /policies\.json could not be downloaded: the server answered 500/);
  fail = false;
  await notice.locator("button.retry").click();
  await map.waitForPolicies();
  await notice.waitFor({ state: "detached" });
  await map.page.context().close();
});

test("a 10-second stall shows progress, retries, and then loads", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  let first = true;
  await map.page.route("**/shapes.txt", async (route) => {
    if (first) {
      first = false;
      await new Promise((r) => setTimeout(r, 10_500));
      await route.abort().catch(() => {});
    } else await route.continue();
  });
  await map.goto();
  const loading = map.page.locator('[data-testid="loading"]');
  await loading.waitFor();
  assert.match(await loading.textContent(), /downloading/);
  await map.page.waitForFunction(() => /trying again/.test(document.querySelector('[data-testid="loading"]')?.textContent ?? ""), null, { timeout: 20_000 });
  await map.waitForMap();
  await map.page.context().close();
});

test("under the strict CSP a full visit raises no violation and requests nothing from other origins", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  const origins = new Set();
  map.page.on("request", (r) => origins.add(new URL(r.url()).origin));
  await map.page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const response = await map.page.goto(env.server.url);
  assert.match(response.headers()["content-security-policy"], /script-src 'self' 'wasm-unsafe-eval'/);
  await map.waitForPolicies();
  await map.hoverCountry("IRN");
  await map.page.locator('[data-testid="tooltip"]').waitFor();
  await map.clickCountry("PRT");
  await map.panel.waitFor();
  await map.chooseTheme("decriminalisation");
  await map.page.click('.legend-entry[data-status="de_jure_all"]');
  await map.page.click('[data-testid="zoom-in"]');
  await map.search("burma");
  await map.page.keyboard.press("Enter");
  await map.page.locator('[data-testid="year-slider"]').fill("1995");
  await map.page.click(".about-button");
  await map.page.locator('[data-testid="about"]').waitFor();
  await map.page.waitForTimeout(300);
  assert.deepEqual(await map.page.evaluate(() => window.__violations), []);
  assert.deepEqual([...origins], [new URL(env.server.url).origin]);
  assert.deepEqual(map.errors, []);
  await map.page.context().close();
});

test("while the full dataset is still on its way, About and the CSV download wait for it instead of showing less", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  let release;
  const gate = new Promise((r) => (release = r));
  await map.page.route("**/policies.json", async (route) => {
    await gate;
    await route.continue();
  });
  await map.goto();
  await map.waitForStatuses();
  await map.page.click('[data-testid="downloads"]');
  assert.equal(await map.page.isDisabled('[data-testid="download-csv"]'), true, "no CSV without its sources");
  await map.page.click(".about-button");
  await map.page.locator('dialog[open] [data-testid="details-pending"]').waitFor();
  release();
  await map.page.locator('dialog[open] [data-testid="details-pending"]').waitFor({ state: "detached" });
  assert.match(await map.page.locator('dialog[open]').textContent(), /sources/i);
  await map.page.keyboard.press("Escape");
  if ((await map.page.locator('[data-testid="download-csv"]').count()) === 0) await map.page.click('[data-testid="downloads"]');
  assert.equal(await map.page.isDisabled('[data-testid="download-csv"]'), false);
  await map.page.context().close();
});

for (const [how, handle] of [
  ["the WebAssembly request fails", (route) => route.abort()],
  ["the WebAssembly file is truncated", async (route) => {
    const response = await route.fetch();
    const body = await response.body();
    await route.fulfill({ response, body: body.subarray(0, Math.floor(body.length / 2)) });
  }],
]) {
  test(`the page is never blank: when ${how}, it says so and links to the data`, async () => {
    const map = await MapPage.open(env.browser, env.server.url, { query: null });
    try {
      await map.page.route(/\.wasm$/, handle);
      await map.goto("");
      const failure = map.page.locator("#start-failure");
      await failure.waitFor({ state: "visible" });
      assert.match(await failure.locator("h1").textContent(), /could not start/);
      const links = await failure.locator("a").evaluateAll((as) => as.map((a) => a.getAttribute("href")));
      assert.ok(links.includes("assets/data/policies.json"), links.join(" "));
      const data = await map.page.request.get(env.server.url + "assets/data/policies.json");
      assert.equal(data.status(), 200, "the linked data file is served");
    } finally {
      await map.page.context().close();
    }
  });
}
