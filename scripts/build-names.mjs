// Writes assets/data/names.json: every shape's name in Spanish, French and Arabic, from the
// maintained npm package `world-countries` (fallback: `i18n-iso-countries`). English names come
// from the shapes file. Re-running reproduces the file byte for byte.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";

const require = createRequire(import.meta.url);
const world = require("world-countries");
const iso = require("i18n-iso-countries");
for (const lang of ["es", "fr", "ar"]) iso.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));

const shapes = JSON.parse(readFileSync(new URL("../assets/data/countries.geojson", import.meta.url))).features.map((f) => f.properties);
const byCode = Object.fromEntries(world.map((c) => [c.cca3, c]));
byCode.XKX = byCode.UNK;
/** Shapes neither package names: translated by hand. */
const MANUAL = {
  XSL: { es: "Somalilandia", fr: "Somaliland", ar: "أرض الصومال" },
  XNC: { es: "Chipre del Norte", fr: "Chypre du Nord", ar: "قبرص الشمالية" },
  XSG: { es: "Glaciar de Siachen", fr: "Glacier de Siachen", ar: "نهر سياشين الجليدي" },
  XIO: { es: "Territorios del Océano Índico", fr: "Territoires de l'océan Indien", ar: "أقاليم المحيط الهندي" },
  XAC: { es: "Islas Ashmore y Cartier", fr: "Îles Ashmore-et-Cartier", ar: "جزر أشمور وكارتييه" },
};
/** Known errors in `world-countries`, corrected here until fixed upstream. */
const CORRECTIONS = {
  MEX: { ar: "المكسيك" }, // world-countries 5.x spells it "المسكيك" (letters swapped)
};
const KEYS = { es: "spa", fr: "fra", ar: "ara" };
const out = {};
for (const lang of ["es", "fr", "ar"]) {
  out[lang] = {};
  for (const { iso3, name } of shapes) {
    out[lang][iso3] = MANUAL[iso3]?.[lang] ?? CORRECTIONS[iso3]?.[lang] ?? byCode[iso3]?.translations?.[KEYS[lang]]?.common ?? iso.getName(iso3, lang) ?? name;
  }
}
const target = process.argv[2] ?? new URL("../assets/data/names.json", import.meta.url);
writeFileSync(target, JSON.stringify(out, null, 0).replace(/","/g, '",\n"') + "\n");
console.log(`wrote names for ${shapes.length} shapes in ${Object.keys(out).length} languages`);
