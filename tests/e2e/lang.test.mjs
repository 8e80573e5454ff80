// Four languages (issue: accessibility and languages): switcher, Arabic right to left, names.
import { test, expect } from "./fixtures.mjs";

test("?lang=ar lays out right to left with Arabic country names in the panel, and passes axe", async ({ map }) => {
  await map.open("?lang=ar&country=FRA");
  await map.waitForPolicies();
  await expect(map.document).toHaveAttribute("lang", "ar");
  await expect(map.document).toHaveAttribute("dir", "rtl");
  await expect(map.panelTitle).toHaveText("فرنسا");
  await map.settle();
  const panel = await map.panel.boundingBox();
  expect(Math.round(panel.x), "the panel opens on the left in Arabic").toBe(0);
  await expect(map.legendTitle).toHaveText(/الإعدام/);
  expect(await map.axeViolations(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])).toEqual([]);
});

test("switching language keeps the selected country and theme, and updates the URL", async ({ map }) => {
  await map.open("?theme=decriminalisation&country=PRT");
  await map.waitForPolicies();
  await expect(map.panel).toBeVisible();
  for (const [code, name] of [["es", "Portugal"], ["fr", "Portugal"], ["ar", "البرتغال"], ["en", "Portugal"]]) {
    await map.language(code).click();
    await expect(map.language(code)).toHaveAttribute("aria-pressed", "true");
    await expect(map.panelTitle).toHaveText(name);
    await expect(map.document).toHaveAttribute("lang", code);
    // English is this browser's language, so it needs no parameter.
    if (code === "en") await expect.poll(() => new URL(map.url()).search).not.toMatch(/lang=/);
    else await expect.poll(() => map.url()).toMatch(new RegExp(`lang=${code}`));
  }
  await expect(map.themeOption("decriminalisation")).toHaveAttribute("aria-pressed", "true");
  await map.language("es").click();
  await expect(map.siteTitle).toHaveText("Leyes de drogas del mundo");
  await map.search("marfil");
  await expect(map.searchOptions.first()).toHaveAttribute("data-iso3", "CIV");
});

test.describe(() => {
  test.use({ locale: "fr-FR" });

  test("without ?lang the browser's language is used", async ({ map }) => {
    await map.open();
    await map.waitForMap();
    await expect(map.document).toHaveAttribute("lang", "fr");
    await expect(map.searchBox).toHaveAttribute("placeholder", "Trouver un pays");
  });
});

test("a Spanish-speaking teacher reads About in Spanish and presents the story in Spanish", async ({ map }) => {
  await map.open("?lang=es");
  await map.waitForPolicies();
  await map.aboutButton.click();
  await expect(map.aboutTitle).toHaveText("Acerca del mapa y metodología");
  const headings = await map.aboutHeadings.allTextContents();
  for (const h of ["La guerra contra las drogas en cifras", "Qué significa cada estado", "Informar de un error"]) expect(headings, `${h} in ${headings}`).toContain(h);
  await expect(map.about).toHaveText(/Los delitos de drogas no pueden castigarse con la muerte\./);
  await expect(map.about).toHaveText(/Última actualización de los datos: \d{4}-\d{2}-\d{2}/);
  await expect(map.about).not.toHaveText(/What each status means|Report an error/);
  await expect(map.aboutClose).toHaveAttribute("aria-label", "Cerrar");
  await map.aboutClose.click();
  await expect(map.about).not.toBeAttached();
  await map.presentButton.click();
  await expect(map.story).toHaveAttribute("aria-label", "Recorrido guiado");
  await expect(map.storyTitle).toHaveText("La “guerra contra las drogas”");
  await expect(map.storyText).toHaveText(/1971.*20%/);
  await expect(map.storyNext).toHaveText("Siguiente ›");
  await map.press("ArrowRight");
  await expect(map.storyTitle).toHaveText("Matanzas masivas en Filipinas");
});

test("in Arabic, filtering the map from the legend is announced in Arabic", async ({ map }) => {
  await map.open("?lang=ar");
  await map.waitForPolicies();
  const entry = map.legendEntry("high_application");
  const count = await entry.getAttribute("data-count");
  await entry.click();
  await expect(map.announcer).toHaveText(`المعروض فقط: تطبيق مرتفع (عدد البلدان: ${count})`);
  await entry.click();
  await expect(map.announcer).toHaveText("تُعرض كل البلدان");
  await expect(map.zoomInButton).toHaveAttribute("aria-label", "تكبير");
});

for (const lang of ["en", "es", "fr", "ar"]) {
  test(`${lang}: the page is never wider than the screen`, async ({ newMap }) => {
    for (const viewport of [{ width: 1440, height: 900 }, { width: 1280, height: 800 }, { width: 390, height: 844 }, { width: 320, height: 568 }]) {
      const map = await newMap({ viewport });
      await map.open(`?lang=${lang}`);
      await map.waitForStatuses();
      const { scroll, client } = await map.documentWidth();
      expect(scroll, `${lang} at ${viewport.width}px: the document is ${scroll}px wide in a ${client}px viewport`).toBeLessThanOrEqual(client);
    }
  });
}

test("a Spanish visitor reads Portugal's laws in Spanish, is told it is a translation, and can read the English", async ({ map }) => {
  await map.open("?lang=es&country=PRT&theme=decriminalisation");
  await map.waitForPolicies();
  await expect(map.translationNote).toContainText("Traducido del inglés");
  await expect(map.currentSummaryText).toHaveAttribute("lang", "es");
  await expect(map.currentSummaryText).toContainText("2001");
  await expect(map.currentSummaryText).not.toContainText("administrative offences");
  await map.showOriginal.click();
  await expect(map.showOriginal).toHaveAttribute("aria-pressed", "true");
  await expect(map.currentSummaryText).toHaveAttribute("lang", "en");
  await expect(map.currentSummaryText).toContainText("administrative offences");
  await map.showOriginal.click();
  await expect(map.currentSummaryText).toHaveAttribute("lang", "es");
});

test("an Arabic visitor reads Singapore's death penalty in Arabic, right to left", async ({ map }) => {
  await map.open("?lang=ar&country=SGP&theme=death_penalty");
  await map.waitForPolicies();
  await expect(map.document).toHaveAttribute("dir", "rtl");
  await expect(map.currentSummaryText).toHaveAttribute("lang", "ar");
  await expect(map.currentSummaryText).toHaveText(/[\u0600-\u06FF]/);
  await expect(map.translationNote).toContainText("مترجم عن الإنجليزية");
  await map.settle();
  expect(await map.axeViolations(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"])).toEqual([]);
});

test("searching in Arabic finds a country however its alef and taa marbuta are typed", async ({ map }) => {
  await map.open("?lang=ar");
  await map.waitForMap();
  for (const [query, iso3] of [["امريكا", "USA"], ["بورما", "MMR"], ["سوريه", "SYR"]]) {
    await map.search(query);
    await expect(map.searchOptions.first(), query).toHaveAttribute("data-iso3", iso3);
  }
});
