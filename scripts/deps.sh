#!/usr/bin/env bash
# Installs the Debian packages qcnn needs (when run as root and something is missing); idempotent.
# Usage: scripts/deps.sh [build|test]   ("test" adds what only the test suite needs)
set -euo pipefail
pkgs=(cmake ninja-build gcc g++ python3
      libmlir-22-dev mlir-22-tools llvm-22-dev llvm-22-tools
      libprotobuf-c-dev protobuf-c-compiler protobuf-compiler libonnx-dev python3-numpy zlib1g-dev)
if [ "${1:-build}" = test ]; then
  pkgs+=(libonnx-testdata)
fi
missing=()
for p in "${pkgs[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0
if [ "$(id -u)" -ne 0 ]; then
  echo "qcnn: missing Debian packages: ${missing[*]}" >&2
  echo "qcnn: install them with: sudo apt-get install ${missing[*]}" >&2
  exit 1
fi
echo "qcnn: installing ${missing[*]}" >&2
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
