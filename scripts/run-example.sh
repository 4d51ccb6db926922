#!/usr/bin/env bash
# README command 1, the main job: install what is missing, build, and take a bundled example model
# through the compiler as far as the pipeline exists today:
#   ONNX -> qcnn IR (qcnn-translate) -> pass pipeline (qcnn-opt) -> execution on the bundled inputs
#   (qcnn-run), checked against the expected outputs computed by the examples' independent reference.
# Usage: scripts/run-example.sh [examples/<name>]     (default: examples/ring-classifier-64)
set -euo pipefail
cd "$(dirname "$0")/.."
example=${1:-examples/ring-classifier-64}
example=${example%/}
name=$(basename "$example")
[ -f "$example/model.onnx" ] || { echo "run-example: no model at $example/model.onnx" >&2; exit 1; }

scripts/deps.sh build
scripts/build.sh
bin=${QCNN_BUILD_DIR:-build}/bin
out=${QCNN_BUILD_DIR:-build}/examples/$name
mkdir -p "$out"

# The pass pipeline grows with the compiler; every stage's output is executed below.
pipeline=${QCNN_PIPELINE:-builtin.module(qcnn-verify,qcnn-tidy,qcnn-convert-quant,qcnn-streamline,qcnn-tidy,qcnn-fold-gap,qcnn-streamline,qcnn-to-nhwc,qcnn-partition,qcnn-verify)}

ms() { date +%s%N; }
echo "== $name: $example/model.onnx"
t0=$(ms)
# Locations (ONNX node names) are kept in the files so every remark names its node.
"$bin/qcnn-translate" --import-onnx "$example/model.onnx" -o "$out/imported.mlir" --mlir-print-debuginfo
t1=$(ms)
"$bin/qcnn-opt" "$out/imported.mlir" --pass-pipeline="$pipeline" -o "$out/pipeline.mlir" --mlir-print-debuginfo \
  --qcnn-explain 2>"$out/remarks.txt" || { cat "$out/remarks.txt" >&2; exit 1; }
t2=$(ms)
echo "import: $(( (t1 - t0) / 1000000 )) ms -> $out/imported.mlir"
echo "pipeline '$pipeline': $(( (t2 - t1) / 1000000 )) ms -> $out/pipeline.mlir"
echo "ops after the pipeline:"
"$bin/qcnn-opt" "$out/pipeline.mlir" --pass-pipeline='builtin.module(print-op-stats{json=false})' -o /dev/null 2>&1 |
  awk -F, '/qcnn\.|arith\./ {gsub(/ /, "", $1); gsub(/ /, "", $2); printf "  %-22s %s\n", $1, $2}'

dataflow=$(grep -c 'qcnn.region = "dataflow"' "$out/pipeline.mlir" || true)
host=$(grep -c 'qcnn.region = "host"' "$out/pipeline.mlir" || true)
if [ "$dataflow$host" != 00 ]; then
  echo "partition: $dataflow integer ops in the dataflow region, $host on the host:"
  grep 'stays on the host' "$out/remarks.txt" | sed 's/^/  /'
fi
echo "(all remarks: $out/remarks.txt)"
echo "run (qcnn-run on the pipeline's output, compared with expected_N.npy):"
status=0
for input in "$example"/input_*.npy; do
  n=${input##*input_}; n=${n%.npy}
  expected="$example/expected_$n.npy"
  if ! line=$("$bin/qcnn-run" "$out/pipeline.mlir" --input "$input" --compare "$expected" --rtol 1e-5 --atol 1e-5 \
        --print 2>&1); then
    status=1
    printf '  input_%s: MISMATCH\n%s\n' "$n" "$line"
    continue
  fi
  values=$(printf '%s\n' "$line" | sed -n 's/.*= \[\[\(.*\)\]\]/\1/p' | tr -d ' ')
  case "$name" in
    ring-classifier-*)
      verdict=$(awk -F, '{print ($2 > $1) ? "reliable" : "unreliable"}' <<<"$values") ;;
    ring-regressor-*)
      width=${name##*-}
      verdict=$(awk -v w="$width" '{printf "ring diameter %.1f px", $1 * w}' <<<"$values") ;;
    *) verdict="" ;;
  esac
  printf '  input_%s: [%s] -> %s (matches expected)\n' "$n" "$values" "$verdict"
done
[ "$status" -eq 0 ] && echo "result: all outputs match the independent reference" ||
  echo "result: outputs differ from the reference"
exit "$status"
