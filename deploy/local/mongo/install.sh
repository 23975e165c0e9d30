#!/usr/bin/env bash
# Copies mongo-java-server's jars (pom.xml) into deploy/local/mongo/lib, once: a no-op when they are
# there. Maven caches downloads in ~/.m2. The copy goes to lib.partial first and is renamed when
# complete, so an interrupted download is never mistaken for an install. .ci/run calls this before
# any test; start.sh calls it too (a no-op after the first time).
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
version=$(sed -n '/<artifactId>mongo-java-server<\/artifactId>/{n;s:.*<version>\(.*\)</version>.*:\1:p}' "$here/pom.xml")
if [[ -n "$version" ]] && compgen -G "$here/lib/mongo-java-server-core-$version.jar" > /dev/null && compgen -G "$here/lib/mongo-java-server-memory-backend-$version.jar" > /dev/null; then
  exit 0
fi
command -v mvn > /dev/null || { echo "install.sh: mvn not found; it is needed to install mongo-java-server's jars (apt-get install maven)" >&2; exit 1; }
command -v java > /dev/null || { echo "install.sh: java not found (a JDK 11+ is needed)" >&2; exit 1; }
echo "== copying mongo-java-server $version jars to deploy/local/mongo/lib" >&2
rm -rf "$here/lib.partial"
(cd "$here" && mvn -q -B -Dstyle.color=never dependency:copy-dependencies -DoutputDirectory=lib.partial)
rm -rf "$here/lib"
mv "$here/lib.partial" "$here/lib"
