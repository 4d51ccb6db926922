// RUN: qcnn-opt %s --qdf-size-fifos="report=%t.json verify-minimal=true lower-bound=true" --qcnn-explain --mlir-print-debuginfo -o %t.mlir 2>&1 | FileCheck %s --check-prefix=DIAG
// RUN: FileCheck %s < %t.mlir
// RUN: FileCheck %s --check-prefix=JSON < %t.json
// Idempotent: sizing the sized graph replaces its FIFOs by the same ones.
// RUN: qcnn-opt %t.mlir --qdf-size-fifos="verify-minimal=true lower-bound=true" --mlir-print-debuginfo -o %t.again.mlir
// RUN: diff %t.mlir %t.again.mlir
// FIFOs do not change what the graph computes.
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 2 --seed 3
// Without rounding the depths are the minimal ones.
// RUN: qcnn-opt %s --qdf-size-fifos="round=false" | FileCheck %s --check-prefix=EXACT

// A residual block at one word per cycle: the input forks into two thresholds in series (the long
// branch) and a bypass, joined by add_streams. Every process takes 128 cycles per frame (16 pixels x 8
// channels, pe 1), so the period to keep is 128. Latencies (docs/dataflow-models.md): input 2,
// duplicate 1, threshold 2, add_streams 2. A word written in cycle t is readable from t + latency and
// occupies its FIFO from t until read, so a channel between two one-word-per-cycle processes needs
// latency + 1 words: in -> fork 3, fork#0 -> t1 2, t1 -> t2 3, t2 -> add 3, add -> out 3.
// The bypass: fork writes word i to both branches in cycle f + i; the long branch delivers it to add
// at f + i + 1 + 2 + 2 (duplicate, t1, t2 latencies; a threshold writes in the cycle it reads), and
// add reads the bypass word then. Before fork writes word i, the reads done are those of words
// j < i - 5: the bypass holds 5 words, plus the one written: 6, the long branch's delay in words + 1.
// The periodic schedule (docs/fifo-sizing.md) is this very run: in (the first of the equally slow
// processes) back to back, every other process as early as its words are visible, so its depths are
// these. Each is the LB of its channel (the others unbounded), so the cost gap is 0.
// DIAG-DAG: loc("in"): remark: fifo in -> fork: minimal (depth 2: period {{[0-9]+}} > 128)
// DIAG-DAG: loc("fork"): remark: fifo fork#0 -> t1: minimal (depth 1: period {{[0-9]+}} > 128)
// DIAG-DAG: loc("fork"): remark: fifo fork#1 -> add: minimal (depth 5: period {{[0-9]+}} > 128)
// DIAG-DAG: loc("t1"): remark: fifo t1 -> t2: minimal (depth 2: period {{[0-9]+}} > 128)
// DIAG-DAG: loc("t2"): remark: fifo t2 -> add: minimal (depth 2: period {{[0-9]+}} > 128)
// DIAG-DAG: loc("add"): remark: fifo add -> out: minimal (depth 2: period {{[0-9]+}} > 128)
// DIAG-DAG: remark: sized 6 FIFOs in {{[0-9]+}} simulations: period 128 cycles (bottleneck 128), exact steady state
//
// Rounding: an SRL FIFO costs width x ceil(depth / 32) LUTs, so every depth grows to 32 for free.
// CHECK: %[[IN:.*]] = "qdf.input"
// CHECK-NEXT: %[[F0:.*]] = "qdf.fifo"(%[[IN]]) {depth = 32 : i64, impl = "srl", qdf.lower_bound = 3 : i64, qdf.min_depth = 3 : i64, qdf.reason = "covers the 2-cycle write-to-read latency of in"}
// CHECK-NEXT: %[[D:.*]]:2 = "qdf.duplicate"(%[[F0]])
// CHECK-NEXT: %[[F1:.*]] = "qdf.fifo"(%[[D]]#0) {depth = 32 : i64, impl = "srl", qdf.lower_bound = 2 : i64, qdf.min_depth = 2 : i64, qdf.reason = "covers the 1-cycle write-to-read latency of fork"}
// CHECK-NEXT: %[[BY:.*]] = "qdf.fifo"(%[[D]]#1) {depth = 32 : i64, impl = "srl", qdf.lower_bound = 6 : i64, qdf.min_depth = 6 : i64, qdf.reason = "bypass of fork at fork: holds the words the other branch delays"}
// CHECK-NEXT: %[[T1:.*]] = "qdf.threshold"(%[[F1]],
// CHECK-NEXT: %[[F2:.*]] = "qdf.fifo"(%[[T1]]) {depth = 32 : i64, impl = "srl", qdf.lower_bound = 3 : i64, qdf.min_depth = 3 : i64
// CHECK-NEXT: %[[T2:.*]] = "qdf.threshold"(%[[F2]],
// CHECK-NEXT: %[[F3:.*]] = "qdf.fifo"(%[[T2]]) {depth = 32 : i64, impl = "srl", qdf.lower_bound = 3 : i64, qdf.min_depth = 3 : i64
// CHECK-NEXT: %[[A:.*]] = "qdf.add_streams"(%[[F3]], %[[BY]])
// CHECK-NEXT: %[[F4:.*]] = "qdf.fifo"(%[[A]]) {depth = 32 : i64, impl = "srl", qdf.lower_bound = 3 : i64, qdf.min_depth = 3 : i64
// CHECK-NEXT: "qdf.output"(%[[F4]])
//
// EXACT: "qdf.fifo"{{.*}}depth = 3 : i64
// EXACT: "qdf.fifo"{{.*}}depth = 2 : i64
// EXACT: "qdf.fifo"{{.*}}depth = 6 : i64
//
// Report: bits = depth x width (4-bit words, 5 after the add). Sized: 32 x 4 x 5 + 32 x 5 = 800 bits,
// 4 LUTs per 4-bit SRL of depth <= 32 and 5 for the 5-bit one: 25 LUTs. Minimal: 3+2+6+3+3 = 17 words
// x 4 + 3 x 5 = 83 bits, the same 25 LUTs. Tensor bound: 128 words per channel, LUTRAM
// (width x ceil(128 / 64) = 8 LUTs for 4 bits, 10 for 5; an SRL would take 16 / 20): 50 LUTs, 3200 bits.
// JSON: "bottleneck_cycles": 128,
// JSON: "period_cycles": 128,
// JSON: "simulated": true,
// JSON-NEXT: "periodic": true,
// JSON: {"name": "fork#1 -> add", "depth": 32, "min_depth": 6, "scheduled": 6, "width": 4, "bits": 128, "style": "srl", "bram18": 0, "luts": 4, "uram": 0, "words_per_frame": 128, "unthrottled": 6, "lower_bound": 6, "reason": "bypass of fork at fork: holds the words the other branch delays"}
// JSON: "sized": {"bits": 800, "bram18": 0, "luts": 25, "uram": 0, "cost": 25.0},
// JSON-NEXT: "minimal": {"bits": 83, "bram18": 0, "luts": 25, "uram": 0, "cost": 25.0},
// JSON-NEXT: "scheduled": {"bits": 83, "bram18": 0, "luts": 25, "uram": 0, "cost": 25.0},
// JSON-NEXT: "lower_bound": {"bits": 83, "bram18": 0, "luts": 25, "uram": 0, "cost": 25.0},
// JSON-NEXT: "tensor_bound": {"bits": 3200, "bram18": 0, "luts": 50, "uram": 0, "cost": 50.0},
// JSON: "gap": 0.0000

func.func @main(%img: tensor<1x4x4x8xui4>) -> tensor<1x4x4x8xui5> {
  %thr = arith.constant dense<[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x15xi32>
  %in = "qdf.input"(%img) {folded_shape = array<i64: 1, 4, 4, 8, 1>, normal_shape = array<i64: 1, 4, 4, 8>, packed_shape = array<i64: 1, 4, 4, 8, 1>} : (tensor<1x4x4x8xui4>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("in")
  %d:2 = "qdf.duplicate"(%in) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) -> (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) loc("fork")
  %t1 = "qdf.threshold"(%d#0, %thr) {act_val = 0 : i64, channels = 8 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, tensor<1x15xi32>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("t1")
  %t2 = "qdf.threshold"(%t1, %thr) {act_val = 0 : i64, channels = 8 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, tensor<1x15xi32>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("t2")
  %s = "qdf.add_streams"(%t2, %d#1) {channels = 8 : i64, pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) -> !qdf.stream<tensor<1x4x4x8x1xui5>, 5 : i32> loc("add")
  %out = "qdf.output"(%s) {folded_shape = array<i64: 1, 4, 4, 8, 1>, normal_shape = array<i64: 1, 4, 4, 8>, packed_shape = array<i64: 1, 4, 4, 8, 1>} : (!qdf.stream<tensor<1x4x4x8x1xui5>, 5 : i32>) -> tensor<1x4x4x8xui5> loc("out")
  return %out : tensor<1x4x4x8xui5>
}
