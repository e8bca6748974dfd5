#!/usr/bin/env bash
# Prints a bearer token for the local system, valid for an hour, signed with the key pair up.sh made in
# .sagsspor/jwt (issuer urn:sagsspor:local, audience sagsspor; subject: your user name):
#   deploy/local/token.sh [ROLE...]
# ROLE is writer (documents:write: post and withdraw documents) or reader (documents:read: read them when
# ingest-service runs with SAGSSPOR_SECURITY_READS_REQUIRE_ROLE=true), or the role's full name; none: every role.
#   curl -H "Authorization: Bearer $(deploy/local/token.sh writer)" -H 'Content-Type: text/plain' \
#        --data-binary @samples/minutes/2026-02-04-tmu.txt http://localhost:8080/documents
# Needs only the JDK (and the built test-support module, which up.sh builds).
set -euo pipefail
source "$(dirname "${BASH_SOURCE[0]}")/lib.sh"
[[ -f "$root/test-support/target/runtime.classpath" ]] || { echo "not built yet: run deploy/local/up.sh first" >&2; exit 1; }
exec java -cp "$(setup_classpath)" dk.sagsspor.testsupport.LocalSetupMain token "$jwt_dir" "$JWT_ISSUER" "$JWT_AUDIENCE" "$@"
