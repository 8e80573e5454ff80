// What the 4× answered click would gain from removing parts of the first view (issue #14). Builds
// variants of a release `dist/` in a temporary folder, each with one part of the page removed, and
// runs the shared harness's answered-click.mjs for each against an unchanged control (B/A < 1: the
// removal helps). On demand, like scripts/bench.sh; not part of the tests. docs/performance.md
// (seventh round) gives the results.
//
//   node scripts/bench-removal.mjs [DIST] [BENCH] [RUNS]   defaults: dist ../shared/bench 11
//
// The harness is copied into a temporary folder and its dependencies installed there
// (scripts/bench-harness.mjs, as for scripts/bench.sh), so the shared copy is never modified.
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { prepareHarness } from "./bench-harness.mjs";

const [dist = "dist", bench = "../shared/bench", runs = "11"] = process.argv.slice(2);
const css = readdirSync(dist).find((f) => /^app-.*\.css$/.test(f));
const hideText = "\n.static-shell header.topbar,.static-shell .legend{display:none}\n";
const onlyBrazil = (html) =>
  html
    .replace(/<path [^>]*data-name="(?!Brazil")[^"]*"[^>]*><\/path>/g, "")
    .replace(/<circle [^>]*class="marker"[^>]*><\/circle>/g, "");

// Each variant: a change to the page and one to the stylesheet (identity when absent).
const variants = {
  control: {},
  "no header or legend": { css: (c) => c + hideText },
  "only Brazil's outline": { html: onlyBrazil },
  "only Brazil's outline, no header or legend": { html: onlyBrazil, css: (c) => c + hideText },
  "one font size and weight": { css: (c) => c + "\n.static-shell *{font-size:16px!important;font-weight:400!important}\n" },
  "sans-serif for system-ui": { css: (c) => c.replace(/font-family: system-ui[^;]*;/, "font-family: sans-serif;") },
};

// The temporary folder is removed however the run ends (a failed install or variant included).
const work = mkdtempSync(join(tmpdir(), "removal."));
try {
  const harness = join(work, "bench");
  prepareHarness(bench, harness);

  const dirs = {};
  for (const [name, { html = (h) => h, css: style = (c) => c }] of Object.entries(variants)) {
    const dir = join(work, name.replace(/\W+/g, "-"));
    cpSync(dist, dir, { recursive: true });
    // Every variant, the control included, drops the stylesheet's integrity attribute, so that only
    // the change differs.
    const page = readFileSync(join(dir, "index.html"), "utf8").replace(/(href="\.\/app-[^"]+\.css") integrity="[^"]*"/, "$1");
    const sheet = readFileSync(join(dir, css), "utf8");
    const [newPage, newSheet] = [html(page), style(sheet)];
    if (name !== "control" && newPage === page && newSheet === sheet) throw new Error(`variant "${name}" changed nothing`);
    writeFileSync(join(dir, "index.html"), newPage);
    writeFileSync(join(dir, css), newSheet);
    dirs[name] = dir;
  }

  for (const name of Object.keys(variants)) {
    const out = execFileSync(
      "node",
      ["answered-click.mjs", "--a", dirs.control, "--b", dirs[name], "--runs", runs, "--cpu", "4",
        "--a-shape", '[data-name="{name}"]', "--a-panel", '[data-testid="country-panel"]'],
      { cwd: harness, encoding: "utf8" },
    );
    console.log(`${name}: ${out.trim()}`);
  }
} finally {
  rmSync(work, { recursive: true, force: true });
}
