// Checks every hand-edited data file and assembles the file the app loads.
//
//   node scripts/build-data.mjs            check data/, then write assets/data/policies.json
//   node scripts/build-data.mjs --check    check data/ and that policies.json is up to date
//   node scripts/build-data.mjs OUT.json   check data/, then write OUT.json
//   DATA_DIR=/elsewhere node scripts/build-data.mjs OUT.json   check a copy of data/ (for tests)
//
// It also checks the panel translations in data/translations/LANG.json and writes, for each
// language, assets/data/texts.LANG.json: the current translations, and the keys of stale ones
// (made from English that has since changed), which the panel shows in English with a note.
//
// Needs only Node (no Rust toolchain): a campaigner who corrects a fact runs this to see at once
// whether the file is valid, and whether a UN member state's open question is still open. Each
// problem is printed as `file: field: message`. The deeper rules (what a `none` rests on, dates,
// coverage) are checked by `cargo test` (see docs/data.md).
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import Ajv2020 from "ajv/dist/2020.js";
import { panelTexts, resolve } from "./panel-texts.mjs";
import { checkChanges, feedFiles } from "./feed.mjs";
import { citations } from "./citations.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const dataDir = process.env.DATA_DIR ?? join(root, "data");
const target = join(root, "assets/data/policies.json");

// The three themes a UN member state must settle (validate::CORE_THEMES), and the 193 members.
const CORE_THEMES = ["death_penalty", "decriminalisation", "regulation"];
const unMembers = new Set(readFileSync(join(root, "tests/fixtures/un_members.txt"), "utf8").split(/\s+/).filter(Boolean));

const problems = [];
const problem = (file, field, message) => problems.push(`${file}: ${field ? field + ": " : ""}${message}`);

function readJson(rel) {
  try {
    return JSON.parse(readFileSync(join(dataDir, rel.replace(/^data\//, "")), "utf8"));
  } catch (e) {
    problem(rel, "", `not valid JSON (${e.message})`);
    return null;
  }
}

const ajv = new Ajv2020({ allErrors: true, strict: false, validateFormats: false });
const validators = {
  country: ajv.compile(readJson("data/schema/country.schema.json")),
  sources: ajv.compile(readJson("data/schema/sources.schema.json")),
};

function checkSchema(kind, rel, value) {
  const validate = validators[kind];
  if (validate(value)) return true;
  for (const e of validate.errors) {
    const field = e.instancePath.replace(/^\//, "").replaceAll("/", ".");
    const detail = e.params?.allowedValues ? `: ${e.params.allowedValues.join(", ")}` : "";
    const extra = e.params?.additionalProperty ? ` '${e.params.additionalProperty}'` : "";
    problem(rel, field, `${e.message}${extra}${detail}`);
  }
  return false;
}

const shared = readJson("data/sources.json");
if (shared) checkSchema("sources", "data/sources.json", shared);
const sources = { ...(shared?.sources ?? {}) };
const citedBy = new Map();

const countries = [];
for (const name of readdirSync(join(dataDir, "countries")).sort()) {
  const rel = `data/countries/${name}`;
  if (!name.endsWith(".json")) {
    problem(rel, "", "only ISO3.json files belong in data/countries");
    continue;
  }
  const entry = readJson(rel);
  if (!entry || !checkSchema("country", rel, entry)) continue;
  if (`${entry.iso3}.json` !== name) problem(rel, "iso3", `is '${entry.iso3}' but the file is named ${name}`);
  // The app skips a country whose summary, history note or open question is too long for the
  // panel (model::MAX_SUMMARY), so the build names it first.
  const tooLong = (field, text) => {
    if ((text ?? "").length > 300) problem(rel, field, `is ${text.length} characters, more than 300`);
  };
  for (const [theme, t] of Object.entries(entry.themes ?? {})) {
    tooLong(`themes.${theme}.summary`, t.summary);
    tooLong(`themes.${theme}.open_question`, t.open_question);
    (t.history ?? []).forEach((e, i) => tooLong(`themes.${theme}.history[${i}].note`, e.note));
    // Same rules as model::validate: an open question is only for a status sources cannot settle yet.
    const open = t.open_question != null;
    if (open && t.status !== "not_confirmed") {
      problem(rel, `themes.${theme}.open_question`, "settled: remove the open question, or set the status back to not_confirmed");
    }
    if (!open && t.status === "not_confirmed" && unMembers.has(entry.iso3) && CORE_THEMES.includes(theme)) {
      problem(rel, `themes.${theme}.status`, "a UN member state needs a definite status here, or an open_question saying why none can be confirmed");
    }
  }
  for (const [id, source] of Object.entries(entry.sources ?? {})) {
    if (sources[id]) problem(rel, `sources.${id}`, "this id is already defined (in data/sources.json or another country)");
    sources[id] = source;
  }
  countries.push({ rel, entry });
}

for (const { rel, entry } of countries) {
  for (const [field, ids] of citations(entry, "")) {
    if (ids.length === 0) problem(rel, field, "needs at least one source");
    for (const id of ids) {
      if (!sources[id]) problem(rel, field, `unknown source id '${id}'`);
      if (!citedBy.has(id)) citedBy.set(id, new Set());
      citedBy.get(id).add(entry.iso3);
    }
  }
}
// A country's own sources must be cited by it and by no other country: a source several countries
// cite lives in data/sources.json, so each country file shows every source it rests on.
for (const { rel, entry } of countries) {
  for (const id of Object.keys(entry.sources ?? {})) {
    const citing = citedBy.get(id) ?? new Set();
    if (!citing.has(entry.iso3)) problem(rel, `sources.${id}`, "is defined here but never cited here");
    const others = [...citing].filter((iso3) => iso3 !== entry.iso3);
    if (others.length) problem(rel, `sources.${id}`, `is also cited by ${others.join(", ")}: move it to data/sources.json`);
  }
}
for (const fact of shared?.global_facts ?? []) {
  for (const id of fact.sources) {
    if (!sources[id]) problem("data/sources.json", "global_facts", `unknown source id '${id}'`);
    if (!citedBy.has(id)) citedBy.set(id, new Set());
    citedBy.get(id).add("(global)");
  }
}
for (const ref of shared?.references ?? []) {
  if (!sources[ref.source]) problem("data/sources.json", `references.${ref.id}`, `unknown source id '${ref.source}'`);
}
for (const id of Object.keys(shared?.sources ?? {})) {
  if (!citedBy.has(id)) problem("data/sources.json", `sources.${id}`, "is never cited");
}

// The change log: every change names a known country, theme and source; its latest release dates
// and versions the dataset.
const changes = readJson("data/changes.json");
for (const p of checkChanges(changes, countries.map(({ entry }) => entry), sources)) problem("data/changes.json", "", p);
if (changes?.releases?.[0] && shared && changes.releases[0].date !== shared.updated) {
  problem("data/changes.json", "releases[0].date", `must equal data/sources.json's updated (${shared.updated}): a release says when the data changed`);
}

// Panel translations: every key must name an English text; a translation whose fingerprint no longer
// matches its English is stale, not wrong: it is left out and counted.
const english = panelTexts(countries.map(({ entry }) => entry), shared?.global_facts);
const translations = [];
let translationFiles = [];
try {
  translationFiles = readdirSync(join(dataDir, "translations")).filter((n) => n.endsWith(".json")).sort();
} catch {
  // No translations yet: every panel shows English.
}
for (const name of translationFiles) {
  const rel = `data/translations/${name}`;
  const file = readJson(rel);
  if (!file) continue;
  const lang = name.replace(/\.json$/, "");
  if (file.language !== lang) problem(rel, "language", `is '${file.language}' but the file is named ${name}`);
  for (const [key, t] of Object.entries(file.texts ?? {})) {
    if (typeof t?.text !== "string" || !t.text.trim()) problem(rel, `texts.${key}.text`, "is empty");
    if (!/^[0-9a-f]{8}$/.test(t?.of ?? "")) problem(rel, `texts.${key}.of`, "must be the 8-hex fingerprint of the English");
  }
  const { texts, stale, orphans } = resolve(english, file);
  for (const key of orphans) problem(rel, `texts.${key}`, "there is no English text with this key (run `node scripts/translations.mjs prune` after removing a text)");
  translations.push({ lang, texts, stale });
}

if (problems.length) {
  console.error(`${problems.length} problem(s) in data/:\n  ${problems.join("\n  ")}`);
  process.exit(1);
}

const sorted = Object.fromEntries(Object.keys(sources).sort().map((id) => [id, sources[id]]));
const assembled = {
  updated: shared.updated,
  version: changes.releases[0].version,
  sources: sorted,
  countries: countries.map(({ entry }) => {
    const { sources: _own, ...rest } = entry;
    return rest;
  }),
  global_facts: shared.global_facts ?? [],
};
const text = JSON.stringify(assembled) + "\n";

const feed = [...feedFiles(assembled, changes)].map(([rel, text]) => ({ path: join(root, rel), text }));
const translated = translations.map(({ lang, texts, stale }) => ({
  path: join(root, `assets/data/texts.${lang}.json`),
  text: JSON.stringify({ language: lang, texts: Object.fromEntries(Object.keys(texts).sort().map((k) => [k, texts[k]])), stale }) + "\n",
  summary: `${lang}: ${Object.keys(texts).length} of ${english.size} texts translated, ${stale.length} stale`,
}));

const args = process.argv.slice(2);
if (args[0] === "--check") {
  const committed = readFileSync(target, "utf8");
  if (committed !== text) {
    console.error("assets/data/policies.json is out of date: run `node scripts/build-data.mjs`");
    process.exit(1);
  }
  for (const t of [...translated, ...feed]) {
    let current = "";
    try {
      current = readFileSync(t.path, "utf8");
    } catch {}
    if (current !== t.text) {
      console.error(`${t.path.slice(root.length + 1)} is out of date: run \`node scripts/build-data.mjs\``);
      process.exit(1);
    }
  }
  console.log(`data/ is valid (${countries.length} countries, ${Object.keys(sources).length} sources); policies.json is up to date`);
} else {
  const out = args[0] ?? target;
  writeFileSync(out, text);
  // A test's OUT.json leaves the app's files alone.
  if (!args[0]) {
    mkdirSync(join(root, "assets/feed/countries"), { recursive: true });
    for (const t of [...translated, ...feed]) writeFileSync(t.path, t.text);
  }
  console.log(`data/ is valid (${countries.length} countries, ${Object.keys(sources).length} sources); wrote ${out}`);
}
for (const t of translated) console.log(`  translations ${t.summary}`);
console.log(`  feed: ${feed.length} files in assets/feed/ (version ${assembled.version})`);
