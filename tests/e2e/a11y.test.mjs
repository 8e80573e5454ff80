// Usable by everyone (issue: accessibility): axe-core in each state, and a keyboard-only story.
import { test, expect } from "./fixtures.mjs";
import { PHONE, THEMES } from "./map-page.mjs";

const STATES = [
  ["the map", "", async () => {}],
  ["a panel open", "?country=PRT", async (map) => expect(map.panel).toBeVisible()],
  ["the table view", "?view=table", async (map) => expect(map.tableRows.first()).toBeVisible()],
  ["search open", "", async (map) => {
    await map.search("ni");
    await expect(map.searchOptions.first()).toBeVisible();
  }],
  ["embed mode", "?embed=1", async () => {}],
  ["classroom mode", "?present=1", async (map) => expect(map.story).toBeVisible()],
  ["the Embed dialog", "?country=PRT", async (map) => {
    await map.embedButton.click();
    await expect(map.openDialog).toBeVisible();
    await expect(map.embedCode).toBeVisible();
  }],
  ["a phone with the legend folded", "", async (map) => {
    await map.resize(PHONE);
    await expect(map.legendToggle).toBeVisible();
  }],
];

for (const scheme of ["light", "dark"]) {
  test.describe(() => {
    test.use({ colorScheme: scheme });

    for (const [label, query, ready] of STATES) {
      test(`axe finds no WCAG 2.2 AA violation: ${label}, ${scheme} scheme`, async ({ map }) => {
        await map.open(query);
        if (query.includes("view=table")) await expect(map.table).toBeVisible();
        else await map.waitForPolicies();
        await ready(map);
        await map.settle();
        expect(await map.axeViolations()).toEqual([]);
      });
    }
  });
}

test("keyboard only: Tab to the map, arrows to France, Enter opens it, Escape returns to France", async ({ map }) => {
  await map.open();
  await map.waitForPolicies();
  // The map is one tab stop, reached with Tab alone.
  expect(await map.tabToMap(), "Tab reaches the map").toBe(true);
  await expect(map.worldMap).toBeFocused();
  // The first arrow puts the keyboard on a country; the next ones walk towards France.
  await map.press("ArrowUp");
  await map.arrowTo("FRA");
  expect(await map.focusedCountry(), "arrow keys reach France").toBe("FRA");
  await expect(map.announcer).toHaveText(/^France: No death penalty for drugs/);
  await map.press("Enter");
  await expect(map.panelTitle).toHaveText("France");
  await expect(map.panelTitle, "focus moves into the panel").toBeFocused();
  await map.press("Escape");
  await expect(map.panel).not.toBeAttached();
  await expect(map.worldMap, "focus returns to the map").toBeFocused();
  expect(await map.focusedCountry(), "on France").toBe("FRA");
  await map.press("End");
  await expect(map.announcer).toHaveText(/^Zimbabwe/);
  await map.press("Home");
  await expect(map.announcer).toHaveText(/^Afghanistan/);
});

test.describe(() => {
  test.use({ viewport: PHONE });

  test("the first Tab stop is a skip link, and theme changes are announced", async ({ map }) => {
    await map.open();
    await map.waitForPolicies();
    await map.press("Tab");
    await expect(map.skipLink).toBeFocused();
    await map.chooseTheme("harm_reduction");
    await expect(map.announcer).toHaveText(/Harm reduction services/);
  });
});

test.describe(() => {
  test.use({ reducedMotion: "reduce" });

  test("with reduced motion the zoom is not animated", async ({ map }) => {
    await map.open();
    await map.waitForMap();
    expect(await map.zoomTransition()).toBe("0s");
  });
});

// WCAG 1.4.11 (non-text contrast): every flat map fill differs by at least 3:1 from the country
// borders or from the sea around it; a fill that does neither is drawn with a pattern.
function luminance(rgb) {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}
const ratio = (a, b) => {
  const [x, y] = [luminance(a), luminance(b)].sort((p, q) => q - p);
  return (x + 0.05) / (y + 0.05);
};

for (const scheme of ["light", "dark"]) {
  test.describe(() => {
    test.use({ colorScheme: scheme });

    test(`map fills are 3:1 against the borders or the sea, or patterned (${scheme})`, async ({ map }) => {
      await map.open();
      await map.waitForStatuses();
      const failures = [];
      let checked = 0;
      for (const theme of THEMES) {
        await map.chooseTheme(theme);
        await expect(map.worldMap).toHaveAttribute("data-theme", theme);
        for (const [status, f] of Object.entries(await map.mapFills())) {
          checked++;
          if (f.pattern) continue;
          const best = Math.max(ratio(f.rgb, f.border), ratio(f.rgb, f.sea));
          if (best < 3) failures.push(`${theme}/${status}: ${f.fill} is ${best.toFixed(2)}:1 at best`);
        }
      }
      expect(checked, `checked ${checked} fills`).toBeGreaterThan(20);
      expect(failures).toEqual([]);
    });
  });
}

test.describe(() => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("text zoomed to 200% loses nothing: no sideways scrolling, every control and the panel stay on screen", async ({ map }) => {
    await map.open("?country=PRT");
    await map.waitForPolicies();
    await map.zoomText(200);
    await map.settle();
    const report = await map.textFit();
    expect(report.scroll, `page scrolls sideways by ${report.scroll}px`).toBeLessThanOrEqual(1);
    expect(report.offscreen).toEqual([]);
    expect(report.clipped).toEqual([]);
    // The panel's text is still reachable: its body scrolls.
    await map.scrollPanelToEnd();
    await expect(map.reviewed).toBeVisible();
  });
});

for (const [name, opener] of [["About", (map) => map.aboutButton], ["Embed", (map) => map.embedButton], ["Compare", (map) => map.compareButton]]) {
  test(`keyboard: the ${name} dialog takes focus, keeps it on Tab, closes on Escape and gives focus back`, async ({ map }) => {
    await map.open();
    await map.waitForPolicies();
    const button = opener(map).first();
    await button.focus();
    await map.press("Enter");
    await expect(map.openDialog).toBeVisible();
    await expect.poll(() => map.focusInDialog()).toBe(true);
    for (let i = 0; i < 12; i++) {
      await map.press("Tab");
      expect(await map.focusInDialog(), `Tab ${i + 1} left the ${name} dialog`).toBe(true);
    }
    await map.press("Shift+Tab");
    expect(await map.focusInDialog(), `Shift+Tab left the ${name} dialog`).toBe(true);
    await map.press("Escape");
    await expect(map.openDialog).toHaveCount(0);
    await expect(button).toBeFocused();
  });
}

for (const scheme of ["light", "dark"]) {
  test(`axe finds no WCAG 2.2 AA violation on the page before the app, with its own panel open, ${scheme} scheme`, async ({ newMap }) => {
    const map = await newMap({ colorScheme: scheme });
    const release = await map.holdBack("*.wasm");
    await map.open();
    await map.clickStaticCountry("BRA");
    await expect(map.panel).toBeVisible();
    await map.settle();
    expect(await map.axeViolations()).toEqual([]);
    release();
  });
}
