#!/usr/bin/env bash
# Starts a single-node KRaft Kafka on 127.0.0.1:${KAFKA_PORT:-39092} (controller ${KAFKA_CONTROLLER_PORT:-39093})
# in the background and returns once it answers as the cluster it formatted (admin describeCluster,
# 60 s cap).
# Runtime files live in the run directory: ${AFTERSALES_RUN_DIR:-deploy/local/.run} (PID in kafka.pid,
# logs and the generated server.properties in kafka/, data in kafka-data/). Separate run directories
# (and ports) keep separate brokers apart, e.g. CI's from a developer's.
# Every start begins from an empty data dir formatted under a new random cluster id, so CI and tests
# see no topics or offsets of an earlier run; KAFKA_KEEP_DATA=1 keeps the previous data (and its
# cluster id) instead.
# Refuses to start when something already listens on either port: it never adopts a broker it did
# not start. A broker this run directory started and that still runs is waited for, not restarted.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run="${AFTERSALES_RUN_DIR:-$(cd "$here/.." && pwd)/.run}"
mkdir -p "$run"
run="$(cd "$run" && pwd)"
port="${KAFKA_PORT:-39092}"
controller_port="${KAFKA_CONTROLLER_PORT:-39093}"
pid_file="$run/kafka.pid"
data="$run/kafka-data"
conf="$run/kafka/server.properties"
cluster_id_file="$run/kafka/cluster.id"

# The broker of this run directory: a live kafka.Kafka process started on this run dir's config.
ours() {
  local pid="$1"
  [[ -n "$pid" ]] && kill -0 "$pid" 2> /dev/null || return 1
  local cmdline
  cmdline="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null)" || return 1
  [[ "$cmdline" == *" kafka.Kafka "* && "$cmdline" == *"$conf"* ]]
}

answers() { (exec 3<> "/dev/tcp/127.0.0.1/$1") 2> /dev/null; }

if [[ -f "$pid_file" ]] && ours "$(cat "$pid_file")"; then
  echo "kafka: already running (pid $(cat "$pid_file"), run dir $run)"
  exec node "$here/wait-ready.js" "127.0.0.1:$port" 60000 "$(cat "$pid_file")" "$(cat "$cluster_id_file" 2> /dev/null || true)"
fi
rm -f "$pid_file"

for p in "$port" "$controller_port"; do
  if answers "$p"; then
    echo "kafka: port $p on 127.0.0.1 already answers, but not a broker started from $run; stop it or set KAFKA_PORT/KAFKA_CONTROLLER_PORT (and AFTERSALES_RUN_DIR)" >&2
    exit 1
  fi
done

bash "$here/install.sh"
mkdir -p "$run/kafka"
if [[ "${KAFKA_KEEP_DATA:-}" != 1 ]]; then rm -rf "$data"; fi
mkdir -p "$data"
if [[ -f "$data/meta.properties" ]]; then
  # Kept data was formatted before: its cluster id is the one the broker will report.
  cluster_id="$(sed -n 's/^cluster\.id=//p' "$data/meta.properties")"
else
  # A new random cluster id per fresh start (Kafka's Uuid format: 16 bytes, base64url, no padding;
  # not starting with '-', which the tool would read as an option).
  cluster_id="$(node -e '
    const { randomBytes } = require("crypto");
    let id; do { id = randomBytes(16).toString("base64url"); } while (id.startsWith("-"));
    process.stdout.write(id);')"
fi
echo "$cluster_id" > "$cluster_id_file"
sed -e "s|@KAFKA_PORT@|$port|g" -e "s|@CONTROLLER_PORT@|$controller_port|g" -e "s|@DATA_DIR@|$data|g" \
  "$here/server.properties" > "$conf"

java -cp "$here/lib/*" -Dlog4j.configuration="file:$here/tools-log4j.properties" \
  kafka.tools.StorageTool format -t "$cluster_id" -c "$conf" --ignore-formatted > "$run/kafka/format.log"

# setsid: the broker outlives this script and is not hit by the caller's job-control signals.
setsid java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m} -XX:+UseG1GC -Djava.awt.headless=true \
  -Dlog4j.configuration="file:$here/log4j.properties" -Dkafka.logs.dir="$run/kafka" \
  -cp "$here/lib/*" kafka.Kafka "$conf" > "$run/kafka/stdout.log" 2>&1 < /dev/null &
echo $! > "$pid_file"
echo "kafka: starting on 127.0.0.1:$port (pid $(cat "$pid_file"), cluster $cluster_id, logs $run/kafka/)"

if ! node "$here/wait-ready.js" "127.0.0.1:$port" 60000 "$(cat "$pid_file")" "$cluster_id"; then
  echo "kafka: not ready; last log lines:" >&2
  tail -n 30 "$run/kafka/kafka.log" "$run/kafka/stdout.log" >&2 || true
  bash "$here/stop.sh" || true
  exit 1
fi
echo "kafka: ready on 127.0.0.1:$port"
