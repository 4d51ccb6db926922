// RUN: qcnn-opt %s --qdf-set-folding --qdf-verify --qcnn-explain -o %t.fast.mlir 2>&1 | FileCheck %s --check-prefix=FAST-DIAG
// RUN: FileCheck %s --check-prefix=FAST < %t.fast.mlir
// RUN: qcnn-opt %s --qdf-set-folding="target-fps=2.5e6 clock-ns=10" --qdf-verify -o %t.slow.mlir
// RUN: FileCheck %s --check-prefix=SLOW < %t.slow.mlir
// RUN: qcnn-run --equiv %s %t.fast.mlir --random-inputs 3 --seed 4
// RUN: qcnn-run --equiv %s %t.slow.mlir --random-inputs 3 --seed 4

// A residual block: the input forks (qdf.duplicate) into a threshold and a bypass, joined by
// add_streams. Both processes move one word per cycle: 16 pixels x 8 channels / pe words.
// Fastest: pe 8 on both, 16 cycles, 1e9 / (10 * 16) = 6250000 fps. The duplicate passes its words
// through, so the input, the duplicate and both branches carry 8 elements per word: no converter.
// FAST-DIAG: loc("thr"): remark: pe = 8: 16 cycles per frame
// FAST-DIAG: loc("add"): remark: pe = 8: 16 cycles per frame
// FAST-DIAG: remark: folded for 6250000.0 fps at 10 ns on ultra96-v2
// FAST-NOT: qdf.dwc
// FAST: "qdf.input"{{.*}}-> !qdf.stream<tensor<1x4x4x1x8xui4>, 32 : i32>
// FAST: "qdf.duplicate"{{.*}}-> (!qdf.stream<tensor<1x4x4x1x8xui4>, 32 : i32>, !qdf.stream<tensor<1x4x4x1x8xui4>, 32 : i32>)
// FAST: "qdf.threshold"{{.*}}pe = 8 : i64
// FAST: "qdf.add_streams"{{.*}}pe = 8 : i64{{.*}}-> !qdf.stream<tensor<1x4x4x1x8xui5>, 40 : i32>
//
// 2.5e6 fps at 10 ns: 40 cycles, so pe 4 (32 cycles) on both; pe 2 would be 64.
// SLOW-NOT: qdf.dwc
// SLOW: "qdf.duplicate"{{.*}}-> (!qdf.stream<tensor<1x4x4x2x4xui4>, 16 : i32>
// SLOW: "qdf.threshold"{{.*}}pe = 4 : i64
// SLOW: "qdf.add_streams"{{.*}}pe = 4 : i64

func.func @main(%img: tensor<1x4x4x8xui4>) -> tensor<1x4x4x8xui5> {
  %thr = arith.constant dense<[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x15xi32>
  %in = "qdf.input"(%img) {folded_shape = array<i64: 1, 4, 4, 8, 1>, normal_shape = array<i64: 1, 4, 4, 8>, packed_shape = array<i64: 1, 4, 4, 8, 1>} : (tensor<1x4x4x8xui4>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("in")
  %d:2 = "qdf.duplicate"(%in) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) -> (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) loc("fork")
  %t = "qdf.threshold"(%d#0, %thr) {act_val = 0 : i64, channels = 8 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, tensor<1x15xi32>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("thr")
  %s = "qdf.add_streams"(%t, %d#1) {channels = 8 : i64, pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) -> !qdf.stream<tensor<1x4x4x8x1xui5>, 5 : i32> loc("add")
  %out = "qdf.output"(%s) {folded_shape = array<i64: 1, 4, 4, 8, 1>, normal_shape = array<i64: 1, 4, 4, 8>, packed_shape = array<i64: 1, 4, 4, 8, 1>} : (!qdf.stream<tensor<1x4x4x8x1xui5>, 5 : i32>) -> tensor<1x4x4x8xui5> loc("out")
  return %out : tensor<1x4x4x8xui5>
}
