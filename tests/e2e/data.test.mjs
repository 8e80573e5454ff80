// The policy dataset in the app (issue: dataset): the panel shows every theme with sources and dates.
import { test, expect } from "./fixtures.mjs";

test("clicking Portugal shows its decriminalisation status, since 2001, with a source link", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  await map.openCountry("PRT");
  const section = map.panelSection("decriminalisation");
  await expect(section).toHaveAttribute("data-status", "de_jure_all");
  await expect(section).toHaveText(/Decriminalised in law \(all drugs\) since 2001/);
  const link = map.sectionSources("decriminalisation").first();
  await expect(link).toHaveAttribute("href", /^https?:\/\//);
  await expect(link).toHaveAttribute("rel", "noopener noreferrer");
  // Every theme is shown, with the review date and the explainer's facts.
  await expect(map.panelSections).toHaveCount(7);
  await expect(map.reviewed).toHaveText(/Reviewed \d{4}-\d{2}-\d{2}/);
  await expect(map.facts).toHaveText(/2001/);
});

test("the panel opens on the current theme's section first", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  await map.chooseTheme("harm_reduction");
  await map.openCountry("CAN");
  const first = map.panelSections.first();
  await expect(first).toHaveAttribute("data-theme-section", "harm_reduction");
  await expect(first).toHaveText(/Needle and syringe programmes: yes/);
});

test("a shape with no permanent population says so plainly", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  await expect(map.country("ATA")).toHaveAttribute("data-status", "not_applicable");
  await map.openCountry("ATA");
  await expect(map.panelNote).toHaveText(/population/i);
});

test("the About view explains the statuses, the sources, the date and the global figures", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  await map.aboutButton.click();
  for (const text of [/20%/, /De jure/, /Symbolic/, /Harm Reduction International/, /Data last updated \d{4}-\d{2}-\d{2}/, /Report an error/]) {
    await expect(map.about).toHaveText(text);
  }
  await map.press("Escape");
  await expect(map.about).not.toBeAttached();
});
