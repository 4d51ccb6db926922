#!/bin/sh
# FIFO sizing on an example: wall time of each step (lowering, folding, sizing, estimate) and the
# FIFO totals of qdf-size-fifos beside its two reference points (docs/fifo-sizing.md).
#
#   bench/fifos.sh [BUILD_DIR] [EXAMPLE]    (defaults: build, ring-classifier-300)
#   FOLDING="target-fps=..." bench/fifos.sh  (qdf-set-folding options; default: the device's best)
#   MINIMIZE=1 bench/fifos.sh                 (also time minimize=true: local minimality by simulation)
#
# The qcnn part (import to qcnn-partition) is not timed here: bench/pipeline.sh does that.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-$root/build}/bin
example=${2:-ring-classifier-300}
model=$root/examples/$example/model.onnx
for t in qcnn-opt qcnn-translate; do
  [ -x "$bin/$t" ] || { echo "fifos.sh: no $bin/$t; build it or pass the build dir" >&2; exit 1; }
done
[ -f "$model" ] || { echo "fifos.sh: no model $model" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

now() { date +%s%N; }
ms() { echo $(( ($2 - $1) / 1000000 )); }
step() { # name, then the qcnn-opt arguments; prints the wall time in ms
  name=$1
  shift
  t0=$(now)
  "$bin/qcnn-opt" "$@"
  t1=$(now)
  printf '%-22s %8s ms\n' "$name" "$(ms "$t0" "$t1")"
}

"$bin/qcnn-translate" --import-onnx "$model" -o "$tmp/imported.mlir"
"$bin/qcnn-opt" "$tmp/imported.mlir" -o "$tmp/part.mlir" --pass-pipeline='builtin.module(qcnn-verify,qcnn-tidy,qcnn-convert-quant,qcnn-streamline,qcnn-tidy,qcnn-fold-gap,qcnn-streamline,qcnn-to-nhwc,qcnn-partition,qcnn-verify)'
echo "== $example"
step qcnn-lower-to-dataflow "$tmp/part.mlir" --qcnn-lower-to-dataflow -o "$tmp/low.mlir"
step qdf-set-folding "$tmp/low.mlir" --qdf-set-folding="${FOLDING:-}" -o "$tmp/fold.mlir" 2>/dev/null
step "qdf-size-fifos (schedule)" "$tmp/fold.mlir" --qdf-size-fifos="simulate=false" -o /dev/null
step "qdf-size-fifos (default)" "$tmp/fold.mlir" --qdf-size-fifos="report=$tmp/fifos.json" -o "$tmp/sized.mlir"
step qdf-estimate "$tmp/sized.mlir" --qdf-estimate="report=$tmp/estimate.json" -o /dev/null
# The goal of the dataflow issue: lowering + folding + sizing + estimate in one run, from the partitioned graph.
step "all four (schedule)" "$tmp/part.mlir" --pass-pipeline="builtin.module(func.func(qcnn-lower-to-dataflow,qdf-set-folding{${FOLDING:-}},qdf-size-fifos{simulate=false},qdf-estimate))" -o /dev/null 2>/dev/null
step "all four (default)" "$tmp/part.mlir" --pass-pipeline="builtin.module(func.func(qcnn-lower-to-dataflow,qdf-set-folding{${FOLDING:-}},qdf-size-fifos,qdf-estimate))" -o /dev/null 2>/dev/null
if [ -n "${MINIMIZE:-}" ]; then
  step "qdf-size-fifos (minimize)" "$tmp/fold.mlir" --qdf-size-fifos="minimize=true report=$tmp/min.json" -o /dev/null
fi

/usr/bin/python3 - "$tmp/fifos.json" "$tmp/min.json" <<'PY'
import json, os, sys
r = json.load(open(sys.argv[1]))
t = r["totals"]
print(f"{len(r['fifos'])} FIFOs, period {r['period_cycles']} cycles (bottleneck {r['bottleneck_cycles']}), "
      f"confirmed by {r['simulations']} simulation(s)")
rows = [("sized", "qdf-size-fifos (built, rounded)"), ("scheduled", "periodic schedule (depths found)"),
        ("unthrottled", "unthrottled max occupancy"), ("tensor_bound", "tensor size (FINN's start)")]
if os.path.exists(sys.argv[2]):
    m = json.load(open(sys.argv[2]))
    t["minimized"] = m["totals"]["minimal"]
    rows.insert(2, ("minimized", f"minimize=true ({m['simulations']} simulations)"))
print(f"{'':36} {'bits':>10} {'BRAM18':>7} {'LUTs':>7}")
for key, label in rows:
    v = t[key]
    print(f"{label:36} {v['bits']:>10} {v['bram18']:>7.0f} {v['luts']:>7.0f}")
PY
