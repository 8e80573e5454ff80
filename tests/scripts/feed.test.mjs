// The feed's CSV cells and change-log checks (scripts/feed.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { cell, checkChanges } from "../../scripts/feed.mjs";

test("cells are quoted when needed and formulas are defused", () => {
  assert.equal(cell("a,b"), '"a,b"');
  assert.equal(cell('say "hi"'), '"say ""hi"""');
  assert.equal(cell("=HYPERLINK(1)"), "'=HYPERLINK(1)");
  assert.equal(cell("\t=1+1"), "'\t=1+1");
  assert.equal(cell("\r=1+1"), "\"'\r=1+1\"");
  assert.equal(cell("1+1"), "1+1");
  assert.equal(cell(2001), "2001");
  assert.equal(cell(undefined), "");
});

test("a change log names known countries, themes and sources, newest release first", () => {
  const countries = [{ iso3: "PRT" }];
  const sources = { s: {} };
  const ok = { releases: [{ version: "2026.11.27", date: "2026-11-27", changes: [{ country: "PRT", theme: "regulation", kind: "dated", status: "none", year: 1993, sources: ["s"] }] }] };
  assert.deepEqual(checkChanges(ok, countries, sources), []);
  const bad = { releases: [{ version: "v1", date: "2026-11-27", changes: [{ country: "RUR", theme: "weather", kind: "guess", sources: ["x"] }] }, { version: "2026.12.01", date: "2026-12-01", changes: [] }] };
  const problems = checkChanges(bad, countries, sources).join("\n");
  for (const expected of ["version", "unknown country 'RUR'", "unknown theme 'weather'", "kind", "unknown source id 'x'", "newest first"]) assert.match(problems, new RegExp(expected));
});
