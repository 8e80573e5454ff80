// The citable data feed (issue: a citable, versioned data feed): every file at its stable path in the
// release build, stamped with the version; the Atom feed well formed and complete; and the app's
// "Recent changes in the law" and "Cite this".
import { readFileSync } from "node:fs";
import { DOMParser } from "@xmldom/xmldom";
import { test, expect } from "./fixtures.mjs";

const changes = JSON.parse(readFileSync(new URL("../../data/changes.json", import.meta.url)));
const policies = JSON.parse(readFileSync(new URL("../../assets/data/policies.json", import.meta.url)));
const countries = policies.countries.map((c) => c.iso3);
const { version, date } = changes.releases[0];
// The newest dated change in the log: About lists it whatever the data's latest release says.
const newest = changes.releases[0].changes.find((c) => c.year);
const newestName = policies.countries.find((c) => c.iso3 === newest.country).name;
const newestNameEs = JSON.parse(readFileSync(new URL("../../assets/data/names.json", import.meta.url))).es[newest.country];
const themeLabels = JSON.parse(readFileSync(new URL("../../assets/i18n/en.json", import.meta.url))).theme;
// The same country and theme can change in several releases; the newest release is listed first.
const newestItem = `li[data-iso3=${newest.country}][data-theme=${newest.theme}]`;
const ATOM = "http://www.w3.org/2005/Atom";

test("every feed file is served at its stable path, stamped with the dataset's version and date", async ({ request }) => {
  const dataset = await (await request.get("assets/feed/dataset.json")).json();
  expect(dataset.dataset).toMatchObject({ version, date });
  expect(dataset.countries).toHaveLength(countries.length);
  const csv = await (await request.get("assets/feed/dataset.csv")).text();
  expect(csv.trim().split("\r\n")).toHaveLength(1 + countries.length);
  for (const iso3 of countries) {
    const json = await request.get(`assets/feed/countries/${iso3}.json`);
    expect(json.status(), `${iso3}.json`).toBe(200);
    const body = await json.json();
    expect(body.dataset.version, `${iso3}.json`).toBe(version);
    expect(body.country.iso3).toBe(iso3);
    const row = (await (await request.get(`assets/feed/countries/${iso3}.csv`)).text()).trim().split("\r\n");
    expect(row, `${iso3}.csv`).toHaveLength(2);
    expect(row[1].startsWith(`${iso3},`) && row[1].endsWith(`,${version},${date}`), `${iso3}.csv: ${row[1].slice(0, 40)}`).toBe(true);
  }
  const log = await (await request.get("assets/feed/changes.json")).json();
  expect(log.releases[0].version).toBe(version);
});

test("the change log is a valid Atom feed: feed and entries carry id, title, updated and links", async ({ request }) => {
  const response = await request.get("assets/feed/changes.atom");
  expect(response.status()).toBe(200);
  const errors = [];
  const doc = new DOMParser({ errorHandler: { warning: () => {}, error: (e) => errors.push(e), fatalError: (e) => errors.push(e) } }).parseFromString(await response.text(), "application/xml");
  expect(errors, "well-formed XML").toEqual([]);
  const feed = doc.documentElement;
  expect(feed.namespaceURI).toBe(ATOM);
  expect(feed.localName).toBe("feed");
  const nodes = (el) => Array.from({ length: el.childNodes.length }, (_, i) => el.childNodes.item(i));
  const child = (el, name) => nodes(el).filter((n) => n.namespaceURI === ATOM && n.localName === name);
  // RFC 4287 §4.1.1: exactly one id, title and updated; an author (the entries have none); a self link.
  for (const name of ["id", "title", "updated"]) expect(child(feed, name), `feed/${name}`).toHaveLength(1);
  expect(child(feed, "author")).toHaveLength(1);
  expect(child(feed, "link").some((l) => l.getAttribute("rel") === "self")).toBe(true);
  const rfc3339 = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(Z|[+-]\d{2}:\d{2})$/;
  expect(child(feed, "updated")[0].textContent).toMatch(rfc3339);
  expect(child(feed, "id")[0].textContent).toMatch(/^[a-z][a-z0-9+.-]*:/);
  const entries = child(feed, "entry");
  expect(entries).toHaveLength(changes.releases.reduce((n, r) => n + r.changes.length, 0));
  const ids = new Set();
  for (const entry of entries) {
    for (const name of ["id", "title", "updated", "summary"]) expect(child(entry, name), `entry/${name}`).toHaveLength(1);
    expect(child(entry, "updated")[0].textContent).toMatch(rfc3339);
    expect(child(entry, "link").some((l) => l.getAttribute("rel") === "alternate")).toBe(true);
    ids.add(child(entry, "id")[0].textContent);
  }
  expect(ids.size, "entry ids are unique").toBe(entries.length);
});

test("About lists recent changes in the law with the feed to follow, and how to cite the dataset, in Spanish too", async ({ map }) => {
  await map.open("?lang=es");
  await map.waitForPolicies();
  await map.aboutButton.click();
  const recent = map.about.getByTestId("recent-changes");
  await expect(recent.getByRole("heading", { name: "Cambios recientes en la ley" })).toBeVisible();
  await expect(recent.locator(newestItem).first()).toContainText(newestNameEs);
  await expect(recent.locator(newestItem).first()).toContainText(String(newest.year));
  await expect(recent.getByTestId("atom-link")).toHaveAttribute("href", "assets/feed/changes.atom");
  await expect(map.about.getByTestId("cite-dataset")).toContainText(`versión ${version}`);
  // A change opens its country.
  await recent.locator(newestItem).first().locator("button").click();
  await expect(map.panelTitle).toHaveText(newestNameEs);
});

test("in English, each change names its country, not its code", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  await map.aboutButton.click();
  const item = map.about.getByTestId("recent-changes").locator(newestItem).first();
  await expect(item).toContainText(`${newestName}, ${themeLabels[newest.theme]}`);
  await expect(item).not.toContainText(newest.country);
});

// About shows the three latest releases (components/changes.rs, RELEASES_SHOWN); a past period
// among them reads with both its years, so the log never names a past status as today's.
const period = changes.releases.slice(0, 3).flatMap((r) => r.changes).find((c) => c.kind === "period");

test("a past period added to the data reads with both its years, not as today's status", async ({ map }) => {
  test.skip(!period, "no period change among the releases About shows");
  await map.open();
  await map.waitForPolicies();
  await map.aboutButton.click();
  const item = map.about.getByTestId("recent-changes").locator(`li[data-iso3=${period.country}][data-theme=${period.theme}]`).first();
  const years = period.year === period.until ? `in ${period.year}` : `from ${period.year} to ${period.until}`;
  await expect(item).toContainText(years);
  await expect(item).not.toContainText("now dated");
});

test("a country's panel says how to cite it and links to its own data files", async ({ map, request }) => {
  await map.open("?country=PRT&theme=decriminalisation");
  await map.waitForPolicies();
  const cite = map.panel.getByTestId("cite");
  await cite.locator("summary").click();
  await expect(cite).toContainText(`dataset version ${version}, data of ${date}`);
  await expect(cite).toContainText("?country=PRT");
  const href = await cite.getByRole("link", { name: "JSON" }).getAttribute("href");
  expect(href).toBe("assets/feed/countries/PRT.json");
  expect((await (await request.get(href)).json()).country.name).toBe("Portugal");
});
