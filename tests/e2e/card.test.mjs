// The country card for campaign pages (issue: beyond the other maps, point 2): one country in a
// box, embedded on another origin at phone and sidebar widths, in every language.
import { test, expect } from "./fixtures.mjs";

for (const width of [300, 480]) {
  test(`a campaign page embeds Singapore's card at ${width} px on another origin: every theme, the key fact, sources, the review date and a link to the full map`, async ({ embedHost }) => {
    const host = await embedHost({ query: "?embed=card&country=SGP", style: `width:${width}px;height:420px;border:0`, bodyStyle: "margin:0", listen: true, viewport: { width: width + 40, height: 900 } });
    const card = host.map;
    await expect(card.cardTitle).toHaveText("Singapore");
    await expect(card.cardThemes).toHaveCount(7);
    await expect(card.cardThemes.first()).toHaveAttribute("data-status", "high_application");
    await expect(card.cardLead).not.toBeEmpty();
    await expect(card.cardSources.first()).toHaveAttribute("href", /^https?:/);
    await expect(card.card.locator("time")).toHaveAttribute("datetime", /^\d{4}-\d{2}-\d{2}$/);
    const link = card.card.getByTestId("open-full");
    await expect(link).toHaveAttribute("href", /\?country=SGP$/);
    await expect(link).toHaveAttribute("target", "_blank");
    // No map, no site chrome, nothing wider than the frame; the host is told the card's height.
    await expect(card.shapes).toHaveCount(0);
    const overflow = await host.page.frames().find((f) => f.url().includes("embed=card")).evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow, "no horizontal scrolling").toBeLessThanOrEqual(0);
    await expect.poll(() => host.heights()).not.toHaveLength(0);
    const heights = await host.heights();
    expect(heights.at(-1), `posted heights ${heights}`).toBeGreaterThan(150);
    await expect.poll(async () => (await host.page.locator("#map").boundingBox()).height, "the host applies the posted height").toBe(heights.at(-1));
  });
}

test("a card for one theme shows that theme and its summary, in Arabic right to left", async ({ embedHost }) => {
  const host = await embedHost({ query: "?embed=card&country=PHL&theme=lethal_crackdown&lang=ar", style: "width:480px;height:420px;border:0", listen: true, viewport: { width: 520, height: 900 } });
  const card = host.map;
  await expect(card.cardThemes).toHaveCount(1);
  await expect(card.cardThemes.first()).toHaveAttribute("data-theme-section", "lethal_crackdown");
  await expect(card.cardThemes.first()).toHaveAttribute("data-status", "documented");
  await expect(card.cardTitle).toHaveText("الفلبين");
  await expect(card.document).toHaveAttribute("dir", "rtl");
  await expect(card.card.getByTestId("open-full")).toHaveAttribute("href", /country=PHL&theme=lethal_crackdown/);
});

test("a card without a country says how to choose one, and still links to the map", async ({ map }) => {
  await map.open("?embed=card");
  await expect(map.card).toContainText("country=SGP");
  await expect(map.card.getByTestId("open-full")).toBeVisible();
});

test("the Embed dialog offers the card for the selected country", async ({ map }) => {
  await map.open("?country=SGP");
  await map.waitForPolicies();
  await map.embedButton.click();
  await map.embedCard.check();
  await expect(map.embedCode).toHaveValue(/embed=card/);
  await expect(map.embedCode).toHaveValue(/country=SGP/);
  await expect(map.embedCode).not.toHaveValue(/embed=1/);
});
