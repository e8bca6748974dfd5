#!/usr/bin/env bash
# How many decisions a second each half of the pipeline takes when it has the machine to itself (issue 13: how many
# one instance takes, and which half to scale out first), written into docs/benchmarks.md:
#   benchmarks/capacity.sh [MINUTES]          # default 5000 synthetic minutes documents; SEED=13, SKIP_BUILD=1
#
# 1. builds, generates the corpus and starts everything from empty as pipeline.sh does, then stops cases-service;
# 2. the intake alone: posts the corpus and waits until ingest-service has relayed every event (its outbox empty) and
#    meetings-service has applied every meeting (its message log holds one a document): ingest-service, its
#    PostgreSQL work and meetings-service, with the machine theirs;
# 3. cases-service alone: starts it with that backlog (every decision waiting on agenda-item-decided) and waits until
#    every timeline is the expected one: decisions a second from its JVM's launch (its start counted in) to its last
#    change of a case, and the CPU seconds of each part until it had changed no case for 3 s.
# Writes the section "Each half alone" of docs/benchmarks.md; raw numbers in benchmarks/results/capacity-MINUTES.env.
# Needs what pipeline.sh needs, and psql (the two counts of step 2, read every 0.2 s: a JVM a poll would take the
# machine it measures).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
MINUTES="${1:-5000}"
SEED="${SEED:-13}"
export SAGSSPOR_DB_SUFFIX=_bench
work="benchmarks/target/capacity"
corpus="$work/corpus-$MINUTES-$SEED"
results="benchmarks/results/capacity-$MINUTES.env"
source deploy/local/lib.sh  # DATABASE, PG_PORT, local_setup, PORT and http_status, as up.sh uses them
source benchmarks/lib.sh    # record, corpus_tool, generate_corpus, start_from_empty, post_corpus, cpu_snapshot
start_results

for tool in wrk python3 psql; do
  command -v "$tool" >/dev/null || { echo "capacity.sh: $tool is needed" >&2; exit 1; }
done
if [[ -z "${SKIP_BUILD:-}" ]]; then
  echo "==> building"
  ./mvnw -B -q -ntp package -DskipTests -pl ingest-service,cases-service,meetings-service,benchmarks -am
fi
generate_corpus "$corpus"
record load_before "$(cut -d' ' -f1 /proc/loadavg)"
start_from_empty
kill "$(cat .sagsspor/cases-service.pid)"
while pid_alive .sagsspor/cases-service.pid; do sleep 0.2; done

count() {  # count DATABASE TABLE: its rows
  psql -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -tAc "select count(*) from $2"
}
echo "==> the intake alone: posting $MINUTES minutes, cases-service stopped"
cpu_before="$(cpu_snapshot)"
post_start=$(date +%s.%N)
post_corpus "$corpus"
record post_seconds "$(seconds_since "$post_start")"
until [[ "$(count "${DATABASE[ingest-service]}" outbox_event)" == 0 ]]; do sleep 0.2; done
record relayed_seconds "$(seconds_since "$post_start")"
until (( $(count "${DATABASE[meetings-service]}" message_log) >= MINUTES )); do sleep 0.2; done
record intake_seconds "$(seconds_since "$post_start")"
cpu_delta "$cpu_before" "$(cpu_snapshot)" intake_cpu_s_

echo "==> cases-service alone, with every decision waiting"
cpu_before="$(cpu_snapshot)"
launched=$(date +%s.%N)
deploy/local/up.sh > "$work/up-cases.log"
record cases_ready_seconds "$(seconds_since "$launched")"
check_timelines "$corpus" "$launched" "$cpu_before"
record cases_seconds "$last_change_seconds"
record rss_mb_cases "$(( $(ps -o rss= -p "$(cat .sagsspor/cases-service.pid)") / 1024 ))"
record load_after "$(cut -d' ' -f1 /proc/loadavg)"
python3 benchmarks/capacity-to-markdown.py --results "$results" --out docs/benchmarks.md \
  --command "benchmarks/capacity.sh $MINUTES (SEED=$SEED)" --nproc "$(nproc)" \
  --cpu "$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
  --date "$(date -u '+%Y-%m-%d %H:%M UTC')"
echo "==> wrote docs/benchmarks.md (raw numbers in $results)"
