#!/usr/bin/env bash
# Account oracle timing (issue #28, ADR 0019): starts the host on a fresh SQLite directory and prints the median
# time of the sign-in, sign-up and password-reset POSTs for addresses that have an account and for addresses that
# do not, TRIES of each, interleaved. Every try comes from its own client address (X-Forwarded-For from the
# trusted loopback), so that per-address limits do not mix in; the "same address" series then sends ten wrong
# passwords in a row for one known and one unknown address (where the old lockout answered fast).
#
#   bench/oracle-timing.sh HOST_DLL_OR_PUBLISH_DIR [TRIES]
#
# Needs curl. Only the POST is timed (curl's time_total); the GET before it fetches the form's anti-forgery token.
set -euo pipefail
target=$1; tries=${2:-50}
if [ -d "$target" ]; then dll="$target/Sirius.Host.dll"; else dll=$target; fi
data=$(mktemp -d); jar="$data/cookies"; port=5098; base="http://127.0.0.1:$port"
env Database__Provider=Sqlite Database__SqliteDirectory="$data" \
  Sirius__Administrator__Email=admin@example.fr Sirius__Administrator__Password='Oracle-timing-2026!' \
  Invitations__UnsubscribeKey=oracle-timing-unsubscribe-key-0123456789 RateLimits__AccountPermitsPerMinute=1000000 \
  ForwardedHeaders__KnownProxies__0=127.0.0.1 ASPNETCORE_URLS="$base" ASPNETCORE_ENVIRONMENT=Production \
  Logging__LogLevel__Default=Warning dotnet "$dll" >"$data/host.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$data"' EXIT
until curl -fs "$base/health/ready" >/dev/null; do kill -0 $pid || { cat "$data/host.log"; exit 1; }; sleep 0.2; done

visitor=0
# post PAGE FIELDS...: GET the page for its token, POST the fields from a new client address; prints milliseconds.
post() {
  local page=$1; shift
  local token args=()
  visitor=$((visitor + 1))
  rm -f "$jar"
  token=$(curl -s -c "$jar" "$base$page" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  for field in "$@"; do args+=(--data-urlencode "$field"); done
  curl -s -o /dev/null -b "$jar" -H "X-Forwarded-For: 10.$((visitor / 65536 % 256)).$((visitor / 256 % 256)).$((visitor % 256))" \
    -w '%{time_total}\n' "${args[@]}" --data-urlencode "__RequestVerificationToken=$token" "$base$page" | awk '{ printf "%.1f\n", $1 * 1000 }'
}
median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }
signup() { post /inscription "Input.FirstName=Banc" "Input.LastName=Essai" "Input.Email=$1" "Input.Password=Oracle-timing-2026!" \
  "Input.Profile=autre" "Input.Comment=Mesure du temps de réponse"; }
signin() { post /connexion "Input.Email=$1" "Input.Password=Mauvais-mot-de-passe-1"; }
reset() { post /compte/mot-de-passe-oublie "Input.Email=$1"; }

declare -A times
for i in $(seq "$tries"); do
  times[signup_unknown]+="$(signup "compte-$i@banc.fr")"$'\n'   # creates the account: the first sign-up of an address
done
for i in $(seq "$tries"); do
  times[signup_known]+="$(signup "compte-$i@banc.fr")"$'\n'
  times[signup_unknown2]+="$(signup "nouveau-$i@banc.fr")"$'\n'
  times[signin_known]+="$(signin "compte-$i@banc.fr")"$'\n'
  times[signin_unknown]+="$(signin "personne-$i@banc.fr")"$'\n'
  times[reset_known]+="$(reset "compte-$i@banc.fr")"$'\n'
  times[reset_unknown]+="$(reset "personne-$i@banc.fr")"$'\n'
done
same() { local email=$1 n; for n in $(seq 10); do
  local token; rm -f "$jar"
  token=$(curl -s -c "$jar" "$base/connexion" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | sed 's/.*value="//;s/"$//')
  curl -s -o /dev/null -b "$jar" -H "X-Forwarded-For: 192.0.2.99" -w '%{time_total}\n' --data-urlencode "Input.Email=$email" \
    --data-urlencode "Input.Password=Mauvais-mot-de-passe-1" --data-urlencode "__RequestVerificationToken=$token" "$base/connexion" \
    | awk '{ printf "%.1f\n", $1 * 1000 }'
done; }

printf '%-38s %10s %10s\n' "median ms over $tries tries" known unknown
printf '%-38s %10s %10s\n' "sign-up (known = second sign-up)" "$(median <<<"${times[signup_known]}")" "$(median <<<"${times[signup_unknown2]}")"
printf '%-38s %10s %10s\n' "sign-in, wrong password" "$(median <<<"${times[signin_known]}")" "$(median <<<"${times[signin_unknown]}")"
printf '%-38s %10s %10s\n' "password reset request" "$(median <<<"${times[reset_known]}")" "$(median <<<"${times[reset_unknown]}")"
printf '%-38s %10s %10s\n' "sign-in, 10 in a row, one address" "$(same compte-1@banc.fr | median)" "$(same personne-x@banc.fr | median)"
