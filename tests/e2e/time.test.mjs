// Time (issue: time): the year slider, Play, the change log and comparing two years.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, MapPage } from "./support.mjs";

let env;
before(async () => (env = await start()));
after(async () => env.stop());

test("in 2000 Portugal had not yet decriminalised; in 2001 it had", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?year=2000&theme=decriminalisation" });
  await map.waitForMap();
  await map.page.waitForSelector('svg.map[data-theme="decriminalisation"]');
  await map.page.waitForFunction(() => document.querySelector('path.country[data-iso3="PRT"]').dataset.status !== "no_data");
  assert.notEqual(await map.country("PRT").getAttribute("data-status"), "de_jure_all");
  assert.match(await map.page.locator('[data-testid="year-value"]').textContent(), /2000/);
  await map.goto("?year=2001&theme=decriminalisation");
  await map.page.waitForSelector('path.country[data-iso3="PRT"][data-status="de_jure_all"]');
  await map.page.context().close();
});

test("Play advances the year and Pause stops it", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?year=1990" });
  await map.waitForPolicies();
  await map.page.click('[data-testid="play"]');
  await map.page.waitForFunction(() => Number(document.querySelector('[data-testid="year-value"]').textContent) >= 1992, null, { timeout: 10_000 });
  await map.page.click('[data-testid="play"]');
  const paused = await map.page.locator('[data-testid="year-value"]').textContent();
  await map.page.waitForTimeout(1600);
  assert.equal(await map.page.locator('[data-testid="year-value"]').textContent(), paused);
  await map.page.context().close();
});

test("the legend counts follow the year", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=regulation" });
  await map.waitForPolicies();
  const today = (await map.legendCounts()).adult_use_market;
  await map.goto("?theme=regulation&year=2000");
  await map.waitForPolicies();
  const then = (await map.legendCounts()).adult_use_market ?? 0;
  assert.ok(then < today, `adult-use markets: ${then} in 2000, ${today} today`);
  const legend = Object.fromEntries(Object.entries(await map.legendCounts()).filter(([, n]) => n > 0));
  assert.deepEqual(legend, await map.shapeCounts());
  await map.page.context().close();
});

test("Portugal's change log lists 2001 with a source", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=decriminalisation&country=PRT" });
  await map.waitForPolicies();
  await map.panel.waitFor();
  const log = map.panel.locator('[data-theme-section="decriminalisation"] [data-testid="change-log"]');
  await log.locator("summary").click();
  const entry = log.locator('li[data-year="2001"]');
  assert.match(await entry.textContent(), /2001/);
  assert.match(await entry.locator("a").first().getAttribute("href"), /^https?:\/\//);
  await map.page.context().close();
});

test("two years can be compared side by side", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=decriminalisation" });
  await map.waitForPolicies();
  await map.page.click('[data-testid="compare"]');
  const view = map.page.locator('[data-testid="compare-view"]');
  await view.waitFor();
  const first = view.locator('[data-testid="compare-First"]');
  const second = view.locator('[data-testid="compare-Second"]');
  await first.locator("input").fill("1995");
  await first.locator("input").dispatchEvent("change");
  await map.page.waitForFunction(() => document.querySelector('[data-testid="compare-First"] [data-iso3="PRT"]').dataset.status !== "de_jure_all");
  assert.equal(await second.locator('[data-iso3="PRT"]').getAttribute("data-status"), "de_jure_all");
  await map.page.context().close();
});

/** The first year the dataset dates a status to: its first event, its `since`, or else the
 *  publication year of its newest source (an undated status is known only from then on). */
function firstKnownYear(entry, sources) {
  if (entry.history?.length) return entry.history[0].year;
  if (entry.since) return entry.since;
  return Math.max(...entry.sources.map((id) => sources[id]?.year ?? Infinity));
}

test("for past years, no country shows a status dated after that year, or not dated at all", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: null });
  const policies = await (await fetch(env.server.url + "assets/data/policies.json")).json();
  const byCode = new Map(policies.countries.map((c) => [c.iso3, c]));
  const problems = [];
  for (const theme of ["death_penalty", "decriminalisation", "regulation", "harm_reduction", "compulsory_detention", "lethal_crackdown", "corporal_punishment"]) {
    for (const year of [1961, 1990, 2015]) {
      await map.goto(`?theme=${theme}&year=${year}`);
      await map.waitForStatuses();
      await map.page.waitForSelector(`svg.map[data-theme="${theme}"]`);
      const shown = await map.page.$$eval("path.country", (els) => els.map((e) => [e.dataset.iso3, e.dataset.status]));
      for (const [iso3, status] of shown) {
        if (["unknown_year", "not_applicable", "no_data"].includes(status)) continue;
        const entry = byCode.get(iso3)?.themes?.[theme];
        if (!entry) problems.push(`${iso3} ${theme} ${year}: shows '${status}' without an entry`);
        else if (!(firstKnownYear(entry, policies.sources) <= year)) {
          problems.push(`${iso3} ${theme} ${year}: shows '${status}', first dated ${firstKnownYear(entry, policies.sources)}`);
        }
      }
    }
  }
  assert.deepEqual(problems, []);
  await map.page.context().close();
});

test("Play adds no history entries: Back returns to the view before it", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=decriminalisation&year=1990" });
  try {
    await map.waitForPolicies();
    await map.chooseTheme("regulation");
    await map.page.waitForFunction(() => location.search.includes("theme=regulation"));
    const before = await map.page.evaluate(() => history.length);
    await map.page.click('[data-testid="play"]');
    await map.page.waitForFunction(() => Number(document.querySelector('[data-testid="year-value"]').textContent) >= 1994, null, { timeout: 15_000 });
    await map.page.click('[data-testid="play"]');
    assert.equal(await map.page.evaluate(() => history.length), before, "Play replaced the entry instead of adding one per year");
    await map.page.goBack();
    await map.page.waitForSelector('svg.map[data-theme="decriminalisation"]');
    assert.match(map.page.url(), /theme=decriminalisation/);
    assert.match(map.page.url(), /year=1990/);
  } finally {
    await map.page.context().close();
  }
});
