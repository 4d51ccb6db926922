#!/bin/sh
# Throughput of qcnn-run's interpreter against onnxruntime (float form), single thread, batch 1.
#
#   bench/bench.sh [QCNN_RUN]      (default: build-run/bin/qcnn-run, then build/bin/qcnn-run)
#
# For each model: qcnn-run --repeat on the QONNX model, then onnxruntime-node (ort.js) on its float
# form (float_quant.py replaces every Quant by Div/Add/Round/Clip/Sub/Mul), alternating ROUNDS times so
# both see the same machine load; prints the best rate of each and the ratio. Both print their output
# for the same input, so a reader can check that they compute the same thing.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
qcnn_run=${1:-}
if [ -z "$qcnn_run" ]; then
  for c in "$root/build-run/bin/qcnn-run" "$root/build/bin/qcnn-run"; do [ -x "$c" ] && qcnn_run=$c && break; done
fi
[ -n "$qcnn_run" ] && [ -x "$qcnn_run" ] || { echo "bench.sh: no qcnn-run; build it or pass its path" >&2; exit 1; }
python=/usr/bin/python3
rounds=${ROUNDS:-3}
out="$here/out"
mkdir -p "$out"
if [ ! -d "$here/node_modules/onnxruntime-node" ]; then
  echo "bench.sh: installing onnxruntime-node into bench/node_modules" >&2
  (cd "$here" && npm install --ignore-scripts --no-audit --no-fund >&2)
fi

# name, model, input .npy, runs per round
bench() {
  name=$1 model=$2 input=$3 runs=$4
  $python "$here/float_quant.py" "$model" "$out/$name.float.onnx"
  best_q=0 best_o=0
  i=0
  while [ $i -lt "$rounds" ]; do
    q=$("$qcnn_run" "$model" --input "$input" --repeat "$runs" --print 2>"$out/$name.qcnn.err" >"$out/$name.qcnn.out" &&
        sed -n 's/.*: \([0-9.]*\) images\/s$/\1/p' "$out/$name.qcnn.err")
    node "$here/ort.js" "$out/$name.float.onnx" "$input" "$runs" >"$out/$name.ort.out"
    o=$(sed -n 's/^onnxruntime: .*: \([0-9.]*\) images\/s$/\1/p' "$out/$name.ort.out")
    best_q=$(echo "$q $best_q" | awk '{print ($1 > $2) ? $1 : $2}')
    best_o=$(echo "$o $best_o" | awk '{print ($1 > $2) ? $1 : $2}')
    i=$((i + 1))
  done
  echo "$name: qcnn-run $best_q images/s, onnxruntime $best_o images/s, ratio $(echo "$best_q $best_o" | awk '{printf "%.2f", $1 / $2}')"
  echo "  qcnn-run    $(cut -d= -f2- "$out/$name.qcnn.out")"
  echo "  onnxruntime $(sed -n 's/^onnxruntime output: //p' "$out/$name.ort.out")"
}

echo "qcnn-run: $qcnn_run; $(nproc) cores; load average $(cut -d' ' -f1-3 /proc/loadavg)"
bench ring-classifier-64 "$root/examples/ring-classifier-64/model.onnx" "$root/examples/ring-classifier-64/input_0.npy" 300
tfc="$root/../shared/models/tfc"
if [ -f "$tfc/TFC_2W2A.onnx" ]; then
  # The TFC models take pixels / 255; digit 0 of FINN's test input (a 7).
  $python -c "import numpy as np; x = np.load('$tfc/input.npy'); np.save('$out/tfc_input.npy', (x[0:1] / 255).astype(np.float32))"
  bench tfc-2w2a "$tfc/TFC_2W2A.onnx" "$out/tfc_input.npy" 3000
else
  echo "tfc-2w2a: skipped ($tfc/TFC_2W2A.onnx not found)"
fi
