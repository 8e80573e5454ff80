// Four languages (issue: accessibility and languages): switcher, Arabic right to left, names.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { start, MapPage } from "./support.mjs";

const require = createRequire(import.meta.url);
let env;
before(async () => (env = await start()));
after(async () => env.stop());

test("?lang=ar lays out right to left with Arabic country names in the panel, and passes axe", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?lang=ar&country=FRA" });
  await map.waitForPolicies();
  assert.equal(await map.page.getAttribute("html", "lang"), "ar");
  assert.equal(await map.page.getAttribute("html", "dir"), "rtl");
  await map.page.waitForFunction(() => document.querySelector('[data-testid="country-panel"] h2')?.textContent === "فرنسا");
  const panel = await map.panel.boundingBox();
  assert.equal(Math.round(panel.x), 0, "the panel opens on the left in Arabic");
  assert.match(await map.page.locator(".legend-title").textContent(), /الإعدام/);
  await map.page.addScriptTag({ path: require.resolve("axe-core/axe.min.js") });
  const result = await map.page.evaluate(() => window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"] } }));
  assert.deepEqual(result.violations.map((v) => v.id), []);
  await map.page.context().close();
});

test("switching language keeps the selected country and theme, and updates the URL", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=decriminalisation&country=PRT" });
  await map.waitForPolicies();
  await map.panel.waitFor();
  for (const [code, name] of [["es", "Portugal"], ["fr", "Portugal"], ["ar", "البرتغال"], ["en", "Portugal"]]) {
    await map.page.click(`[data-lang="${code}"]`);
    assert.equal(await map.page.getAttribute(`[data-lang="${code}"]`, "aria-pressed"), "true");
    await map.page.waitForFunction((n) => document.querySelector('[data-testid="country-panel"] h2')?.textContent === n, name);
    assert.equal(await map.page.getAttribute("html", "lang"), code);
    // English is this browser's language, so it needs no parameter.
    await map.page.waitForURL(code === "en" ? (u) => !u.search.includes("lang=") : new RegExp(`lang=${code}`));
  }
  assert.equal(await map.page.getAttribute('.theme-option[data-theme="decriminalisation"]', "aria-pressed"), "true");
  await map.page.click('[data-lang="es"]');
  await map.page.waitForFunction(() => document.querySelector(".title").textContent === "Leyes de drogas del mundo");
  await map.search("marfil");
  assert.equal(await map.searchOptions().first().getAttribute("data-iso3"), "CIV");
  await map.page.context().close();
});

test("without ?lang the browser's language is used", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { context: { locale: "fr-FR" } });
  await map.waitForMap();
  await map.page.waitForFunction(() => document.documentElement.lang === "fr");
  assert.equal(await map.page.locator('[data-testid="country-search"]').getAttribute("placeholder"), "Trouver un pays");
  await map.page.context().close();
});
