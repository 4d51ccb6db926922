#!/usr/bin/env bash
# README command 1, the main job: install what is missing, build, and take a bundled example model
# through the compiler as far as the pipeline exists today:
#   ONNX -> qcnn IR (qcnn-translate) -> streamlined, partitioned integer graph (qcnn-opt) -> qdf dataflow:
#   lowered, folded for the target, FIFOs sized, resources estimated (qcnn-opt) -> execution of the
#   final qdf graph on the bundled inputs (qcnn-run), checked against the expected outputs computed by
#   the examples' independent reference. (HLS emission and C simulation are the next issues.)
# Usage: scripts/run-example.sh [examples/<name>]     (default: examples/ring-classifier-64)
# Environment: QCNN_PIPELINE (the qcnn part), QCNN_DATAFLOW (the qdf part), QCNN_BUILD_DIR.
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

# The named pipeline up to the partitioned integer graph, then its dataflow half with reports. Together
# they are qcnn-hw-pipeline (docs/qcnn-opt.md); they are split here to show each half's result.
pipeline="builtin.module(qcnn-hw-pipeline{stop-after=qcnn-verify:2})"
pipeline=${QCNN_PIPELINE:-$pipeline}
hw="builtin.module(func.func(qcnn-lower-to-dataflow,qdf-verify,qdf-set-folding{device=ultra96-v2},qdf-size-fifos{report=$out/fifos.json},qdf-estimate{device=ultra96-v2 report=$out/estimate.json},qdf-verify))"
hw=${QCNN_DATAFLOW:-$hw}

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
t3=$(ms)
"$bin/qcnn-opt" "$out/pipeline.mlir" --pass-pipeline="$hw" -o "$out/dataflow.mlir" --mlir-print-debuginfo \
  --qcnn-explain 2>"$out/dataflow-remarks.txt" || { cat "$out/dataflow-remarks.txt" >&2; exit 1; }
t4=$(ms)
echo "dataflow '$hw': $(( (t4 - t3) / 1000000 )) ms -> $out/dataflow.mlir"
echo "qdf processes (folded for the Ultra96-V2's best throughput):"
"$bin/qcnn-opt" "$out/dataflow.mlir" --pass-pipeline='builtin.module(print-op-stats{json=false})' -o /dev/null 2>&1 |
  awk -F, '/qdf\./ {gsub(/ /, "", $1); gsub(/ /, "", $2); printf "  %-22s %s\n", $1, $2}'
grep 'warning' "$out/dataflow-remarks.txt" | sed 's/^/  /' || true
# The function's estimate attributes (qdf-estimate) and the FIFO totals (qdf-size-fifos report).
attr() { grep -o "qdf\.$1 = [^,}]*" "$out/dataflow.mlir" | head -1 | sed 's/.*= //; s/ : .*//'; }
fifo() { sed -n "s/.*\"$1\": {\"bits\": \([0-9]*\), \"bram18\": \([0-9]*\).*/\1 bits, \2 BRAM18/p" "$out/fifos.json"; }
printf 'estimate: %.1f frames/s at 100 MHz (bottleneck %s, %s cycles/frame); LUT %s, BRAM18 %s, DSP %s; fits the ZU3EG: %s\n' \
  "$(attr fps)" "$(attr bottleneck)" "$(attr max_cycles)" "$(attr total_lut)" "$(attr total_bram18)" "$(attr total_dsp)" "$(attr fits)"
echo "FIFOs ($(grep -c '"qdf.fifo"' "$out/dataflow.mlir") sized from the token schedules; report $out/fifos.json):"
echo "  sized:                        $(fifo sized)"
echo "  unthrottled-simulation sizes: $(fifo unthrottled)   (what RTL-simulation sizing keeps)"
echo "  whole tensors:                $(fifo tensor_bound)   (FINN's starting point)"
echo "run (qcnn-run on the final qdf graph, compared with expected_N.npy):"
status=0
for input in "$example"/input_*.npy; do
  n=${input##*input_}; n=${n%.npy}
  expected="$example/expected_$n.npy"
  if ! line=$("$bin/qcnn-run" "$out/dataflow.mlir" --input "$input" --compare "$expected" --rtol 1e-5 --atol 1e-5 \
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
