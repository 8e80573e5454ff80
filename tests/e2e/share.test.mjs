// Links (issue: share and embed): the URL is the state.
import { test, expect } from "./fixtures.mjs";

test("a deep link opens the right theme, country, year and region", async ({ map }) => {
  await map.open("?theme=decriminalisation&country=PRT&year=2005");
  await map.waitForPolicies();
  await expect(map.themeOption("decriminalisation")).toHaveAttribute("aria-pressed", "true");
  await expect(map.panelTitle).toHaveText("Portugal");
  await expect(map.yearValue).toHaveText(/2005/);
  await expect.poll(() => map.zoomScale()).toBeGreaterThan(2);
  await map.open("?region=europe");
  await map.waitForMap();
  await expect.poll(() => map.zoomScale()).toBeGreaterThan(3);
});

test("changing the view updates the URL without reloading, and Back/Forward move between views", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  await map.markDocument();
  await map.chooseTheme("regulation");
  await expect.poll(() => map.url()).toMatch(/theme=regulation/);
  await map.clickCountry("URY");
  await expect.poll(() => map.url()).toMatch(/country=URY/);
  await map.back();
  await expect(map.panel).not.toBeAttached();
  expect(map.url()).toMatch(/theme=regulation/);
  expect(map.url()).not.toMatch(/country=/);
  await map.back();
  await expect(map.themeOption("death_penalty")).toHaveAttribute("aria-pressed", "true");
  await map.forward();
  await expect(map.themeOption("regulation")).toHaveAttribute("aria-pressed", "true");
  expect(await map.isSameDocument(), "no reload").toBe(true);
});

test("hostile or unknown link values are ignored with a quiet notice", async ({ map }) => {
  const long = "x".repeat(3000);
  const dialogs = map.countDialogs();
  await map.open(`?country=%3Cscript%3Ealert(1)%3C%2Fscript%3E&theme=weather&year=1800&region=${long}`);
  await map.waitForPolicies();
  await expect(map.urlNotice).toHaveText(/country, theme, year, region/);
  // The sentence follows the interface language; the settings stay as written in the link.
  await map.language("fr").click();
  await expect(map.urlNotice).toHaveText(/^Certains.*country, theme, year, region/);
  await map.language("en").click();
  await expect(map.themeOption("death_penalty")).toHaveAttribute("aria-pressed", "true");
  await expect(map.panel).toHaveCount(0);
  expect(await map.zoomScale()).toBe(1);
  expect(dialogs.count).toBe(0);
  expect(map.errors).toEqual([]);
});
