// The size gate (scripts/size-gate.mjs): code must stay inside its budget, while the data stage's
// budget grows with the dated entries in statuses.txt.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";

const gate = new URL("../../scripts/size-gate.mjs", import.meta.url).pathname;

// A dist/ with every file the gate weighs; `statuses` lines and `wasm` bytes vary per case.
function dist(dir, { statuses, wasm }) {
  mkdirSync(join(dir, "assets/data"), { recursive: true });
  for (const f of ["index.html", "first-view.js", "boot.js", "app-0a1b.css", "drug-policy-map-0a1b.js"]) writeFileSync(join(dir, f), `${f} `.repeat(50));
  writeFileSync(join(dir, "drug-policy-map-0a1b_bg.wasm"), wasm);
  writeFileSync(join(dir, "assets/data/statuses.txt"), statuses.join("\n"));
}
const run = (dir, budget, ...args) => spawnSync("node", [gate, dir, ...args], { env: { ...process.env, SIZE_BUDGET: budget }, encoding: "utf8" });
// Countries with dated statuses that do not compress to nothing (each line differs).
const lines = (n) => Array.from({ length: n }, (_, i) => `C${i}\tCountry ${i}\t2026-11-29\tnone@${1900 + (i % 120)}:${1900 + (i % 97)}=none,${1950 + (i % 71)}=medical_only`);

test("a data correction grows the data stage's budget; code growth and texts in statuses.txt still fail", () => {
  const dir = mkdtempSync(join(tmpdir(), "size-gate-"));
  try {
    const budget = join(dir, "budget.json");
    const wasm = randomBytes(4000);
    dist(join(dir, "a"), { statuses: lines(200), wasm });
    assert.equal(run(join(dir, "a"), budget, "--write").status, 0);
    // Twice the dated entries: over the written bytes, within the per-entry budget.
    dist(join(dir, "b"), { statuses: lines(400), wasm });
    const more = run(join(dir, "b"), budget);
    assert.equal(more.status, 0, more.stderr);
    // The same entries with prose appended: the data stage fails and names statuses.txt.
    dist(join(dir, "c"), { statuses: lines(200).map((l) => `${l}\t${randomBytes(12).toString("hex")}`), wasm });
    const prose = run(join(dir, "c"), budget);
    assert.notEqual(prose.status, 0);
    assert.match(prose.stderr, /data is \d+ B over its budget/);
    assert.match(prose.stderr, /statuses\.txt grew by/);
    // 2 KB more WebAssembly: the app stage fails and names it.
    dist(join(dir, "d"), { statuses: lines(200), wasm: Buffer.concat([wasm, randomBytes(2048)]) });
    const code = run(join(dir, "d"), budget);
    assert.notEqual(code.status, 0);
    assert.match(code.stderr, /app is \d+ B over its budget/);
    assert.match(code.stderr, /app\.wasm grew by/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
