// Every engine visitors use (issue: visitors): the same short story in Firefox ESR (over WebDriver
// BiDi, with puppeteer-core) and in WebKitGTK (over WebDriver, with its MiniBrowser): load, click a
// country, read its panel, switch to Arabic, open the embed dialog. Run under a virtual display:
// `xvfb-run -a node --test tests/engines/` (scripts/test.sh does).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { createServer } from "node:net";
import puppeteer from "puppeteer-core";
import { serve } from "../e2e/server.mjs";

const DIST = process.env.DIST ?? new URL("../../dist/", import.meta.url).pathname;
const FIREFOX = process.env.FIREFOX ?? "/usr/bin/firefox-esr";
const MINIBROWSER = ["/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser", "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.0/MiniBrowser"].find(existsSync);
/** Brazil's panel title in English and in Arabic. */
const BRAZIL = /Brazil/;
const BRAZIL_AR = /البرازيل/;

let server;
before(async () => (server = await serve(DIST)));
after(async () => server.close());

test("Firefox ESR: load, click Brazil, read its panel, switch to Arabic, open the embed", async () => {
  const browser = await puppeteer.launch({ browser: "firefox", executablePath: FIREFOX, headless: true });
  try {
    const page = await browser.newPage();
    await page.setViewport({ width: 1280, height: 800 });
    await page.goto(server.url);
    await page.waitForSelector('path.country[data-iso3="BRA"]:not([data-status="no_data"])', { timeout: 60_000 });
    await page.click('path.country[data-iso3="BRA"]');
    await page.waitForSelector('[data-testid="country-panel"] h2');
    assert.match(await page.$eval('[data-testid="country-panel"] h2', (h) => h.textContent), BRAZIL);
    // The page answers the click by itself; the app's own panel follows once it has started.
    await page.waitForSelector('.app:not(.static-shell) [data-testid="country-panel"] .theme-section', { timeout: 60_000 });
    await page.click('[data-lang="ar"]');
    await page.waitForSelector('html[dir="rtl"]');
    await page.waitForFunction((re) => new RegExp(re).test(document.querySelector('[data-testid="country-panel"] h2')?.textContent ?? ""), {}, BRAZIL_AR.source);
    await page.click('[data-testid="embed"]');
    await page.waitForSelector('dialog[open] [data-testid="embed-code"]');
    assert.match(await page.$eval('[data-testid="embed-code"]', (t) => t.value), /embed=1/);
  } finally {
    await browser.close();
  }
});

/** A free TCP port on 127.0.0.1. */
const freePort = () => new Promise((ok) => { const s = createServer(); s.listen(0, "127.0.0.1", () => { const { port } = s.address(); s.close(() => ok(port)); }); });

/** The smallest W3C WebDriver client this story needs. */
function webDriver(base) {
  const call = async (method, path, body) => {
    const response = await fetch(base + path, { method, headers: { "content-type": "application/json" }, body: body && JSON.stringify(body) });
    const json = await response.json();
    if (json.value?.error) throw new Error(`${path}: ${json.value.error}: ${json.value.message}`);
    return json.value;
  };
  return { call };
}

test("WebKitGTK: load, click Brazil, read its panel, switch to Arabic, open the embed", { skip: !MINIBROWSER && "no MiniBrowser" }, async () => {
  const port = await freePort();
  const driver = spawn("WebKitWebDriver", [`--port=${port}`], { stdio: "ignore" });
  const wd = webDriver(`http://127.0.0.1:${port}`);
  let session;
  try {
    for (let i = 0; ; i++) {
      try { await wd.call("GET", "/status"); break; } catch (e) { if (i > 50) throw e; await new Promise((r) => setTimeout(r, 100)); }
    }
    ({ sessionId: session } = await wd.call("POST", "/session", {
      capabilities: { alwaysMatch: { browserName: "MiniBrowser", "webkitgtk:browserOptions": { binary: MINIBROWSER, args: ["--automation"] } } },
    }));
    const s = (path) => `/session/${session}${path}`;
    const run = (script, ...args) => wd.call("POST", s("/execute/sync"), { script, args });
    const until = async (script, what) => {
      for (let i = 0; i < 600; i++) {
        if (await run(script)) return;
        await new Promise((r) => setTimeout(r, 100));
      }
      throw new Error(`timed out waiting for ${what}`);
    };
    const click = async (css) => {
      const el = await wd.call("POST", s("/element"), { using: "css selector", value: css });
      await wd.call("POST", s(`/element/${Object.values(el)[0]}/click`), {});
    };
    await wd.call("POST", s("/window/rect"), { width: 1280, height: 800 });
    await wd.call("POST", s("/url"), { url: server.url });
    await until(`return !!document.querySelector('path.country[data-iso3="BRA"]:not([data-status="no_data"])')`, "the map");
    await click('path.country[data-iso3="BRA"]');
    await until(`return /Brazil/.test(document.querySelector('[data-testid="country-panel"] h2')?.textContent ?? "")`, "Brazil's panel");
    // The page answers the click by itself; the app's own panel follows once it has started.
    await until(`return !!document.querySelector('.app:not(.static-shell) [data-testid="country-panel"] .theme-section')`, "the app's panel");
    await click('[data-lang="ar"]');
    await until(`return document.documentElement.dir === "rtl" && /البرازيل/.test(document.querySelector('[data-testid="country-panel"] h2')?.textContent ?? "")`, "Arabic");
    await click('[data-testid="embed"]');
    await until(`return /embed=1/.test(document.querySelector('dialog[open] [data-testid="embed-code"]')?.value ?? "")`, "the embed dialog");
  } finally {
    if (session) await wd.call("DELETE", `/session/${session}`).catch(() => {});
    driver.kill();
  }
});
