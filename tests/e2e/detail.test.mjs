// Sharp borders when zoomed (issue: beyond the other maps, point 3): past a zoom level the map
// fetches finer outlines (Natural Earth 1:10m) for the visible region only and swaps them in; the
// world view fetches none of them.
import { readFileSync } from "node:fs";
import { test, expect } from "./fixtures.mjs";

const base = Object.fromEntries(
  readFileSync(new URL("../../assets/data/shapes.txt", import.meta.url), "utf8").split("\n").slice(2).filter(Boolean).map((l) => l.split("\t")).map((f) => [f[0], f[6].length]),
);

test("zoomed in on the Philippines, the map fetches that region's detail tile and draws the finer outline", async ({ map }) => {
  const paths = map.recordPaths();
  await map.open();
  await map.waitForMap();
  await map.settle();
  expect(paths.filter((p) => p.includes("/detail/")), "the world view fetches no detail").toEqual([]);
  await map.search("Philippines");
  await map.searchOptions.first().click();
  await expect.poll(() => paths.filter((p) => p.includes("/detail/") && p.endsWith(".txt") && !p.endsWith("index.txt")).length, "a detail tile is fetched").toBeGreaterThan(0);
  await expect.poll(() => map.outlineLength("PHL"), "the Philippines are redrawn with the finer outline").toBeGreaterThan(base.PHL * 1.5);
  // Only the visible region: far fewer tiles than the whole world has.
  const tiles = readFileSync(new URL("../../assets/data/detail/index.txt", import.meta.url), "utf8").trim().split("\n").length - 1;
  const fetched = new Set(paths.filter((p) => p.includes("/detail/") && !p.endsWith("index.txt")));
  expect(fetched.size).toBeLessThan(tiles / 2);
  // The selected outline follows the finer shape too.
  await expect(map.panel).toBeVisible();
});
