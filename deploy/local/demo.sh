#!/usr/bin/env bash
# One command to see Sagsspor work: brings the system up (deploy/local/up.sh), ingests the project's sample minutes
# (case 26-000412 carried across four bodies), and prints that case's timeline and where to look next.
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
"$root/deploy/local/up.sh"
echo
echo "Ingesting the sample minutes:"
"$root/deploy/local/ingest.sh" "$root/samples/minutes" || true

echo
echo "Timeline of case 26-000412 (cases-service):"
java "$root/deploy/local/Client.java" timeline http://localhost:8082 26-000412
cat <<INFO

Swagger UI:        http://localhost:8080/q/swagger-ui  http://localhost:8081/q/swagger-ui  http://localhost:8082/q/swagger-ui
Token for writes:  deploy/local/token.sh   (paste it into the Swagger UI's Authorize; token.sh reader: read only)
Live case stream:  curl -N http://localhost:8082/cases/stream
Stop:              deploy/local/down.sh   (--wipe to delete the data too)
INFO
