// A private, ready-to-run copy of the shared bench harness (../shared/bench), for scripts/bench.sh
// and scripts/bench-removal.mjs: the shared copy is never modified. On demand; not part of the tests.
//
//   node scripts/bench-harness.mjs SRC DEST [--peer] [--patch]
//
// --peer builds the D3 peer's dist/; --patch applies the hover-leave patch below to inpage.js.
import { cpSync, readFileSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

// The harness's synthetic hover "leave" dispatches pointerleave/mouseleave on the shape only. A real
// pointer leaving the shape for <body> also fires pointerleave on every ancestor it leaves; our map
// clears its hover state on the <svg>'s pointerleave (the event does not bubble), so without the
// ancestor events the synthetic hover stays set, and every following trusted-hover sample fails with
// "condition already true before input". The patch (in the private copy only) adds those ancestor
// events after the synthetic sample has been timed; it changes no timed interval.
function patchHoverLeave(file) {
  const s = readFileSync(file, "utf8");
  const anchor = 'fire(el, "mouseout", pt, MouseEvent, { relatedTarget: rel }); fire(el, "mouseleave", pt, MouseEvent, { relatedTarget: rel });';
  if (!s.includes(anchor)) throw new Error("inpage.js changed; hover-leave patch not applied (BENCH_NO_PATCH=1 to run without it)");
  const add =
    '\n    for (let a = el.parentElement; a && !a.contains(rel); a = a.parentElement) { ' +
    'fire(a, "pointerleave", pt, PointerEvent, { relatedTarget: rel }); fire(a, "mouseleave", pt, MouseEvent, { relatedTarget: rel }); } // bench-harness.mjs patch';
  writeFileSync(file, s.replace(anchor, anchor + add));
  console.error("bench-harness: patched inpage.js (synthetic hover leave also leaves ancestors)");
}

/** Copies the harness from `src` to `dest` (without its node_modules) and installs its dependencies. */
export function prepareHarness(src, dest, { peer = false, patch = false } = {}) {
  cpSync(resolve(src), dest, { recursive: true, filter: (p) => !p.includes("node_modules") });
  execFileSync("chmod", ["-R", "u+w", dest]); // the shared copy may be read-only
  const quiet = { cwd: dest, stdio: ["ignore", "ignore", "inherit"] };
  execFileSync("npm", ["ci", "--no-audit", "--no-fund"], quiet);
  if (peer) execFileSync("node", ["peer-d3/build.mjs"], quiet);
  if (patch) patchHoverLeave(join(dest, "inpage.js"));
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const [src, dest] = process.argv.slice(2).filter((a) => !a.startsWith("--"));
  if (!src || !dest) {
    console.error("usage: node scripts/bench-harness.mjs SRC DEST [--peer] [--patch]");
    process.exit(2);
  }
  prepareHarness(src, dest, { peer: process.argv.includes("--peer"), patch: process.argv.includes("--patch") });
}
