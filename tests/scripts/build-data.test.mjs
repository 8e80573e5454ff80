// The data check a campaigner runs without Rust: it names the file and the field at fault, and
// assembles nothing when a file is wrong.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const root = new URL("../../", import.meta.url).pathname;

/** A copy of data/ with one file (`rel`, inside data/) changed by `edit`, and the script's result on it. */
function checkFileWith(rel, edit) {
  const dir = mkdtempSync(join(tmpdir(), "data-"));
  cpSync(join(root, "data"), dir, { recursive: true });
  const file = join(dir, rel);
  writeFileSync(file, edit(readFileSync(file, "utf8")));
  const out = join(dir, "policies.json");
  const run = spawnSync("node", [join(root, "scripts/build-data.mjs"), out], { env: { ...process.env, DATA_DIR: dir }, encoding: "utf8" });
  return { ...run, wrote: existsSync(out) };
}

/** The same, with one country file changed. */
const checkWith = (iso3, edit) => checkFileWith(join("countries", `${iso3}.json`), edit);

test("the shipped data passes and assembles", () => {
  const run = checkWith("PRT", (t) => t);
  assert.equal(run.status, 0, run.stderr);
  assert.ok(run.wrote);
});

test("an unknown status code names the file, the field and the allowed codes", () => {
  const run = checkWith("PRT", (t) => t.replace('"status": "de_jure_all"', '"status": "legalish"'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/countries\/PRT\.json: themes\.decriminalisation\.status: must be equal to one of the allowed values: de_jure_all/);
  assert.ok(!run.wrote, "nothing is assembled from a broken file");
});

test("a typo in a field name is reported with its place", () => {
  const run = checkWith("PRT", (t) => t.replace('"summary"', '"sumary"'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/countries\/PRT\.json: themes\.death_penalty: must NOT have additional properties 'sumary'/);
});

test("a source id that is defined nowhere is reported with the field citing it", () => {
  const run = checkWith("PRT", (t) => t.replace('"td-decrim-map"', '"td-decrim-mapp"'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/countries\/PRT\.json: themes\.decriminalisation\.sources: unknown source id 'td-decrim-mapp'/);
});

test("a history note too long for the panel is reported with its place (the app would skip the country)", () => {
  const run = checkWith("PRT", (t) => t.replace('"note": "Law 30/2000 of 29 November in force 1 July 2001"', `"note": "${"x".repeat(301)}"`));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/countries\/PRT\.json: themes\.decriminalisation\.history\[3\]\.note: is 301 characters, more than 300/);
});

test("a country's own source cited by another country is reported: shared sources live in data/sources.json", () => {
  const run = checkWith("NAM", (t) => t.replace('"namiblii-act-41-1971"', '"zaf-act-41-1971"'));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/countries\/ZAF\.json: sources\.zaf-act-41-1971: is also cited by NAM: move it to data\/sources\.json/);
});

test("broken JSON is reported with its file", () => {
  const run = checkWith("PRT", (t) => t.slice(0, 100));
  assert.equal(run.status, 1);
  assert.match(run.stderr, /data\/countries\/PRT\.json: not valid JSON/);
});

test("a settled open question, or a UN member's core status left open without one, is reported", () => {
  const settled = checkWith("GRD", (t) => t.replace(/"status": "not_confirmed",(\s*"summary": "A bill passed)/, '"status": "none",$1'));
  assert.equal(settled.status, 1);
  assert.match(settled.stderr, /data\/countries\/GRD\.json: themes\.decriminalisation\.open_question: settled: remove the open question/);
  const unexplained = checkWith("KGZ", (t) => t.replace(/,\s*"open_question": "[^"]*"/, ""));
  assert.equal(unexplained.status, 1);
  assert.match(unexplained.stderr, /data\/countries\/KGZ\.json: themes\.decriminalisation\.status: a UN member state needs a definite status here, or an open_question/);
});

test("two changes for the same country and theme in one release are refused (the feed's entry ids would clash)", () => {
  let first;
  const run = checkFileWith("changes.json", (text) => {
    const changes = JSON.parse(text);
    first = changes.releases[0].changes[0];
    changes.releases[0].changes.push({ ...first });
    return JSON.stringify(changes);
  });
  assert.equal(run.status, 1);
  assert.ok(!run.wrote, "nothing is assembled from a broken change log");
  assert.match(run.stderr, new RegExp(`a second change for ${first.country}/${first.theme} in this release`));
});
