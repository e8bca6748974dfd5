# Shared by pipeline.sh and capacity.sh: the corpus, a system started from empty, the posting and the CPU counts.
# Sourced from the repository's root after deploy/local/lib.sh, with $work (a scratch folder) and $results (the
# results file) set.

# start_results: $work made, and $results begun anew with the commit measured ("+changes": with uncommitted changes
# outside the results and docs).
start_results() {
  mkdir -p "$work" "$(dirname "$results")"
  echo "commit=$(git rev-parse --short HEAD)$(git diff --quiet HEAD -- . ':!benchmarks/results' ':!docs' || echo '+changes')" > "$results"
}

record() { echo "$1=$2" >> "$results"; echo "  $1 = $2"; }
seconds_since() { python3 -c "print(round($(date +%s.%N) - $1, 1))"; }  # seconds_since START (a date +%s.%N)

# The posting and checking tool shares the machine it measures: C1 only and the serial collector, as the services run,
# so it does not spend a core compiling with C2 or collecting with parallel threads while the pipeline runs.
corpus_tool() {
  java -XX:TieredStopAtLevel=1 -XX:+UseSerialGC -Xmx1g -cp benchmarks/target/benchmarks.jar \
    dk.sagsspor.benchmarks.corpus.CorpusTool "$@"
}

# generate_corpus DIR: MINUTES synthetic minutes by SEED into DIR; records minutes, decisions, cases, agenda_items and
# lists the case numbers in $work/case-numbers.txt.
generate_corpus() {
  local corpus="$1"
  echo "==> corpus: $MINUTES minutes, seed $SEED"
  rm -rf "$corpus"
  corpus_tool generate "$SEED" "$MINUTES" "$corpus" | tee "$work/generate.out"
  decisions="$(sed -n 's/.*decisions=\([0-9]*\).*/\1/p' "$work/generate.out")"
  cases="$(sed -n 's/.*cases=\([0-9]*\).*/\1/p' "$work/generate.out")"
  python3 -c 'import json,sys; [print(t["caseNumber"]) for t in json.load(open(sys.argv[1]))]' \
    "$corpus/expected-timelines.json" > "$work/case-numbers.txt"
  record minutes "$MINUTES"; record decisions "$decisions"; record cases "$cases"
  # Every document also has its "Godkendelse af dagsorden" item: what meetings-service searches.
  record agenda_items "$((decisions + MINUTES))"
}

# start_from_empty: the system up (deploy/local/up.sh) on databases made anew; stopped and wiped again on exit.
start_from_empty() {
  echo "==> starting the system from empty"
  deploy/local/down.sh --wipe >/dev/null 2>&1 || true
  # down.sh drops only the databases up.sh recorded creating; an earlier run's, if its record was lost, would be reused.
  if port_open "$PG_PORT"; then
    local_setup databases drop "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres "${DATABASE[@]}" >/dev/null \
      || { echo "$0: could not drop the databases ${DATABASE[*]} on 127.0.0.1:$PG_PORT" >&2; exit 1; }
  fi
  # PostgreSQL as it runs by default, with autovacuum: it keeps the planner's statistics and clears dead rows while the
  # backfill rewrites views and answers. A server here may run without it (this machine's does, for its tests); without
  # statistics the planner misjudged case_answer's meeting lookups at 100,000 cases and read the whole table instead of
  # its GIN index, seconds a statement (docs/performance.md). It is turned on for the run and back as it was after.
  autovacuum_was="on, the default of the embedded server up.sh starts"
  if port_open "$PG_PORT"; then
    autovacuum_was="$(local_setup autovacuum "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres on)"
  fi
  record autovacuum "on for the run (the server had: $autovacuum_was)"
  # The services' logs are kept beside the results (down.sh --wipe deletes them).
  trap 'cp .sagsspor/logs/*.log "$work/" 2>/dev/null || true; deploy/local/down.sh --wipe >/dev/null 2>&1 || true
    [[ "$autovacuum_was" == off ]] && local_setup autovacuum "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres off >/dev/null' EXIT
  local up_start; up_start=$(date +%s.%N)
  deploy/local/up.sh > "$work/up.log"
  record up_seconds "$(seconds_since "$up_start")"
  # The bearer token for POST /documents, once the services ask for one (deploy/local/token.sh).
  if [[ -x deploy/local/token.sh ]]; then
    SAGSSPOR_TOKEN="$(deploy/local/token.sh documents:write)"
    export SAGSSPOR_TOKEN
  fi
}

# start_timed SERVICE LOG: starts the stopped SERVICE with up.sh (the rest keep running; up.sh's output to LOG) and
# returns once it answers ready. Sets launched (when its JVM was launched: up.sh's own checks before it are not the
# service's start), cpu_at_launch (a cpu_snapshot then) and ready_seconds (from the launch to its first ready answer,
# polled every 20 ms).
start_timed() {
  local service="$1" old_pid up_pid
  old_pid="$(cat ".sagsspor/$service.pid")"
  deploy/local/up.sh > "$2" &
  up_pid=$!
  while [[ "$(cat ".sagsspor/$service.pid")" == "$old_pid" ]]; do
    kill -0 "$up_pid" 2>/dev/null || { echo "$0: up.sh did not start $service ($2)" >&2; exit 1; }
    sleep 0.01
  done
  launched=$(date +%s.%N)
  cpu_at_launch="$(cpu_snapshot)"
  until [[ "$(http_status "${PORT[$service]}" /q/health/ready)" == 200 ]]; do
    kill -0 "$up_pid" 2>/dev/null || break
    sleep 0.02
  done
  ready_seconds="$(python3 -c "print(round($(date +%s.%N) - $launched, 2))")"
  wait "$up_pid"
}

# post_corpus DIR: posts every document of the corpus once, four requests at a time (each of BATCH documents, default
# 1: BATCH above 1 posts to /documents/batch), and returns once each was answered; fails unless every one was taken
# (201 or 200).
post_corpus() {
  record post_batch "${BATCH:-1}"
  # Posted by wrk (post-corpus.lua): the poster shares the machine, and the JVM's HTTP client took a tenth of it.
  find "$root/$1" -maxdepth 1 -name '*.txt' | LC_ALL=C sort > "$work/documents.txt"
  rm -f "$work/documents.txt.done"
  CORPUS_LIST="$work/documents.txt" CORPUS_THREADS=4 CORPUS_BATCH="${BATCH:-1}" wrk -t4 -c4 -d3600s --timeout 120s -s benchmarks/post-corpus.lua \
    http://127.0.0.1:8080 > "$work/post.out" &
  local poster=$!
  # Each of its threads notes when its last document was answered; wrk's main thread then still sleeps out -d until a
  # SIGINT reaches it, which is sure only once the other threads have ended: sent until wrk exits.
  local done_lines=()
  until (( ${#done_lines[@]} >= 4 )) || ! kill -0 "$poster" 2>/dev/null; do
    sleep 0.2
    [[ -f "$work/documents.txt.done" ]] && mapfile -t done_lines < "$work/documents.txt.done"
  done
  while kill -INT "$poster" 2>/dev/null; do sleep 0.1; done
  wait "$poster" || true
  grep '^posted=' "$work/post.out"
  grep -q '^posted=[0-9]* refused=0$' "$work/post.out" \
    || { echo "$0: not every document was taken ($work/post.out)" >&2; exit 1; }
}

# CPU seconds (user + system) used so far by each part of the pipeline, and by the whole machine: where the time goes
# per decision. PostgreSQL is every postgres process with, through its postmaster, the backends that already ended;
# what the parts leave of the machine's total is the posting and checking tools' and the system's. A service that is
# not running counts 0.
cpu_snapshot() {
  local pids=()
  for s in ingest-service meetings-service cases-service; do
    pids+=("${s%%-*}=$(cat ".sagsspor/$s.pid" 2>/dev/null || true)")
  done
  pids+=("kafka=$(cat .sagsspor/kafka/pid)" "postgres=$(pgrep -d, -x postgres || true)")
  python3 - "${pids[@]}" <<'PY'
import os, sys
tick = os.sysconf('SC_CLK_TCK')
def seconds(pid):  # utime, stime, cutime, cstime: the 14th to 17th fields, after the command in parentheses
    try:
        return sum(int(x) for x in open(f'/proc/{pid}/stat').read().rsplit(')', 1)[1].split()[11:15]) / tick
    except (OSError, ValueError):
        return 0.0
for part in sys.argv[1:]:
    name, pids = part.split('=', 1)
    print(f"{name}={sum(seconds(p) for p in pids.split(',') if p):.1f}")
busy = [int(x) for x in open('/proc/stat').readline().split()[1:]]
print(f"machine={(sum(busy) - busy[3] - busy[4]) / tick:.1f}")  # all but idle and iowait
PY
}
cpu_delta() {  # cpu_delta BEFORE AFTER [PREFIX]: records ${PREFIX:-cpu_s_}PART for each part
  local name
  while IFS== read -r name after; do
    local before; before="$(sed -n "s/^$name=//p" <<< "$1")"
    record "${3:-cpu_s_}$name" "$(python3 -c "print(round($after - $before, 1))")"
  done <<< "$2"
}

# check_timelines DIR START CPU_BEFORE: waits until cases-service has changed no case for 3 s, then compares every case with the
# corpus' expected timeline (fails unless all are right); records quiet_for_seconds, quiet_seconds, checked_seconds
# (from START, a date +%s.%N) and cpu_s_PART from CPU_BEFORE (a cpu_snapshot) up to the quiet, and sets last_change_seconds: from START to the last
# change of a case. The CPU is counted up to the moment the check starts reading every case (it says "quiet" once
# cases-service has changed no case for 3 s): reading 100,000 cases one at a time is the measuring tool's work, not
# the pipeline's.
check_timelines() {
  local corpus="$1" start="$2" cpu_before="$3"
  rm -f "$work/cpu-quiet"
  corpus_tool check http://127.0.0.1:8082 "$corpus" 1800 | while IFS= read -r line; do
    echo "$line"
    if [[ "$line" == quiet:* ]]; then
      cpu_snapshot > "$work/cpu-quiet"
      record quiet_for_seconds "$(sed -n 's/.* for \([0-9]*\) s.*/\1/p' <<< "$line")" > /dev/null
      record quiet_seconds "$(seconds_since "$start")" > /dev/null
    fi
  done | tee "$work/check.out"
  record checked_seconds "$(seconds_since "$start")"
  cpu_delta "$cpu_before" "$(if [[ -s "$work/cpu-quiet" ]]; then cat "$work/cpu-quiet"; else cpu_snapshot; fi)"
  local last_change; last_change="$(sed -n 's/.* lastChange=\([^ ]*\).*/\1/p' "$work/check.out")"
  last_change_seconds="$(python3 -c "from datetime import datetime as d
print(round(d.fromisoformat('$last_change'.replace('Z', '+00:00')).timestamp() - $start, 1))")"
}
