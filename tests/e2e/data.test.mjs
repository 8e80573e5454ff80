// The policy dataset in the app (issue: dataset): the panel shows every theme with sources and dates.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { start, MapPage } from "./support.mjs";

let env;
before(async () => (env = await start()));
after(async () => env.stop());

test("clicking Portugal shows its decriminalisation status, since 2001, with a source link", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  await map.clickCountry("PRT");
  await map.panel.waitFor();
  const section = map.panel.locator('[data-theme-section="decriminalisation"]');
  assert.equal(await section.getAttribute("data-status"), "de_jure_all");
  assert.match(await section.textContent(), /Decriminalised in law \(all drugs\) since 2001/);
  const link = section.locator("a.source-link").first();
  assert.match(await link.getAttribute("href"), /^https?:\/\//);
  assert.equal(await link.getAttribute("rel"), "noopener noreferrer");
  // Every theme is shown, with the review date and the explainer's facts.
  assert.equal(await map.panel.locator("[data-theme-section]").count(), 7);
  assert.match(await map.panel.locator(".reviewed").textContent(), /Reviewed \d{4}-\d{2}-\d{2}/);
  assert.match(await map.panel.locator('[data-testid="facts"]').textContent(), /2001/);
  await map.page.context().close();
});

test("the panel opens on the current theme's section first", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  await map.chooseTheme("harm_reduction");
  await map.clickCountry("CAN");
  await map.panel.waitFor();
  const first = map.panel.locator("[data-theme-section]").first();
  assert.equal(await first.getAttribute("data-theme-section"), "harm_reduction");
  assert.match(await first.textContent(), /Needle and syringe programmes: yes/);
  await map.page.context().close();
});

test("a shape with no permanent population says so plainly", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  assert.equal(await map.country("ATA").getAttribute("data-status"), "not_applicable");
  await map.clickCountry("ATA");
  await map.panel.waitFor();
  assert.match(await map.panel.locator(".note").textContent(), /population/i);
  await map.page.context().close();
});

test("the About view explains the statuses, the sources, the date and the global figures", async () => {
  const map = await MapPage.open(env.browser, env.server.url);
  await map.waitForPolicies();
  await map.page.click(".about-button");
  const about = map.page.locator('[data-testid="about"]');
  await about.waitFor();
  const text = await about.textContent();
  assert.match(text, /20%/);
  assert.match(text, /De jure/);
  assert.match(text, /Symbolic/);
  assert.match(text, /Harm Reduction International/);
  assert.match(text, /Data last updated \d{4}-\d{2}-\d{2}/);
  assert.match(text, /Report an error/);
  await map.page.keyboard.press("Escape");
  await map.page.context().close();
});
