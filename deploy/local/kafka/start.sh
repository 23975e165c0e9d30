#!/usr/bin/env bash
# Starts a single-node KRaft Kafka on 127.0.0.1:${KAFKA_PORT:-39092} (controller ${KAFKA_CONTROLLER_PORT:-39093})
# in the background and returns once it answers (admin listTopics, 60 s cap).
# Every start begins from an empty data dir (deploy/local/.run/kafka-data), so CI and tests see no
# topics or offsets of an earlier run; KAFKA_KEEP_DATA=1 keeps the previous data instead.
# PID in deploy/local/.run/kafka.pid, logs in deploy/local/.run/kafka/.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run="$(cd "$here/.." && pwd)/.run"
port="${KAFKA_PORT:-39092}"
controller_port="${KAFKA_CONTROLLER_PORT:-39093}"
pid_file="$run/kafka.pid"
data="$run/kafka-data"
conf="$run/kafka/server.properties"
# A fixed cluster id (base64url of the 16 bytes "aftersales-local"): the data dir is fresh anyway.
cluster_id="YWZ0ZXJzYWxlcy1sb2NhbA"

if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2> /dev/null; then
  echo "kafka: already running (pid $(cat "$pid_file"))"
  exec node "$here/wait-ready.js" "127.0.0.1:$port" 60000 "$(cat "$pid_file")"
fi

bash "$here/install.sh"
mkdir -p "$run/kafka"
if [[ "${KAFKA_KEEP_DATA:-}" != 1 ]]; then rm -rf "$data"; fi
mkdir -p "$data"
sed -e "s|@KAFKA_PORT@|$port|g" -e "s|@CONTROLLER_PORT@|$controller_port|g" -e "s|@DATA_DIR@|$data|g" \
  "$here/server.properties" > "$conf"

java -cp "$here/lib/*" -Dlog4j.configuration="file:$here/tools-log4j.properties" \
  kafka.tools.StorageTool format -t "$cluster_id" -c "$conf" --ignore-formatted > "$run/kafka/format.log"

# setsid: the broker outlives this script and is not hit by the caller's job-control signals.
setsid java ${KAFKA_HEAP_OPTS:--Xms256m -Xmx768m} -XX:+UseG1GC -Djava.awt.headless=true \
  -Dlog4j.configuration="file:$here/log4j.properties" -Dkafka.logs.dir="$run/kafka" \
  -cp "$here/lib/*" kafka.Kafka "$conf" > "$run/kafka/stdout.log" 2>&1 < /dev/null &
echo $! > "$pid_file"
echo "kafka: starting on 127.0.0.1:$port (pid $(cat "$pid_file"), logs $run/kafka/)"

if ! node "$here/wait-ready.js" "127.0.0.1:$port" 60000 "$(cat "$pid_file")"; then
  echo "kafka: not ready; last log lines:" >&2
  tail -n 30 "$run/kafka/kafka.log" "$run/kafka/stdout.log" >&2 || true
  bash "$here/stop.sh" || true
  exit 1
fi
echo "kafka: ready on 127.0.0.1:$port"
