// The map before the app: the page itself paints every country, the header and the legend; the app
// adopts that map without moving anything, and a click made before it started is answered.
import { expect, test } from "./fixtures.mjs";
import { DESKTOP, PHONE } from "./map-page.mjs";

test("before the app starts, the page already shows every country, coloured, with its legend", async ({ map }) => {
  const release = await map.holdBack("*.wasm");
  await map.open();
  await expect(map.staticMap).toBeVisible();
  expect(await map.staticShapes.count()).toBeGreaterThan(200);
  await expect(map.staticMap.locator('[data-iso3="IRN"]')).toHaveAttribute("data-status", "high_application");
  await expect(map.staticMap.locator('[data-iso3="PRT"]')).toHaveAttribute("data-status", "none");
  await expect(map.staticLegend).toContainText("Death penalty for drug offences");
  await expect(map.app).toHaveCount(0);
  release();
  await map.waitForMap();
  await expect(map.staticPage).toHaveCount(0);
});

for (const [label, viewport] of [["a laptop", DESKTOP], ["a phone", PHONE]]) {
  test(`on ${label}, the app takes over the page's map without moving it`, async ({ newMap }) => {
    const map = await newMap({ viewport });
    const release = await map.holdBack("*.wasm");
    await map.open();
    await expect(map.staticMap).toBeVisible();
    const before = { map: await map.box(map.staticMap), brazil: await map.box(map.staticMap.locator('[data-iso3="BRA"]')) };
    release();
    await map.waitForMap();
    const after = { map: await map.box(map.worldMap), brazil: await map.box(map.country("BRA")) };
    expect(after).toEqual(before);
    // The same elements, adopted: the app drew no second copy of the shapes.
    expect(await map.page.locator("path.country").count()).toBe(await map.shapes.count());
  });
}

test("a click on a country before the app is ready opens its first lines at once, and the full panel when the app arrives", async ({ map }) => {
  const release = await map.holdBack("*.wasm");
  await map.open();
  await expect(map.staticMap).toBeVisible();
  await map.clickStaticCountry("BRA");
  // The page answers by itself: the country, its status in the map's theme and since when.
  await expect(map.panel).toBeVisible();
  await expect(map.panelTitle).toHaveText("Brazil");
  await expect(map.panel.locator(".status-line")).toHaveText("No death penalty for drugs since 1882");
  await expect(map.panel.getByTestId("details-pending")).toBeVisible();
  await expect(map.app).toHaveCount(0);
  release();
  // The app's own panel takes its place, on the same country, with the other themes.
  await expect(map.app.getByTestId("country-panel")).toBeVisible({ timeout: 30_000 });
  await expect(map.panelTitle).toHaveText("Brazil");
  await expect(map.panelSections).toHaveCount(7);
});

test("before the app, the country under the pointer is highlighted as the app highlights it", async ({ map }) => {
  const release = await map.holdBack("*.wasm");
  await map.open();
  const brazil = map.staticMap.locator('[data-iso3="BRA"]');
  await brazil.hover();
  await expect(brazil).toHaveClass(/hovered/);
  await map.staticMap.locator('[data-iso3="CAN"]').hover();
  await expect(brazil).not.toHaveClass(/hovered/);
  release();
  await map.waitForMap();
});

test("the page's own panel closes with its button or Escape, and the app then opens nothing", async ({ map }) => {
  const release = await map.holdBack("*.wasm");
  await map.open();
  await map.clickStaticCountry("PRT");
  await expect(map.panelTitle).toHaveText("Portugal");
  await map.press("Escape");
  await expect(map.panel).toHaveCount(0);
  await map.clickStaticCountry("BRA");
  await map.panel.getByTestId("panel-close").click();
  await expect(map.panel).toHaveCount(0);
  release();
  await map.waitForMap();
  await map.letTimePass(300);
  await expect(map.panel).toHaveCount(0);
});

test("a visit downloads only the page until the visitor acts; the first sign of use fetches the app", async ({ map }) => {
  const paths = map.recordPaths();
  await map.openAndWait();
  await expect(map.staticMap).toBeVisible();
  await map.letTimePass(1500);
  expect(paths.filter((p) => /\.wasm$|drug-policy-map-|statuses\.txt/.test(p))).toEqual([]);
  expect(await map.appRequested()).toBe(false);
  await map.firstInteraction();
  await map.waitForMap();
  expect(paths.some((p) => /\.wasm$/.test(p))).toBe(true);
});

test("a shared view, or a visitor whose browser asks for another language, gets the app without acting", async ({ map, newMap }) => {
  await map.openAndWait("?country=PRT");
  await expect(map.panelTitle).toHaveText("Portugal", { timeout: 30_000 });
  await expect(map.app).toHaveCount(1);
  const spanish = await newMap({ locale: "es-ES" });
  await spanish.openAndWait();
  await expect(spanish.document).toHaveAttribute("lang", "es", { timeout: 30_000 });
  // Tracking tags on a campaign link ask for nothing the page does not show.
  const campaign = await newMap();
  await campaign.openAndWait("?utm_source=newsletter&utm_campaign=support");
  await campaign.letTimePass(1000);
  expect(await campaign.appRequested()).toBe(false);
});

test("a theme chosen on the page before the app is ready is shown when it arrives", async ({ map }) => {
  const release = await map.holdBack("*.wasm");
  await map.open();
  await map.staticPage.locator('button[data-theme="regulation"]').click();
  release();
  await map.waitForMap();
  await expect(map.themeSwitcher.locator('button[data-theme="regulation"]')).toHaveAttribute("aria-pressed", "true", { timeout: 30_000 });
  await expect(map.legendTitle).toHaveText("Legal regulation");
});

test("a language or About chosen on the page before the app is ready is applied when it arrives", async ({ map, newMap }) => {
  const release = await map.holdBack("*.wasm");
  await map.open();
  await map.staticPage.locator('button.lang-option[lang="fr"]').click();
  release();
  await expect(map.document).toHaveAttribute("lang", "fr", { timeout: 30_000 });
  const other = await newMap();
  const go = await other.holdBack("*.wasm");
  await other.open();
  await other.staticPage.locator(".about-button").click();
  go();
  await expect(other.about).toBeVisible({ timeout: 30_000 });
});

test("without JavaScript the map and its legend stay, with links to the data and no dead controls", async ({ newMap }) => {
  const map = await newMap({ javaScriptEnabled: false });
  await map.open();
  await expect(map.staticMap).toBeVisible();
  expect(await map.staticShapes.count()).toBeGreaterThan(200);
  await expect(map.staticLegend).toBeVisible();
  for (const control of await map.staticControls.all()) await expect(control).toBeHidden();
  await expect(map.page.getByRole("link", { name: "every status (CSV)" })).toBeVisible();
  // The table of every country works without JavaScript too.
  await map.page.getByRole("link", { name: "every country's status in a table" }).click();
  await expect(map.page.getByRole("row", { name: /Portugal/ })).toContainText("since 2001");
});

test("when the app cannot start, the page's map stays beside the message and the data links", async ({ map }) => {
  await map.breakWasm("abort");
  await map.open();
  await expect(map.startFailure).toBeVisible();
  await expect(map.staticMap).toBeVisible();
  for (const control of await map.staticControls.all()) await expect(control).toBeHidden();
});
