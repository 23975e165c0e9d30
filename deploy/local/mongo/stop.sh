#!/usr/bin/env bash
# Stops the MongoDB-wire test server that start.sh started from this run dir
# (${AFTERSALES_RUN_DIR:-deploy/local/.run}), by its PID: TERM, then KILL after 10 s. A no-op when
# it is not running. Its data is in memory and goes with it.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
run_dir="${AFTERSALES_RUN_DIR:-$here/../.run}"
[[ -d "$run_dir" ]] || { echo "mongo-java-server is not running (no run dir $run_dir)" >&2; exit 0; }
run_dir="$(cd "$run_dir" && pwd)"
pid_file="$run_dir/mongo.pid"

if [[ ! -f "$pid_file" ]]; then
  echo "mongo-java-server is not running (no pid file)" >&2
  exit 0
fi
pid="$(cat "$pid_file")"
cmdline=""
if [[ -n "$pid" ]]; then cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null || true)"; fi
# The PID may have been reused since, or belong to another run dir: only signal what start.sh
# launched from this one (servers started before the run dir was on the cmdline: Launcher.java alone).
if [[ -z "$pid" ]] || ! kill -0 "$pid" 2>/dev/null || [[ "$cmdline" != *Launcher.java* ]] ||
  [[ "$cmdline" == *-Daftersales.run.dir=* && "$cmdline" != *"-Daftersales.run.dir=$run_dir "* ]]; then
  echo "mongo-java-server is not running (stale pid file)" >&2
  rm -f "$pid_file"
  exit 0
fi

kill -TERM "$pid" 2>/dev/null || true
for _ in $(seq 1 100); do
  kill -0 "$pid" 2>/dev/null || break
  sleep 0.1
done
if kill -0 "$pid" 2>/dev/null; then
  echo "mongo-java-server (pid $pid) ignored TERM for 10 s; killing it" >&2
  kill -KILL "$pid" 2>/dev/null || true
fi
rm -f "$pid_file"
echo "mongo-java-server stopped (pid $pid)" >&2
