// Fixtures for the end-to-end stories: one server for the release build per worker, and a MapPage
// per test on a context that Playwright closes whatever happens, failing the test on page errors.
import { test as base, expect } from "@playwright/test";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "./server.mjs";
import { DESKTOP, HostPage, MapPage } from "./map-page.mjs";

// `DIST=/some/dir` tests another build (e.g. one built with `trunk build --dist`).
export const DIST = process.env.DIST ?? new URL("../../dist/", import.meta.url).pathname;

/** Fails the test on any error thrown in the page: no story provokes one, and one that slips by
 *  in a passing story is still a bug. */
function checkPageErrors(map) {
  expect(map.errors, "errors thrown in the page").toEqual([]);
}

export const test = base.extend({
  /** `serve()` options for the file's server: `{ csp: true }`, `{ gzip: false }`. Worker-scoped,
   *  so a file that changes them gets a server (and a worker) of its own. */
  serverOptions: [{}, { scope: "worker", option: true }],

  server: [
    async ({ serverOptions }, use) => {
      const server = await serve(DIST, serverOptions);
      await use(server);
      await server.close();
    },
    { scope: "worker" },
  ],

  baseURL: async ({ server }, use) => use(server.url),

  /** Serves another folder (another build, a host page) for one test: `serveSite(root, options)`
   *  resolves to `serve()`'s `{ url, close }`. Whatever is still running is stopped at the end. */
  serveSite: async ({}, use) => {
    const servers = [];
    await use(async (root, options) => {
      const server = await serve(root, options);
      servers.push(server);
      return server;
    });
    // Closing a server twice is harmless: a story may have stopped one to replace it.
    for (const server of servers) await server.close();
  },

  /** The map on the test's own page (viewport, locale, colour scheme from `test.use`). Nothing is
   *  opened yet: a story arranges the network first where it needs to, then calls `map.open()`. */
  map: async ({ page, server }, use) => {
    const map = new MapPage(page, server.url);
    await use(map);
    checkPageErrors(map);
  },

  /** Opens more maps in fresh contexts, for stories that compare screen sizes; the options are
   *  `browser.newContext()`'s and default to the test's. Every context is closed at the end. */
  newMap: async ({ browser, server, viewport, locale, colorScheme, reducedMotion, serviceWorkers }, use) => {
    const maps = [];
    await use(async (options = {}) => {
      const context = await browser.newContext({ viewport: viewport ?? DESKTOP, locale, colorScheme, reducedMotion, serviceWorkers, ...options });
      const map = new MapPage(await context.newPage(), server.url);
      maps.push(map);
      return map;
    });
    for (const map of maps) await map.page.context().close();
    for (const map of maps) checkPageErrors(map);
  },

  /** Opens a campaign's page, served from another origin, that embeds the map (see
   *  `HostPage.html` for the options, plus `viewport`). Closed, and its server stopped, at the end. */
  embedHost: async ({ browser, server }, use) => {
    const opened = [];
    await use(async ({ query, viewport, ...page }) => {
      const dir = mkdtempSync(join(tmpdir(), "host-"));
      writeFileSync(join(dir, "index.html"), HostPage.html({ src: server.url + query, ...page }));
      writeFileSync(join(dir, "host.js"), HostPage.LISTENER);
      const hostServer = await serve(dir);
      const context = await browser.newContext({ viewport, serviceWorkers: "block" });
      const host = new HostPage(await context.newPage());
      const errors = [];
      host.page.on("pageerror", (e) => errors.push(e.message));
      opened.push({ dir, hostServer, context, errors });
      await host.page.goto(hostServer.url);
      return host;
    });
    for (const { dir, hostServer, context } of opened) {
      await context.close();
      await hostServer.close();
      rmSync(dir, { recursive: true, force: true });
    }
    for (const { errors } of opened) expect(errors, "errors thrown in the host page or the map").toEqual([]);
  },
});

export { expect };
