// Usable by everyone (issue: accessibility): axe-core in each state, and a keyboard-only story.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { start, MapPage, PHONE } from "./support.mjs";

const require = createRequire(import.meta.url);
const AXE = require.resolve("axe-core/axe.min.js");
const TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

let env;
before(async () => (env = await start()));
after(async () => env.stop());

async function violations(page) {
  await page.addScriptTag({ path: AXE });
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: "tag", values: tags } }), TAGS);
  return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(" | ")}`);
}

const STATES = [
  ["the map", "", async () => {}],
  ["a panel open", "?country=PRT", async (map) => map.panel.waitFor()],
  ["the table view", "?view=table", async (map) => map.page.locator('[data-testid="table-view"] tbody tr').first().waitFor()],
  ["search open", "", async (map) => { await map.search("ni"); await map.searchOptions().first().waitFor(); }],
  ["embed mode", "?embed=1", async () => {}],
  ["classroom mode", "?present=1", async (map) => map.page.locator('[data-testid="story"]').waitFor()],
];

for (const [label, query, ready] of STATES) {
  for (const scheme of ["light", "dark"]) {
    test(`axe finds no WCAG 2.2 AA violation: ${label}, ${scheme} scheme`, async () => {
      const map = await MapPage.open(env.browser, env.server.url, { query: null, context: { colorScheme: scheme } });
      await map.goto(query);
      if (query.includes("view=table")) await map.page.waitForSelector('[data-testid="table-view"]');
      else await map.waitForPolicies();
      await ready(map);
      await map.page.waitForTimeout(400);
      assert.deepEqual(await violations(map.page), []);
      await map.page.context().close();
    });
  }
}

test("keyboard only: Tab to the map, arrows to France, Enter opens it, Escape returns to France", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  // The map is one tab stop, reached with Tab alone.
  let onMap = false;
  for (let i = 0; i < 40 && !onMap; i++) {
    await map.page.keyboard.press("Tab");
    onMap = await map.page.evaluate(() => document.activeElement?.matches("svg.map"));
  }
  assert.ok(onMap, "Tab reaches the map");
  const announcer = map.page.locator('[data-testid="announcer"]');
  const focused = () => map.page.$eval("path.country.hovered, circle.marker.hovered", (e) => e.dataset.iso3).catch(() => null);
  const centre = (iso) => map.page.$eval(`path.country[data-iso3="${iso}"]`, (e) => {
    // Centre of the largest part, as the app measures.
    // Each subpath is "M x y l dx dy dx dy … Z": absolute start, then relative steps.
    const parts = e.getAttribute("d").split("M").filter(Boolean).map((p) => p.match(/-?(?:\d+\.?\d*|\.\d+)/g).map(Number));
    let best = null;
    for (const nums of parts) {
      const xs = [nums[0]], ys = [nums[1]];
      for (let i = 2; i + 1 < nums.length; i += 2) {
        xs.push(xs.at(-1) + nums[i]);
        ys.push(ys.at(-1) + nums[i + 1]);
      }
      const box = [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)];
      const area = (box[2] - box[0]) * (box[3] - box[1]);
      if (!best || area > best.area) best = { area, x: (box[0] + box[2]) / 2, y: (box[1] + box[3]) / 2 };
    }
    return best;
  });
  await map.page.keyboard.press("ArrowUp");
  const target = await centre("FRA");
  for (let i = 0; i < 40; i++) {
    const here = await focused();
    if (here === "FRA") break;
    const c = await map.page.$eval(`[data-iso3="${here}"]`, () => null).then(() => centre(here)).catch(() => null);
    const dx = target.x - (c?.x ?? 500), dy = target.y - (c?.y ?? 250);
    await map.page.keyboard.press(Math.abs(dx) > Math.abs(dy) ? (dx > 0 ? "ArrowRight" : "ArrowLeft") : dy > 0 ? "ArrowDown" : "ArrowUp");
  }
  assert.equal(await focused(), "FRA", "arrow keys reach France");
  assert.match(await announcer.textContent(), /^France: No death penalty for drugs/);
  await map.page.keyboard.press("Enter");
  await map.panel.waitFor();
  assert.equal(await map.panelTitle.textContent(), "France");
  assert.ok(await map.page.evaluate(() => document.activeElement?.id === "panel-title"), "focus moves into the panel");
  await map.page.keyboard.press("Escape");
  await map.panel.waitFor({ state: "detached" });
  assert.ok(await map.page.evaluate(() => document.activeElement?.matches("svg.map")), "focus returns to the map");
  assert.equal(await focused(), "FRA", "on France");
  await map.page.keyboard.press("End");
  assert.match(await announcer.textContent(), /^Zimbabwe/);
  await map.page.keyboard.press("Home");
  assert.match(await announcer.textContent(), /^Afghanistan/);
  await map.page.context().close();
});

test("the first Tab stop is a skip link, and theme changes are announced", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { viewport: PHONE });
  await map.waitForPolicies();
  await map.page.keyboard.press("Tab");
  assert.equal(await map.page.evaluate(() => document.activeElement?.dataset.testid), "skip-to-map");
  await map.chooseTheme("harm_reduction");
  assert.match(await map.page.locator('[data-testid="announcer"]').textContent(), /Harm reduction services/);
  await map.page.context().close();
});

test("with reduced motion the zoom is not animated", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { context: { reducedMotion: "reduce" } });
  await map.waitForMap();
  assert.equal(await map.page.$eval(".zoom-layer", (g) => getComputedStyle(g).transitionDuration), "0s");
  await map.page.context().close();
});
