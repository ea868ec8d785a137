#!/usr/bin/env bash
# Server under load and faults (not part of `mvn verify`): `agendum serve` on the built seed
# site, driven by wrk with mixed search and static requests (bench/load.lua) while the site
# and its index are rebuilt and republished underneath it, each build with an edited paper
# whose new word must become searchable. Reports requests, non-2xx, socket errors and latency, and the
# server's threads, open files and memory maps before and after: no index reader may be left
# open on a replaced index. A client that stalls mid-request must be dropped.
# Exit status 0 only if every check passed.
# Needs: a JDK 17, Maven, wrk and curl (apt-get install -y wrk curl).
# Usage: bench/load.sh [SECONDS=60] [CONNECTIONS=32]
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${1:-60}; conns=${2:-32}
work=${LOAD_DIR:-/tmp/agendum-load}
port=${LOAD_PORT:-18090}
now=2026-11-23T12:00:00Z
base="http://127.0.0.1:$port"
failed=0
fail() { echo "FAIL: $*"; failed=1; }

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 2; }
mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package
rm -rf "$work" && mkdir -p "$work"
cp -r content "$work/content"
# HTML, feeds and the index; PDFs would only slow the rebuilds (they are static files to serve).
build() { java -jar target/agendum.jar build --no-pdf --content "$work/content" --out "$work/site" --now "$now" >>"$work/build.log" 2>&1; }
build

java -jar target/agendum.jar serve --site "$work/site" --port "$port" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fsS "$base/" >/dev/null 2>&1 && break; sleep 0.2; done

# The requests: every file of the site (pages by their folder address), then searches.
export LOAD_PATHS="$work/paths.txt"
(cd "$work/site" && find . -type f ! -path './_search/lucene/*' ! -name '.*' | sed 's|^\.||; s|/index\.html$|/|' | sort) > "$LOAD_PATHS"
echo "--searches--" >> "$LOAD_PATHS"
for q in adoption school "foster+care" rates sacre "18%2F00004" budget minutes trinity "dartford+grammar" \
    "equality+impact" "vulnerable+learners" "children+services" "%22business+plan%22" "year%3A2018" "performance+-scorecard"; do
  echo "/api/search?q=$q"
  echo "/api/search?q=$q&committee=cype-cabinet-committee&from=2018-01-01&to=2018-12-31"
  echo "/search/?q=$q"
done >> "$LOAD_PATHS"
echo "$(grep -c . "$LOAD_PATHS") request paths ($(sed '/--searches--/q' "$LOAD_PATHS" | grep -vc -- --searches--) files)"

# Warm up (also starts every worker thread), then take the server's measure.
wrk -t2 -c"$conns" -d5s -s bench/load.lua "$base" >/dev/null
curl -fsS "$base/api/search?q=adoption" >/dev/null
measure() { # label → "threads fds deleted-fds lucene-dirs-mapped deleted-maps"
  local t f d m x
  t=$(awk '/^Threads:/ {print $2}' "/proc/$server/status")
  f=$(ls -l "/proc/$server/fd" | grep -vc 'socket:' || true)
  d=$(ls -l "/proc/$server/fd" 2>/dev/null | grep -c '(deleted)' || true)
  m=$(grep -o '[^ ]*/_search/lucene' "/proc/$server/maps" | sort -u | wc -l)
  x=$(grep '_search/lucene' "/proc/$server/maps" | grep -c '(deleted)' || true)
  s=$(ls -l "/proc/$server/fd" | grep -c 'socket:' || true)
  echo "$1: threads=$t open_files=$f sockets=$s deleted_files_open=$d lucene_dirs_mapped=$m deleted_maps=$x"
}
before=$(measure before)
echo "$before"

# Rebuild underneath the load until it ends: a full build that edits a paper (its new word
# must become searchable), then ten quick republishes of a copy of the site, swapped in with
# the same two renames the build's publish step uses (the index is reopened each time).
paper="$work/content/meetings/2018/2018-03-08-cype-cabinet-committee/07-rates-and-charges-2018-19.md"
(
  start=$(date +%s); i=0; swaps=0
  while [ $(( $(date +%s) - start )) -lt "$duration" ]; do
    i=$((i + 1)); word="loadcheck$i"
    printf '\n\nEdited under load: %s.\n' "$word" >> "$paper"
    t0=$(date +%s.%N); build; t1=$(date +%s.%N)
    found=0
    for _ in $(seq 50); do
      if curl -fsS "$base/api/search?q=$word" | grep -q '"total":[1-9]'; then found=1; break; fi
      sleep 0.1
    done
    printf 'build %d at %+d s: took %.1f s, %s searchable: %s\n' "$i" "$(( $(date +%s) - start ))" \
      "$(echo "$t1 - $t0" | bc)" "$word" "$([ $found = 1 ] && echo yes || echo NO)"
    for _ in $(seq 10); do
      [ $(( $(date +%s) - start )) -lt "$duration" ] || break
      rm -rf "$work/.site.copy" "$work/.site.old"
      cp -a "$work/site" "$work/.site.copy"
      mv "$work/site" "$work/.site.old" && mv "$work/.site.copy" "$work/site" && rm -rf "$work/.site.old"
      swaps=$((swaps + 1))
      sleep 0.3
    done
  done
  echo "under load: $i full builds, $swaps republished copies"
) > "$work/rebuilds.log" 2>&1 &
rebuilder=$!

echo "wrk -t2 -c$conns -d${duration}s --latency (mixed: half searches, half files), $(nproc) cores, $(date -u +%F)"
wrk -t2 -c"$conns" -d"${duration}s" --timeout 10s --latency -s bench/load.lua "$base" | tee "$work/wrk.txt"
wait "$rebuilder" || true
cat "$work/rebuilds.log"
grep -q 'searchable: NO' "$work/rebuilds.log" && fail "an edit did not become searchable"
[ "$(grep -c '^build ' "$work/rebuilds.log")" -ge 1 ] || fail "no full build finished under load"
[ "$(sed -n 's/.* \([0-9]*\) republished copies/\1/p' "$work/rebuilds.log")" -ge 5 ] || fail "fewer than five republishes under load"

# Afterwards: one more search makes the server look at the newest index; idle keep-alive
# connections from wrk are gone; then the same measure.
sleep 2
curl -fsS "$base/api/search?q=adoption" >/dev/null
sleep 1
after=$(measure after)
echo "$after"

non2xx=$(sed -n 's/^LOAD requests=[0-9]* .* non2xx=\([0-9]*\) .*/\1/p' "$work/wrk.txt")
socket=$(sed -n 's/^LOAD socket_errors connect=\([0-9]*\) read=\([0-9]*\) write=\([0-9]*\) timeout=\([0-9]*\)/\1 \2 \3 \4/p' "$work/wrk.txt")
[ "$non2xx" = 0 ] || fail "$non2xx responses were not 2xx"
[ "$socket" = "0 0 0 0" ] || fail "socket errors (connect read write timeout): $socket"
val() { echo "$1" | sed -n "s/.* $2=\([0-9]*\).*/\1/p"; }
[ "$(val "$after" deleted_files_open)" = 0 ] || fail "files of a replaced site are still open"
[ "$(val "$after" deleted_maps)" = 0 ] || fail "a replaced index is still mapped (a stale reader)"
[ "$(val "$after" lucene_dirs_mapped)" -le 1 ] || fail "more than one index is mapped"
[ "$(val "$after" threads)" -le $(( $(val "$before" threads) + 4 )) ] || fail "threads grew under load"
[ "$(val "$after" open_files)" -le $(( $(val "$before" open_files) + 4 )) ] || fail "open files grew under load"
[ "$(val "$after" sockets)" -le $(( $(val "$before" sockets) + 4 )) ] || fail "connections were left open"

# A client that starts a request and stalls is dropped after serve's request limit (10 s).
exec 3<>"/dev/tcp/127.0.0.1/$port"
printf 'GET / HTTP/1.1\r\nHost: local' >&3
t0=$(date +%s)
rc=0; timeout 20 cat <&3 >/dev/null 2>&1 || rc=$?
if [ "$rc" = 124 ]; then
  fail "a stalled client was still connected after 20 s"
else
  echo "stalled client dropped after $(( $(date +%s) - t0 )) s"
fi
exec 3>&-
curl -fsS "$base/" >/dev/null || fail "the server stopped answering"

kill "$server"; wait "$server" 2>/dev/null || true
trap - EXIT
grep -i 'internal error\|exception' "$work/serve.log" && fail "the server logged errors (see $work/serve.log)"
[ "$failed" = 0 ] && echo "PASS: zero errors, zero non-2xx, no stale readers" || exit 1
