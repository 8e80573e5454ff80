// Trunk post_build hook: writes into the staged sw.js the cache name for this build (a hash of
// every precached file's name and content) and the list of files to precache, so a new deployment
// gets a new cache and the old one is deleted when it activates (see sw.js).
//
//   node scripts/sw-manifest.mjs            inside a Trunk hook (uses TRUNK_STAGING_DIR)
//   node scripts/sw-manifest.mjs DIR        on a built site folder (used by the tests)
import { readdirSync, readFileSync, writeFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { createHash } from "node:crypto";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("usage: node scripts/sw-manifest.mjs DIR (or run as a Trunk hook)");

/** The first-view and full data files; the hashed build files are found in the folder. */
const DATA = ["assets/data/shapes.txt", "assets/data/statuses.txt", "assets/data/policies.json", "assets/data/names.json", "assets/feed/changes.json"];
const built = readdirSync(dir).filter((f) => /\.(js|wasm|css)$/.test(f) && f !== "sw.js").sort();
const files = [...built, ...DATA.filter((f) => existsSync(join(dir, f)))];

const hash = createHash("sha256");
for (const f of ["index.html", ...files]) hash.update(f).update(readFileSync(join(dir, f)));
const cache = `drug-policy-map-${hash.digest("hex").slice(0, 16)}`;

const swPath = join(dir, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace(/^const CACHE = .*;$/m, `const CACHE = ${JSON.stringify(cache)};`)
  .replace(/^const PRECACHE = .*;$/m, `const PRECACHE = ${JSON.stringify(["./", ...files])};`);
if (!sw.includes(cache)) throw new Error("sw.js has no `const CACHE = …;` line to fill in");
writeFileSync(swPath, sw);
console.log(`sw.js: cache ${cache}, ${files.length + 1} files to precache`);
