#!/usr/bin/env bash
# Copies Apache Kafka's jars (pom.xml) into deploy/local/kafka/lib, once: a no-op when they are there.
# Maven caches downloads in ~/.m2, so a fresh clone on a machine that ran this before copies offline.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
if compgen -G "$here/lib/kafka_2.13-$version.jar" > /dev/null && compgen -G "$here/lib/kafka-tools-$version.jar" > /dev/null; then
  exit 0
fi
command -v mvn > /dev/null || { echo "install.sh: mvn not found (apt-get install maven)" >&2; exit 1; }
command -v java > /dev/null || { echo "install.sh: java not found (a JDK 17+ is needed)" >&2; exit 1; }
echo "== copying Apache Kafka $version jars to deploy/local/kafka/lib"
rm -rf "$here/lib"
mvn -q -B -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$here/lib"
