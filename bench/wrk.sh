#!/usr/bin/env bash
# /api/search under wrk against an already built benchmark site (see bench/search.sh).
# Usage: bench/wrk.sh WORK_DIR [extra serve options, e.g. --cache 0]
set -euo pipefail
cd "$(dirname "$0")/.."
work=${1:-/tmp/agendum-bench}
shift || true
port=${BENCH_PORT:-18080}
java ${BENCH_JAVA_OPTS:-} -jar target/agendum.jar serve --site "$work/site" --port "$port" "$@" 2>"$work/serve.log" &
server=$!
trap 'kill $server 2>/dev/null || true' EXIT
for _ in $(seq 50); do
  curl -fsS "http://127.0.0.1:$port/api/search?q=school" >/dev/null 2>&1 && break
  sleep 0.2
done
wrk -t2 -c32 -d10s -s "$work/queries.lua" "http://127.0.0.1:$port" >/dev/null   # warm-up
echo '```'
echo "serve $* ${BENCH_JAVA_OPTS:-}: wrk -t2 -c32 -d30s --latency"
wrk -t2 -c32 -d30s --latency -s "$work/queries.lua" "http://127.0.0.1:$port"
echo '```'
kill "$server"
wait "$server" 2>/dev/null || true
trap - EXIT
