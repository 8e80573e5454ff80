#!/usr/bin/env node
// Budget checks from a bench harness raw.json (see scripts/bench.sh and docs/performance.md).
//   node scripts/bench-report.mjs bench-results/<timestamp>/raw.json [--ours leptos] [--peer d3-peer]
// Prints Markdown to stdout. Medians are over successful runs (load/bytes) or over all samples
// (interactions = runs x countries), as in the harness's own summary. Only fields the harness
// records are used; hover DOM-mutation counts are not among them, so they are not reported.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

const { values: opt, positionals } = parseArgs({
  options: { ours: { type: "string", default: "leptos" }, peer: { type: "string", default: "d3-peer" } },
  allowPositionals: true,
});
if (positionals.length !== 1) {
  console.error("usage: node scripts/bench-report.mjs RAW.json [--ours LABEL] [--peer LABEL]");
  process.exit(2);
}
const raw = JSON.parse(readFileSync(positionals[0], "utf8"));
const runs = raw.runs;
const scenarios = [...new Set(runs.map((r) => r.scenario))];

const median = (xs) => {
  xs = xs.filter((x) => typeof x === "number" && Number.isFinite(x)).sort((a, b) => a - b);
  if (!xs.length) return null;
  const m = xs.length >> 1;
  return xs.length % 2 ? xs[m] : (xs[m - 1] + xs[m]) / 2;
};
const pick = (label, sc) => runs.filter((r) => r.ok && r.target === label && r.scenario === sc);
const values = (label, sc, f) => pick(label, sc).flatMap((r) => {
  try { const v = f(r); return Array.isArray(v) ? v : [v]; } catch { return []; }
});
const med = (label, sc, f) => median(values(label, sc, f));
const n = (label, sc, f) => values(label, sc, f).filter((x) => typeof x === "number" && Number.isFinite(x)).length;
const fmt = (x, d = 1) => (x == null ? "–" : Math.abs(x) >= 100 ? x.toFixed(0) : x.toFixed(d));
const verdict = (x, limit) => (x == null ? "n/a" : x <= limit ? "PASS" : "FAIL");

const out = [];
out.push(`# Budget checks — ${raw.meta.startedAt}`, "");
out.push(`ours = \`${opt.ours}\`, peer = \`${opt.peer}\`; medians; runs per target per scenario: ` +
  `${Math.max(...scenarios.map((s) => pick(opt.ours, s).length))} (ok runs only).`, "");

// 1. ratios ours/peer
out.push("| budget | scenario | ours | peer | ours/peer | target | result |", "|---|---|---|---|---|---|---|");
const ratioRow = (name, sc, f, unit, limit) => {
  const a = med(opt.ours, sc, f), b = med(opt.peer, sc, f);
  const r = a != null && b ? a / b : null;
  out.push(`| ${name} | ${sc} | ${fmt(a)} ${unit} | ${fmt(b)} ${unit} | ${r == null ? "–" : r.toFixed(2)} | ≤ ${limit} | ${verdict(r, limit)} |`);
};
for (const sc of scenarios.filter((s) => s === "base")) {
  ratioRow("first-view bytes, compressed (wire, incl. headers)", sc, (r) => r.bytes.wire / 1e3, "KB", 0.6);
}
for (const sc of scenarios) {
  const budget = sc === "base" || sc === "cpu4x"; // the targets are set for no throttling and 4x CPU
  const f = (r) => r.load.allShapesPaint;
  const a = med(opt.ours, sc, f), b = med(opt.peer, sc, f), r = a != null && b ? a / b : null;
  // Issue #14: every country painted in at most 0.30 of the peer's time.
  out.push(`| every country painted (shapes in DOM + frame done) | ${sc} | ${fmt(a)} ms | ${fmt(b)} ms | ` +
    `${r == null ? "–" : r.toFixed(2)} | ${budget ? "≤ 0.3" : "(info)"} | ${budget ? verdict(r, 0.3) : "–"} |`);
}
out.push("");

// 2. absolute interaction medians
out.push("| interaction (median) | scenario | ours ms (n) | peer ms (n) | target | ours result |", "|---|---|---|---|---|---|");
const I = [
  ["click→panel, trusted input, after frame", (r) => r.interactions.clickTrusted.map((x) => x.paint)],
  ["click→panel, trusted input, DOM", (r) => r.interactions.clickTrusted.map((x) => x.dom)],
  ["click→panel, synthetic, after frame", (r) => r.interactions.clickSynth.map((x) => x.paint)],
  ["hover→highlight, trusted input, after frame", (r) => r.interactions.hoverTrusted.map((x) => x.paint)],
  ["hover→highlight, trusted input, DOM/style", (r) => r.interactions.hoverTrusted.map((x) => x.dom)],
  ["hover→highlight, synthetic, next frame", (r) => r.interactions.hoverSynth.map((x) => x.frame)],
];
for (const sc of scenarios) {
  for (const [name, f] of I) {
    const a = med(opt.ours, sc, f), b = med(opt.peer, sc, f);
    out.push(`| ${name} | ${sc} | ${fmt(a)} (${n(opt.ours, sc, f)}) | ${fmt(b)} (${n(opt.peer, sc, f)}) | ≤ 16 | ${verdict(a, 16)} |`);
  }
}
out.push("", "Hover DOM-mutation counts: not recorded by the harness (no such field in raw.json).", "");

// 3. where our bytes go (first ok base run)
const first = runs.find((r) => r.ok && r.target === opt.ours && r.scenario === (scenarios.includes("base") ? "base" : scenarios[0]));
if (first) {
  out.push(`| ${opt.ours} resource | encoding | wire KB | decoded KB | share of wire |`, "|---|---|---|---|---|");
  const total = first.resources.reduce((s, x) => s + x.wire, 0);
  for (const x of [...first.resources].sort((p, q) => q.wire - p.wire)) {
    const path = x.url.replace(/^https?:\/\/[^/]+/, "");
    out.push(`| ${path} | ${x.encoding ?? "–"} | ${(x.wire / 1e3).toFixed(1)} | ${(x.decoded / 1e3).toFixed(1)} | ${((100 * x.wire) / total).toFixed(0)}% |`);
  }
  out.push("");
}

// 4. failures and interaction errors
const errs = new Map();
for (const r of runs) {
  const add = (k) => errs.set(k, (errs.get(k) ?? 0) + 1);
  if (!r.ok) add(`${r.target} ${r.scenario}: run failed: ${(r.error ?? "").split("\n")[0]}`);
  for (const e of r.pageErrors ?? []) add(`${r.target} ${r.scenario}: page error: ${e}`);
  for (const [k, xs] of Object.entries(r.interactions ?? {})) for (const x of xs) if (x.error) add(`${r.target} ${r.scenario}: ${k}: ${x.error}`);
}
if (errs.size) {
  out.push("Errors (count):", ...[...errs].map(([k, c]) => `- ${k} (×${c})`), "");
}
console.log(out.join("\n"));
