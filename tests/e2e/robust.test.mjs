// Robustness and safety (issue: robust): bad data, broken networks, hostile input, strict CSP,
// no third parties.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";

const POLICIES = readFileSync(new URL("../../assets/data/policies.json", import.meta.url), "utf8");

// Every story here runs under the Content-Security-Policy the README gives hosts.
test.use({ serverOptions: { csp: true } });

/** Opens the map with policies.json answered by `body` (or with `status`), up to the visitor's
 *  first interaction, which is what asks for the full dataset. */
async function withPolicies(map, body, status = 200) {
  await map.answer("policies.json", { status, contentType: "application/json", body });
  await map.open();
  await map.waitForStatuses();
  await map.firstInteraction();
}

test("truncated policies.json: the map still works and a notice names the file", async ({ map }) => {
  await withPolicies(map, POLICIES.slice(0, POLICIES.length / 2));
  await expect(map.policyError).toHaveText(/policies\.json is damaged.*summaries and sources are not available/);
  // The statuses come from the first-view file, so the map and the panel keep them.
  await expect(map.country("FRA")).toHaveAttribute("data-status", "none");
  await map.openCountry("FRA");
  await expect(map.detailsPending).toHaveText(/not available/);
  await expect(map.currentStatusChip).toHaveCount(1);
});

test("a malformed shapes file shows the error with Retry, and still offers the table of policies", async ({ map }) => {
  await map.pageWithoutMap();
  await map.answer("shapes.txt", { contentType: "application/json", body: '{"type":"FeatureCollection","features":[{"type":"Feature"' });
  await map.open();
  await expect(map.loadError).toBeVisible();
  await expect(map.retryButton).toHaveCount(1);
  await map.showTableButton.click();
  await expect(map.tableCell("PRT", "decriminalisation")).toHaveAttribute("data-status", "de_jure_all");
  await expect(map.tableRows).toHaveCount(JSON.parse(POLICIES).countries.length);
});

test("wrong types and an unknown status code skip only those entries, with a notice saying why", async ({ map }) => {
  const data = JSON.parse(POLICIES);
  const prt = data.countries.find((c) => c.iso3 === "PRT");
  prt.themes.decriminalisation.status = "legalish";
  const fra = data.countries.find((c) => c.iso3 === "FRA");
  fra.themes.death_penalty.since = "long ago";
  await withPolicies(map, JSON.stringify(data));
  await expect(map.dataNotice).toHaveText(/^2 data entries were skipped/);
  await expect(map.dataNotice).toHaveText(/PRT: themes\.decriminalisation\.status: unknown status code 'legalish'/);
  await expect(map.dataNotice).toHaveText(/FRA/);
  await expect(map.country("PRT")).toHaveAttribute("data-status", "no_data");
  await expect(map.country("ESP")).toHaveAttribute("data-status", "none");
});

test("a javascript: source URL is rejected and never rendered as a link", async ({ map }) => {
  const data = JSON.parse(POLICIES);
  const id = data.countries.find((c) => c.iso3 === "URY").themes.regulation.sources[0];
  data.sources[id].url = "javascript:alert(document.domain)";
  await withPolicies(map, JSON.stringify(data));
  await expect(map.dataNotice).toBeVisible();
  await map.openCountry("BRA");
  await expect(map.scriptLinks).toHaveCount(0);
  // Uruguay's own panel is where the source would have been linked.
  await map.openCountry("URY");
  await expect(map.panelTitle).toHaveText("Uruguay");
  await expect(map.scriptLinks).toHaveCount(0);
});

test("HTTP 500 on the policy data names the file, keeps the map, and Retry recovers", async ({ map }) => {
  const failure = await map.answer("policies.json", { status: 500 });
  await map.open();
  await map.waitForStatuses();
  await map.firstInteraction();
  await expect(map.policyError).toHaveText(/policies\.json could not be downloaded: the server answered 500/);
  failure.restore();
  await map.policyRetry.click();
  await map.waitForPolicies();
  await expect(map.policyError).not.toBeAttached();
});

test("a 10-second stall shows progress, retries, and then loads", async ({ map }) => {
  await map.pageWithoutMap();
  await map.stallOnce("shapes.txt", 10_500);
  await map.recordLoadingMessages();
  await map.open();
  await expect(map.loading).toHaveText(/downloading/);
  // The retry's message shows only until the second attempt answers, so it is read from the record.
  await expect.poll(() => map.loadingMessages(), { timeout: 20_000 }).toContainEqual(expect.stringMatching(/trying again/));
  await map.waitForMap();
});

test("under the strict CSP a full visit raises no violation and requests nothing from other origins", async ({ map, server }) => {
  const origins = map.recordOrigins();
  await map.recordCspViolations();
  const response = await map.open();
  expect(response.headers()["content-security-policy"]).toMatch(/script-src 'self' 'wasm-unsafe-eval'/);
  await map.waitForPolicies();
  await map.hoverCountry("IRN");
  await expect(map.tooltip).toBeVisible();
  await map.openCountry("PRT");
  await map.chooseTheme("decriminalisation");
  await map.legendEntry("de_jure_all").click();
  await map.zoomInButton.click();
  await map.search("burma");
  await map.press("Enter");
  await map.yearSlider.fill("1995");
  await map.aboutButton.click();
  await expect(map.about).toBeVisible();
  // Violations are reported by events after the fact: give the last ones time to arrive.
  await map.letTimePass(300);
  expect(await map.cspViolations()).toEqual([]);
  expect([...origins]).toEqual([new URL(server.url).origin]);
});

test("while the full dataset is still on its way, About waits for it instead of showing less; the CSV is a complete static file", async ({ map, request }) => {
  const release = await map.holdBack("policies.json");
  await map.open();
  await map.waitForStatuses();
  await map.openDownloads();
  await expect(map.downloadLink("csv")).toHaveAttribute("href", "assets/feed/dataset.csv");
  const csv = await (await request.get("assets/feed/dataset.csv")).text();
  expect(csv.split("\r\n")[0]).toMatch(/,sources,dataset_version,dataset_date$/);
  await map.press("Escape");
  await map.aboutButton.click();
  await expect(map.dialogDetailsPending).toBeVisible();
  release();
  await expect(map.dialogDetailsPending).not.toBeAttached();
  await expect(map.openDialog).toHaveText(/sources/i);
});

for (const [how, breakage] of [["the WebAssembly request fails", "abort"], ["the WebAssembly file is truncated", "truncate"]]) {
  test(`the page is never blank: when ${how}, it says so and links to the data`, async ({ map, request }) => {
    await map.breakWasm(breakage);
    await map.open();
    await expect(map.startFailure).toBeVisible();
    await expect(map.startFailureHeading).toHaveText(/could not start/);
    const links = await map.startFailureLinks();
    expect(links).toContain("assets/feed/dataset.json");
    expect(links).toContain("assets/feed/table.html");
    const data = await request.get("assets/feed/dataset.json");
    expect(data.status(), "the linked data file is served").toBe(200);
  });
}
