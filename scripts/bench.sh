#!/usr/bin/env bash
# On-demand performance benchmark (not part of the tests): our release build vs the D3 peer in
# ../shared/bench. Results go to bench-results/<timestamp>/ (git-ignored). See docs/performance.md.
#
#   bash scripts/bench.sh                 # 5 runs per target per scenario
#   RUNS=3 bash scripts/bench.sh          # fewer runs
#   SCENARIOS=base bash scripts/bench.sh  # other scenario list (default base,cpu4x,slownet)
#   BENCH=/path/to/bench bash scripts/bench.sh   # another copy of the harness
#   BENCH_NO_BUILD=1 ...                  # measure the existing dist/ as it is
#   BENCH_NO_PATCH=1 ...                  # run the harness exactly as shipped (see below)
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
bench_src=${BENCH:-$repo/../shared/bench}
[ -f "$bench_src/measure.mjs" ] || { echo "bench harness not found at $bench_src (set BENCH=...)" >&2; exit 1; }
bench_src=$(cd "$bench_src" && pwd)
say() { printf '\033[1m[bench]\033[0m %s\n' "$*" >&2; }

bash scripts/setup.sh
export PATH="$repo/node_modules/.bin:$PATH"
if [ -z "${BENCH_NO_BUILD:-}" ]; then
  say "release build"
  trunk build --release --offline --features split
fi

stamp=$(date -u +%Y-%m-%dT%H-%M-%SZ)
out="$repo/bench-results/$stamp"
work=$(mktemp -d "${TMPDIR:-/tmp}/bench.XXXXXX")
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

# A frozen copy of the build, so a rebuild of dist/ during the run cannot change what is measured.
cp -r "$repo/dist" "$work/ours"
rm -rf "$work/ours/.stage"   # left behind by an interrupted or failed trunk build
say "copying the harness from $bench_src to $work/bench"
patch=--patch; [ -n "${BENCH_NO_PATCH:-}" ] && patch=
node scripts/bench-harness.mjs "$bench_src" "$work/bench" --peer $patch >&2
cd "$work/bench"

say "measuring (runs ${RUNS:-5}, scenarios ${SCENARIOS:-base,cpu4x,slownet}); progress below"
node measure.mjs \
  --a peer-d3/dist --a-label d3-peer \
  --a-hover 'path.country.hover[data-name="{name}"]' \
  --b "$work/ours" --b-label leptos \
  --b-shape 'svg.map path.country' \
  --b-panel '[data-testid="country-panel"]' \
  --b-country 'path.country[data-name="{name}"]' \
  --b-hover 'path.country.hovered[data-name="{name}"]' \
  --runs "${RUNS:-5}" --scenarios "${SCENARIOS:-base,cpu4x,slownet}" \
  --out "$work/results" >/dev/null 2> >(tee "$out/progress.log" >&2)

res=$(ls -d "$work"/results/*/ | head -n1)
cp "$res/summary.md" "$res/raw.json" "$out/"
node "$repo/scripts/bench-report.mjs" "$out/raw.json" --ours leptos --peer d3-peer | tee "$out/budget.md"

# The answered click (issue #14): a real click on Brazil every 25 ms from the moment it is drawn,
# until its panel shows; ours/peer at most 0.50, without throttling and at 4x CPU.
say "measuring the answered click (runs ${RUNS:-5}, cpu 1x and 4x)"
(cd "$work/bench" && node answered-click.mjs --a peer-d3/dist --b "$work/ours" --runs "${RUNS:-5}" --cpu 1,4) \
  2>>"$out/progress.log" | tee "$out/answered-click.txt" | tee -a "$out/budget.md"
# The floor under the same harness: a page with one shape and nothing else (scripts/bench-floor/).
# What no map can beat: Chromium's navigation and Playwright's own injected scripts.
say "measuring the answered click's floor (a one-shape page)"
echo "floor (B = a one-shape page, scripts/bench-floor/):" | tee -a "$out/answered-click.txt" >>"$out/budget.md"
(cd "$work/bench" && node answered-click.mjs --a peer-d3/dist --b "$repo/scripts/bench-floor" --runs "${RUNS:-5}" --cpu 1,4) \
  2>>"$out/progress.log" | tee -a "$out/answered-click.txt" | tee -a "$out/budget.md"

# What the harness does not record: theme switch, search to panel, shapes changed per hover.
say "measuring theme switch, search and hover mutations (ours only)"
cd "$repo"
OUT="$out" node scripts/bench-extra.mjs "$work/ours" "${RUNS:-5}" "$(echo "${SCENARIOS:-base,cpu4x}" | sed 's/,\?slownet//')" \
  2>>"$out/progress.log" | tee -a "$out/budget.md"
say "wrote $out/{summary.md,raw.json,budget.md,answered-click.txt,extra.json,progress.log}"
