// The first view's size gate (issue #14): the brotli bytes of every file a first visit downloads
// before the map is usable, against the budget in scripts/size-budget.json. Fails, naming each file
// that grew and by how much, when the total is over. Run on a release build:
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

// What the first view fetches: the page (which carries the map as static SVG), its script, style and
// WebAssembly, and the statuses of every theme. The shapes file is fetched only when the page has no
// map; the full dataset, names, translations and detail tiles wait for the visitor.
const built = readdirSync(dist);
const pick = (label, re) => {
  const file = built.find((f) => re.test(f));
  if (!file) throw new Error(`no ${label} file in ${dist}`);
  return [label, file];
};
// A split build (scripts/wasm-split.mjs) adds the chunks' loader, which the glue imports; the
// chunks themselves wait for the visitor.
const loader = built.find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
const files = [
  ["index.html", "index.html"],
  ["boot.js", "boot.js"],
  ["early.js", "early.js"],
  pick("app.css", /^app-[0-9a-f]+\.css$/),
  pick("glue.js", /^drug-policy-map-[0-9a-f]+\.js$/),
  pick("app.wasm", /^drug-policy-map-[0-9a-f]+_bg\.wasm$/),
  ...(loader ? [["split.js", loader]] : []),
  ["statuses.txt", "assets/data/statuses.txt"],
];
const sizes = Object.fromEntries(files.map(([label, file]) => [label, br(file)]));
const total = Object.values(sizes).reduce((a, b) => a + b, 0);

// The data grows by a few bytes with every correction (statuses.txt, the static map's statuses), so a
// budget written today leaves 1 KB of headroom: a code change that adds weight still fails.
const HEADROOM = 1024;
if (args.includes("--write")) {
  const note = `brotli (q11) bytes; total = today's first view + ${HEADROOM} B headroom for data corrections; a ratchet: lower it when the first view shrinks`;
  writeFileSync(budgetPath, JSON.stringify({ note, total: total + HEADROOM, files: sizes }, null, 2) + "\n");
  console.log(`budget set: ${total + HEADROOM} B in all (${total} B today)`);
  process.exit(0);
}
const budget = JSON.parse(readFileSync(budgetPath, "utf8"));
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
const grew = [];
for (const [label, size] of Object.entries(sizes)) {
  const was = budget.files[label] ?? 0;
  console.log(`  ${label.padEnd(13)} ${kb(size).padStart(9)}  (when the budget was set: ${kb(was)})`);
  if (size > was) grew.push(`${label} grew by ${size - was} B (${kb(was)} → ${kb(size)})`);
}
console.log(`  ${"first view".padEnd(13)} ${kb(total).padStart(9)}  (budget ${kb(budget.total)})`);
// The budget is the first view's total: a file may gain a few bytes where another loses more (the
// hashed names in index.html, the generated glue). Over budget, the files that grew are named.
if (total > budget.total) {
  console.error(`size gate failed: the first view is ${total - budget.total} B over its budget (${kb(total)} > ${kb(budget.total)})`);
  console.error(`  ${grew.join("\n  ") || "(no single file grew: the budget file is out of date)"}`);
  console.error("Shrink what grew, or raise scripts/size-budget.json deliberately (node scripts/size-gate.mjs --write).");
  process.exit(1);
}
