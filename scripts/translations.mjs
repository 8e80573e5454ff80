// Tools for translators of the country panels (data/translations/LANG.json).
//
//   node scripts/translations.mjs status              per language: translated, stale, missing
//   node scripts/translations.mjs todo LANG [OUT]     the texts LANG lacks or has stale, with their
//                                                     English and fingerprint, to translate
//   node scripts/translations.mjs prune               drop translations whose English text is gone
//                                                     (a removed event or fact)
//   node scripts/translations.mjs import LANG FILE    add translations from FILE, a JSON object
//                                                     { fingerprint: translation }, to every key whose
//                                                     English has that fingerprint
//
// Each entry in data/translations/LANG.json is `key: { "of": fingerprint of the English, "text": … }`.
// When the English changes its fingerprint changes, and the translation counts as stale until redone.
// Then run `node scripts/build-data.mjs`. See docs/glossary.md for the terms every translation uses.
import { readFileSync, readdirSync, writeFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { fingerprint, panelTexts } from "./panel-texts.mjs";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");
const data = join(root, "data");
const countries = readdirSync(join(data, "countries")).sort().map((n) => JSON.parse(readFileSync(join(data, "countries", n), "utf8")));
const shared = JSON.parse(readFileSync(join(data, "sources.json"), "utf8"));
const english = panelTexts(countries, shared.global_facts);
const fileOf = (lang) => join(data, "translations", `${lang}.json`);
const load = (lang) => (existsSync(fileOf(lang)) ? JSON.parse(readFileSync(fileOf(lang), "utf8")) : { language: lang, texts: {} });
const save = (lang, file) => {
  const texts = Object.fromEntries([...english.keys()].filter((k) => file.texts[k]).map((k) => [k, file.texts[k]]));
  writeFileSync(fileOf(lang), JSON.stringify({ language: lang, texts }, null, 1) + "\n");
};

const [command, lang, path] = process.argv.slice(2);
if (command === "status") {
  const langs = readdirSync(join(data, "translations")).filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -5));
  for (const l of langs.sort()) {
    const t = load(l).texts;
    let current = 0, stale = 0;
    for (const [key, en] of english) {
      if (!t[key]) continue;
      if (t[key].of === fingerprint(en)) current++;
      else stale++;
    }
    console.log(`${l}: ${current} of ${english.size} current, ${stale} stale, ${english.size - current - stale} missing`);
  }
} else if (command === "prune") {
  for (const l of readdirSync(join(data, "translations")).filter((n) => n.endsWith(".json")).map((n) => n.slice(0, -5))) {
    const file = load(l);
    const before = Object.keys(file.texts).length;
    save(l, file);
    console.log(`${l}: ${before - Object.keys(load(l).texts).length} translations of removed texts dropped`);
  }
} else if (command === "todo" && lang) {
  const t = load(lang).texts;
  const seen = new Set();
  const todo = [];
  for (const [key, en] of english) {
    const fp = fingerprint(en);
    if (t[key]?.of === fp || seen.has(fp)) continue;
    seen.add(fp);
    todo.push({ fp, en });
  }
  const text = JSON.stringify(todo, null, 1) + "\n";
  if (path) writeFileSync(path, text);
  else process.stdout.write(text);
  console.error(`${todo.length} distinct texts to translate into ${lang}`);
} else if (command === "import" && lang && path) {
  const byFp = JSON.parse(readFileSync(path, "utf8"));
  const file = load(lang);
  let n = 0;
  for (const [key, en] of english) {
    const fp = fingerprint(en);
    if (byFp[fp]) {
      file.texts[key] = { of: fp, text: byFp[fp] };
      n++;
    }
  }
  save(lang, file);
  console.log(`${lang}: ${n} texts imported; run node scripts/build-data.mjs`);
} else {
  console.error("usage: node scripts/translations.mjs status | prune | todo LANG [OUT] | import LANG FILE");
  process.exit(2);
}
