#!/usr/bin/env bash
# Starts the MongoDB-wire test server (mongo-java-server, in-memory backend) on
# 127.0.0.1:${MONGO_PORT:-37017} in the background and waits until it answers a ping.
# Its jars come from install.sh (run by .ci/run before any test; called here too, a no-op once
# installed). PID and log: ${AFTERSALES_RUN_DIR:-deploy/local/.run}/mongo.{pid,log}.
# Prints MONGO_URL=... on success. Idempotent: a server this run dir's start.sh started and that
# still answers is left running; a port that answers otherwise is refused. Stop it with stop.sh.
# See docs/adr/005-mongo-driver-pin.md.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/../../.." && pwd)"
run_dir="${AFTERSALES_RUN_DIR:-$root/deploy/local/.run}"
mkdir -p "$run_dir"
run_dir="$(cd "$run_dir" && pwd)"
pid_file="$run_dir/mongo.pid"
log_file="$run_dir/mongo.log"
port="${MONGO_PORT:-37017}"
url="mongodb://127.0.0.1:${port}/aftersales"
timeout_s=30

# A ping through the project's own mongodb driver: the client the adapters use must accept the
# server (wire version, handshake), not just a TCP socket.
ping_server() {
  (cd "$root" && node -e '
    const { MongoClient } = require("mongodb");
    MongoClient.connect(process.argv[1], { serverSelectionTimeoutMS: 1000, connectTimeoutMS: 1000 })
      .then(async (c) => { try { await c.db("admin").command({ ping: 1 }); } finally { await c.close(); } })
      .then(() => process.exit(0), () => process.exit(1));
  ' "$url") >/dev/null 2>&1
}

# The launcher this run dir started: its cmdline names Launcher.java and this run dir (servers
# started before the run dir was recorded on the cmdline are recognised by Launcher.java alone).
ours_running() {
  [[ -f "$pid_file" ]] || return 1
  local pid cmdline
  pid="$(cat "$pid_file")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null || return 1
  cmdline="$(tr '\0' ' ' <"/proc/$pid/cmdline" 2>/dev/null)" || return 1
  [[ "$cmdline" == *Launcher.java* ]] || return 1
  [[ "$cmdline" != *-Daftersales.run.dir=* || "$cmdline" == *"-Daftersales.run.dir=$run_dir "* ]]
}

if ours_running && ping_server; then
  echo "mongo-java-server already running (pid $(cat "$pid_file"), run dir $run_dir)" >&2
  echo "MONGO_URL=$url"
  exit 0
fi
rm -f "$pid_file"

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
  echo "port $port on 127.0.0.1 already answers, but not a server started from $run_dir; stop it or set MONGO_PORT (and AFTERSALES_RUN_DIR)" >&2
  exit 1
fi

bash "$here/install.sh"

(
  cd "$here"
  # Single-file source launch (JDK 11+): no build step to forget.
  exec nohup java -Xmx"${MONGO_HEAP:-512m}" -XX:+UseSerialGC -Daftersales.run.dir="$run_dir" -cp "$here/lib/*" Launcher.java "$port"
) >"$log_file" 2>&1 &
pid=$!
echo "$pid" >"$pid_file"

deadline=$((SECONDS + timeout_s))
until ping_server; do
  if ! kill -0 "$pid" 2>/dev/null; then
    echo "mongo-java-server exited during start; last lines of $log_file:" >&2
    tail -n 20 "$log_file" >&2
    rm -f "$pid_file"
    exit 1
  fi
  if ((SECONDS >= deadline)); then
    echo "mongo-java-server did not answer a ping within ${timeout_s}s; stopping it. Log: $log_file" >&2
    bash "$here/stop.sh" >&2
    exit 1
  fi
  sleep 0.5
done

echo "mongo-java-server started (pid $pid, log $log_file)" >&2
echo "MONGO_URL=$url"
