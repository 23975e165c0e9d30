#!/usr/bin/env bash
# Local real infrastructure for distributed mode and `npm run test:infra` (deploy/local/README.md).
#   infra.sh up          installs the jars if missing, starts Kafka and the Mongo-wire server, records
#                        in <run dir>/infra.started what it started itself, then prints the environment
#   infra.sh down        stops what `up` recorded as started (nothing else: a server that `up` found
#                        already running, or that another run dir owns, is left alone)
#   infra.sh down --all  stops whatever this run dir's PID files name (each script still checks the
#                        process is its own before signalling)
# The run dir is ${AFTERSALES_RUN_DIR:-deploy/local/.run}; give separate runs separate run dirs and
# ports (KAFKA_PORT, KAFKA_CONTROLLER_PORT, MONGO_PORT). A port that already answers is refused,
# never adopted. PostgreSQL is the machine's own server (ARCHITECTURE.md "Infrastructure on these machines").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
run="${AFTERSALES_RUN_DIR:-$here/.run}"
mkdir -p "$run"
run="$(cd "$run" && pwd)"
export AFTERSALES_RUN_DIR="$run"
kafka_port="${KAFKA_PORT:-39092}"
mongo_port="${MONGO_PORT:-37017}"
started="$run/infra.started"

# A live process named by this run dir's PID file whose cmdline matches (mongo: Launcher.java; kafka:
# kafka.Kafka on this run dir's config), i.e. one that start.sh would call "already running".
running() {
  local pid_file="$run/$1.pid" pattern="$2" pid
  [[ -f "$pid_file" ]] || return 1
  pid="$(cat "$pid_file")"
  [[ -n "$pid" ]] && kill -0 "$pid" 2> /dev/null && tr '\0' ' ' < "/proc/$pid/cmdline" 2> /dev/null | grep -qF -- "$pattern"
}

record() { grep -qx "$1" "$started" 2> /dev/null || echo "$1" >> "$started"; }

up() {
  if running kafka "$run/kafka/server.properties"; then
    echo "kafka: already running from $run; not recorded as started by this up (down leaves it)"
    bash "$here/kafka/start.sh"
  else
    bash "$here/kafka/start.sh"
    record kafka
  fi
  if running mongo Launcher.java; then
    echo "mongo: already running from $run; not recorded as started by this up (down leaves it)"
    bash "$here/mongo/start.sh"
  else
    bash "$here/mongo/start.sh"
    record mongo
  fi
  cat << ENV

# Environment for distributed mode and npm run test:infra (run dir $run):
export AFTERSALES_RUN_DIR=$run
export KAFKA_BROKERS=127.0.0.1:$kafka_port
export MONGO_URL=mongodb://127.0.0.1:$mongo_port/aftersales
export PG_URL=postgres://postgres@127.0.0.1:5432/postgres
ENV
}

down() {
  local status=0 what
  if [[ "${1:-}" == --all ]]; then
    what="mongo kafka"
  elif [[ -f "$started" ]]; then
    # Stopped in reverse order of starting.
    what="$(tac "$started" | tr '\n' ' ')"
  else
    echo "infra: nothing recorded as started by 'infra.sh up' in $run; nothing stopped ('infra.sh down --all' stops this run dir's servers)"
    return 0
  fi
  for component in $what; do
    case "$component" in
      kafka | mongo) bash "$here/$component/stop.sh" || status=$? ;;
      *) echo "infra: ignoring unknown entry '$component' in $started" >&2 ;;
    esac
  done
  if ((status == 0)); then rm -f "$started"; fi
  return $status
}

case "${1:-}" in
  up) up ;;
  down) down "${2:-}" ;;
  *)
    echo "usage: $0 up|down [--all]" >&2
    exit 2
    ;;
esac
