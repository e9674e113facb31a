#!/bin/sh
# Puts the generated activemq.xsd of ActiveMQ 5.17.2 into .cache/activemq-xsd/ (git-ignored).
# ActiveMQ commits no generated XSD; Debian's libactivemq-java ships one inside
# /usr/share/java/activemq-spring.jar, and test/unit/vocabulary.test.ts checks the derived
# vocabulary against it. Idempotent and quiet on success; needs apt (as root) the first time.
set -eu

repo_root=$(cd "$(dirname "$0")/.." && pwd)
target="$repo_root/.cache/activemq-xsd/activemq.xsd"
jar_path=usr/share/java/activemq-spring.jar

[ -s "$target" ] && exit 0

fail() {
  echo "fetch-activemq-xsd: $*" >&2
  exit 1
}

for tool in apt-get dpkg-deb; do
  command -v "$tool" >/dev/null 2>&1 || fail "'$tool' is required (a Debian or Ubuntu system)"
done

work_dir=$(mktemp -d)
trap 'rm -rf "$work_dir"' EXIT INT TERM
log="$work_dir/apt.log"

cd "$work_dir"
# apt-get download needs package lists; refresh them only when the first attempt fails.
if ! apt-get download libactivemq-java >/dev/null 2>"$log"; then
  apt-get update >/dev/null 2>>"$log" || fail "apt-get update failed (run as root?): $(cat "$log")"
  apt-get download libactivemq-java >/dev/null 2>>"$log" || fail "apt-get download libactivemq-java failed: $(cat "$log")"
fi

deb_file=$(ls libactivemq-java_*.deb 2>/dev/null | head -n 1)
[ -n "$deb_file" ] || fail "apt-get download left no libactivemq-java .deb"
dpkg-deb -x "$deb_file" extracted || fail "dpkg-deb could not unpack $deb_file"
[ -f "extracted/$jar_path" ] || fail "$deb_file has no /$jar_path"

# The jar is a zip; unzip, or Python's zipfile where unzip is missing.
if command -v unzip >/dev/null 2>&1; then
  unzip -p "extracted/$jar_path" activemq.xsd >activemq.xsd 2>>"$log" || true
elif command -v python3 >/dev/null 2>&1; then
  python3 -c 'import sys, zipfile; sys.stdout.buffer.write(zipfile.ZipFile(sys.argv[1]).read("activemq.xsd"))' \
    "extracted/$jar_path" >activemq.xsd 2>>"$log" || true
else
  fail "unzip or python3 is required to read /$jar_path"
fi
[ -s activemq.xsd ] || fail "no activemq.xsd inside /$jar_path of $deb_file"

mkdir -p "$(dirname "$target")"
mv activemq.xsd "$target"
