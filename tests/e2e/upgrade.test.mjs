// Upgrades (issue: visitors): a new deployment gets its own service-worker cache, the old one is
// deleted, and the new build works offline.
import { cpSync, readdirSync, readFileSync, renameSync, writeFileSync } from "node:fs";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { join } from "node:path";
import { test, expect, DIST } from "./fixtures.mjs";

// This story is about the service worker, which the other stories block.
test.use({ serviceWorkers: "allow" });

/** Build B: build A with its JS under a new hashed name and a marker that says which build runs,
 *  and the service worker manifest written for it as the Trunk hook does. */
function makeBuildB(dir) {
  cpSync(DIST, dir, { recursive: true });
  const js = readdirSync(dir).find((f) => /^drug-policy-map-[0-9a-f]{12,16}\.js$/.test(f));
  const renamed = js.replace(/[0-9a-f]{12,16}(?=\.js$)/, "b".repeat(16));
  renameSync(join(dir, js), join(dir, renamed));
  // Renamed everywhere it is named, as a real build does: the page, and in a split build the
  // chunks' loader, which imports the glue. A real split build hashes the glue, the main wasm and
  // the loader together, so the loader gets a new name too (else a worker still holding build A's
  // loader would hand B's page a loader that imports A's glue).
  const loader = readdirSync(dir).find((f) => /^__wasm_split-[0-9a-f]+\.js$/.test(f));
  const newLoader = loader?.replace(/[0-9a-f]+(?=\.js$)/, "b".repeat(16));
  if (loader) renameSync(join(dir, loader), join(dir, newLoader));
  for (const f of [...readdirSync(dir).filter((f) => f === "index.html"), renamed, ...(loader ? [newLoader] : [])]) {
    let text = readFileSync(join(dir, f), "utf8").replaceAll(js, renamed);
    if (loader) text = text.replaceAll(loader, newLoader);
    writeFileSync(join(dir, f), text);
  }
  // The page's integrity hashes follow the files they name, as the build's hook recomputes them.
  const page = readFileSync(join(dir, "index.html"), "utf8").replace(/href="\.\/([^"]+)"([^>]*?)integrity="sha384-[^"]+"/g, (_, file, between) => {
    const digest = createHash("sha384").update(readFileSync(join(dir, file))).digest("base64");
    return `href="./${file}"${between}integrity="sha384-${digest}"`;
  });
  writeFileSync(join(dir, "index.html"), page);
  writeFileSync(join(dir, "boot.js"), `document.documentElement.dataset.build = "B";\n${readFileSync(join(dir, "boot.js"), "utf8")}`);
  const run = spawnSync("node", [new URL("../../scripts/sw-manifest.mjs", import.meta.url).pathname, dir], { encoding: "utf8" });
  expect(run.status, run.stderr).toBe(0);
  const cache = readFileSync(join(dir, "sw.js"), "utf8").match(/const CACHE = "([^"]+)"/)[1];
  return { oldJs: js, newJs: renamed, cache };
}

/** What a poll needs to know about the worker's cache, in a form that reads well when it fails. */
async function cacheSummary(map) {
  const { controlled, names, urls } = await map.offlineCache();
  return { controlled, caches: names.length, precached: urls.length >= 9 };
}

test("a new deployment: B's code runs, the cache holds only B's files, and B works offline", async ({ map, serveSite }, testInfo) => {
  const dirB = testInfo.outputPath("build-b");
  const b = makeBuildB(dirB);
  const siteA = await serveSite(DIST);
  const port = Number(new URL(siteA.url).port);
  await map.visit(siteA.url);
  await map.waitForPolicies();
  await map.serviceWorkerReady();
  // Build A's worker has precached everything and controls the page.
  await expect.poll(() => cacheSummary(map)).toEqual({ controlled: true, caches: 1, precached: true });
  const a = await map.offlineCache();
  expect(a.urls.some((u) => u.endsWith(b.oldJs)), "build A's code is cached").toBe(true);

  // B replaces A at the same address.
  await siteA.close();
  const siteB = await serveSite(dirB, { port });
  await map.visit(siteB.url);
  await expect.poll(() => map.build()).toBe("B");
  await map.waitForPolicies();
  await expect.poll(async () => (await map.offlineCache()).names).toEqual([b.cache]);
  const after = await map.offlineCache();
  expect(after.urls.some((u) => u.endsWith(b.newJs)), "build B's code is cached").toBe(true);
  expect(after.urls.some((u) => u.endsWith(b.oldJs)), `build A's code is gone: ${after.urls.join(" ")}`).toBe(false);
  expect(after.names[0]).not.toBe(a.names[0]);

  await map.goOffline();
  await map.reload();
  await map.waitForStatuses();
  expect(await map.build()).toBe("B");
  await map.openCountry("PRT");
});
