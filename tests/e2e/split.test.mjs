// The split release build (issue #14, `trunk build --release --features split`): About's body, the
// table, the comparison and the full dataset's parser are `#[lazy]` functions whose code is a wasm
// chunk of its own, fetched the first time each is needed; the map needs none of them.
import { readdirSync } from "node:fs";
import { test, expect, DIST } from "./fixtures.mjs";

const chunks = readdirSync(DIST).filter((f) => /^split_.*\.wasm$/.test(f));

test("About's code arrives in its own chunk the first time About opens, not with the map", async ({ map, page }) => {
  test.skip(chunks.length === 0, "this build was not split (built without --features split)");
  const wasm = [];
  page.on("request", (r) => {
    const path = new URL(r.url()).pathname;
    if (path.endsWith(".wasm")) wasm.push(path.slice(path.lastIndexOf("/") + 1));
  });
  await map.open();
  await map.waitForStatuses();
  await map.letTimePass(300);
  expect(wasm.filter((f) => f.startsWith("split_")), "chunks fetched by the map alone").toEqual([]);
  await map.waitForPolicies();
  expect(wasm.filter((f) => f.startsWith("split_")), "the dataset brings its parser, nothing else").toEqual([
    expect.stringMatching(/^split_parse_details_/),
  ]);

  await map.aboutButton.click();
  await expect(map.aboutTitle).toHaveText("About and methods");
  await expect(map.about).toHaveText(/What each status means/);
  await expect(map.about.getByTestId("cite-dataset")).toBeVisible();
  expect(wasm.filter((f) => f.startsWith("split_about_body_"))).toHaveLength(1);
  // Focus went to Close, as in the unsplit build.
  await expect(map.aboutClose).toBeFocused();

  // Closed and opened again: the chunk is already there, so it is not fetched twice.
  await map.aboutClose.click();
  await expect(map.about).not.toBeAttached();
  await map.aboutButton.click();
  await expect(map.about).toHaveText(/Report an error/);
  expect(wasm.filter((f) => f.startsWith("split_about_body_"))).toHaveLength(1);
});

test("the table's and the comparison's code arrive the first time each is opened", async ({ map, page }) => {
  test.skip(chunks.length === 0, "this build was not split (built without --features split)");
  const wasm = [];
  page.on("request", (r) => wasm.push(new URL(r.url()).pathname.split("/").pop()));
  const fetched = (prefix) => wasm.filter((f) => f.startsWith(prefix)).length;
  await map.open();
  await map.waitForPolicies();
  expect(fetched("split_table_body_") + fetched("split_compare_dialog_body_")).toBe(0);
  await map.tableToggle.click();
  await expect(map.tableRows.first()).toBeVisible();
  expect(fetched("split_table_body_")).toBe(1);
  await map.tableCompareCheck("PRT").check();
  await map.tableCompareCheck("NLD").check();
  await map.compareOpen.click();
  await expect(map.compareRow("decriminalisation")).toBeVisible();
  expect(fetched("split_compare_dialog_body_")).toBe(1);
});
