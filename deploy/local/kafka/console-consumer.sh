#!/usr/bin/env bash
# Apache Kafka's own console consumer from the same jars: a client we did not write, to check what is
# really on a topic. Arguments pass through; --bootstrap-server defaults to KAFKA_BROKERS.
#   deploy/local/kafka/console-consumer.sh --topic aftersales.intake.events --from-beginning \
#     --max-messages 10 --property print.key=true --property print.headers=true
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
bash "$here/install.sh" >&2
args=("$@")
if [[ " $* " != *" --bootstrap-server "* ]]; then
  args=(--bootstrap-server "${KAFKA_BROKERS:-127.0.0.1:${KAFKA_PORT:-39092}}" "${args[@]}")
fi
exec java -Xmx256m -Dlog4j.configuration="file:$here/tools-log4j.properties" -cp "$here/lib/*" \
  org.apache.kafka.tools.consumer.ConsoleConsumer "${args[@]}"
