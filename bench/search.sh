#!/usr/bin/env bash
# Search benchmark (not part of `mvn verify`): builds a synthetic 10,000-paper site, measures
# the index and in-process queries, then /api/search under wrk with 32 connections.
# Needs: a JDK 17, Maven, wrk (apt-get install -y wrk).
# Usage: bench/search.sh [WORK_DIR] [PAPERS] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/agendum-bench}
papers=${2:-10000}
seed=${3:-42}
port=${BENCH_PORT:-18080}
mkdir -p "$work"

mvn -B -q -o test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null 2>&1 \
  || mvn -B -q test-compile dependency:build-classpath -Dmdep.outputFile="$work/cp.txt"
mvn -B -q -o -DskipTests package >/dev/null 2>&1 || mvn -B -q -DskipTests package
cp="target/classes:target/test-classes:$(cat "$work/cp.txt")"

echo "# Search benchmark: $papers papers, seed $seed"
echo
echo "Machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo), $(java -version 2>&1 | head -1); date: $(date -u +%Y-%m-%d)"
echo
java -Xmx4g -cp "$cp" org.agendum.bench.SearchBenchmark "$work" "$papers" "$seed"

# /api/search under wrk: queries cycle through two-word queries from the corpus vocabulary.
java -cp "$cp" org.agendum.bench.WrkQueries "$seed" > "$work/queries.lua"
java -Xmx1g -jar target/agendum.jar serve --site "$work/site" --port "$port" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS "http://127.0.0.1:$port/api/search?q=school" >/dev/null 2>&1 && break
  sleep 0.2
done
# Warm up, then measure.
wrk -t2 -c32 -d10s -s "$work/queries.lua" "http://127.0.0.1:$port" >/dev/null
echo "## /api/search under wrk (2 threads, 32 connections, 30 s, server and wrk on the same 2 cores)"
echo
echo '```'
wrk -t2 -c32 -d30s --latency -s "$work/queries.lua" "http://127.0.0.1:$port"
echo '```'
kill "$server"
wait "$server" 2>/dev/null || true
trap - EXIT
