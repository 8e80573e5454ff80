// Upgrades (issue: visitors): a new deployment gets its own service-worker cache, the old one is
// deleted, and the new build works offline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { start, until, MapPage, DIST } from "./support.mjs";
import { serve } from "./server.mjs";

let env;
before(async () => (env = await start()));
after(async () => env.stop());

/** Build B: build A with its JS under a new hashed name and a marker that says which build runs,
 *  and the service worker manifest written for it as the Trunk hook does. */
function makeBuildB(dir) {
  cpSync(DIST, dir, { recursive: true });
  const js = readdirSync(dir).find((f) => /^drug-policy-map-[0-9a-f]{12,16}\.js$/.test(f));
  const renamed = js.replace(/[0-9a-f]{12,16}(?=\.js$)/, "b".repeat(16));
  renameSync(join(dir, js), join(dir, renamed));
  writeFileSync(join(dir, "index.html"), readFileSync(join(dir, "index.html"), "utf8").replaceAll(js, renamed));
  writeFileSync(join(dir, "boot.js"), `document.documentElement.dataset.build = "B";\n${readFileSync(join(dir, "boot.js"), "utf8")}`);
  const run = spawnSync("node", [new URL("../../scripts/sw-manifest.mjs", import.meta.url).pathname, dir], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const cache = readFileSync(join(dir, "sw.js"), "utf8").match(/const CACHE = "([^"]+)"/)[1];
  return { oldJs: js, newJs: renamed, cache };
}

const cacheState = (page) =>
  page.evaluate(async () => {
    const names = await caches.keys();
    const urls = names.length ? (await (await caches.open(names[0])).keys()).map((r) => new URL(r.url).pathname) : [];
    return { names, urls };
  });

test("a new deployment: B's code runs, the cache holds only B's files, and B works offline", async () => {
  const dir = mkdtempSync(join(tmpdir(), "upgrade-"));
  const b = makeBuildB(join(dir, "b"));
  const serverA = await serve(DIST);
  const port = Number(new URL(serverA.url).port);
  const map = await MapPage.open(env.browser, serverA.url, { context: { serviceWorkers: "allow" } });
  let serverB;
  try {
    await map.waitForPolicies();
    await map.page.evaluate(() => navigator.serviceWorker.ready);
    // Build A's worker has precached everything and controls the page.
    await until(map.page, async () => {
      const names = await caches.keys();
      return !!navigator.serviceWorker.controller && names.length === 1 && (await (await caches.open(names[0])).keys()).length >= 9;
    });
    const a = await cacheState(map.page);
    assert.ok(a.urls.some((u) => u.endsWith(b.oldJs)), "build A's code is cached");

    await serverA.close();
    serverB = await serve(join(dir, "b"), { port });
    await map.page.goto(serverB.url);
    await map.page.waitForFunction(() => document.documentElement.dataset.build === "B");
    await map.waitForPolicies();
    await until(map.page, async (name) => {
      const names = await caches.keys();
      return names.length === 1 && names[0] === name;
    }, b.cache);
    const after = await cacheState(map.page);
    assert.ok(after.urls.some((u) => u.endsWith(b.newJs)), "build B's code is cached");
    assert.ok(!after.urls.some((u) => u.endsWith(b.oldJs)), `build A's code is gone: ${after.urls.join(" ")}`);
    assert.notEqual(after.names[0], a.names[0]);

    await map.page.context().setOffline(true);
    await map.page.reload();
    await map.waitForStatuses();
    assert.equal(await map.page.evaluate(() => document.documentElement.dataset.build), "B");
    await map.clickCountry("PRT");
    await map.panel.waitFor();
  } finally {
    await map.page.context().close();
    await serverB?.close();
  }
});
