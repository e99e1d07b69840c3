#!/usr/bin/env bash
# Boots the hub as ./run.sh does, runs the standard load points against it, and writes the results
# to docs/benchmarks.md. Not part of the test suite. Takes about twenty minutes on 2 cores.
#
#   REDIS_URL   (redis://127.0.0.1:6379) the cluster broker, as in production; set it empty for
#               the single-node in-memory broker
#   POINTS      which points: "standard" (default) or "smoke"
#   PORT        (8090) where the hub listens during the run
#   DB_URL      as for run.sh: unset is the embedded H2; set it (e.g. a PostgreSQL database made for
#               the run) for production-like odds ingest figures
#   PEER_BENCH  an npm ci-ed copy of the shared bench harness: afterwards, load-test/side-by-side.sh
#               runs the hub and the Socket.IO peer in one sitting (target/side-by-side.md)
set -euo pipefail
cd "$(dirname "$0")/.."

export REDIS_URL=${REDIS_URL-redis://127.0.0.1:6379}
export PORT=${PORT:-8090}
export JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
# The collector's pauses, with their wall-clock time, to set beside a point's slowest seconds.
gc_log=target/benchmark-gc.log
hub_opts="$JAVA_OPTS"
export JAVA_OPTS="$JAVA_OPTS -Xlog:gc:file=$gc_log:utctime"
# The simulators would add their own load and channels: the points measure only the tool's.
export HUB_ODDS_PUBLISHER_AUTOSTART=false HUB_RACING_SIMULATOR_AUTOSTART=false \
  HUB_MATCHES_SIMULATOR_AUTOSTART=false
ulimit -n "$(ulimit -Hn)"

./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl web,load-test -am package

results=target/benchmarks.jsonl
rows=target/benchmarks-rows.md
notes=target/benchmarks-notes.md
mkdir -p target && : > "$results" && : > "$rows" && : > "$notes"

SKIP_BUILD=1 ./run.sh > target/benchmark-hub.log 2>&1 &
runner=$!
trap 'kill $runner 2>/dev/null; pkill -f "payara-micro.jar.*--port $PORT" 2>/dev/null || true' EXIT
for _ in $(seq 1 120); do
  curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
  sleep 1
done
pid=$(pgrep -f "payara-micro.jar.*--port $PORT" | head -1)
echo "hub up on $PORT, pid $pid"

point() {
  local label=$1; shift
  echo "== $label $*"
  LOAD_TEST_OUT=$results java -Xmx2g -jar load-test/target/load-test.jar \
    --url "http://127.0.0.1:$PORT" --server-pid "$pid" --label "$label" "$@" > "target/point.log"
  tee -a target/benchmark-tool.log < target/point.log
  grep '^|' target/point.log >> "$rows"
  grep -E '^(live heap|slowest)' target/point.log | sed "s/^/- $label: /" >> "$notes" || true
  sleep 5
}

# Whether point $1 held: p99 under 100 ms, nothing lost, no gap (read from its JSON line; a point
# without one did not hold).
holds() {
  local line p99 lost gaps
  line=$(grep -F "\"label\":\"$1\"," "$results" | tail -1)
  p99=$(grep -o '"p99Ms":[0-9.]*' <<< "$line" | cut -d: -f2)
  lost=$(grep -o '"lost":[0-9]*' <<< "$line" | cut -d: -f2)
  gaps=$(grep -o '"gaps":[0-9]*' <<< "$line" | cut -d: -f2)
  awk -v p="${p99:-1e9}" -v l="${lost:-1}" -v g="${gaps:-1}" 'BEGIN { exit !(p < 100 && l == 0 && g == 0) }'
}

# How fast the CPU is now, and again at the end: on a shared machine it changes between hours.
cpu_check() { java -jar load-test/target/load-test.jar cpu-check; }
cpu_before=$(cpu_check)

# From boot: the hub's CPU per update in 10 s windows from its first load (1,000 updates a second
# at fan-out 1), before anything else has warmed it. A node joining a cluster meets this.
ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
java -jar load-test/target/load-test.jar --url "http://127.0.0.1:$PORT" --server-pid "$pid" \
  --clients 100 --groups 100 --rate 1000 --duration 150 --warmup 0 --label boot > target/boot.log &
boot_tool=$!
sleep 2 # the tool's 100 clients connect and subscribe in about a second; then it publishes
hz=$(getconf CLK_TCK) windows="" prev=$(ticks)
for _ in $(seq 1 15); do
  sleep 10
  now=$(ticks)
  windows="$windows $(((now - prev) * 1000 / hz / 10))"
  prev=$now
done
wait "$boot_tool" || true
echo "- CPU per update from boot, microseconds in 10 s windows from the first load (N=100, G=100, U=1,000/s):$windows" >> "$notes"

# Warm the server's JIT on both write paths first; these points are not recorded. (Cold, the
# compiler thread takes a core of two for minutes, and the first points would measure it: after
# 60 s of odds a hub was still compiling, after 300 s it was not; docs/benchmarks.md.)
echo "== warm-up"
java -jar load-test/target/load-test.jar --url "http://127.0.0.1:$PORT" --server-pid "$pid" \
  --clients 1000 --groups 50 --rate 300 --duration 60 --label warm-up > /dev/null
java -jar load-test/target/load-test.jar --url "http://127.0.0.1:$PORT" --server-pid "$pid" \
  --workload odds --clients 100 --groups 100 --lanes 4 --batch 1000 --rate 3000 --duration 300 \
  --label warm-up-odds > /dev/null
sleep 5

if [ "${POINTS:-standard}" = smoke ]; then
  point smoke-n1k --clients 1000 --groups 50 --rate 200 --duration 20
else
  point smoke-n1k --clients 1000 --groups 50 --rate 200 --duration 20
  # The write path alone: fan-out 1, every update its own small share of a request.
  point fan1-u1000 --clients 100 --groups 100 --rate 1000 --duration 30
  point n5k-u500 --clients 5000 --groups 100 --rate 500 --duration 20
  point n5k-u1000 --clients 5000 --groups 100 --rate 1000 --warmup 30 --duration 30
  # The highest rate at N=10,000 with p99 < 100 ms and nothing lost: from the issue's target point
  # (U=500/s, where p99 should be under 25 ms) up in steps of 100/s until a point misses.
  highest="below 500"
  for rate in 500 600 700 800 900; do
    point "n10k-u$rate" --clients 10000 --groups 100 --rate "$rate" --duration 20
    if holds "n10k-u$rate"; then highest="$rate"; else break; fi
  done
  echo "- highest U at N=10,000, G=100 with p99 < 100 ms, nothing lost and no gap (steps of 100/s from 500/s): $highest" >> "$notes"
  point n10k-u1000 --clients 10000 --groups 100 --rate 1000 --duration 30
  point idle-n10k --workload idle --clients 10000 --groups 100 --duration 20
  point storm-n1k --workload storm --clients 1000 --groups 50 --rate 200 --duration 20
  # A feed sends batches over a few connections: 4 lanes (2 where the label ends in -l2), whatever
  # fell due in one request.
  odds="--workload odds --clients 100 --groups 100 --batch 1000 --duration 20"
  point odds-u1000 $odds --lanes 4 --rate 1000
  point odds-u2000 $odds --lanes 4 --rate 2000
  point odds-u3000 $odds --lanes 4 --rate 3000
  point odds-u4000 $odds --lanes 4 --rate 4000
  point odds-u5000 $odds --lanes 4 --rate 5000
  point odds-u5000-l2 $odds --lanes 2 --rate 5000
fi

cpu_after=$(cpu_check)

# Pauses of 50 ms or more, the warm-up included: a point's slowest second may be one of these.
awk '/Pause/ && $NF ~ /ms$/ { ms = $NF + 0; if (ms >= 50) { n++; list = list " " substr($1, 13, 12) " " ms " ms;" } }
  END { printf "- the hub'"'"'s collector: %d pauses of 50 ms or more (UTC time, length):%s\n", n, (n ? list : " none") }' \
  "$gc_log" >> "$notes" || true

generated=target/benchmarks-section.md
{
  echo "<!-- run:start (written by load-test/run-benchmarks.sh; edit outside these markers) -->"
  echo "Last run: $(date -u +%Y-%m-%dT%H:%MZ), \`load-test/run-benchmarks.sh\` (POINTS=${POINTS:-standard})."
  echo
  echo "- machine: $(nproc) cores ($(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)), $(free -g | awk '/Mem:/{print $2}') GB RAM"
  echo "- $(java -version 2>&1 | head -1); hub JVM options: $hub_opts; Payara Micro as in pom.xml (payara.version)"
  echo "- broker: ${REDIS_URL:-in memory}; the load tool runs on the same machine"
  echo "- each point: 10 s at its rate before its measured seconds (the tool's JIT settles; not counted)"
  echo "- CPU check (a fixed integer loop in the tool, best of 5; compare runs only where these agree): $cpu_before ms before the points, $cpu_after ms after"
  echo "- workload relay: POST /api/broadcast batches (16 lanes, at most 100 per request); client i subscribes to notice:bench-g(i mod G); payload about 256 B"
  echo "- workload odds: POST /api/odds/feed batches (4 lanes, 2 where the label ends in -l2; whatever fell due), one h2h price change each, round robin over G events; client i subscribes to odds:event:(i mod G); database ${DB_URL:-embedded H2}"
  echo
  java -jar load-test/target/load-test.jar header
  cat "$rows"
  if [ -s "$notes" ]; then
    echo
    cat "$notes"
  fi
  echo "<!-- run:end -->"
} > "$generated"

doc=docs/benchmarks.md
if [ -f "$doc" ] && grep -q '<!-- run:start' "$doc"; then
  awk -v section="$generated" '
    /<!-- run:start/ { while ((getline line < section) > 0) print line; skipping = 1; next }
    /<!-- run:end -->/ { skipping = 0; next }
    !skipping { print }' "$doc" > "$doc.new" && mv "$doc.new" "$doc"
else
  { echo "# Benchmarks"; echo; cat "$generated"; } > "$doc"
fi
echo "wrote the run into $doc"

trap - EXIT
kill $runner 2>/dev/null; pkill -f "payara-micro.jar.*--port $PORT" 2>/dev/null || true
if [ -n "${PEER_BENCH:-}" ]; then
  sleep 5
  load-test/side-by-side.sh
fi
