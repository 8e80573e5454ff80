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
  const countries = [{ iso3: "PRT", themes: { regulation: { status: "none", since: 1993 } } }];
  const sources = { s: {} };
  const ok = { releases: [{ version: "2026.11.27", date: "2026-11-27", changes: [{ country: "PRT", theme: "regulation", kind: "dated", status: "none", year: 1993, sources: ["s"] }] }] };
  assert.deepEqual(checkChanges(ok, countries, sources), []);
  const bad = { releases: [{ version: "v1", date: "2026-11-27", changes: [{ country: "RUR", theme: "weather", kind: "guess", sources: ["x"] }] }, { version: "2026.12.01", date: "2026-12-01", changes: [] }] };
  const problems = checkChanges(bad, countries, sources).join("\n");
  for (const expected of ["version", "unknown country 'RUR'", "unknown theme 'weather'", "kind", "unknown source id 'x'", "newest first"]) assert.match(problems, new RegExp(expected));
});

test("the newest change of a country and theme must describe today's data", () => {
  const sources = { s: {} };
  const regulation = { status: "medical_only", history: [{ year: 1993, status: "none" }, { year: 2018, status: "medical_only" }] };
  const countries = [{ iso3: "PRT", themes: { regulation } }];
  const log = (...changes) => ({ releases: [{ version: "2026.11.27", date: "2026-11-27", changes }] });
  const change = (fields) => ({ country: "PRT", theme: "regulation", sources: ["s"], ...fields });
  assert.deepEqual(checkChanges(log(change({ kind: "period", status: "none", year: 1993, until: 2017 })), countries, sources), []);
  assert.deepEqual(checkChanges(log(change({ kind: "dated", status: "medical_only", year: 2018 })), countries, sources), []);
  // A past status written as if it were today's, a period longer than the data's, a withdrawn date
  // the data still has, a period that ends before it begins:
  const wrong = [
    [change({ kind: "dated", status: "none", year: 1993 }), /says 'none' is dated, but the status is 'medical_only'/],
    [change({ kind: "period", status: "none", year: 1993, until: 2019 }), /the data has 'medical_only' in 2018/],
    [change({ kind: "undated", status: "medical_only" }), /but the data dates it/],
    [change({ kind: "period", status: "none", year: 1993, until: 1990 }), /a period needs a year and an 'until'/],
  ];
  for (const [c, expected] of wrong) assert.match(checkChanges(log(c), countries, sources).join("\n"), expected);
  // Only the newest change of a country and theme speaks for today: an older one may be superseded.
  const older = { version: "2026.11.26", date: "2026-11-26", changes: [change({ kind: "status", from: "none", to: "not_confirmed" })] };
  const both = { releases: [...log(change({ kind: "dated", status: "medical_only", year: 2018 })).releases, older] };
  assert.deepEqual(checkChanges(both, countries, sources), []);
});
