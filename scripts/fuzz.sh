#!/usr/bin/env bash
# Fuzzes every parser of outside input with cargo fuzz (libFuzzer): the shapes and statuses files,
# the policy dataset and the link's query string. On demand, not part of the tests (see
# docs/fuzzing.md). Usage: bash scripts/fuzz.sh [SECONDS per target, default 600] [TARGET...]
# New inputs that reach new code are added to fuzz/corpus/<target>/; a crash is saved under
# fuzz/artifacts/<target>/ and stops the run with a non-zero exit.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -eq 0 ] && targets=(shapes statuses policies url)
if ! cargo fuzz --version >/dev/null 2>&1; then
  cargo install cargo-fuzz --locked
fi
# cargo fuzz needs nightly compiler flags; RUSTC_BOOTSTRAP lets this machine's stable rustc accept
# them. Without sanitizers (-s none): libFuzzer still finds panics, overflows and hangs.
export RUSTC_BOOTSTRAP=1
cargo fuzz build -s none --fuzz-dir fuzz
for t in "${targets[@]}"; do
  echo "== fuzzing $t for ${seconds}s"
  log=$(mktemp)
  status=0
  cargo fuzz run -s none --fuzz-dir fuzz "$t" "fuzz/corpus/$t" -- -max_total_time="$seconds" -max_len=65536 -timeout=10 -print_final_stats=1 >"$log" 2>&1 || status=$?
  grep -E "^(Done|stat::number_of_executed_units|stat::peak_rss_mb|==|SUMMARY)|panicked|ERROR" "$log" || true
  if [ "$status" -ne 0 ]; then
    tail -n 40 "$log"
    echo "fuzzing $t found a failure (exit $status); the input is under fuzz/artifacts/$t/" >&2
    exit "$status"
  fi
done
# Keep the committed corpus small: only inputs that add coverage.
for t in "${targets[@]}"; do cargo fuzz cmin -s none --fuzz-dir fuzz "$t" "fuzz/corpus/$t" -- -max_len=65536 >/dev/null 2>&1; done
