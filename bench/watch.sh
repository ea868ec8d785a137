#!/usr/bin/env bash
# Save-to-rebuilt latency of `agendum serve --watch`, as the live-reload script sees it:
# the time from appending a line to a paper to the answer of /_live?since=N (the page
# then reloads). Not part of the test run.
# Usage: bench/watch.sh CONTENT_DIR [edits=10] [port=18090] [pause=0.5] [now=2026-01-01T00:00:00Z]
# pause: seconds between one answer and the next edit; give a large site's rebuild (its
# search index and cache, written after the reload) time to finish, or the next edit waits.
# now: the builds' --now, or "clock" for none (the system clock at each build, as a clerk runs it).
# The content folder is copied first; the copy is edited, never CONTENT_DIR itself.
# AGENDUM_JAR=path: run that jar (beside its lib/) instead of building target/agendum.jar,
# to compare two versions alternately on one machine.
set -euo pipefail
cd "$(dirname "$0")/.."
src=${1:?content folder}; edits=${2:-10}; port=${3:-18090}; pause=${4:-0.5}; now=${5:-2026-01-01T00:00:00Z}
clock=(--now "$now"); [ "$now" = clock ] && clock=()
work=$(mktemp -d /tmp/agendum-watch-XXXX)
cp -r "$src" "$work/content"
jar=${AGENDUM_JAR:-target/agendum.jar}
[ -n "${AGENDUM_JAR:-}" ] || mvn -B -q -DskipTests package
java -Xss4m -jar "$jar" serve --watch --no-pdf --content "$work/content" --site "$work/site" \
  --port "$port" "${clock[@]}" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 600); do
  curl -s "http://127.0.0.1:$port/_live?since=-1" >/dev/null 2>&1 && break
  sleep 0.2
done
paper=$(find "$work/content/meetings" -name '*.md' | sort | sed -n 1p)
version() { curl -s "http://127.0.0.1:$port/_live?since=$1" | sed -E 's/.*"version":([0-9]+).*/\1/'; }
v=$(version -1)
: > "$work/times"
# two warm-up edits (the server's JIT), then the measured ones
for i in $(seq $((edits + 2))); do
  sleep "$pause"
  t0=$(date +%s%N)
  echo "Edited $i." >> "$paper"
  v=$(version "$v")
  t1=$(date +%s%N)
  [ "$i" -gt 2 ] && echo $(( (t1 - t0) / 1000000 )) >> "$work/times"
done
sort -n "$work/times" | awk -v all="$(tr '\n' ' ' < "$work/times")" '{a[NR]=$1} END {printf "save → rebuilt, %d edits: median %d ms, min %d ms, max %d ms (in order: %s)\n", NR, a[int((NR+1)/2)], a[1], a[NR], all}'
grep "rebuilt in" "$work/serve.log" | tail -3
