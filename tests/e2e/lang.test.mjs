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

test("a Spanish-speaking teacher reads About in Spanish and presents the story in Spanish", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?lang=es" });
  await map.waitForPolicies();
  await map.page.click(".about-button");
  const about = map.page.locator('[data-testid="about"]');
  await about.waitFor();
  assert.equal(await about.locator("h2").textContent(), "Acerca del mapa y metodología");
  const headings = await about.locator("h3").allTextContents();
  for (const h of ["La guerra contra las drogas en cifras", "Qué significa cada estado", "Informar de un error"]) assert.ok(headings.includes(h), `${h} in ${headings}`);
  const text = await about.textContent();
  assert.match(text, /Los delitos de drogas no pueden castigarse con la muerte\./);
  assert.match(text, /Última actualización de los datos: \d{4}-\d{2}-\d{2}/);
  assert.doesNotMatch(text, /What each status means|Report an error/);
  const close = about.locator("button.close");
  assert.equal(await close.getAttribute("aria-label"), "Cerrar");
  await close.click();
  await about.waitFor({ state: "detached" });
  await map.page.click('[data-testid="present"]');
  const story = map.page.locator('[data-testid="story"]');
  await story.waitFor();
  assert.equal(await story.getAttribute("aria-label"), "Recorrido guiado");
  assert.equal(await story.locator(".story-title").textContent(), "La “guerra contra las drogas”");
  assert.match(await story.locator(".story-text").textContent(), /1971.*20%/);
  assert.equal(await map.page.locator('[data-testid="story-next"]').textContent(), "Siguiente ›");
  await map.page.keyboard.press("ArrowRight");
  await map.page.waitForFunction(() => document.querySelector(".story-title")?.textContent === "Matanzas masivas en Filipinas");
  await map.page.context().close();
});

test("in Arabic, filtering the map from the legend is announced in Arabic", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?lang=ar" });
  await map.waitForPolicies();
  const announced = (text) => map.page.waitForFunction((t) => document.querySelector('[data-testid="announcer"]').textContent === t, text);
  const entry = map.page.locator('.legend-entry[data-status="high_application"]');
  const count = await entry.getAttribute("data-count");
  await entry.click();
  await announced(`المعروض فقط: تطبيق مرتفع (عدد البلدان: ${count})`);
  await entry.click();
  await announced("تُعرض كل البلدان");
  assert.equal(await map.page.locator('[data-testid="zoom-in"]').getAttribute("aria-label"), "تكبير");
  await map.page.context().close();
});

for (const lang of ["en", "es", "fr", "ar"]) {
  test(`${lang}: the page is never wider than the screen`, async () => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }, { width: 390, height: 844 }, { width: 320, height: 568 }]) {
      const map = await MapPage.open(env.browser, env.server.url, { query: `?lang=${lang}`, viewport });
      try {
        await map.waitForStatuses();
        const { scroll, client } = await map.page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
        assert.ok(scroll <= client, `${lang} at ${viewport.width}px: the document is ${scroll}px wide in a ${client}px viewport`);
      } finally {
        await map.page.context().close();
      }
    }
  });
}
