#!/usr/bin/env bash
# Stops the broker start.sh started from this run directory (${AFTERSALES_RUN_DIR:-deploy/local/.run}),
# by its PID: TERM (a clean shutdown), up to 30 s, then KILL. A no-op when it is not running.
# The PID is signalled only while /proc/<pid>/cmdline is a kafka.Kafka process on this run dir's
# server.properties: a reused PID, or another run dir's broker, is never touched.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run="${AFTERSALES_RUN_DIR:-$(cd "$here/.." && pwd)/.run}"
[[ -d "$run" ]] || { echo "kafka: not running (no run dir $run)"; exit 0; }
run="$(cd "$run" && pwd)"
pid_file="$run/kafka.pid"
conf="$run/kafka/server.properties"
[[ -f "$pid_file" ]] || { echo "kafka: not running (no $pid_file)"; exit 0; }
pid="$(cat "$pid_file")"
if [[ -z "$pid" ]] || ! kill -0 "$pid" 2> /dev/null; then
  echo "kafka: not running (stale pid ${pid:-<empty>})"
  rm -f "$pid_file"
  exit 0
fi
cmdline="$(tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null || true)"
if [[ "$cmdline" != *" kafka.Kafka "* || "$cmdline" != *"$conf"* ]]; then
  echo "kafka: pid $pid is not the broker of $run (not signalled); removing the stale $pid_file"
  rm -f "$pid_file"
  exit 0
fi
kill -TERM "$pid"
for _ in $(seq 1 60); do
  kill -0 "$pid" 2> /dev/null || break
  sleep 0.5
done
if kill -0 "$pid" 2> /dev/null; then
  echo "kafka: still up after 30 s, killing pid $pid"
  kill -KILL "$pid"
fi
rm -f "$pid_file"
echo "kafka: stopped (pid $pid, run dir $run)"
