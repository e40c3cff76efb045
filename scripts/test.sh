#!/usr/bin/env bash
# Runs every test of ia64play. Installs what the tests need on a fresh
# Debian machine: the GNU binutils for ia64 (the oracle our encodings and
# disassembly are checked against) and binutils' source package, whose
# gas/testsuite/gas/ia64 is our conformance suite (fetched, never committed).
set -euo pipefail
cd "$(dirname "$0")/.."

as_root() { if [ "$(id -u)" = 0 ]; then "$@"; else sudo "$@"; fi; }

if ! command -v ia64-linux-gnu-as >/dev/null || ! command -v ia64-linux-gnu-objdump >/dev/null; then
  echo "== installing binutils-ia64-linux-gnu"
  as_root apt-get update -qq
  as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq binutils-ia64-linux-gnu >/dev/null
fi

# binutils' own ia64 test suite, from Debian's source package.
src_root="${IA64PLAY_BINUTILS_SRC:-$PWD/target/binutils-src}"
if ! ls -d "$src_root"/binutils-*/gas/testsuite/gas/ia64 >/dev/null 2>&1; then
  echo "== fetching binutils source package (for gas/testsuite/gas/ia64)"
  if ! grep -rqs '^Types:.*deb-src' /etc/apt/sources.list.d/ && ! grep -qs '^deb-src' /etc/apt/sources.list; then
    codename=$(. /etc/os-release && echo "$VERSION_CODENAME")
    printf 'Types: deb-src\nURIs: http://deb.debian.org/debian\nSuites: %s\nComponents: main\nSigned-By: /usr/share/keyrings/debian-archive-keyring.gpg\n' "$codename" |
      as_root tee /etc/apt/sources.list.d/ia64play-deb-src.sources >/dev/null
  fi
  command -v dpkg-source >/dev/null || { as_root apt-get update -qq; as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq dpkg-dev >/dev/null; }
  as_root apt-get update -qq
  mkdir -p "$src_root"
  (cd "$src_root" && apt-get source -qq binutils >/dev/null 2>&1)
fi
IA64PLAY_GAS_TESTSUITE=$(ls -d "$src_root"/binutils-*/gas/testsuite/gas/ia64 | head -n 1)
export IA64PLAY_GAS_TESTSUITE
echo "== binutils ia64 test suite: $IA64PLAY_GAS_TESTSUITE"

echo "== cargo test (workspace: unit, integration and doc tests)"
status=0
cargo test --workspace --no-fail-fast || status=1
echo "== benchmarks, run once each as tests"
cargo test --workspace --benches --no-fail-fast || status=1
exit $status
