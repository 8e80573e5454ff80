// Countries side by side (issue: beyond the other maps, point 1): up to five, picked from the panel,
// the table or the comparison's own search; every theme in rows; differences marked; in the link,
// on one A4 page, and a real table for screen readers. In Arabic too.
import { test, expect } from "./fixtures.mjs";

test("a campaigner compares five countries picked from the panel, the table and the search; the link keeps them", async ({ map }) => {
  await map.open("?country=SGP&theme=death_penalty");
  await map.waitForPolicies();
  await map.compareToggle.click();
  await expect(map.compareToggle).toHaveAttribute("aria-pressed", "true");
  await expect(map.compareBar).toContainText("1 country to compare");
  await map.closePanelButton.click();
  await map.tableToggle.click();
  for (const iso3 of ["PRT", "URY", "NLD"]) await map.tableCompareCheck(iso3).check();
  await expect(map.compareBar).toContainText("4 countries to compare");
  await map.compareOpen.click();
  await map.compareSearch.fill("Canada");
  await map.compareHits.locator("[data-iso3=CAN]").click();
  await expect.poll(() => map.comparedCountries()).toEqual(["SGP", "PRT", "URY", "NLD", "CAN"]);
  // Five is the most: the search is closed to a sixth.
  await expect(map.compareSearch).toBeDisabled();
  await expect(map.compareTable.locator("tbody tr")).toHaveCount(7);
  // Singapore executes people for drugs, the others do not: the row says they differ.
  await expect(map.compareRow("death_penalty")).toHaveAttribute("data-differs", "true");
  await expect(map.compareRow("death_penalty").locator("td").first()).toHaveAttribute("data-status", "high_application");
  await expect(map.compareRow("death_penalty").locator(".compare-summary").first()).not.toBeEmpty();
  await expect(map.compareRow("death_penalty").locator(".compare-sources a").first()).toHaveAttribute("href", /^https?:/);
  await expect.poll(() => map.url()).toMatch(/compare=SGP,PRT,URY,NLD,CAN/);
  await expect.poll(() => map.url()).toMatch(/view=compare/);
  // The link reopens the same comparison.
  await map.open(new URL(map.url()).search);
  await expect(map.compareTable).toBeVisible();
  await expect.poll(() => map.comparedCountries()).toEqual(["SGP", "PRT", "URY", "NLD", "CAN"]);
});

test("the comparison is a table for screen readers and prints on one A4 page", async ({ map }) => {
  await map.open("?compare=PRT,SGP,URY,NLD,CAN&view=compare");
  await map.waitForPolicies();
  await expect(map.compareTable.locator("caption")).toContainText("Portugal");
  await expect(map.compareTable.locator('thead th[scope="col"]')).toHaveCount(5);
  await expect(map.compareTable.locator('tbody th[scope="row"]')).toHaveCount(7);
  expect(await map.printedPages()).toBe(1);
});

test("in Arabic the comparison reads right to left, in Arabic, and passes axe", async ({ map }) => {
  await map.open("?lang=ar&compare=PRT,SGP,URY,NLD,CAN&view=compare");
  await map.waitForPolicies();
  await expect(map.document).toHaveAttribute("dir", "rtl");
  await expect(map.compareTable.locator("caption")).toContainText("البلدان جنبًا إلى جنب");
  await expect(map.compareTable.locator("thead th[data-iso3=SGP]")).toContainText("سنغافورة");
  await expect(map.compareRow("death_penalty").locator("th")).toContainText("يختلف");
  await map.settle();
  expect(await map.axeViolations(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])).toEqual([]);
});
