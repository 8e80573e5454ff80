// The panel texts that translators translate: where each English text is (its key) and the
// fingerprint of its wording, which tells a current translation from a stale one. The app's
// `model::translations` builds the same keys; `cargo test` checks that the two agree.

/** FNV-1a (32-bit) over the UTF-8 bytes, as 8 hex digits. */
export function fingerprint(text) {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(text, "utf8")) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, "0");
}

/** Every English panel text by key: `PRT.note`, `PRT.decriminalisation.summary`,
 *  `PRT.decriminalisation.history.0`, `PRT.facts.0`, `global.0`. */
export function panelTexts(countries, globalFacts) {
  const out = new Map();
  for (const c of countries) {
    if (c.note) out.set(`${c.iso3}.note`, c.note);
    for (const [theme, t] of Object.entries(c.themes ?? {})) {
      out.set(`${c.iso3}.${theme}.summary`, t.summary);
      (t.history ?? []).forEach((e, i) => e.note && out.set(`${c.iso3}.${theme}.history.${i}`, e.note));
    }
    (c.facts ?? []).forEach((f, i) => out.set(`${c.iso3}.facts.${i}`, f.text));
  }
  (globalFacts ?? []).forEach((f, i) => out.set(`global.${i}`, f.text));
  return out;
}

/** A language's translations, split into current ones and stale ones (made from older English). */
export function resolve(english, file) {
  const texts = {};
  const stale = [];
  const orphans = [];
  for (const [key, t] of Object.entries(file.texts ?? {})) {
    const en = english.get(key);
    if (en === undefined) orphans.push(key);
    else if (fingerprint(en) === t.of) texts[key] = t.text;
    else stale.push(key);
  }
  return { texts, stale: stale.sort(), orphans };
}
