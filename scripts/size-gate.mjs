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
// SIZE_BUDGET names another budget file (the gate's own tests).
const budgetPath = process.env.SIZE_BUDGET ?? new URL("./size-budget.json", import.meta.url);
const br = (file) => brotliCompressSync(readFileSync(join(dist, file)), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

// Two stages, each with its own budget:
// - the first view: what a visit downloads before the visitor does anything. The page carries the
//   map as static SVG, the legend and the panel's first lines; first-view.js answers a click on it;
//   boot.js waits for the visitor's first sign of use (or starts at once for a shared view);
// - the app: what that first sign of use fetches: the glue, the WebAssembly and the split loader,
//   with the statuses of every theme (the data stage below). The shapes file is fetched only when
//   the page has no map; the full dataset, names, translations, lazy chunks and detail tiles wait
//   for the visitor.
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
  ],
  data: [["statuses.txt", "assets/data/statuses.txt"]],
};
// Every dated status in statuses.txt (`status@since`, `year=status`, `status~reported`): the data
// stage's budget grows with them, so a data correction never needs the budget rewritten while a
// change to the file's format (texts leaking into it, a longer encoding) still fails.
const entries = (readFileSync(join(dist, "assets/data/statuses.txt"), "utf8").match(/@\d{4}|\d{4}=|~\d{4}/g) ?? []).length;
const measured = Object.fromEntries(
  Object.entries(stages).map(([stage, files]) => {
    const sizes = Object.fromEntries(files.map(([label, file]) => [label, br(file)]));
    return [stage, { total: Object.values(sizes).reduce((a, b) => a + b, 0), files: sizes }];
  }),
);

// The page's static map carries each country's current statuses, so the first view grows by a few
// bytes with a status change: a budget written today leaves it 1 KB of headroom, and the app (code
// only) the same, so a code change that adds weight still fails. The data stage's budget is per
// dated entry (today's bytes per entry, times the entries in the file, plus the same headroom).
const HEADROOM = 1024;
// A stage's limit follows from its budget's shape: a total, or (the data) bytes per dated entry.
const limitOf = (b) => (b.bytes_per_entry != null ? Math.round(b.bytes_per_entry * entries) + HEADROOM : b.total);
if (args.includes("--write")) {
  const note = `brotli (q11) bytes per stage; total = today's bytes + ${HEADROOM} B headroom; the data stage's total is bytes_per_entry × the dated entries in statuses.txt + ${HEADROOM} B; a ratchet: lower it when a stage shrinks`;
  const budget = Object.fromEntries(
    Object.entries(measured).map(([stage, m]) =>
      stage === "data"
        ? [stage, { bytes_per_entry: Number((m.total / entries).toFixed(3)), entries, files: m.files }]
        : [stage, { total: m.total + HEADROOM, files: m.files }],
    ),
  );
  writeFileSync(budgetPath, JSON.stringify({ note, stages: budget }, null, 2) + "\n");
  for (const [stage, m] of Object.entries(measured)) {
    const perEntry = budget[stage].bytes_per_entry != null ? `, ${entries} dated entries` : "";
    console.log(`budget set: ${stage} ${limitOf(budget[stage])} B (${m.total} B today${perEntry})`);
  }
  process.exit(0);
}
const budget = JSON.parse(readFileSync(budgetPath, "utf8")).stages ?? {};
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
let failed = false;
for (const [stage, m] of Object.entries(measured)) {
  const written = budget[stage] ?? { total: 0, files: {} };
  const limit = { ...written, total: limitOf(written) };
  if (written.bytes_per_entry != null) console.log(`  (${entries} dated entries; ${written.entries} when the budget was set, at ${written.bytes_per_entry} B each)`);
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
