#!/usr/bin/env bash
# How many decisions a second each half of the pipeline takes when it has the machine to itself (issue 13: how many
# one instance takes, and which half to scale out first), written into docs/benchmarks.md:
#   benchmarks/capacity.sh [MINUTES]          # default 5000 synthetic minutes documents; SEED=13, SKIP_BUILD=1,
#                                             # BATCH=20 (documents a request; 1: POST /documents)
#
# 1. builds, generates the corpus and starts everything from empty as pipeline.sh does, then stops cases-service;
# 2. the intake alone: posts the corpus and waits until ingest-service has relayed every event (its outbox empty) and
#    meetings-service has applied every meeting (its message log holds one a document): ingest-service, its
#    PostgreSQL work and meetings-service, with the machine theirs;
# 3. cases-service alone: starts it with that backlog (every decision waiting on agenda-item-decided) and waits until
#    every timeline is the expected one: decisions a second from its JVM's launch (its start counted in) to its last
#    change of a case, and the CPU seconds of each part from that launch until it had changed no case for 3 s
#    (PostgreSQL's include whatever autovacuum still does after the intake's writes).
# Writes the section "Each half alone" of docs/benchmarks.md; raw numbers in benchmarks/results/capacity-MINUTES.env.
# Needs what pipeline.sh needs, and psql (the counts it waits on, read every 0.2 s: a JVM a poll would take the machine
# it measures).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$root"
MINUTES="${1:-5000}"
SEED="${SEED:-13}"
# Documents a request: a backfill posts to POST /documents/batch, one transaction a batch (BATCH=1: POST /documents,
# one document a request).
BATCH="${BATCH:-20}"
export SAGSSPOR_DB_SUFFIX=_bench
work="benchmarks/target/capacity"
corpus="$work/corpus-$MINUTES-$SEED"
results="benchmarks/results/capacity-$MINUTES.env"
source deploy/local/lib.sh  # DATABASE, PG_PORT, local_setup, PORT and http_status, as up.sh uses them
source benchmarks/lib.sh    # start_results, record, generate_corpus, start_from_empty, post_corpus, check_timelines, ...
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

count() {  # count DATABASE TABLE [WHERE]: its rows; fails when the database does not answer
  local rows
  rows="$(psql -w -h 127.0.0.1 -p "$PG_PORT" -U postgres -d "$1" -tAc "select count(*) from $2 ${3:+where $3}")" \
    && [[ "$rows" =~ ^[0-9]+$ ]] || { echo "capacity.sh: could not count $2 in $1" >&2; exit 1; }
  echo "$rows"
}
# await WHAT CONDITION...: polls the condition every 0.2 s for at most 30 minutes, as the check waits for the timelines.
await() {
  local what="$1" deadline=$((SECONDS + 1800)); shift
  until "$@"; do
    (( SECONDS < deadline )) || { echo "capacity.sh: gave up waiting for $what" >&2; exit 1; }
    sleep 0.2
  done
}
# The conditions await polls; a count that fails ends the run (exit, from a condition too).
relayed() {  # nothing left to send in ingest-service's outbox; an event set aside (never sendable) fails the run
  local outbox="${DATABASE[ingest-service]}" aside pending
  aside="$(count "$outbox" outbox_event "set_aside_at is not null")" || exit 1
  (( aside == 0 )) || { echo "capacity.sh: ingest-service set $aside events aside (outbox_event)" >&2; exit 1; }
  pending="$(count "$outbox" outbox_event "published_at is null")" || exit 1
  (( pending == 0 ))
}
meetings_applied() {
  local applied; applied="$(count "${DATABASE[meetings-service]}" message_log)" || exit 1
  (( applied >= MINUTES ))
}
cases_changed() {
  local views; views="$(count "${DATABASE[cases-service]}" case_view)" || exit 1
  (( views > 0 ))
}
echo "==> the intake alone: posting $MINUTES minutes, cases-service stopped"
cpu_before="$(cpu_snapshot)"
post_start=$(date +%s.%N)
post_corpus "$corpus"
record post_seconds "$(seconds_since "$post_start")"
await "ingest-service's outbox to be sent" relayed
record relayed_seconds "$(seconds_since "$post_start")"
# meeting-published is one event a document: meetings-service's message log holds one row for each it applied.
await "meetings-service to apply every meeting" meetings_applied
record intake_seconds "$(seconds_since "$post_start")"
cpu_delta "$cpu_before" "$(cpu_snapshot)" intake_cpu_s_

echo "==> cases-service alone, with every decision waiting"
# Timed from its JVM's launch (up.sh's own setup before it is not the service's work), as pipeline.sh times a restart.
start_timed cases-service "$work/up-cases.log"
record cases_ready_seconds "$ready_seconds"
# The check calls cases-service quiet once no case changed for 3 s: not before it changed the first.
await "cases-service's first case" cases_changed
check_timelines "$corpus" "$launched" "$cpu_at_launch"
record cases_seconds "$last_change_seconds"
record rss_mb_cases "$(( $(ps -o rss= -p "$(cat .sagsspor/cases-service.pid)") / 1024 ))"
record load_after "$(cut -d' ' -f1 /proc/loadavg)"
python3 benchmarks/capacity-to-markdown.py --results "$results" --out docs/benchmarks.md \
  --command "benchmarks/capacity.sh $MINUTES (SEED=$SEED)" --nproc "$(nproc)" \
  --cpu "$(grep -m1 '^model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//')" \
  --date "$(date -u '+%Y-%m-%d %H:%M UTC')"
echo "==> wrote docs/benchmarks.md (raw numbers in $results)"
