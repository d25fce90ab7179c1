#!/usr/bin/env bash
# Cold start A/B: starts each published host in turn, ROUNDS times, and prints the time from the process start to
# the first 200 on /health/ready, then each build's median. The probe is bash's own /dev/tcp every 10 ms: a curl
# process per probe would take CPU from the host on a 2-core machine. The hosts share one SQLite directory,
# migrated by the first start, so every measured start is a restart on existing data.
#
#   bench/cold-start.sh ROUNDS PUBLISH_DIR [PUBLISH_DIR...]
#
# A publish directory holds either the apphost `Sirius.Host` (self-contained) or `Sirius.Host.dll`.
set -euo pipefail
rounds=$1; shift
data=$(mktemp -d)
port=5099
trap 'rm -rf "$data"' EXIT

ready() {
  local status=""
  { exec 3<>"/dev/tcp/127.0.0.1/$port"; } 2>/dev/null || return 1
  printf 'GET /health/ready HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n' >&3
  read -r _ status _ <&3 || true
  exec 3<&-
  [ "$status" = 200 ]
}

start_once() {
  local dir=$1 command
  if [ -x "$dir/Sirius.Host" ]; then command=("$dir/Sirius.Host"); else command=(dotnet "$dir/Sirius.Host.dll"); fi
  local begin end pid
  begin=$(date +%s%N)
  (cd "$dir" && exec env Database__Provider=Sqlite Database__SqliteDirectory="$data" \
    Sirius__Administrator__Email=admin@example.fr Sirius__Administrator__Password='Cold-start-2026!' \
    Invitations__UnsubscribeKey=cold-start-unsubscribe-key-0123456789 ASPNETCORE_URLS="http://127.0.0.1:$port" \
    ASPNETCORE_ENVIRONMENT=Production Logging__LogLevel__Default=Warning "${command[@]}" >/dev/null 2>&1) &
  pid=$!
  until ready; do
    kill -0 "$pid" 2>/dev/null || { echo "the host in $dir stopped" >&2; exit 1; }
    sleep 0.01
  done
  end=$(date +%s%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo $(( (end - begin) / 1000000 ))
}

start_once "$1" >/dev/null  # migrates the shared directory; not measured
declare -A times
echo "round | $*"
for round in $(seq 1 "$rounds"); do
  line="$round"
  for dir in "$@"; do
    ms=$(start_once "$dir")
    times[$dir]+="$ms "
    line+=" | $ms"
  done
  echo "$line"
done
line="median"
for dir in "$@"; do
  line+=" | $(echo "${times[$dir]}" | tr ' ' '\n' | grep . | sort -n | awk '{a[NR]=$1} END {print (NR % 2) ? a[(NR+1)/2] : (a[NR/2] + a[NR/2+1]) / 2}')"
done
echo "$line"
