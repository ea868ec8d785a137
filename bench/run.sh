#!/usr/bin/env bash
# Agendum vs Hugo on the same synthetic papers, alternating A/B/A/B in one run.
# Usage: bench/run.sh [meetings=1000] [papers=5] [rounds=3]
# Not part of the test run. Installs Hugo (Debian) if missing. Prints medians and ratios.
set -euo pipefail
cd "$(dirname "$0")/.."
meetings=${1:-1000}; papers=${2:-5}; rounds=${3:-3}
work=${BENCH_DIR:-/tmp/agendum-bench}
command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo; }
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time
mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work.cp" >/dev/null
rm -rf "$work" && mkdir -p "$work"
java -cp "target/test-classes:target/classes:$(cat "$work.cp")" org.agendum.bench.CorpusGenerator \
  "$work/corpus" "$meetings" "$papers" 1
content="$work/corpus/agendum/content"
# the launcher's options for short runs (see ./agendum)
JOPTS=$(sed -n 's/^default_opts="\(.*\)"$/\1/p' agendum | head -1)
run() { # name, command... → appends "name seconds peakKB" to results
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/$name.log" || { cat "$work/$name.log"; exit 1; }
  echo "$name $(cat "$work/time")" >> "$work/results"
}
: > "$work/results"
for i in $(seq "$rounds"); do
  run agendum-html java $JOPTS -jar target/agendum.jar build --no-pdf --no-incremental --content "$content" --out "$work/site-a" --now 2026-01-01T00:00:00Z
  run hugo hugo --quiet -s "$work/corpus/hugo" -d "$work/site-h"
  run agendum-check java $JOPTS -jar target/agendum.jar check --content "$content"
done
# one changed paper, rebuilt through the CLI (incremental: the build cache .agendum/ beside site-a)
f=$(find "$content/meetings" -name '*.md' | sort | head -1)
for i in $(seq "$rounds"); do
  echo "Edited $i." >> "$f"
  run agendum-one-change java $JOPTS -jar target/agendum.jar build --no-pdf --content "$content" --out "$work/site-a" --now 2026-01-01T00:00:00Z
done
median() { grep "^$1 " "$work/results" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak() { grep "^$1 " "$work/results" | awk '{print $3}' | sort -n | tail -1; }
echo "corpus: $meetings meetings × $papers papers; $rounds rounds; $(nproc) cores; $(date -u +%F)"
for n in agendum-html hugo agendum-check agendum-one-change; do
  printf '%-20s median %6ss  peak RSS %8s KB\n' "$n" "$(median $n)" "$(peak $n)"
done
a=$(median agendum-html); h=$(median hugo)
echo "ratio agendum-html / hugo = $(echo "scale=2; $a / $h" | bc)"
