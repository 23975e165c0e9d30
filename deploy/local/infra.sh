#!/usr/bin/env bash
# Local real infrastructure for distributed mode and `npm run test:infra` (deploy/local/README.md).
#   infra.sh up     installs Kafka's jars if missing, starts Kafka and (when deploy/local/mongo exists)
#                   the Mongo-wire server, then prints the environment to use
#   infra.sh down   stops both; a no-op for what is not running
# PostgreSQL is the machine's own server (ARCHITECTURE.md "Infrastructure on these machines").
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
kafka_port="${KAFKA_PORT:-39092}"
mongo_port="${MONGO_PORT:-37017}"

up() {
  bash "$here/kafka/start.sh"
  if [[ -x "$here/mongo/start.sh" || -f "$here/mongo/start.sh" ]]; then
    bash "$here/mongo/start.sh"
  else
    echo "mongo: deploy/local/mongo/start.sh not present, not started"
  fi
  cat << ENV

# Environment for distributed mode and npm run test:infra:
export KAFKA_BROKERS=127.0.0.1:$kafka_port
export MONGO_URL=mongodb://127.0.0.1:$mongo_port/aftersales
export PG_URL=postgres://postgres@127.0.0.1:5432/postgres
ENV
}

down() {
  local status=0
  if [[ -f "$here/mongo/stop.sh" ]]; then bash "$here/mongo/stop.sh" || status=$?; fi
  bash "$here/kafka/stop.sh" || status=$?
  return $status
}

case "${1:-}" in
  up) up ;;
  down) down ;;
  *)
    echo "usage: $0 up|down" >&2
    exit 2
    ;;
esac
