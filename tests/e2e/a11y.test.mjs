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
  ["the Embed dialog", "?country=PRT", async (map) => {
    await map.page.click('[data-testid="embed"]');
    await map.page.locator('dialog[open] [data-testid="embed-code"]').waitFor();
  }],
  ["a phone with the legend folded", "", async (map) => {
    await map.page.setViewportSize({ width: 390, height: 844 });
    await map.page.locator('[data-testid="legend-toggle"]').waitFor();
  }],
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

// WCAG 1.4.11 (non-text contrast): every flat map fill differs by at least 3:1 from the country
// borders or from the sea around it; a fill that does neither is drawn with a pattern.
function luminance(rgb) {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};
const THEMES = ["death_penalty", "decriminalisation", "regulation", "harm_reduction", "compulsory_detention", "lethal_crackdown", "corporal_punishment"];

for (const scheme of ["light", "dark"]) {
  test(`map fills are 3:1 against the borders or the sea, or patterned (${scheme})`, async () => {
    const map = await MapPage.open(env.browser, env.server.url, { query: null, context: { colorScheme: scheme } });
    await map.goto();
    await map.waitForStatuses();
    const failures = [];
    let checked = 0;
    for (const theme of THEMES) {
      await map.chooseTheme(theme);
      await map.page.waitForSelector(`svg.map[data-theme="${theme}"]`);
      const fills = await map.page.evaluate(() => {
        const parse = (c) => c.match(/\d+(\.\d+)?/g).slice(0, 3).map(Number);
        const out = {};
        const sea = getComputedStyle(document.querySelector(".ocean")).fill;
        for (const p of document.querySelectorAll("path.country")) {
          const s = p.dataset.status;
          if (out[s]) continue;
          const cs = getComputedStyle(p);
          out[s] = { fill: cs.fill, pattern: cs.fill.startsWith("url("), rgb: cs.fill.startsWith("rgb") ? parse(cs.fill) : null, border: parse(cs.stroke), sea: parse(sea) };
        }
        return out;
      });
      for (const [status, f] of Object.entries(fills)) {
        checked++;
        if (f.pattern) continue;
        const best = Math.max(ratio(f.rgb, f.border), ratio(f.rgb, f.sea));
        if (best < 3) failures.push(`${theme}/${status}: ${f.fill} is ${best.toFixed(2)}:1 at best`);
      }
    }
    assert.ok(checked > 20, `checked ${checked} fills`);
    assert.deepEqual(failures, []);
    await map.page.context().close();
  });
}

test("text zoomed to 200% loses nothing: no sideways scrolling, every control and the panel stay on screen", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?country=PRT", viewport: { width: 1280, height: 800 } });
  await map.waitForPolicies();
  await map.page.addStyleTag({ content: "html { font-size: 200% !important; }" });
  await map.page.waitForTimeout(200);
  const report = await map.page.evaluate(() => {
    const vw = document.documentElement.clientWidth;
    const offscreen = [...document.querySelectorAll("header button, header a, header select, .legend, [data-testid='country-panel'] h2")]
      .filter((e) => e.getClientRects().length > 0)
      .filter((e) => {
        const r = e.getBoundingClientRect();
        return r.right > vw + 1 || r.left < -1;
      })
      .map((e) => e.textContent.trim().slice(0, 30) || e.className);
    // Text cut off by a box too small for it (overflow hidden with content larger than the box).
    const clipped = [...document.querySelectorAll("button, .legend *, [data-testid='country-panel'] *")]
      .filter((e) => e.getClientRects().length > 0 && getComputedStyle(e).overflow === "hidden" && e.scrollWidth > e.clientWidth + 1)
      .map((e) => e.textContent.trim().slice(0, 30));
    return { scroll: document.documentElement.scrollWidth - vw, offscreen, clipped };
  });
  assert.ok(report.scroll <= 1, `page scrolls sideways by ${report.scroll}px`);
  assert.deepEqual(report.offscreen, []);
  assert.deepEqual(report.clipped, []);
  // The panel's text is still reachable: its body scrolls.
  const body = map.page.locator('[data-testid="country-panel"] .panel-body');
  await body.evaluate((e) => e.scrollTo(0, e.scrollHeight));
  assert.ok(await map.page.locator('[data-testid="country-panel"] .reviewed').isVisible());
  await map.page.context().close();
});

/** Whether keyboard focus is inside the open modal dialog. */
const focusInDialog = (page) => page.evaluate(() => !!document.activeElement?.closest("dialog[open]"));

for (const [name, opener] of [["About", ".about-button"], ["Embed", '[data-testid="embed"]'], ["Compare", '[data-testid="compare"]']]) {
  test(`keyboard: the ${name} dialog takes focus, keeps it on Tab, closes on Escape and gives focus back`, async () => {
    const map = await MapPage.open(env.browser, env.server.url);
    try {
      await map.waitForPolicies();
      const button = map.page.locator(opener).first();
      await button.focus();
      await map.page.keyboard.press("Enter");
      await map.page.locator("dialog[open]").waitFor();
      await map.page.waitForFunction(() => !!document.activeElement?.closest("dialog[open]"));
      for (let i = 0; i < 12; i++) {
        await map.page.keyboard.press("Tab");
        assert.ok(await focusInDialog(map.page), `Tab ${i + 1} left the ${name} dialog`);
      }
      await map.page.keyboard.press("Shift+Tab");
      assert.ok(await focusInDialog(map.page), `Shift+Tab left the ${name} dialog`);
      await map.page.keyboard.press("Escape");
      await map.page.locator("dialog[open]").waitFor({ state: "detached" }).catch(() => {});
      await map.page.waitForFunction(() => !document.querySelector("dialog[open]"));
      await map.page.waitForFunction((sel) => document.activeElement === document.querySelector(sel), opener);
    } finally {
      await map.page.context().close();
    }
  });
}
