#!/usr/bin/env bash
# Posts minutes to a running ingest-service and prints, per file, what became of it:
#   deploy/local/ingest.sh DIR|FILE...
# .pdf is sent as application/pdf, .md as text/markdown, anything else as text/plain (charset detected by the
# service). Needs only the JDK: the HTTP client is deploy/local/Client.java, run as a source file.
# Posts with the bearer token in SAGSSPOR_TOKEN, or else one from token.sh with the role documents:write (the local
# system's key); set SAGSSPOR_TOKEN, with SAGSSPOR_INGEST_URL, to post to another system.
set -uo pipefail
(( $# )) || { echo "usage: $0 DIR|FILE..." >&2; exit 64; }
here="$(dirname "${BASH_SOURCE[0]}")"
if [[ -z "${SAGSSPOR_TOKEN:-}" ]]; then
  SAGSSPOR_TOKEN="$("$here/token.sh" writer)" || { echo "no token: deploy/local/token.sh failed" >&2; exit 1; }
fi
export SAGSSPOR_TOKEN
exec java "$here/Client.java" ingest "${SAGSSPOR_INGEST_URL:-http://localhost:8080}" "$@"
