// Builds assets/data/countries.geojson from Natural Earth 1:50m (npm `world-atlas`).
//
// One feature per source geometry (241), plus Tuvalu from the 1:10m file (the 1:50m file has no
// shape for this UN member's atolls): 242, each with `iso3` and `name`. Codes come from the
// ISO 3166-1 numeric id via `i18n-iso-countries`; shapes without an official code get a
// stable user-assigned code from the X range (documented in docs/data.md).
// Output is deterministic: re-running reproduces the committed file byte for byte.
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import mapshaper from "mapshaper";
import { feature } from "topojson-client";
import { cutGeometry } from "./geometry.mjs";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");

/** Shapes whose source id is missing or shared with another shape, by Natural Earth label: the one
 *  list of user-assigned codes (docs/data.md explains each). */
const USER_ASSIGNED = JSON.parse(readFileSync(new URL("./user-assigned.json", import.meta.url)));

/** Natural Earth's short labels spelled out, so the panel and search read naturally. */
const ENGLISH_NAMES = JSON.parse(readFileSync(new URL("./english-names.json", import.meta.url)));

const topoPath = require.resolve("world-atlas/countries-50m.json");
const topo = JSON.parse(readFileSync(topoPath, "utf8"));
const detailed = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"));
/** UN members below the 1:50m file's scale, taken from the 1:10m file by ISO numeric id. */
const FROM_10M = ["798"];

for (const geom of topo.objects.countries.geometries) {
  const label = geom.properties.name;
  const iso3 = USER_ASSIGNED[label] ?? countries.numericToAlpha3(geom.id);
  if (!iso3) throw new Error(`no ISO code for ${label} (${geom.id})`);
  geom.properties = { iso3, name: ENGLISH_NAMES[iso3] ?? label };
}

// Rings that cross the antimeridian jump from +180 to -180; a planar map would draw them as
// lines across the world. Cut them into pieces on each side first (d3 does this at render time).
const raw = feature(topo, topo.objects.countries);
for (const f of feature(detailed, detailed.objects.countries).features) {
  if (!FROM_10M.includes(f.id)) continue;
  f.properties = { iso3: countries.numericToAlpha3(f.id), name: ENGLISH_NAMES[countries.numericToAlpha3(f.id)] ?? f.properties.name };
  raw.features.push(f);
}
for (const f of raw.features) f.geometry = cutGeometry(f.geometry);

const SIMPLIFY = "-simplify 12% weighted keep-shapes";
const out = await mapshaper.applyCommands(
  `-i raw.json ${SIMPLIFY} -o countries.geojson format=geojson precision=0.01 geojson-type=FeatureCollection`,
  { "raw.json": JSON.stringify(raw) },
);
const fc = JSON.parse(out["countries.geojson"]);
if (fc.features.length !== 242) throw new Error(`expected 242 features, got ${fc.features.length}`);
const missing = fc.features.filter((f) => !f.geometry);
if (missing.length) throw new Error(`features lost their geometry: ${missing.map((f) => f.properties.name)}`);
fc.features.sort((a, b) => a.properties.iso3.localeCompare(b.properties.iso3));
const seen = new Set();
for (const f of fc.features) {
  if (seen.has(f.properties.iso3)) throw new Error(`duplicate code ${f.properties.iso3}`);
  seen.add(f.properties.iso3);
}
// One feature per line: small diffs, still valid JSON.
const body = fc.features.map((f) => JSON.stringify({ type: "Feature", properties: f.properties, geometry: f.geometry }));
// An optional argument writes elsewhere, so tests can check that the committed file is reproduced.
const target = process.argv[2] ?? new URL("../assets/data/countries.geojson", import.meta.url);
writeFileSync(target, `{"type":"FeatureCollection","features":[\n${body.join(",\n")}\n]}\n`);
console.log(`wrote ${fc.features.length} features`);
