#!/usr/bin/env bash
# Posts minutes to a running ingest-service and prints, per file, what became of it:
#   deploy/local/ingest.sh DIR|FILE...
# .pdf is sent as application/pdf, .md as text/markdown, anything else as text/plain (charset detected by the
# service). Needs only the JDK: the HTTP client is deploy/local/Client.java, run as a source file.
set -uo pipefail
(( $# )) || { echo "usage: $0 DIR|FILE..." >&2; exit 64; }
exec java "$(dirname "${BASH_SOURCE[0]}")/Client.java" ingest "${SAGSSPOR_INGEST_URL:-http://localhost:8080}" "$@"
