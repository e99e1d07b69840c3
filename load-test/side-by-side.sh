#!/usr/bin/env bash
# The hub and the Socket.IO peer of the shared bench harness, one sitting, the same Node load
# generator driving both, and the ratios. Not part of the test suite; about fifteen minutes.
#
#   PEER_BENCH  (required) a copy of the bench harness (../shared/bench copied somewhere writable and
#               `npm ci`-ed there): its loadgen drives both servers, its scripts start the peer
#   DB_URL      PostgreSQL for the hub (jdbc:postgresql://127.0.0.1:5432/sportshub_bench); Redis at
#               redis://127.0.0.1:6379 for both (the peer's Redis variant, the hub's broker)
#   PORT        (8090) where the hub listens
#
# Points (fan-out = N/G): the write path alone (N=100, G=100, U=1,000/s, REST batches, and again
# through Redis), N=5,000 at U=1,000/s after 30 s at that load, N=10,000 at U=500/s, and the hub's
# CPU per update in 10 s windows from its first load after boot. Writes a Markdown section to
# target/side-by-side.md; paste it into docs/benchmarks.md.
set -euo pipefail
cd "$(dirname "$0")/.."
: "${PEER_BENCH:?set PEER_BENCH to an npm ci-ed copy of the bench harness}"
export PORT=${PORT:-8090} REDIS_URL=${REDIS_URL:-redis://127.0.0.1:6379}
export DB_URL=${DB_URL:-jdbc:postgresql://127.0.0.1:5432/sportshub_bench}
export HUB_ODDS_PUBLISHER_AUTOSTART=false HUB_RACING_SIMULATOR_AUTOSTART=false \
  HUB_MATCHES_SIMULATOR_AUTOSTART=false
export JAVA_OPTS=${JAVA_OPTS:--Xms1g -Xmx1g}
ulimit -n "$(ulimit -Hn)"
out=$PWD/target/side-by-side
mkdir -p "$out" && : > "$out/hub.jsonl" && : > "$out/peer.jsonl"
./mvnw -B -q -DskipTests -Dspotless.check.skip=true -pl web,load-test -am package

hub_pid=""
start_hub() {
  SKIP_BUILD=1 ./run.sh > "$out/hub.log" 2>&1 &
  for _ in $(seq 1 150); do
    curl -sf "http://127.0.0.1:$PORT/health/ready" >/dev/null && break
    sleep 1
  done
  hub_pid=$(pgrep -f "payara-micro.jar.*--port $PORT" | head -1)
}
stop_hub() { pkill -f "payara-micro.jar.*--port $PORT" || true; sleep 2; }
trap stop_hub EXIT

# A publisher token for the hub's REST intake, signed with the development key (run.sh's default).
token=$(node -e '
  const c = require("crypto"), f = require("fs");
  const b = (o) => Buffer.from(JSON.stringify(o)).toString("base64url");
  const now = Math.floor(Date.now() / 1000);
  const h = b({ alg: "RS256", typ: "JWT" });
  const p = b({ iss: "https://sports-hub.dev", sub: "bench", groups: ["publisher"], iat: now,
    exp: now + 86400, jti: "bench-" + now });
  const s = c.sign("RSA-SHA256", Buffer.from(h + "." + p), f.readFileSync(process.argv[1]));
  console.log(h + "." + p + "." + s.toString("base64url"));' server-config/dev-keys/jwt-private.pem)

hub() {
  local label=$1; shift
  (cd "$PEER_BENCH" && node loadgen/loadgen.js --url "http://127.0.0.1:$PORT" --server-pid "$hub_pid" \
    --label "$label" --out "$out/hub.jsonl" --adapter ws-json --ws-path /ws --ws-token-mode none \
    --ws-subscribe '{"type":"subscribe","channel":"$GROUP"}' --ws-ack-type subscribed \
    --ws-payload-field data --event update --group-prefix notice:g --publish-path /api/broadcast \
    --publish-room-field channel --publish-payload-field data --publish-token "$token" "$@") \
    > "$out/$label.log" 2>&1
  sleep 3
}
peer() {
  local label=$1 server=$2; shift 2
  (cd "$PEER_BENCH" && RESULTS="$out/peer.jsonl" scripts/run-point.sh "$server" "$label" "$@") \
    > "$out/$label.log" 2>&1
  sleep 3
}
ticks() { awk '{ print $14 + $15 }' "/proc/$1/stat"; }

cpu_before=$(java -jar load-test/target/load-test.jar cpu-check)
fan1="--clients 100 --groups 100 --rate 1000"
peer peer-fan1 socketio $fan1 --duration 30

# From boot: the hub's CPU per update in 10 s windows from its first load.
start_hub
hub boot $fan1 --duration 150 --warmup 0 &
loadgen=$!
until grep -q connected "$out/boot.log" 2>/dev/null; do sleep 0.1; done
hz=$(getconf CLK_TCK) windows="" prev=$(ticks "$hub_pid")
for _ in $(seq 1 15); do
  sleep 10
  now=$(ticks "$hub_pid")
  # CPU ms in 10 s at 1,000 updates/s, divided by 10: microseconds of hub CPU per update
  windows="$windows $(((now - prev) * 1000 / hz / 10))"
  prev=$now
done
wait "$loadgen"

hub hub-warm $fan1 --duration 60
hub hub-fan1 $fan1 --duration 30
hub hub-n5k --clients 5000 --groups 100 --rate 1000 --warmup 30 --duration 30
peer peer-n5k socketio --clients 5000 --groups 100 --rate 1000 --warmup 30 --duration 30
hub hub-n10k --clients 10000 --groups 100 --rate 500 --duration 20
peer peer-n10k socketio --clients 10000 --groups 100 --rate 500 --duration 20
stop_hub

# The Redis intake (publisher -> Redis -> server), as the peer's Redis variant takes it.
HUB_BROADCAST_REDIS_TOPIC=hub:publish start_hub
hub hub-redis-warm $fan1 --duration 60 --publish redis
hub hub-redis-fan1 $fan1 --duration 30 --publish redis
stop_hub
peer peer-redis-fan1 socketio-redis $fan1 --duration 30 --publish redis
cpu_after=$(java -jar load-test/target/load-test.jar cpu-check)

node load-test/side-by-side-table.js "$out/hub.jsonl" "$out/peer.jsonl" "$windows" \
  "$cpu_before" "$cpu_after" > target/side-by-side.md
cat target/side-by-side.md
