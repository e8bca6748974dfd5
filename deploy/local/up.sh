#!/usr/bin/env bash
# Starts the whole system on this machine, without Docker: a Kafka broker (KRaft, from Maven Central), PostgreSQL
# (the local server when one answers on 5432, else an embedded real one), the databases and topics, and the three
# services on 8080/8081/8082 and the web pages on 8083. Waits until each is ready, prints where everything is, and returns.
# Idempotent: what already runs is left alone. Logs and pids live in .sagsspor/ (git-ignored).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
mkdir -p "$logs"
cd "$root"

missing=()
for s in "${SERVICES[@]}"; do [[ -f "$s/target/quarkus-app/quarkus-run.jar" ]] || missing+=("$s"); done
[[ -f test-support/target/runtime.classpath ]] || missing+=(test-support)
if (( ${#missing[@]} )); then
  echo "Building ${missing[*]} (first run takes a few minutes)..."
  ./mvnw -q package -DskipTests
fi

ensure_keys
deploy/local/kafka.sh start

if port_open "$PG_PORT"; then
  if pid_alive "$state/postgres.pid"; then echo "PostgreSQL (embedded) running on 127.0.0.1:$PG_PORT"
  else echo "PostgreSQL: using the server on 127.0.0.1:$PG_PORT"; fi
else
  echo "No PostgreSQL on 127.0.0.1:$PG_PORT: starting an embedded one (data in .sagsspor/postgres)"
  nohup java -cp "$(setup_classpath)" dk.sagsspor.testsupport.EmbeddedPostgresMain "$PG_PORT" "$state/postgres" \
    > "$logs/postgres.log" 2>&1 &
  echo $! > "$state/postgres.pid"
  for _ in $(seq 1 120); do port_open "$PG_PORT" && break; sleep 0.5; done
  port_open "$PG_PORT" || { echo "PostgreSQL did not start; see $logs/postgres.log" >&2; exit 1; }
fi

created="$(local_setup databases create "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres \
  "${DATABASE[@]}")" || { echo "Could not create the databases on 127.0.0.1:$PG_PORT as user postgres" >&2; exit 1; }
for db in $created; do echo "Created database $db"; echo "$db" >> "$state/created-databases"; done
local_setup topics "$KAFKA" 6 "${TOPICS[@]}" | sed 's/^/Created topic /' || true

# Sized for a small machine (issue 13; the same in the images docker-compose.yml and deploy/k8s run). Heaps may grow
# to 256 MB for ingest (it parses PDFs), 128 MB for meetings and 112 MB for cases, but start at 64 MB (cases at 88 MB,
# below) and give memory back after a full collection when more than 30 % is free: each service lives in 20-60 MB of
# heap, while class metadata, code and symbols take about 200 MB beside it, and a heap that starts at its maximum kept
# cases at 350 MB resident. The serial collector (no parallel GC threads to feed on 2 cores) and only the C1
# compiler: on 2 cores C2 spent a core for minutes compiling framework code and its arenas stayed resident, so the
# pipeline ran at half the speed (docs/performance.md). Two malloc arenas instead of one per thread keep RSS down,
# and so does jdk.nio.maxCachedBufferSize: the JDK keeps, per thread, a native copy of the largest buffer a socket
# read into, and the Kafka consumers' fetches left 13 MB of them in cases-service.
# SAGSSPOR_JAVA_OPTS replaces the JVM options.
# A service starts about a third faster from a class archive of its own (CDS): its classes already parsed, verified
# and laid out, as the previous run of the same build loaded them. A run without a current archive writes one when it
# stops (the JVM writes the archive's header last, so a run killed while writing leaves one the next JVM refuses, not
# one it trusts). SAGSSPOR_CLASS_ARCHIVES=false turns this off.
class_archive() {
  [[ "${SAGSSPOR_CLASS_ARCHIVES:-true}" == true ]] || return 0
  local app="$1/target/quarkus-app" archive="$state/cds/$1.jsa"
  mkdir -p "$state/cds"
  if [[ -s "$archive" && -z "$(find "$app" -newer "$archive" -print -quit)" ]]; then
    echo "-XX:SharedArchiveFile=$archive"
  else
    rm -f "$archive"
    echo "-XX:ArchiveClassesAtExit=$archive"
  fi
}
declare -A HEAP=([ingest-service]=256m [meetings-service]=128m [cases-service]=112m [web]=128m)
# cases-service kept about 50 MB live in a 100,000-case backfill (35 MB since its consumers hold fewer fetched
# records; 16 MB of kept answers after the reads): with 80 MB and the default third
# of the heap young, its old generation (54 MB) was full, 2,000 full collections in a 100,000-case backfill; with a
# 16 MB young generation (old 64 MB) still 400. 96 MB with 16 MB young left the old generation 80 MB; 112 MB with 32 MB
# young keeps those 80 MB and lets a batch's working data die young instead of being promoted: in a 100,000-case run
# (issue 13, docs/performance.md) its collector took 21 CPU-seconds instead of 34 (16 % of the service instead of 21 %),
# for 287 MB resident after the reads instead of 264.
declare -A YOUNG=([cases-service]=32m)
# cases-service starts at 88 MB instead of 32 (72 MB while its young generation was 16 MB): its old generation then
# never falls below 56 MB. With 32 MB and 20 % free after a collection it stood at 30-40 MB over about 28 MB live
# during a backfill, and the batches' working data promoted past the survivor spaces filled the few MB left every 2-3
# s: 51 full collections, 12.8 s of its 29 s of CPU, while posting 5,000 minutes; 17 (4.2 s) with 72 MB, resident 267
# MB after the reads instead of 264. ingest-service and meetings-service start at 64 MB for the same reason: while
# posting 5,000 minutes meetings-service made 7 full collections from 32 MB and 2 from 64, ingest-service 2 and none,
# for 13-22 MB more resident.
declare -A INITIAL=([ingest-service]=64m [meetings-service]=64m [cases-service]=88m)
# After a full collection a heap with more free than MAX_FREE % gives memory back, one with less than MIN_FREE % grows.
# 10 and 30 kept each old generation a few MB above its live data: 22-27 full collections in cases-service during a
# 2,000-minute backfill, a third of its CPU; 6 with 30/60, 12 with cases-service's 20/50 (its live data grows with
# the cases, and its resident memory is the closest to 300 MB).
declare -A MIN_FREE=([ingest-service]=30 [meetings-service]=30 [cases-service]=20 [web]=30)
declare -A MAX_FREE=([ingest-service]=60 [meetings-service]=60 [cases-service]=50 [web]=60)
for s in "${SERVICES[@]}"; do
  if pid_alive "$state/$s.pid"; then echo "$s already running (pid $(cat "$state/$s.pid"))"; continue; fi
  if port_open "${PORT[$s]}"; then echo "Port ${PORT[$s]} is taken by another process; $s cannot start" >&2; exit 1; fi
  QUARKUS_HTTP_PORT="${PORT[$s]}" \
  QUARKUS_DATASOURCE_JDBC_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/${DATABASE[$s]:-}" \
  QUARKUS_DATASOURCE_USERNAME=postgres QUARKUS_DATASOURCE_PASSWORD="${PGPASSWORD:-}" \
  KAFKA_BOOTSTRAP_SERVERS="$KAFKA" \
  MP_JWT_VERIFY_PUBLICKEY_LOCATION="file:$jwt_dir/public.pem" MP_JWT_VERIFY_ISSUER="$JWT_ISSUER" \
  MP_JWT_VERIFY_AUDIENCES="$JWT_AUDIENCE" \
  MALLOC_ARENA_MAX="${MALLOC_ARENA_MAX:-2}" \
    nohup java ${SAGSSPOR_JAVA_OPTS:--Xms${INITIAL[$s]:-32m} -Xmx${HEAP[$s]} ${YOUNG[$s]:+-Xmn${YOUNG[$s]}} -XX:MinHeapFreeRatio=${MIN_FREE[$s]} -XX:MaxHeapFreeRatio=${MAX_FREE[$s]} -XX:+UseSerialGC -XX:TieredStopAtLevel=1 -Djdk.nio.maxCachedBufferSize=262144} \
      $(class_archive "$s") -jar "$s/target/quarkus-app/quarkus-run.jar" > "$logs/$s.log" 2>&1 &
  echo $! > "$state/$s.pid"
  echo "Starting $s on port ${PORT[$s]} (log: .sagsspor/logs/$s.log)"
done

for s in "${SERVICES[@]}"; do
  for _ in $(seq 1 180); do
    [[ "$(http_status "${PORT[$s]}" /q/health/ready)" == 200 ]] && break
    pid_alive "$state/$s.pid" || { echo "$s stopped; see $logs/$s.log" >&2; tail -20 "$logs/$s.log" >&2; exit 1; }
    sleep 0.5
  done
  [[ "$(http_status "${PORT[$s]}" /q/health/ready)" == 200 ]] || { echo "$s not ready after 90 s; see $logs/$s.log" >&2; exit 1; }
done

cat <<INFO

Sagsspor is up.
  ingest-service    http://localhost:8080/documents       Swagger UI http://localhost:8080/q/swagger-ui
  meetings-service  http://localhost:8081/meetings        Swagger UI http://localhost:8081/q/swagger-ui
  cases-service     http://localhost:8082/cases           Swagger UI http://localhost:8082/q/swagger-ui
  web pages         http://localhost:8083/                (a case: http://localhost:8083/sager/26-000412)
  live case stream  http://localhost:8082/cases/stream    (curl -N)
  Kafka $KAFKA, PostgreSQL 127.0.0.1:$PG_PORT, logs in .sagsspor/logs
Ingest minutes: deploy/local/ingest.sh samples/minutes     Stop: deploy/local/down.sh [--wipe]
Writes need a token: deploy/local/token.sh (paste it into the Swagger UI's Authorize, or curl -H "Authorization: Bearer ...")
INFO
