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

test("a click on a country before the app is ready is answered as soon as it arrives", async ({ map }) => {
  const release = await map.holdBack("*.wasm");
  await map.open();
  await expect(map.staticMap).toBeVisible();
  await map.clickStaticCountry("BRA");
  await expect(map.panel).toHaveCount(0);
  release();
  await expect(map.panel).toBeVisible({ timeout: 30_000 });
  await expect(map.panelTitle).toHaveText("Brazil");
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
