#!/usr/bin/env bash
# Agendum vs Hugo on the same synthetic papers, alternating A/B/A/B in one run.
# Usage: bench/run.sh [meetings=1000] [papers=5] [rounds=3] [pdf_meetings=20]
# Not part of the test run. Installs Hugo and poppler-utils (Debian) if missing. Prints
# medians and ratios; paste them into docs/performance.md with the date and machine.
#
#  1. full HTML build (--no-pdf --no-incremental) into an empty folder, Hugo into an empty
#     folder, the full build again over the site it made, then `check`, alternating;
#  2. one changed paper (a different one each round), rebuilt through the CLI (incremental);
#  3. with PDFs, on a smaller corpus of pdf_meetings meetings: the first build (empty PDF
#     cache), the same build again, and one changed paper; packs and pages per second.
set -euo pipefail
cd "$(dirname "$0")/.."
meetings=${1:-1000}; papers=${2:-5}; rounds=${3:-3}; pdf_meetings=${4:-20}
work=${BENCH_DIR:-/tmp/agendum-bench}
command -v hugo >/dev/null || { apt-get update -qq && apt-get install -y -qq hugo; }
command -v /usr/bin/time >/dev/null || apt-get install -y -qq time
command -v pdfinfo >/dev/null || apt-get install -y -qq poppler-utils
mvn -B -q -DskipTests package test-compile
mvn -B -q dependency:build-classpath -Dmdep.outputFile="$work.cp" >/dev/null
rm -rf "$work" && mkdir -p "$work"
gen() { java -cp "target/test-classes:target/classes:$(cat "$work.cp")" org.agendum.bench.CorpusGenerator "$@" >/dev/null; }
gen "$work/corpus" "$meetings" "$papers" 1
content="$work/corpus/agendum/content"
# through the launcher, as a clerk or CI runs it (its JVM options and class-data archive);
# the first call makes the archive for the jar just built, outside the timings
AGENDUM=(./agendum)
./agendum --version >/dev/null
run() { # name, command... → appends "name seconds peakKB" to results
  local name=$1; shift
  /usr/bin/time -f "%e %M" -o "$work/time" "$@" >/dev/null 2>"$work/$name.log" || { cat "$work/$name.log"; exit 1; }
  echo "$name $(cat "$work/time")" >> "$work/results"
}
: > "$work/results"
# Each round: Agendum into an empty folder (as CI on a fresh clone), Hugo into an empty folder,
# Agendum again over the site it has just built (a clerk's or a CI's rebuild with site/ kept:
# the same work, but a full build updates a live site in place and leaves right files alone),
# then `check`. Folders are emptied outside the timings.
for i in $(seq "$rounds"); do
  rm -rf "$work/site-a" "$work/site-h"; sync
  run agendum-html-empty "${AGENDUM[@]}" build --no-pdf --no-incremental --content "$content" --out "$work/site-a" --now 2026-01-01T00:00:00Z
  run hugo hugo --quiet -s "$work/corpus/hugo" -d "$work/site-h"
  run agendum-html "${AGENDUM[@]}" build --no-pdf --no-incremental --content "$content" --out "$work/site-a" --now 2026-01-01T00:00:00Z
  run agendum-check "${AGENDUM[@]}" check --content "$content"
done
# one changed paper, rebuilt through the CLI (incremental: the build cache .agendum/ beside site-a);
# a different paper each round, spread over the corpus (a clerk edits one paper, then another)
mapfile -t edit_targets < <(find "$content/meetings" -name '*.md' | sort)
for i in $(seq "$rounds"); do
  echo "Edited $i." >> "${edit_targets[$(( (i * 1999) % ${#edit_targets[@]} ))]}"
  run agendum-one-change "${AGENDUM[@]}" build --no-pdf --content "$content" --out "$work/site-a" --now 2026-01-01T00:00:00Z
done

# with PDFs, on a smaller corpus
gen "$work/pdf" "$pdf_meetings" "$papers" 2
pdfc="$work/pdf/agendum/content"
run pdf-first "${AGENDUM[@]}" build --no-incremental --content "$pdfc" --out "$work/site-p" --now 2026-01-01T00:00:00Z
run pdf-again "${AGENDUM[@]}" build --content "$pdfc" --out "$work/site-p" --now 2026-01-01T00:00:00Z
echo "Edited." >> "$(find "$pdfc/meetings" -name '*.md' | sort | sed -n 1p)"
run pdf-one-change "${AGENDUM[@]}" build --content "$pdfc" --out "$work/site-p" --now 2026-01-01T00:00:00Z
packs=$(find "$work/site-p" -name agenda-pack.pdf | wc -l)
pack_pages=$(find "$work/site-p" -name agenda-pack.pdf -exec pdfinfo {} \; | awk '/^Pages:/ {s += $2} END {print s}')
all_pages=$(find "$work/site-p" -name '*.pdf' -exec pdfinfo {} \; | awk '/^Pages:/ {s += $2} END {print s}')

median() { grep "^$1 " "$work/results" | awk '{print $2}' | sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
peak() { grep "^$1 " "$work/results" | awk '{print $3}' | sort -n | tail -1; }
echo "corpus: $meetings meetings × $papers papers; $rounds rounds; PDFs: $pdf_meetings meetings; $(nproc) cores; $(date -u +%F)"
for n in agendum-html-empty agendum-html hugo agendum-check agendum-one-change pdf-first pdf-again pdf-one-change; do
  printf '%-20s median %7ss  peak RSS %8s KB   all: %s\n' "$n" "$(median $n)" "$(peak $n)" \
    "$(grep "^$n " "$work/results" | awk '{printf "%s ", $2}')"
done
a=$(median agendum-html); e=$(median agendum-html-empty); h=$(median hugo)
echo "ratio agendum-html-empty / hugo = $(echo "scale=2; $e / $h" | bc) (both into an empty folder)"
echo "ratio agendum-html / hugo = $(echo "scale=2; $a / $h" | bc) (Agendum over its last site)"
first=$(median pdf-first)
echo "PDF build: $packs packs ($pack_pages pages in packs, $all_pages PDF pages in all) in ${first}s:" \
  "$(echo "scale=2; $packs / $first" | bc) packs/s, $(echo "scale=1; $all_pages / $first" | bc) PDF pages/s (whole build, HTML and index included)"
