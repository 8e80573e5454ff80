// Time (issue: time): the year slider, Play, the change log and comparing two years.
import { test, expect } from "./fixtures.mjs";
import { THEMES } from "./map-page.mjs";

test("in 2000 Portugal had not yet decriminalised; in 2001 it had", async ({ map }) => {
  await map.open("?year=2000&theme=decriminalisation");
  await map.waitForMap();
  await expect(map.worldMap).toHaveAttribute("data-theme", "decriminalisation");
  await expect(map.country("PRT")).not.toHaveAttribute("data-status", "no_data");
  expect(await map.country("PRT").getAttribute("data-status")).not.toBe("de_jure_all");
  await expect(map.yearValue).toHaveText(/2000/);
  await map.open("?year=2001&theme=decriminalisation");
  await expect(map.country("PRT")).toHaveAttribute("data-status", "de_jure_all");
});

test("Play advances the year and Pause stops it", async ({ map }) => {
  await map.open("?year=1990");
  await map.waitForPolicies();
  await map.playButton.click();
  await expect.poll(() => map.year(), { timeout: 10_000 }).toBeGreaterThanOrEqual(1992);
  await map.playButton.click();
  const paused = await map.yearValue.textContent();
  // Play steps every 700 ms: more than two steps' worth of stillness shows it has stopped.
  await map.letTimePass(1600);
  await expect(map.yearValue).toHaveText(paused);
});

test("the legend counts follow the year", async ({ map }) => {
  await map.open("?theme=regulation");
  await map.waitForPolicies();
  const today = (await map.legendCounts()).adult_use_market;
  await map.open("?theme=regulation&year=2000");
  await map.waitForPolicies();
  const then = (await map.legendCounts()).adult_use_market ?? 0;
  expect(then, `adult-use markets: ${then} in 2000, ${today} today`).toBeLessThan(today);
  const legend = Object.fromEntries(Object.entries(await map.legendCounts()).filter(([, n]) => n > 0));
  expect(legend).toEqual(await map.shapeCounts());
});

test("Portugal's change log lists 2001 with a source", async ({ map }) => {
  await map.open("?theme=decriminalisation&country=PRT");
  await map.waitForPolicies();
  await expect(map.panel).toBeVisible();
  await map.openChangeLog("decriminalisation");
  await expect(map.changeLogEntry("decriminalisation", 2001)).toHaveText(/2001/);
  await expect(map.changeLogSource("decriminalisation", 2001)).toHaveAttribute("href", /^https?:\/\//);
});

test("two years can be compared side by side", async ({ map }) => {
  await map.open("?theme=decriminalisation");
  await map.waitForPolicies();
  await map.compareButton.click();
  await expect(map.compareView).toBeVisible();
  await map.setCompareYear("First", 1995);
  await expect(map.compareCountry("First", "PRT")).not.toHaveAttribute("data-status", "de_jure_all");
  await expect(map.compareCountry("Second", "PRT")).toHaveAttribute("data-status", "de_jure_all");
});

/** The first year the dataset dates a status to: its first event, its `since`, or else the
 *  publication year of its newest source (an undated status is known only from then on). */
function firstKnownYear(entry, sources) {
  if (entry.history?.length) return entry.history[0].year;
  if (entry.since) return entry.since;
  return Math.max(...entry.sources.map((id) => sources[id]?.year ?? Infinity));
}

test("for past years, no country shows a status dated after that year, or not dated at all", async ({ map, request }) => {
  const policies = await (await request.get("assets/data/policies.json")).json();
  const byCode = new Map(policies.countries.map((c) => [c.iso3, c]));
  const problems = [];
  for (const theme of THEMES) {
    for (const year of [1961, 1990, 2015]) {
      await map.open(`?theme=${theme}&year=${year}`);
      await map.waitForStatuses();
      await expect(map.worldMap).toHaveAttribute("data-theme", theme);
      for (const [iso3, status] of await map.shownStatuses()) {
        if (["unknown_year", "not_applicable", "no_data"].includes(status)) continue;
        const entry = byCode.get(iso3)?.themes?.[theme];
        if (!entry) problems.push(`${iso3} ${theme} ${year}: shows '${status}' without an entry`);
        else if (!(firstKnownYear(entry, policies.sources) <= year)) {
          problems.push(`${iso3} ${theme} ${year}: shows '${status}', first dated ${firstKnownYear(entry, policies.sources)}`);
        }
      }
    }
  }
  expect(problems).toEqual([]);
});

test("Play adds no history entries: Back returns to the view before it", async ({ map }) => {
  await map.open("?theme=decriminalisation&year=1990");
  await map.waitForPolicies();
  await map.chooseTheme("regulation");
  await expect.poll(() => map.url()).toMatch(/theme=regulation/);
  const before = await map.historyLength();
  await map.playButton.click();
  await expect.poll(() => map.year(), { timeout: 15_000 }).toBeGreaterThanOrEqual(1994);
  await map.playButton.click();
  expect(await map.historyLength(), "Play replaced the entry instead of adding one per year").toBe(before);
  await map.back();
  await expect(map.worldMap).toHaveAttribute("data-theme", "decriminalisation");
  expect(map.url()).toMatch(/theme=decriminalisation/);
  expect(map.url()).toMatch(/year=1990/);
});
