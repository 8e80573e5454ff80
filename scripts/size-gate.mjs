// The size gate (issue #14): the brotli bytes of every file a first visit downloads before the
// visitor acts (the first view), and of what the visitor's first sign of use fetches (the app), each
// against its budget in scripts/size-budget.json. Fails, naming each file that grew and by how much,
// when a stage's total is over. Run on a release build:
//
//   node scripts/size-gate.mjs [DIST]          check (scripts/test.sh runs this)
//   node scripts/size-gate.mjs [DIST] --write  set the budget to today's sizes (after a deliberate change)
import { readFileSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants } from "node:zlib";

const args = process.argv.slice(2);
const dist = args.find((a) => !a.startsWith("--")) ?? new URL("../dist/", import.meta.url).pathname;
const budgetPath = new URL("./size-budget.json", import.meta.url);
const br = (file) => brotliCompressSync(readFileSync(join(dist, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Two stages, each with its own budget:
// - the first view: what a visit downloads before the visitor does anything. The page carries the
//   map as static SVG, the legend and the panel's first lines; first-view.js answers a click on it;
//   boot.js waits for the visitor's first sign of use (or starts at once for a shared view);
// - the app: what that first sign of use fetches: the glue, the WebAssembly, the split loader and
//   the statuses of every theme. The shapes file is fetched only when the page has no map; the full
//   dataset, names, translations, lazy chunks and detail tiles wait for the visitor.
const built = readdirSync(dist);
const pick = (label, re) => {
  const file = built.find((f) => re.test(f));
  if (!file) throw new Error(`no ${label} file in ${dist}`);
  return [label, file];
};
// A split build (scripts/wasm-split.mjs) adds the chunks' loader, which the glue imports; the
// chunks themselves wait for the visitor.
const loader = built.find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
const stages = {
  "first view": [["index.html", "index.html"], ["first-view.js", "first-view.js"], ["boot.js", "boot.js"], pick("app.css", /^app-[0-9a-f]+\.css$/)],
  app: [
    pick("glue.js", /^drug-policy-map-[0-9a-f]+\.js$/),
    pick("app.wasm", /^drug-policy-map-[0-9a-f]+_bg\.wasm$/),
    ...(loader ? [["split.js", loader]] : []),
    ["statuses.txt", "assets/data/statuses.txt"],
  ],
};
const measured = Object.fromEntries(
  Object.entries(stages).map(([stage, files]) => {
    const sizes = Object.fromEntries(files.map(([label, file]) => [label, br(file)]));
    return [stage, { total: Object.values(sizes).reduce((a, b) => a + b, 0), files: sizes }];
  }),
);

// The data grows by a few bytes with every correction (statuses.txt, the static map's statuses), so a
// budget written today leaves 1 KB of headroom per stage: a code change that adds weight still fails.
const HEADROOM = 1024;
if (args.includes("--write")) {
  const note = `brotli (q11) bytes per stage; total = today's bytes + ${HEADROOM} B headroom for data corrections; a ratchet: lower it when a stage shrinks`;
  const budget = Object.fromEntries(Object.entries(measured).map(([stage, m]) => [stage, { total: m.total + HEADROOM, files: m.files }]));
  writeFileSync(budgetPath, JSON.stringify({ note, stages: budget }, null, 2) + "\n");
  for (const [stage, m] of Object.entries(measured)) console.log(`budget set: ${stage} ${m.total + HEADROOM} B (${m.total} B today)`);
  process.exit(0);
}
const budget = JSON.parse(readFileSync(budgetPath, "utf8")).stages ?? {};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const [stage, m] of Object.entries(measured)) {
  const limit = budget[stage] ?? { total: 0, files: {} };
  const grew = [];
  for (const [label, size] of Object.entries(m.files)) {
    const was = limit.files[label] ?? 0;
    console.log(`  ${label.padEnd(13)} ${kb(size).padStart(9)}  (when the budget was set: ${kb(was)})`);
    if (size > was) grew.push(`${label} grew by ${size - was} B (${kb(was)} → ${kb(size)})`);
  }
  console.log(`  ${stage.padEnd(13)} ${kb(m.total).padStart(9)}  (budget ${kb(limit.total)})`);
  // The budget is the stage's total: a file may gain a few bytes where another loses more (the
  // hashed names in index.html, the generated glue). Over budget, the files that grew are named.
  if (m.total > limit.total) {
    failed = true;
    console.error(`size gate failed: ${stage} is ${m.total - limit.total} B over its budget (${kb(m.total)} > ${kb(limit.total)})`);
    console.error(`  ${grew.join("\n  ") || "(no single file grew: the budget file is out of date)"}`);
  }
}
if (failed) {
  console.error("Shrink what grew, or raise scripts/size-budget.json deliberately (node scripts/size-gate.mjs --write).");
  process.exit(1);
}
