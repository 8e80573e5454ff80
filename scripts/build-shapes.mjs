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

/** Unwraps a ring so that no step exceeds 180° of longitude; closes rings around a pole via the pole. */
function unwrap(ring) {
  let offset = 0;
  const out = [[ring[0][0], ring[0][1]]];
  for (let i = 1; i < ring.length; i++) {
    const d = ring[i][0] - ring[i - 1][0];
    if (d > 180) offset -= 360;
    else if (d < -180) offset += 360;
    out.push([ring[i][0] + offset, ring[i][1]]);
  }
  if (offset !== 0) {
    // The ring winds around a pole: close it along the pole line.
    const pole = out.reduce((a, p) => a + p[1], 0) < 0 ? -90 : 90;
    const last = out[out.length - 1];
    out.push([last[0], pole], [out[0][0], pole], out[0]);
  }
  return out;
}

/** Sutherland–Hodgman clip of a ring against the half-plane `keep(x)`, with boundary x = edge. */
function clipHalf(ring, edge, keep) {
  const out = [];
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    const ka = keep(a[0]), kb = keep(b[0]);
    if (ka) out.push(a);
    if (ka !== kb) {
      const t = (edge - a[0]) / (b[0] - a[0]);
      out.push([edge, a[1] + t * (b[1] - a[1])]);
    }
  }
  return out;
}

function area(ring) {
  let s = 0;
  for (let i = 0; i < ring.length; i++) {
    const a = ring[i], b = ring[(i + 1) % ring.length];
    s += a[0] * b[1] - b[0] * a[1];
  }
  return s / 2;
}

/** The pieces of a ring inside [-180, 180], one per 360° window it touches. */
function cutRing(ring) {
  const crosses = ring.some((p, i) => i > 0 && Math.abs(p[0] - ring[i - 1][0]) > 180);
  if (!crosses) return [ring];
  const flat = unwrap(ring);
  const pieces = [];
  for (const k of [-1, 0, 1]) {
    const lo = -180 + 360 * k, hi = 180 + 360 * k;
    let piece = clipHalf(flat, lo, (x) => x >= lo);
    if (piece.length) piece = clipHalf(piece, hi, (x) => x <= hi);
    if (piece.length >= 3 && Math.abs(area(piece)) > 1e-9) {
      const shifted = piece.map(([x, y]) => [x - 360 * k, y]);
      shifted.push(shifted[0]);
      pieces.push(shifted);
    }
  }
  return pieces;
}

function cutGeometry(g) {
  if (!g) return g;
  const polys = g.type === "Polygon" ? [g.coordinates] : g.coordinates;
  const out = [];
  for (const [outer, ...holes] of polys) {
    const pieces = cutRing(outer);
    if (pieces.length === 1 && pieces[0] === outer) {
      out.push([outer, ...holes.flatMap(cutRing)]);
    } else {
      // Crossing polygons are drawn piece by piece; their rings become separate polygons.
      for (const p of pieces) out.push([p]);
      for (const h of holes) for (const p of cutRing(h)) out.push([p]);
    }
  }
  return { type: "MultiPolygon", coordinates: out };
}
