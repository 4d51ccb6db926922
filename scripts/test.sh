#!/usr/bin/env bash
# README command 2: install what is missing, build, and run the whole lit suite.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh test
scripts/build.sh "$@"
build=${QCNN_BUILD_DIR:-build}
/usr/lib/llvm-22/bin/lit -v "$build/test"
