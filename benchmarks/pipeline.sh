#!/usr/bin/env bash
# The whole system measured in one run on this machine (issue 13), its results written into docs/benchmarks.md:
#   benchmarks/pipeline.sh [MINUTES]          # default 300 synthetic minutes documents
#   SEED=7 benchmarks/pipeline.sh 1000
#   SKIP_BUILD=1 benchmarks/pipeline.sh 100   # use the jars already built
#   BATCH=1 benchmarks/pipeline.sh 1000       # one document a request (default: batches of 20 to /documents/batch)
#
# 1. builds the services and the benchmarks jar, generates a corpus (CorpusGenerator, deterministic by SEED);
# 2. starts everything with deploy/local/up.sh from empty (databases with suffix _bench), recording each service's
#    startup time;
# 3. measures the limits: Kafka's own ProducerPerformance (1 KB records, acks=all; the best of five runs, the broker
#    warm) and wrk on /q/health/live (after a warm-up);
# 4. posts the corpus and waits until every case's timeline in cases-service is the expected one: decisions/s, counted
#    to the last change of a case the check found right (the check reads one case at a time and finishes minutes
#    later at 100,000 cases; when it finished is recorded too), and the CPU seconds each part used until cases-service
#    had changed no case for 3 s, before the check reads them all (each service, the broker, PostgreSQL, the machine);
# 5. loads GET /cases/{n} (random n), /cases?status=IN_PROGRESS and meetings-service's search with wrk, 32 connections,
#    each after a warm-up of 15 s that is not recorded (at 10,000 cases it takes that long to have read each once);
#    search again from one connection with Cache-Control: no-cache, so each request is read from the database (the
#    databases analysed first, as autovacuum would have by then);
# 6. records each service's RSS, restarts each service alone (startup while the rest runs), stops everything
#    (down.sh --wipe) and writes the table.
# Uses the fixed ports of deploy/local (8080-8082, 9092-9093): run it where nothing else uses them (the project's
# helpers take the shared e2e lock: flock /work/e2e.lock benchmarks/pipeline.sh). Needs a JDK 17, python3 and wrk
# (apt-get install wrk).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
MINUTES="${1:-300}"
SEED="${SEED:-13}"
# Documents a request: a backfill posts to POST /documents/batch, one transaction a batch (BATCH=1: POST /documents,
# one document a request).
BATCH="${BATCH:-20}"
CONNECTIONS="${CONNECTIONS:-32}"
DURATION="${DURATION:-15s}"
WARMUP="${WARMUP:-15s}"
PERF_RECORDS="${PERF_RECORDS:-200000}"
export SAGSSPOR_DB_SUFFIX=_bench
work="benchmarks/target/pipeline"
corpus="$work/corpus-$MINUTES-$SEED"
# One file per corpus size, kept in the repository: the scaling table in docs/benchmarks.md is made of every size
# measured so far, on whichever machine ran it last.
results="benchmarks/results/results-$MINUTES.env"
source deploy/local/lib.sh  # DATABASE, PG_PORT, local_setup, PORT and http_status, as up.sh uses them
source benchmarks/lib.sh    # start_results, record, generate_corpus, start_from_empty, post_corpus, check_timelines, ...
start_results
echo "connections=$CONNECTIONS" >> "$results"
echo "duration=$DURATION" >> "$results"
echo "warmup=$WARMUP" >> "$results"

command -v wrk >/dev/null || { echo "pipeline.sh: wrk is needed (apt-get install wrk)" >&2; exit 1; }
command -v python3 >/dev/null || { echo "pipeline.sh: python3 is needed to write docs/benchmarks.md" >&2; exit 1; }

if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "==> building"
  ./mvnw -B -q -ntp package -DskipTests -pl ingest-service,cases-service,meetings-service,benchmarks -am
fi
tools="$work/kafka-tools"
if ! ls "$tools"/kafka-tools-*.jar >/dev/null 2>&1; then
  # ProducerPerformance lives in kafka-tools; the rest of its classpath is the broker's (test-support).
  ./mvnw -B -q -ntp dependency:copy -Dartifact=org.apache.kafka:kafka-tools:4.1.1 -DoutputDirectory="$tools"
fi

generate_corpus "$corpus"
record load_before "$(cut -d' ' -f1 /proc/loadavg)"
record jvm_opts "$(sed -n 's/.*nohup java \${SAGSSPOR_JAVA_OPTS:-\(.*\)} *\\$/\1/p' deploy/local/up.sh | sed 's/-Xms\${INITIAL\[\$s\]:-\([^}]*\)}/-Xms\1/; s/-Xmx\${HEAP\[\$s\]} //; s/\${YOUNG[^ ]*} //; s/ -XX:MinHeapFreeRatio=[^ ]*//; s/ -XX:MaxHeapFreeRatio=[^ ]*//'); -Xmx: $(sed -n 's/^declare -A HEAP=(\(.*\))/\1/p' deploy/local/up.sh); -Xms where not 32m: $(sed -n 's/^declare -A INITIAL=(\(.*\))/\1/p' deploy/local/up.sh); -Xmn: $(sed -n 's/^declare -A YOUNG=(\(.*\))/\1/p' deploy/local/up.sh); -XX:MinHeapFreeRatio: $(sed -n 's/^declare -A MIN_FREE=(\(.*\))/\1/p' deploy/local/up.sh); -XX:MaxHeapFreeRatio: $(sed -n 's/^declare -A MAX_FREE=(\(.*\))/\1/p' deploy/local/up.sh); class archives ${SAGSSPOR_CLASS_ARCHIVES:-true}; MALLOC_ARENA_MAX=${MALLOC_ARENA_MAX:-2}"

start_from_empty
for s in ingest-service meetings-service cases-service; do
  # Quarkus logs "started in 1.234s" once it listens.
  record "startup_${s%%-*}" "$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' ".sagsspor/logs/$s.log" | tail -1)"
done

# wrk with a Lua hook that prints one line: requests/s, p50/p95/p99 in ms, errors.
cat > "$work/report.lua" <<'LUA'
local cases = {}
local file = os.getenv("CASE_NUMBERS")
if file and file ~= "" then for line in io.lines(file) do cases[#cases + 1] = line end end
local counter = 0
setup = function(thread) counter = counter + 1; thread:set("id", counter) end
init = function() math.randomseed(os.time() + (id or 0)) end
request = function()
  if #cases > 0 then return wrk.format("GET", "/cases/" .. cases[math.random(#cases)]) end
  return wrk.format("GET")
end
done = function(summary, latency, requests)
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
      + summary.errors.status
  io.write(string.format("RESULT rps=%.0f p50=%.2f p95=%.2f p99=%.2f errors=%d\n",
      summary.requests / (summary.duration / 1e6), latency:percentile(50) / 1000, latency:percentile(95) / 1000,
      latency:percentile(99) / 1000, errors))
end
LUA
load() {  # [CONNS=n] [HEADER="Name: value"] load NAME URL [CASE_NUMBERS]
  local name="$1" url="$2" conns="${CONNS:-$CONNECTIONS}"
  local args=(-t"$(( conns < 2 ? conns : 2 ))" -c"$conns" -s "$work/report.lua")
  [[ -n "${HEADER:-}" ]] && args+=(-H "$HEADER")
  # A warm-up first, not recorded: the JIT, the pools and kept answers settle, as they have in a service that runs.
  CASE_NUMBERS="${3:-}" wrk "${args[@]}" -d"$WARMUP" "$url" > /dev/null 2>&1
  CASE_NUMBERS="${3:-}" wrk "${args[@]}" -d"$DURATION" "$url" > "$work/wrk-$name.out" 2>&1
  local line; line="$(grep '^RESULT' "$work/wrk-$name.out")"
  for kv in ${line#RESULT }; do record "${name}_${kv%%=*}" "${kv#*=}"; done
}

echo "==> limits: Kafka ProducerPerformance (1 KB, acks=all), wrk on /q/health/live"
broker_cp="$(cat test-support/target/classes/dk/sagsspor/testsupport/kafka-broker.classpath)"
# The broker's limit is the best of PERF_RUNS runs (default 5), as /q/health/live's is measured after a warm-up: a
# broker just started is cold, its JIT still compiling. Six runs in a row on an idle machine here: 36,062, 50,620,
# 64,433, 73,937, 69,711 and 72,516 records a second; a single first run, as every run before 2026-12-07 measured it,
# also moved from 16,000 to 38,000 between runs. Every run's rate is recorded (kafka_records_per_s_runs; the first is
# the cold one).
perf_rates=()
for _ in $(seq 1 "${PERF_RUNS:-5}"); do
  java -Xmx256m -cp "$broker_cp:$(ls "$tools"/kafka-tools-*.jar)" org.apache.kafka.tools.ProducerPerformance \
    --topic pipeline-perf-test --num-records "$PERF_RECORDS" --record-size 1024 --throughput -1 \
    --producer-props bootstrap.servers=127.0.0.1:9092 acks=all > "$work/producer-perf.out" 2>&1
  perf_rates+=("$(tail -1 "$work/producer-perf.out" | sed -n 's/.* records sent, \([0-9.]*\) records\/sec.*/\1/p')")
done
# What the runs wrote (a GB) goes to disk now, not while the pipeline is measured.
sync
record kafka_records_per_s_runs "$(IFS=/; echo "${perf_rates[*]}")"
record kafka_records_per_s "$(printf '%s\n' "${perf_rates[@]}" | sort -g | tail -1)"
load live_cases http://127.0.0.1:8082/q/health/live
load live_meetings http://127.0.0.1:8081/q/health/live


echo "==> pipeline: posting $MINUTES minutes, waiting for every timeline"
cpu_before="$(cpu_snapshot)"
post_start=$(date +%s.%N)
post_corpus "$corpus"
record post_seconds "$(seconds_since "$post_start")"
check_timelines "$corpus" "$post_start" "$cpu_before"
record pipeline_seconds "$last_change_seconds"

# The planner's statistics, as autovacuum gathers them after a bulk load (it may not have reached every table yet):
# search decides whether to walk the newest items from the table's size (NewestWalk).
local_setup databases analyze "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres "${DATABASE[@]}" >/dev/null

echo "==> reads"
load case http://127.0.0.1:8082 "$root/$work/case-numbers.txt"
load case_page "http://127.0.0.1:8082/cases?status=IN_PROGRESS"
load search "http://127.0.0.1:8081/search?q=sv%C3%B8mmehallen"
# The same search read from the database every time, by one reader: what a search asked for the first time costs.
CONNS=1 HEADER="Cache-Control: no-cache" load search_fresh "http://127.0.0.1:8081/search?q=sv%C3%B8mmehallen"
for s in ingest-service meetings-service cases-service; do
  record "rss_mb_${s%%-*}" "$(( $(ps -o rss= -p "$(cat ".sagsspor/$s.pid")") / 1024 ))"
done

# Startup alone: each service stopped and started again by up.sh while the others run (a restart or a new instance),
# as its log says ("started in"), and the time from its JVM's launch until it answers ready, polled every 20 ms (up.sh's
# own checks before it launches the JVM are not the service's start). Stopping it first also lets it write its class
# archive (up.sh), as a service that ran before has one.
for s in ingest-service meetings-service cases-service; do
  old_pid="$(cat ".sagsspor/$s.pid")"
  kill "$old_pid"
  while kill -0 "$old_pid" 2>/dev/null; do sleep 0.2; done
  start_timed "$s" "$work/restart-$s.log"
  record "restart_ready_${s%%-*}" "$ready_seconds"
  record "restart_${s%%-*}" "$(sed -n 's/.* started in \([0-9.]*\)s.*/\1/p' ".sagsspor/logs/$s.log" | tail -1)"
done

record load_after "$(cut -d' ' -f1 /proc/loadavg)"
python3 benchmarks/pipeline-to-markdown.py --results "$results" --scaling benchmarks/results/results-*.env --out docs/benchmarks.md \
  --command "benchmarks/pipeline.sh $MINUTES (SEED=$SEED)" --nproc "$(nproc)" \
  --cpu "$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
  --memory "$(free -m | awk '/^Mem:/ {print $2 " MB"}')" --java "$(java -version 2>&1 | head -n 1)" \
  --date "$(date -u '+%Y-%m-%d %H:%M UTC')"
echo "==> wrote docs/benchmarks.md (raw numbers in $results)"
