#!/usr/bin/env bash
# Peak memory of a published host over the performance suite's reads, on a database the suite kept
# (`--keep` with SIRIUS_TEST_POSTGRES): sign-in of its three actors, /pilotage 21 times for the national administrator and
# the région observer, /espace/resultats 21 times for the CFA, then wrk (8 connections, 10 s) on /health/live, the API and
# the widget of the busiest formation. Prints the host's VmHWM after each step, then requests/s and p99 per URL.
# Extra arguments are environment variables for the host, e.g. DOTNET_gcServer=1 to compare garbage collectors.
#
#   bench/memory-peak.sh PUBLISH_DIR POSTGRES_CONNECTION_STRING CFD [NAME=VALUE...]
#
# Needs curl and wrk (apt install wrk).
set -euo pipefail
dir=$1 connection=$2 cfd=$3; shift 3
port=5098
base="http://127.0.0.1:$port"
jars=$(mktemp -d)
trap 'kill "$pid" 2>/dev/null || true; rm -rf "$jars"' EXIT

(cd "$dir" && exec env "$@" ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning \
  Database__Provider=Postgres Database__ConnectionString="$connection" dotnet Sirius.Host.dll >/dev/null 2>&1) &
pid=$!
until curl -sf -o /dev/null "$base/health/ready"; do
  kill -0 "$pid" 2>/dev/null || { echo "the host stopped" >&2; exit 1; }
  sleep 0.1
done

peak() { printf '%s %s MiB\n' "$1" "$(awk '/VmHWM/ {print int($2 / 1024)}' "/proc/$pid/status")"; }

sign_in() {
  local jar="$jars/$1" token
  token=$(curl -s -c "$jar" -b "$jar" "$base/connexion" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"$//')
  curl -s -o /dev/null -c "$jar" -b "$jar" --data-urlencode "Input.Email=$1" --data-urlencode 'Input.Password=Apprentissage-2026!' \
    --data-urlencode "__RequestVerificationToken=$token" "$base/connexion"
}

peak ready
for actor in admin@perf.sirius.test observateur@perf.sirius.test cfa@perf.sirius.test; do sign_in "$actor"; done
for actor in admin@perf.sirius.test observateur@perf.sirius.test; do
  for _ in $(seq 21); do curl -s -o /dev/null -b "$jars/$actor" "$base/pilotage"; done
  peak "/pilotage ($actor)"
done
for _ in $(seq 21); do curl -s -o /dev/null -b "$jars/cfa@perf.sirius.test" "$base/espace/resultats"; done
peak /espace/resultats
for url in /health/live "/api/v1/formations/$cfd" "/widget/formation/$cfd"; do
  curl -s -o /dev/null "$base$url"
  printf '%s: %s\n' "$url" "$(wrk -t1 -c8 -d10s --latency "$base$url" | awk '/ 99%/ {p = $2} /Requests\/sec/ {r = $2} END {print r " req/s, p99 " p}')"
  peak "after $url"
done
