#!/usr/bin/env bash
# Checks the committed OpenAPI documents (docs/api/*.yaml, kept equal to what the services serve by each service's
# OpenApiSnapshotTest): Spectral's OpenAPI rules with no errors, schema names that mean one thing across the three,
# a TypeScript client generated from each (openapi-typescript), and a small timeline page type-checked against them.
# Needs node and npm (Debian packages nodejs, npm); the tools come from npm at the versions package-lock.json pins.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"

npm ci --no-audit --no-fund --loglevel=error
for service in ingest meetings cases; do
  npx --no-install spectral lint --ruleset .spectral.yaml --fail-severity error --display-only-failures \
    "$service.yaml"
done
node check-names.mjs
mkdir -p generated
for service in ingest meetings cases; do
  npx --no-install openapi-typescript "$service.yaml" --output "generated/$service.ts" >/dev/null
done
npx --no-install tsc -p tsconfig.json
echo "docs/api: specs lint clean, clients generated, example type-checks."
