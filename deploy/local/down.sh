#!/usr/bin/env bash
# Stops everything deploy/local/up.sh started, by pid (never by name), keeping the data.
#   --wipe  also drops the databases up.sh created and deletes the broker's and the embedded PostgreSQL's data and
#           the token signing key pair, so the next up.sh starts empty (and tokens made before no longer work).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
wipe=false
[[ "${1:-}" == "--wipe" ]] && wipe=true

stop_pid() {
  local name="$1" file="$2"
  if pid_alive "$file"; then
    local pid; pid="$(cat "$file")"
    kill "$pid"
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.5; done
    kill -0 "$pid" 2>/dev/null && kill -9 "$pid"
    echo "Stopped $name"
  fi
  rm -f "$file"
}

for s in "${SERVICES[@]}"; do stop_pid "$s" "$state/$s.pid"; done
"$root/deploy/local/kafka.sh" stop
if $wipe && [[ -f "$state/created-databases" ]] && port_open "$PG_PORT"; then
  # shellcheck disable=SC2046
  local_setup databases drop "jdbc:postgresql://127.0.0.1:$PG_PORT/postgres" postgres $(sort -u "$state/created-databases") \
    | sed 's/^/Dropped database /' || true
  rm -f "$state/created-databases"
fi
stop_pid "PostgreSQL (embedded)" "$state/postgres.pid"
if $wipe; then
  rm -rf "$state/kafka" "$state/postgres" "$state/logs" "$jwt_dir"
  echo "Wiped the stored data"
fi
