#!/usr/bin/env bash
# Puts the activemq.xsd of ActiveMQ 5.17.2 (from Debian's libactivemq-java) at .cache/activemq-xsd/activemq.xsd,
# for the vocabulary test. Idempotent; needs apt (as root) the first time.
set -euo pipefail
cd "$(dirname "$0")/.."
target=.cache/activemq-xsd/activemq.xsd
[ -s "$target" ] && exit 0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && (apt-get download libactivemq-java >/dev/null 2>&1 || (apt-get update >/dev/null && apt-get download libactivemq-java >/dev/null)))
dpkg-deb -x "$work"/libactivemq-java_*.deb "$work/x"
mkdir -p "$(dirname "$target")"
python3 -c "import zipfile,sys; sys.stdout.buffer.write(zipfile.ZipFile('$work/x/usr/share/java/activemq-spring.jar').read('activemq.xsd'))" > "$target.tmp"
mv "$target.tmp" "$target"
echo "fetched $target"
