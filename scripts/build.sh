#!/usr/bin/env bash
# Configures and builds qcnn into ./build (or $QCNN_BUILD_DIR). Extra arguments go to cmake.
set -euo pipefail
cd "$(dirname "$0")/.."
build=${QCNN_BUILD_DIR:-build}
cmake -S . -B "$build" -G Ninja "$@" >/dev/null
ninja -C "$build" >/dev/null || ninja -C "$build"   # quiet when it works, the full log when it fails
