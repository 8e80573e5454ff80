// Builds data/shapes/countries-10m.geojson: Natural Earth 1:10m outlines (npm `world-atlas`) for the
// shapes of the map, cut and simplified by the same pipeline as the 1:50m shapes, but finer. The
// browser never loads this file: `cargo run --example build_map` projects it into the detail tiles
// under assets/data/detail/, which the map fetches for the visible region when zoomed in.
//
//   node scripts/build-detail.mjs [OUT]
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { createRequire } from "node:module";
import mapshaper from "mapshaper";
import { feature } from "topojson-client";
import { cutGeometry } from "./geometry.mjs";

const require = createRequire(import.meta.url);
const countries = require("i18n-iso-countries");
const USER_ASSIGNED = JSON.parse(readFileSync(new URL("./user-assigned.json", import.meta.url)));
const base = JSON.parse(readFileSync(new URL("../assets/data/countries.geojson", import.meta.url), "utf8"));
const names = Object.fromEntries(base.features.map((f) => [f.properties.iso3, f.properties.name]));
const wanted = new Set(Object.keys(names));

const topo = JSON.parse(readFileSync(require.resolve("world-atlas/countries-10m.json"), "utf8"));
const raw = feature(topo, topo.objects.countries);
const kept = [];
const seen = new Set();
for (const f of raw.features) {
  const iso3 = USER_ASSIGNED[f.properties.name] ?? countries.numericToAlpha3(f.id);
  // One outline per shape of the map; a 1:10m feature with no 1:50m counterpart has nowhere to go.
  if (!iso3 || !wanted.has(iso3) || seen.has(iso3)) continue;
  seen.add(iso3);
  kept.push({ type: "Feature", properties: { iso3, name: names[iso3] }, geometry: cutGeometry(f.geometry) });
}

const SIMPLIFY = "-simplify 20% weighted keep-shapes";
const out = await mapshaper.applyCommands(
  `-i raw.json ${SIMPLIFY} -o detail.geojson format=geojson precision=0.001 geojson-type=FeatureCollection`,
  { "raw.json": JSON.stringify({ type: "FeatureCollection", features: kept }) },
);
const fc = JSON.parse(out["detail.geojson"]);
fc.features = fc.features.filter((f) => f.geometry).sort((a, b) => a.properties.iso3.localeCompare(b.properties.iso3));
const body = fc.features.map((f) => JSON.stringify({ type: "Feature", properties: f.properties, geometry: f.geometry }));
const target = process.argv[2] ?? new URL("../data/shapes/countries-10m.geojson", import.meta.url);
if (!process.argv[2]) mkdirSync(new URL("../data/shapes/", import.meta.url), { recursive: true });
writeFileSync(target, `{"type":"FeatureCollection","features":[\n${body.join(",\n")}\n]}\n`);
console.log(`wrote ${fc.features.length} detailed outlines`);
