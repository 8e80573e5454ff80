// Trunk post_build hook (issue #14): splits the release wasm at its `#[lazy]` functions into a main
// module and chunks that load on first use. Trunk 0.21 has no step between cargo and wasm-bindgen,
// so this redoes the tail of its pipeline on cargo's own output and replaces what Trunk staged:
//
//   1. wasm-split-cli (crate wasm_split_cli_support, the splitter cargo-leptos uses) on
//      target/wasm32-unknown-unknown/release/drug-policy-map.wasm: the main module, the chunks and
//      the loader `__wasm_split.js`, which the main module imports and which imports the glue;
//   2. wasm-bindgen --target web on the main module only (the chunks share its memory and table,
//      so its `__indirect_function_table` export must stay: --keep-lld-exports);
//   3. wasm-opt on the main module and on each chunk, with index.html's data-wasm-opt flags;
//   4. content-hashed names: each chunk by its bytes; the glue, the main wasm and the loader (which
//      import each other) by one hash of the three, so none can be paired with another build's;
//   5. index.html: the new names in boot.js's data-js / data-wasm and the preload links, their
//      integrity hashes recomputed, and a modulepreload for the loader (the glue imports it).
//
// Nothing happens in a debug build, or when the wasm has no split point (built without
// `--features split`): Trunk's own output is left as it is. Served from public_url "./", so every
// file sits in the site's root and the loader fetches the chunks relative to itself.
//
//   node scripts/wasm-split.mjs        inside a Trunk hook (TRUNK_STAGING_DIR, TRUNK_PROFILE)
import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";

const NAME = "drug-policy-map";
const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) throw new Error("run as a Trunk post_build hook (TRUNK_STAGING_DIR is not set)");
if (process.env.TRUNK_PROFILE !== "release") process.exit(0);

const root = resolve(new URL("..", import.meta.url).pathname);
const targetDir = resolve(root, process.env.CARGO_TARGET_DIR ?? "target");
const artifact = join(targetDir, "wasm32-unknown-unknown", "release", `${NAME}.wasm`);
const input = readFileSync(artifact);
if (!input.includes("__wasm_split_placeholder__")) {
  console.log("wasm-split: no #[lazy] split points in this build (no `--features split`); left as built");
  process.exit(0);
}

const say = (msg) => console.log(`wasm-split: ${msg}`);
const run = (cmd, args) => execFileSync(cmd, args, { stdio: ["ignore", "inherit", "inherit"] });
const tool = (name) => {
  const local = join(root, "node_modules", ".bin", name);
  return existsSync(local) ? local : name;
};
const hex16 = (...parts) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex").slice(0, 16);
};
const sri = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;

// wasm-opt's level and flags, from the same <link data-trunk rel="rust"> that Trunk reads.
const html = readFileSync(join(staging, "index.html"), "utf8");
const source = readFileSync(process.env.TRUNK_HTML_FILE ?? join(root, "index.html"), "utf8");
const rustLink = source.match(/<link[^>]*data-trunk[^>]*rel="rust"[^>]*>/)?.[0] ?? "";
const optLevel = rustLink.match(/data-wasm-opt="([^"]+)"/)?.[1] ?? "z";
const optParams = (rustLink.match(/data-wasm-opt-params="([^"]*)"/)?.[1] ?? "").split(/\s+/).filter(Boolean);

const work = mkdtempSync(join(tmpdir(), "wasm-split-"));
try {
  // 1. Split cargo's output.
  const split = join(work, "split");
  if (!input.includes("reloc.CODE")) throw new Error(`${artifact} has no relocations: build.rs passes --emit-relocs with the split feature`);
  run("wasm-split-cli", [artifact, split, "--target", "web", "--out-name", NAME]);
  const chunks = readdirSync(split).filter((f) => f.endsWith(".wasm") && f !== `${NAME}.wasm`);
  let loader = readFileSync(join(split, "__wasm_split.js"), "utf8");

  // 2. wasm-bindgen on the main module, as Trunk calls it, but keeping the function table's
  //    export (`--keep-lld-exports`): the chunks import it, and wasm-bindgen drops it otherwise.
  const bindgen = join(work, "bindgen");
  const bindgenArgs = ["--target=web", `--out-dir=${bindgen}`, `--out-name=${NAME}`, "--no-typescript", "--keep-lld-exports"];
  run("wasm-bindgen", [...bindgenArgs, join(split, `${NAME}.wasm`)]);
  if (existsSync(join(bindgen, "snippets"))) throw new Error("wasm-bindgen wrote snippets/: copying them is not implemented");
  let glue = readFileSync(join(bindgen, `${NAME}.js`), "utf8");

  // 3. wasm-opt, main and chunks.
  const opt = (from, to) => run(tool("wasm-opt"), [`-O${optLevel}`, ...optParams, from, "-o", to]);
  const mainWasmPath = join(work, "main.wasm");
  opt(join(bindgen, `${NAME}_bg.wasm`), mainWasmPath);
  const mainWasm = readFileSync(mainWasmPath);

  // 4. Hashed names. The chunks first: the loader names them.
  const written = [];
  for (const chunk of chunks) {
    const optimised = join(work, chunk);
    opt(join(split, chunk), optimised);
    const bytes = readFileSync(optimised);
    const hashed = chunk.replace(/\.wasm$/, `-${hex16(bytes)}.wasm`);
    const ref = `"./${chunk}"`;
    if (!loader.includes(ref)) throw new Error(`the loader does not name ${chunk}`);
    loader = loader.replaceAll(ref, `"./${hashed}"`);
    writeFileSync(join(staging, hashed), bytes);
    written.push([hashed, bytes.length]);
  }
  // Only the glue's `import … from "./__wasm_split.js"` is renamed: the same string is also the
  // key of the imports object the main module is instantiated with, which must stay as it is.
  const mainImport = `"./${NAME}.js"`;
  const loaderImport = `from "./__wasm_split.js"`;
  if (!loader.includes(mainImport)) throw new Error(`the loader does not import ${mainImport}`);
  if (!glue.includes(loaderImport)) throw new Error(`the glue does not import ${loaderImport}`);
  const hash = hex16(mainWasm, glue, loader);
  const names = { js: `${NAME}-${hash}.js`, wasm: `${NAME}-${hash}_bg.wasm`, loader: `__wasm_split-${hash}.js` };
  glue = glue.replaceAll(loaderImport, `from "./${names.loader}"`).replaceAll(`${NAME}_bg.wasm`, names.wasm);
  loader = loader.replaceAll(mainImport, `"./${names.js}"`);

  // Trunk's unsplit glue and wasm give way to the split ones.
  const staged = { js: html.match(/data-js="\.\/([^"]+)"/)?.[1], wasm: html.match(/data-wasm="\.\/([^"]+)"/)?.[1] };
  if (!staged.js || !staged.wasm) throw new Error("index.html has no data-js / data-wasm (Trunk.toml pattern_script)");
  for (const f of [staged.js, staged.wasm]) unlinkSync(join(staging, f));
  writeFileSync(join(staging, names.js), glue);
  writeFileSync(join(staging, names.wasm), mainWasm);
  writeFileSync(join(staging, names.loader), loader);

  // 5. index.html: new names, a modulepreload for the loader, and every integrity hash recomputed.
  let page = html.replaceAll(`./${staged.js}`, `./${names.js}`).replaceAll(`./${staged.wasm}`, `./${names.wasm}`);
  const jsPreload = page.match(new RegExp(`<link rel="modulepreload" href="\\./${names.js}"[^>]*>`))?.[0];
  if (!jsPreload) throw new Error("index.html has no modulepreload link for the glue");
  page = page.replace(jsPreload, jsPreload + jsPreload.replace(names.js, names.loader));
  page = page.replace(/<link\b[^>]*>/g, (tag) => {
    const href = tag.match(/href="\.\/([^"]+)"/)?.[1];
    if (!href || !/integrity="/.test(tag) || !existsSync(join(staging, href))) return tag;
    return tag.replace(/integrity="[^"]*"/, `integrity="${sri(readFileSync(join(staging, href)))}"`);
  });
  writeFileSync(join(staging, "index.html"), page);

  say(`main ${names.wasm} (${mainWasm.length} B), loader ${names.loader}, ${written.length} chunks:`);
  for (const [name, size] of written) say(`  ${name} (${size} B)`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
