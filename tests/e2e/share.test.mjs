// Links (issue: share and embed): the URL is the state.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, MapPage } from "./support.mjs";

let env;
before(async () => (env = await start()));
after(async () => env.stop());

const scale = (map) => map.page.$eval(".zoom-layer", (g) => new DOMMatrix(getComputedStyle(g).transform).a);

test("a deep link opens the right theme, country, year and region", async () => {
  const map = await MapPage.open(env.browser, env.server.url, { query: "?theme=decriminalisation&country=PRT&year=2005" });
  await map.waitForPolicies();
  assert.equal(await map.page.getAttribute('.theme-option[data-theme="decriminalisation"]', "aria-pressed"), "true");
  await map.panel.waitFor();
  assert.equal(await map.panelTitle.textContent(), "Portugal");
  assert.match(await map.page.locator('[data-testid="year-value"]').textContent(), /2005/);
  await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a > 2);
  await map.goto("?region=europe");
  await map.waitForMap();
  await map.page.waitForFunction(() => new DOMMatrix(getComputedStyle(document.querySelector(".zoom-layer")).transform).a > 3);
  await map.page.context().close();
});

test("changing the view updates the URL without reloading, and Back/Forward move between views", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  await map.page.evaluate(() => (window.__sameDocument = true));
  await map.chooseTheme("regulation");
  await map.page.waitForURL(/theme=regulation/);
  await map.clickCountry("URY");
  await map.page.waitForURL(/country=URY/);
  await map.page.goBack();
  await map.panel.waitFor({ state: "detached" });
  assert.match(map.page.url(), /theme=regulation/);
  assert.doesNotMatch(map.page.url(), /country=/);
  await map.page.goBack();
  await map.page.waitForSelector('.theme-option[data-theme="death_penalty"][aria-pressed="true"]');
  await map.page.goForward();
  await map.page.waitForSelector('.theme-option[data-theme="regulation"][aria-pressed="true"]');
  assert.equal(await map.page.evaluate(() => window.__sameDocument), true, "no reload");
  await map.page.context().close();
});

test("hostile or unknown link values are ignored with a quiet notice", async () => {
  const long = "x".repeat(3000);
  const map = await MapPage.open(env.browser, env.server.url, {
    query: `?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=weather&year=1800&region=${long}`,
  });
  let dialogs = 0;
  map.page.on("dialog", (d) => { dialogs++; d.dismiss(); });
  await map.waitForPolicies();
  const notice = map.page.locator('[data-testid="url-notice"]');
  await notice.waitFor();
  assert.match(await notice.textContent(), /country, theme, year, region/);
  // The sentence follows the interface language; the settings stay as written in the link.
  await map.page.click('[data-lang="fr"]');
  await map.page.waitForFunction(() => /^Certains.*country, theme, year, region/.test(document.querySelector('[data-testid="url-notice"]').textContent));
  await map.page.click('[data-lang="en"]');
  assert.equal(await map.page.getAttribute('.theme-option[data-theme="death_penalty"]', "aria-pressed"), "true");
  assert.equal(await map.panel.count(), 0);
  assert.equal(await scale(map), 1);
  assert.equal(dialogs, 0);
  assert.deepEqual(map.errors, []);
  await map.page.context().close();
});
