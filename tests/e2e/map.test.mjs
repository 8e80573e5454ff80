// The map (issue: foundation): every country drawn, clickable, zoomable; loading and failure.
import { test, expect } from "./fixtures.mjs";
import { PHONE } from "./map-page.mjs";

test("a visitor sees all 242 countries and territories on the map", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await expect(map.shapes).toHaveCount(242);
  expect(await map.namedShapeCount(), "every shape carries data-iso3 and data-name").toBe(242);
});

test("clicking France opens a panel titled France; Escape closes it", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await map.openCountry("FRA");
  await expect(map.panelTitle).toHaveText("France");
  await map.press("Escape");
  await expect(map.panel).not.toBeAttached();
});

test("clicking the ocean closes the panel", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await map.openCountry("BRA");
  await map.clickOcean();
  await expect(map.panel).not.toBeAttached();
});

test("Singapore is too small to hit, so its marker opens Singapore", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await expect(map.marker("SGP")).toHaveCount(1);
  for (const tiny of ["BHR", "MLT", "MDV", "AND", "LIE", "MCO", "SMR", "VAT", "TUV"]) {
    await expect(map.marker(tiny), `${tiny} has a marker`).toHaveCount(1);
  }
  await map.marker("SGP").click();
  await expect(map.panelTitle).toHaveText("Singapore");
});

test("hovering a country highlights only that shape", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await map.watchShapeChanges();
  await map.hoverCountry("BRA");
  await expect(map.hoveredShape("BRA")).toBeVisible();
  await map.forgetShapeChanges();
  await map.hoverCountry("ARG", 1);
  await expect(map.hoveredShape("ARG")).toBeVisible();
  expect(await map.changedShapes(), "only the hovered shapes changed").toEqual(["ARG", "BRA"]);
});

test("zoom buttons, the wheel and reset change the view; search selection zooms to the country", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  expect(await map.zoomScale()).toBe(1);
  await map.zoomInButton.click();
  await expect.poll(() => map.zoomScale()).toBeGreaterThan(1.5);
  await map.zoomResetButton.click();
  await expect.poll(() => map.zoomScale()).toBe(1);
  await map.wheelOverMap(-400);
  await expect.poll(() => map.zoomScale()).toBeGreaterThan(1.2);
  await map.zoomResetButton.click();
  await map.search("Portugal");
  await map.press("Enter");
  await expect(map.panel).toBeVisible();
  await expect.poll(() => map.zoomScale()).toBeGreaterThan(3);
});

test("dragging pans the map and does not select a country", async ({ map }) => {
  await map.open();
  await map.waitForMap();
  await map.zoomInButton.click();
  const before = await map.panX();
  await map.dragFrom("BRA", 120, 10);
  expect(await map.panX()).not.toBe(before);
  await expect(map.panel, "a drag is not a click").toHaveCount(0);
});

test.describe(() => {
  test.use({ viewport: PHONE });

  test("on a phone the panel is a bottom sheet", async ({ map }) => {
    await map.open();
    await map.waitForMap();
    await map.openCountry("BRA");
    const box = await map.panel.boundingBox();
    expect(Math.round(box.width)).toBe(PHONE.width);
    expect(Math.round(box.y + box.height)).toBe(PHONE.height);
  });
});

test("a page without its own map fetches the shapes, and a failed request shows what failed; Retry recovers", async ({ map }) => {
  await map.pageWithoutMap();
  const failure = await map.answer("shapes.txt", { status: 500, body: "boom" });
  await map.open();
  await expect(map.loadError).toHaveText(/shapes\.txt.*500/, { timeout: 30_000 });
  failure.restore();
  await map.retryButton.click();
  await map.waitForMap();
  await expect(map.shapes).toHaveCount(242);
});

test("a malformed shapes file is reported, not a blank page", async ({ map }) => {
  await map.pageWithoutMap();
  await map.answer("shapes.txt", { contentType: "application/json", body: '{"type":"FeatureCollection","features":[' });
  await map.open();
  await expect(map.loadError).toHaveText(/shapes\.txt is damaged/);
});

test("a page whose own map is damaged fetches the shapes instead and draws every country", async ({ map }) => {
  await map.pageWithoutMap({ damage: true });
  const requested = map.recordRequests();
  await map.open();
  await map.waitForStatuses();
  await expect(map.shapes).toHaveCount(242);
  expect(requested).toContain("shapes.txt");
});

test("while loading, the visitor sees progress", async ({ map }) => {
  await map.pageWithoutMap();
  const release = await map.holdBack("shapes.txt");
  await map.open();
  await expect(map.loading).toHaveText(/Country shapes: downloading/);
  release();
  await map.waitForMap();
});

test("the first view needs only the page and the statuses; the full dataset waits for the visitor", async ({ map }) => {
  const requested = map.recordRequests();
  await map.open();
  await map.waitForStatuses();
  // Nothing must ask for details on its own: give it time to, then check that nothing did.
  await map.letTimePass(500);
  expect(requested, "the page carries the shapes").not.toContain("shapes.txt");
  expect(requested).toContain("statuses.txt");
  expect(requested, "nothing has asked for details yet").not.toContain("policies.json");
  await expect(map.app).toHaveAttribute("data-policies", "statuses");
  await map.openCountry("PRT");
  await expect(map.app).toHaveAttribute("data-policies", "full");
  await expect(map.currentSummary).toBeVisible();
  await expect(map.detailsPending).toHaveCount(0);
});

test("a link to a country loads its details without any interaction", async ({ map }) => {
  await map.open("?country=PRT");
  await expect(map.currentSummary).toBeVisible({ timeout: 30_000 });
  expect(await map.sourceLinks.count()).toBeGreaterThan(0);
});
