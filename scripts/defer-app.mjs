// Trunk post_build hook (issue #14): the page shows the map, its legend and a country's first lines
// by itself, so the app's files are not fetched with it. Trunk writes preload links for the glue and
// the wasm (and wasm-split.mjs one for the chunks' loader) into <head>; this moves them, with their
// integrity hashes, into <template id="app-preloads">, where they stay inert until boot.js starts
// the app and puts them back in <head>. Runs after wasm-split.mjs, before sw-manifest.mjs.
//
//   node scripts/defer-app.mjs            inside a Trunk hook (uses TRUNK_STAGING_DIR)
//   node scripts/defer-app.mjs DIR        on a built site folder
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const dir = process.argv[2] ?? process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error("usage: node scripts/defer-app.mjs DIR (or run as a Trunk hook)");
const path = join(dir, "index.html");
const html = readFileSync(path, "utf8");

const OPEN = '<template id="app-preloads">';
const at = html.indexOf(OPEN);
if (at < 0) throw new Error('index.html has no <template id="app-preloads"> (see index.html)');
const close = html.indexOf("</template>", at);
const inside = (i) => i > at && i < close;
const moved = [];
const rest = html.replace(/<link rel="(?:module)?preload" href="\.\/[^"]+"[^>]*>\s*/g, (tag, offset) => {
  if (inside(offset)) return tag;
  moved.push(tag.trim());
  return "";
});
if (!moved.length) {
  console.log("defer-app: no build preload links to move");
  process.exit(0);
}
const page = rest.replace(OPEN, OPEN + moved.join(""));
writeFileSync(path, page);
console.log(`defer-app: ${moved.length} preload links wait for the app to start`);
