#!/usr/bin/env bash
# Runs every test of Sirius on a fresh Debian machine: installs what is missing (PostgreSQL, Chromium,
# Node.js/npm), restores, builds and runs all test projects, then prints one summary line.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
# The sharing kit's PDF embeds Liberation Sans.
[ -f /usr/share/fonts/truetype/liberation/LiberationSans-Regular.ttf ] || missing+=(fonts-liberation)
command -v npm >/dev/null 2>&1 || missing+=(nodejs npm)
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing: ${missing[*]}"
  sudo_cmd=""; [ "$(id -u)" -ne 0 ] && sudo_cmd="sudo"
  $sudo_cmd apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo_cmd apt-get install -y -qq "${missing[@]}" >/dev/null
fi
command -v dotnet >/dev/null 2>&1 || { echo "The .NET SDK 10 is required (dotnet on PATH)." >&2; exit 1; }

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
# Every test host watches its configuration and static files; with many hosts alive at once, inotify's per-user
# limit (128 instances on Debian) is reached and a host fails to start. Polling watchers have no such limit.
export DOTNET_USE_POLLING_FILE_WATCHER=1
results="${TEST_RESULTS_DIR:-test-output}"
rm -rf "$results" && mkdir -p "$results"

dotnet build Sirius.sln -c Release -nologo -clp:ErrorsOnly
set +e
dotnet test Sirius.sln -c Release --no-build --nologo --results-directory "$results" 2>&1 | tee "$results/dotnet-test.log"
status=${PIPESTATUS[0]}
set -e

# dotnet test prints one line per test assembly; add them up into the one closing line CI reads.
awk '/(Passed|Failed)!  - Failed:/ {
       gsub(",", ""); for (i = 1; i <= NF; i++) { if ($i == "Failed:") f += $(i+1); if ($i == "Passed:") p += $(i+1); if ($i == "Skipped:") s += $(i+1) }
     } END { printf "Tests: %d passed, %d failed, %d skipped\n", p, f, s }' "$results/dotnet-test.log"
# The browser journeys list every page axe checked, with its violation count (for the closing note of issue #7).
if [ -f "$results/axe-pages.md" ]; then
  awk -F'|' 'NR > 2 { n++; if ($4 + 0 > 0) v++ } END { printf "axe: %d pages checked, %d with violations (%s)\n", n, v, FILENAME }' "$results/axe-pages.md"
fi
exit "$status"
