#!/usr/bin/env bash
# Copies Apache Kafka's jars (pom.xml) into deploy/local/kafka/lib, once: a no-op when they are there.
# Maven caches downloads in ~/.m2, so a fresh clone on a machine that ran this before copies offline.
# The copy goes to lib.partial first and is renamed when complete, so an interrupted download is
# never mistaken for an install. .ci/run calls this before any test; start.sh calls it too.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
version=$(sed -n 's:.*<kafka.version>\(.*\)</kafka.version>.*:\1:p' "$here/pom.xml")
if compgen -G "$here/lib/kafka_2.13-$version.jar" > /dev/null && compgen -G "$here/lib/kafka-tools-$version.jar" > /dev/null; then
  exit 0
fi
command -v mvn > /dev/null || { echo "install.sh: mvn not found (apt-get install maven)" >&2; exit 1; }
command -v java > /dev/null || { echo "install.sh: java not found (a JDK 17+ is needed)" >&2; exit 1; }
echo "== copying Apache Kafka $version jars to deploy/local/kafka/lib"
rm -rf "$here/lib.partial"
mvn -q -B -Dstyle.color=never -f "$here/pom.xml" dependency:copy-dependencies -DoutputDirectory="$here/lib.partial"
rm -rf "$here/lib"
mv "$here/lib.partial" "$here/lib"
