#!/usr/bin/env bash
# Builds the JMH benchmarks, runs them and writes docs/benchmarks.md from the JSON result.
#
#   benchmarks/run.sh                      # defaults: about 2.5 minutes on 2 cores
#   benchmarks/run.sh -p seed=002          # extra arguments go to JMH (java -jar benchmarks.jar -h)
#   JMH_OPTS="-f 2 -i 10" benchmarks/run.sh
#   SAGSSPOR_SEEDS=/path/to/seeds benchmarks/run.sh
#
# Needs JDK 17+ and python3 (for the Markdown converter). Not part of ./mvnw verify.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

JMH_OPTS="${JMH_OPTS:--f 1 -wi 3 -w 2s -i 5 -r 2s}"
SEEDS_ARG="${SAGSSPOR_SEEDS:-../shared/seeds}"
RESULT="benchmarks/target/jmh-result.json"
LOG="benchmarks/target/jmh-run.log"
OUT="docs/benchmarks.md"

if ! SEEDS="$(cd "$SEEDS_ARG" 2>/dev/null && pwd)" || ! ls "$SEEDS"/00[0-4]_* >/dev/null 2>&1; then
  echo "run.sh: seed documents not found at '$SEEDS_ARG' (relative to $ROOT)." >&2
  echo "        Check out ../shared next to the repository, or set SAGSSPOR_SEEDS=DIR." >&2
  exit 1
fi
command -v python3 >/dev/null 2>&1 || { echo "run.sh: python3 is needed to write $OUT" >&2; exit 1; }

BUILD_CMD="./mvnw -q -Pbench -pl benchmarks -am package -DskipTests"
echo "==> $BUILD_CMD"
$BUILD_CMD

mkdir -p benchmarks/target
rm -f "$RESULT"
# shellcheck disable=SC2086 # JMH_OPTS is a list of options on purpose
RUN_ARGS=($JMH_OPTS "$@" -rf json -rff "$RESULT")
LOAD_BEFORE="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || true)"
echo "==> java -Dsagsspor.seeds=$SEEDS -jar benchmarks/target/benchmarks.jar ${RUN_ARGS[*]}"
java -Dsagsspor.seeds="$SEEDS" -jar benchmarks/target/benchmarks.jar "${RUN_ARGS[@]}" 2>&1 | tee "$LOG"
LOAD_AFTER="$(cut -d' ' -f1 /proc/loadavg 2>/dev/null || true)"

if [[ ! -s "$RESULT" ]]; then
  echo "run.sh: JMH wrote no results ($RESULT); see $LOG" >&2
  exit 1
fi

# The whole pipeline's sections (benchmarks/pipeline.sh and capacity.sh) are kept above what this run writes.
PIPELINE_SECTION="$(sed -n '/<!-- pipeline:begin -->/,/<!-- pipeline:end -->/p; /<!-- capacity:begin -->/,/<!-- capacity:end -->/p' "$OUT" 2>/dev/null || true)"
CPU="$(grep -m1 '^model name' /proc/cpuinfo 2>/dev/null | cut -d: -f2- | sed 's/^ *//' || true)"
python3 benchmarks/jmh-to-markdown.py \
  --json "$RESULT" \
  --out "$OUT" \
  --build "$BUILD_CMD" \
  --command "java -Dsagsspor.seeds=$SEEDS_ARG -jar benchmarks/target/benchmarks.jar ${RUN_ARGS[*]}" \
  --nproc "$(nproc)" \
  --java "$(java -version 2>&1 | head -n 1)" \
  --date "$(date -u '+%Y-%m-%d %H:%M UTC')" \
  --cpu "$CPU" \
  --os "$(uname -sr)" \
  --load-before "$LOAD_BEFORE" \
  --load-after "$LOAD_AFTER"

if [[ -n "$PIPELINE_SECTION" ]]; then
  { printf '%s\n\n' "$PIPELINE_SECTION"; cat "$OUT"; } > "$OUT.tmp" && mv "$OUT.tmp" "$OUT"
fi
echo "==> wrote $OUT"
