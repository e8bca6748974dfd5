#!/usr/bin/env bash
# Checks the deployment files without Docker or a cluster:
#   - yamllint (.yamllint) over docker-compose.yml and deploy/
#   - docker-compose config -q: docker-compose.yml is a valid compose file (needs no Docker engine)
#   - kubectl kustomize deploy/k8s/base renders, when kubectl is installed (skipped otherwise)
# Installs yamllint and docker-compose from Debian's packages when they are missing (as root, as in CI).
# Run from anywhere: bash deploy/check.sh
set -uo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

fail() { echo "deploy/check.sh: FAILED: $*" >&2; exit 1; }

missing=()
command -v yamllint >/dev/null 2>&1 || missing+=(yamllint)
command -v docker-compose >/dev/null 2>&1 || missing+=(docker-compose)
if ((${#missing[@]})); then
  echo "Installing ${missing[*]} ..."
  if [[ $(id -u) -ne 0 ]]; then
    fail "${missing[*]} missing and not root: apt-get install ${missing[*]}"
  fi
  apt-get update -qq || fail "apt-get update"
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null || fail "apt-get install ${missing[*]}"
fi

echo "== yamllint -c .yamllint docker-compose.yml deploy/"
yamllint -c .yamllint docker-compose.yml deploy/ || fail "yamllint found problems (above)"

echo "== docker-compose -f docker-compose.yml config -q"
docker-compose -f docker-compose.yml config -q || fail "docker-compose.yml is not a valid compose file (above)"

if command -v kubectl >/dev/null 2>&1; then
  echo "== kubectl kustomize deploy/k8s/base"
  rendered=$(kubectl kustomize deploy/k8s/base) || fail "deploy/k8s/base does not render (above)"
  echo "$(grep -c '^kind:' <<<"$rendered") resources"
else
  echo "== kubectl not installed: kustomize rendering skipped"
fi

echo "deploy/check.sh: all checks passed"
