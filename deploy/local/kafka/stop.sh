#!/usr/bin/env bash
# Stops the broker start.sh started, by its PID: TERM (a clean shutdown), up to 30 s, then KILL.
# A no-op when it is not running.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
pid_file="$(cd "$here/.." && pwd)/.run/kafka.pid"
[[ -f "$pid_file" ]] || { echo "kafka: not running"; exit 0; }
pid="$(cat "$pid_file")"
if ! kill -0 "$pid" 2> /dev/null; then
  echo "kafka: not running (stale pid $pid)"
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
echo "kafka: stopped"
