// The citable data feed: static files at stable paths under assets/feed/, each stamped with the
// dataset's version and date (the latest release in data/changes.json):
//
//   assets/feed/dataset.json, dataset.csv            every country
//   assets/feed/countries/ISO3.json, ISO3.csv        one country
//   assets/feed/changes.json, changes.atom           what changed, where, when, on which source
//   assets/feed/table.html                           every country's status, as a page that needs no
//                                                    JavaScript (the page's map links to it)
//
// scripts/build-data.mjs calls `feedFiles` and writes (or, with --check, compares) every file.
// docs/data.md documents the paths and formats.

import { readFileSync } from "node:fs";
import { citations } from "./citations.mjs";

export const TITLE = "Drug laws of the world (drug-policy-map)";
/** Atom ids need absolute IRIs; a tag URI names the feed without depending on where it is hosted. */
const TAG = "tag:drug-policy-map.org,2026";

/** A CSV cell: quoted when needed, and formula-looking text defused (OWASP). */
export function cell(value) {
  const s = String(value ?? "");
  const guarded = /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
  return /[",\n\r]/.test(guarded) ? `"${guarded.replaceAll('"', '""')}"` : guarded;
}

// In `Theme::ALL` order; `cargo test` (the_feed_csv_columns_follow_the_themes) keeps it so.
const THEMES = ["death_penalty", "decriminalisation", "regulation", "harm_reduction", "compulsory_detention", "lethal_crackdown", "corporal_punishment"];

function csv(countries, sources, stamp) {
  const header = ["iso3", "name", "reviewed", ...THEMES.flatMap((t) => [t, `${t}_since`]), "sources", "dataset_version", "dataset_date"];
  const rows = countries.map((c) => {
    const urls = [];
    const cells = [c.iso3, c.name, c.reviewed];
    for (const t of THEMES) {
      const e = c.themes?.[t];
      cells.push(e?.status ?? "", e?.since ?? "");
      for (const id of e?.sources ?? []) {
        const url = sources[id]?.url;
        if (url && !urls.includes(url)) urls.push(url);
      }
    }
    cells.push(urls.join(" "), stamp.version, stamp.date);
    return cells.map(cell).join(",");
  });
  return [header.join(","), ...rows].join("\r\n") + "\r\n";
}

const xml = (s) => String(s).replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** One change in plain English, for the feed (the app words it in the visitor's language). */
export function describe(change, names) {
  const name = names[change.country] ?? change.country;
  const theme = change.theme.replaceAll("_", " ");
  if (change.kind === "status") {
    const since = change.year ? ` from ${change.year}` : "";
    return `${name}, ${theme}: ${change.from.replaceAll("_", " ")} → ${change.to.replaceAll("_", " ")}${since}`;
  }
  const status = change.status.replaceAll("_", " ");
  if (change.kind === "period") {
    return change.year === change.until ? `${name}, ${theme}: ${status} in ${change.year}` : `${name}, ${theme}: ${status} from ${change.year} to ${change.until}`;
  }
  if (change.kind === "undated") return `${name}, ${theme}: ${status}, no longer dated`;
  return `${name}, ${theme}: ${status}, now dated from ${change.year}`;
}

// The status a theme's data dates for a year: the history's last event up to that year, or the
// status from its `since` when there is no history. Unlike model::ThemeEntry::status_in it ignores
// the year a source merely reported the status, which is no date for a change to rest on.
function statusIn(entry, year) {
  const history = entry.history ?? [];
  if (history.length) return [...history].reverse().find((e) => e.year <= year)?.status;
  return entry.since != null && year >= entry.since ? entry.status : undefined;
}

// What the data must show for the newest change of a country and theme to still be true; a later
// correction of the data without its own change would leave the log saying something the map no
// longer says.
function disagreement(change, entry) {
  const said = (s) => `'${s}'`;
  if (!entry) return `the country has no ${change.theme} entry`;
  if (change.kind === "status" && change.to !== entry.status) return `says the status became ${said(change.to)}, but it is ${said(entry.status)}`;
  if (change.kind === "dated") {
    if (change.status !== entry.status) return `says ${said(change.status)} is dated, but the status is ${said(entry.status)}`;
    if (statusIn(entry, change.year) !== change.status) return `says ${said(change.status)} from ${change.year}, but the data has ${said(statusIn(entry, change.year) ?? "not known")} that year`;
  }
  if (change.kind === "period") {
    for (let y = change.year; y <= change.until; y++) {
      if (statusIn(entry, y) !== change.status) return `says ${said(change.status)} from ${change.year} to ${change.until}, but the data has ${said(statusIn(entry, y) ?? "not known")} in ${y}`;
    }
  }
  if (change.kind === "undated") {
    if (change.status !== entry.status) return `says ${said(change.status)} is no longer dated, but the status is ${said(entry.status)}`;
    if (entry.since != null || entry.history?.length) return `says ${said(change.status)} is no longer dated, but the data dates it`;
  }
  return null;
}

function atom(changes, names, sources) {
  const latest = changes.releases[0];
  const entries = changes.releases.flatMap((r) =>
    r.changes.map((c) => {
      const cited = c.sources.map((id) => sources[id]).filter(Boolean);
      const summary = `${describe(c, names)}. Sources: ${cited.map((s) => `${s.publisher}, ${s.title} (${s.year})`).join("; ")}.`;
      return [
        "  <entry>",
        `    <id>${TAG}:${r.version}/${c.country}/${c.theme}</id>`,
        `    <title>${xml(describe(c, names))}</title>`,
        `    <updated>${r.date}T00:00:00Z</updated>`,
        `    <link rel="alternate" type="text/html" href="../../?country=${c.country}&amp;theme=${c.theme}"/>`,
        ...cited.map((s) => `    <link rel="related" href="${xml(s.url)}" title="${xml(s.title)}"/>`),
        `    <summary>${xml(summary)}</summary>`,
        "  </entry>",
      ].join("\n");
    }),
  );
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${TAG}:changes</id>`,
    `  <title>${xml(TITLE)}: recent changes in the law</title>`,
    `  <subtitle>Version ${xml(latest.version)}. What changed in the dataset, where, when and on which source.</subtitle>`,
    `  <updated>${latest.date}T00:00:00Z</updated>`,
    '  <link rel="self" type="application/atom+xml" href="changes.atom"/>',
    '  <link rel="alternate" type="text/html" href="../../"/>',
    "  <author><name>drug-policy-map</name></author>",
    ...entries,
    "</feed>",
    "",
  ].join("\n");
}

/** Every country's status per theme in English words, as a plain HTML table: what a visitor without
 *  JavaScript (or whose browser cannot run the app) is offered beside the page's map. */
function table(countries, stamp) {
  const en = JSON.parse(readFileSync(new URL("../assets/i18n/en.json", import.meta.url), "utf8"));
  const word = (t, code) => en.shown[`${t}.${code}`] ?? code.replaceAll("_", " ");
  const head = THEMES.map((t) => `<th scope="col">${xml(en.theme[t])}</th>`).join("");
  const rows = countries.map((c) => {
    const cells = THEMES.map((t) => {
      const e = c.themes?.[t];
      if (!e) return "<td>–</td>";
      return `<td>${xml(word(t, e.status))}${e.since ? ` (since ${e.since})` : ""}</td>`;
    });
    return `<tr><th scope="row"><a href="countries/${c.iso3}.json">${xml(c.name)}</a></th>${cells.join("")}</tr>`;
  });
  return [
    "<!doctype html>",
    '<html lang="en">',
    '<head><meta charset="utf-8" /><meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${xml(stamp.title)}: every country's status</title></head>`,
    "<body>",
    `<h1>Drug laws of the world: every country's status</h1>`,
    `<p>Dataset version ${xml(stamp.version)}, data of ${xml(stamp.date)}. Each country links to its laws with sources and dates (JSON). ` +
      '<a href="dataset.csv">Every status (CSV)</a> · <a href="dataset.json">Everything with sources (JSON)</a> · <a href="../../">The interactive map</a></p>',
    `<table><caption>Status of each country on each theme, today</caption><thead><tr><th scope="col">Country</th>${head}</tr></thead>`,
    `<tbody>${rows.join("\n")}</tbody></table>`,
    "</body></html>",
    "",
  ].join("\n");
}

/** Every feed file, as a map from its path (relative to the repository) to its content. */
export function feedFiles(assembled, changes) {
  const latest = changes.releases[0];
  const stamp = { title: TITLE, version: latest.version, date: latest.date };
  const names = Object.fromEntries(assembled.countries.map((c) => [c.iso3, c.name]));
  const files = new Map();
  const json = (value) => JSON.stringify(value, null, 1) + "\n";
  files.set("assets/feed/dataset.json", json({ dataset: stamp, ...assembled }));
  files.set("assets/feed/dataset.csv", csv(assembled.countries, assembled.sources, stamp));
  for (const c of assembled.countries) {
    const own = {};
    for (const [, ids] of citations(c, "")) for (const id of ids) if (assembled.sources[id]) own[id] = assembled.sources[id];
    const sorted = Object.fromEntries(Object.keys(own).sort().map((id) => [id, own[id]]));
    files.set(`assets/feed/countries/${c.iso3}.json`, json({ dataset: stamp, country: c, sources: sorted }));
    files.set(`assets/feed/countries/${c.iso3}.csv`, csv([c], assembled.sources, stamp));
  }
  files.set("assets/feed/changes.json", json({ dataset: stamp, ...changes }));
  files.set("assets/feed/changes.atom", atom(changes, names, assembled.sources));
  files.set("assets/feed/table.html", table(assembled.countries, stamp));
  return files;
}

// What a change can say: a new status, a start date for today's status, a past period added or
// corrected, or a start date withdrawn (docs/data.md, "The change log").
const KINDS = ["status", "dated", "period", "undated"];

/** Problems in data/changes.json, as `field: message`. */
export function checkChanges(changes, countries, sources) {
  const problems = [];
  const codes = new Set(countries.map((c) => c.iso3));
  if (!Array.isArray(changes?.releases) || changes.releases.length === 0) return ["releases: needs at least one release"];
  changes.releases.forEach((r, i) => {
    const at = `releases[${i}]`;
    if (!/^\d{4}\.\d{2}\.\d{2}(\.\d+)?$/.test(r.version ?? "")) problems.push(`${at}.version: must look like 2026.11.27`);
    if (!/^\d{4}-\d{2}-\d{2}$/.test(r.date ?? "")) problems.push(`${at}.date: must be YYYY-MM-DD`);
    if (i > 0 && r.date > changes.releases[i - 1].date) problems.push(`${at}.date: releases go newest first`);
    // The feed's entry id is release/country/theme, so a release says one thing per country and theme.
    const seen = new Set();
    (r.changes ?? []).forEach((c, j) => {
      const cat = `${at}.changes[${j}]`;
      const key = `${c.country}/${c.theme}`;
      if (seen.has(key)) problems.push(`${cat}: a second change for ${key} in this release; merge them into one`);
      seen.add(key);
      if (!codes.has(c.country)) problems.push(`${cat}.country: unknown country '${c.country}'`);
      if (!THEMES.includes(c.theme)) problems.push(`${cat}.theme: unknown theme '${c.theme}'`);
      if (!KINDS.includes(c.kind)) problems.push(`${cat}.kind: one of ${KINDS.map((k) => `'${k}'`).join(", ")}`);
      if (c.kind === "period" && !(Number.isInteger(c.year) && Number.isInteger(c.until) && c.until >= c.year)) {
        problems.push(`${cat}.until: a period needs a year and an 'until' no earlier than it`);
      }
      if (!c.sources?.length) problems.push(`${cat}.sources: needs at least one source`);
      for (const id of c.sources ?? []) if (!sources[id]) problems.push(`${cat}.sources: unknown source id '${id}'`);
    });
  });
  // The newest change of each country and theme describes today's data.
  const byCode = new Map(countries.map((c) => [c.iso3, c]));
  const newest = new Set();
  changes.releases.forEach((r, i) =>
    (r.changes ?? []).forEach((c, j) => {
      const key = `${c.country}/${c.theme}`;
      if (newest.has(key) || !byCode.has(c.country) || !KINDS.includes(c.kind)) return;
      newest.add(key);
      const why = disagreement(c, byCode.get(c.country).themes?.[c.theme]);
      if (why) problems.push(`releases[${i}].changes[${j}] (${key}, the newest change for it): ${why}`);
    }),
  );
  return problems;
}
