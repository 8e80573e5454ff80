#!/usr/bin/env bash
# Installs what is missing, then runs every check: the data files, formatting, lints (host and
# wasm32), native unit and data validation tests, the data scripts' reproducibility, the browser
# end-to-end tests in Chromium, and a short story in Firefox ESR and WebKitGTK.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export PATH="$PWD/node_modules/.bin:$PATH"
step() { printf '\n\033[1m== %s\033[0m\n' "$*"; }

step "data files: schema, sources and the assembled policies.json (no Rust needed)"
node scripts/build-data.mjs --check
node --test tests/scripts/

step "formatting (rustfmt, then leptosfmt for the view! macros)"
cargo fmt --all -- --check
leptosfmt --check src

step "clippy (host and wasm32)"
cargo clippy --all-targets --all-features -- -D warnings
cargo clippy --target wasm32-unknown-unknown -- -D warnings
# #[lazy] expands to the split point only on wasm32 with the `split` feature.
cargo clippy --target wasm32-unknown-unknown --features split -- -D warnings

step "native unit tests, data validation, the dependency rule and the stylesheet"
cargo test

step "data scripts reproduce the committed files"
tmp=$(mktemp -d)
cargo run --quiet --example schema --features schema -- "$tmp/schema"
diff -r "$tmp/schema" data/schema
node scripts/build-shapes.mjs "$tmp/countries.geojson" >/dev/null
cmp "$tmp/countries.geojson" assets/data/countries.geojson
node scripts/build-detail.mjs "$tmp/countries-10m.geojson" >/dev/null
cmp "$tmp/countries-10m.geojson" data/shapes/countries-10m.geojson
cargo run --quiet --example build_map -- "$tmp" "$tmp/index.html"
cmp "$tmp/index.html" index.html
cmp "$tmp/shapes.txt" assets/data/shapes.txt
cmp "$tmp/statuses.txt" assets/data/statuses.txt
diff -r "$tmp/detail" assets/data/detail
node scripts/build-reference.mjs "$tmp/un_members.txt" >/dev/null
cmp "$tmp/un_members.txt" tests/fixtures/un_members.txt
node scripts/build-names.mjs "$tmp/names.json" >/dev/null
cmp "$tmp/names.json" assets/data/names.json
rm -rf "$tmp"
echo "ok"

step "release build (split at its #[lazy] functions: scripts/wasm-split.mjs)"
trunk build --release --offline --features split

step "first-view size gate (brotli bytes against scripts/size-budget.json)"
node scripts/size-gate.mjs dist

step "browser end-to-end tests (headless Chromium)"
# Playwright Test drives Debian's Chromium (playwright.config.mjs); with its browsers path pointed
# inside node_modules it never reaches for a browser download of its own.
PLAYWRIGHT_BROWSERS_PATH=0 npx playwright test

step "the same short story in Firefox ESR and WebKitGTK"
xvfb-run -a node --test --test-concurrency=1 tests/engines/
