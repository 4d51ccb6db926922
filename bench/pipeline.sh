#!/bin/sh
# Compile time of the whole pipeline, import to the last pass, on a few models.
#
#   bench/pipeline.sh [BUILD_DIR]      (default: build, then build-bench; RUNS=10 by default)
#
# Per model and run: `qcnn-translate --import-onnx` (to a temp file), then `qcnn-opt $PASSES
# --mlir-timing`. Process start is the wall time of `qcnn-opt` on an empty module (exec, dynamic
# loading, context with our IRDL dialects, print); import is qcnn-translate's wall time minus that;
# each pass is its --mlir-timing wall time ("Rest": pass manager and verifier); parse + print is the
# rest of qcnn-opt's wall time minus process start. Prints min and median.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
bin=${1:-}
if [ -z "$bin" ]; then
  for c in "$root/build" "$root/build-bench"; do [ -x "$c/bin/qcnn-opt" ] && bin=$c && break; done
fi
if [ -z "$bin" ] || [ ! -x "$bin/bin/qcnn-opt" ] || [ ! -x "$bin/bin/qcnn-translate" ]; then
  echo "pipeline.sh: no qcnn-opt/qcnn-translate; build them or pass the build dir" >&2
  exit 1
fi
# The pipeline: the standard sequence (qcnn-hw-pipeline, DESIGN section 5) up to qcnn-partition, the
# end of the qcnn part. It expands into its passes, so --mlir-timing still times each of them.
PASSES=${PASSES:---qcnn-hw-pipeline=stop-after=qcnn-partition}
runs=${RUNS:-10}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
echo 'module {}' >"$tmp/empty.mlir"

now() { date +%s%N; }

# name, model: one line per run into $tmp/<name>.runs: "start import opt_total pass=secs..."
measure() {
  name=$1 model=$2
  : >"$tmp/$name.runs"
  i=0
  while [ "$i" -lt "$runs" ]; do
    t0=$(now); "$bin/bin/qcnn-opt" "$tmp/empty.mlir" >/dev/null; t1=$(now)
    "$bin/bin/qcnn-translate" --import-onnx "$model" -o "$tmp/$name.mlir"; t2=$(now)
    # shellcheck disable=SC2086
    if ! "$bin/bin/qcnn-opt" "$tmp/$name.mlir" $PASSES --mlir-timing -o "$tmp/$name.out.mlir" 2>"$tmp/timing"; then
      echo "$name: the pipeline fails, not timed: $(grep -m1 error: "$tmp/timing")"
      return 0
    fi
    t3=$(now)
    passes=$(awk '/^ +[0-9.]+ +\( *[0-9.]+%\) +[^ ]/ && $NF != "Total" && $NF != "Pipeline" {n = $NF; if (seen[n]++) n = n "#" seen[n]; print n "=" $1}' "$tmp/timing" | tr '\n' ' ')
    echo "$((t1 - t0)) $((t2 - t1)) $((t3 - t2)) $passes" >>"$tmp/$name.runs"
    i=$((i + 1))
  done
  /usr/bin/python3 - "$name" "$tmp/$name.runs" <<'EOF'
import statistics, sys
name, path = sys.argv[1], sys.argv[2]
rows = [l.split() for l in open(path)]
start = [int(r[0]) / 1e6 for r in rows]
imp = [int(r[1]) / 1e6 for r in rows]
opt = [int(r[2]) / 1e6 for r in rows]
stat = lambda v: (min(v), statistics.median(v))
names = [kv.split("=")[0] for kv in rows[0][3:]]
passes = {n: [float(dict(kv.split("=") for kv in r[3:])[n]) * 1e3 for r in rows] for n in names}
# Differences of statistics, not per-run differences: the start-up noise of two processes would add.
st, tr, op = stat(start), stat(imp), stat(opt)
cols = {"process start": st, "import (translate - start)": tuple(a - b for a, b in zip(tr, st))}
for n in names:
    cols[n if n != "Rest" else "pass manager rest"] = stat(passes[n])
rest = stat([opt[k] - sum(passes[n][k] for n in names) for k in range(len(rows))])
cols["parse + print (opt - passes - start)"] = tuple(a - b for a, b in zip(rest, st))
cols["total (translate + opt)"] = stat([i + o for i, o in zip(imp, opt)])
print(f"{name}: {len(rows)} runs, ms (min / median)")
for k, (lo, med) in cols.items():
    print(f"  {k:38s} {lo:7.1f} {med:7.1f}")
EOF
}

type=$(sed -n 's/^CMAKE_BUILD_TYPE:[A-Z]*=//p' "$bin/CMakeCache.txt")
static=$(sed -n 's/^QCNN_STATIC_LLVM:[A-Z]*=//p' "$bin/CMakeCache.txt")
echo "build: $bin (${type:-RelWithDebInfo, the default}; QCNN_STATIC_LLVM=${static:-OFF}); passes: $PASSES"
echo "$(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
measure ring-classifier-300 "$root/examples/ring-classifier-300/model.onnx"
models="$root/../shared/models"
# The two TFCs: the largest models there (59k weights each; FINN's w1a1 file, 248 KB, is the largest
# file, TFC_2W2A, 243 KB, the largest QONNX one); the GTSRB CNN: the most ops.
[ -f "$models/tfc/TFC_2W2A.onnx" ] && measure tfc-2w2a "$models/tfc/TFC_2W2A.onnx"
[ -f "$models/tfc/finn_tfc_w1a1_streamlined_input.onnx" ] &&
  measure tfc-w1a1 "$models/tfc/finn_tfc_w1a1_streamlined_input.onnx"
[ -f "$models/gtsrb_cnn/gtsrb_12x12_w2a3_c12x24x36.onnx" ] &&
  measure gtsrb-cnn "$models/gtsrb_cnn/gtsrb_12x12_w2a3_c12x24x36.onnx"
exit 0
