// RUN: qcnn-opt %s --qdf-size-fifos="round=false" -o %t.sized.mlir
// RUN: qcnn-opt %t.sized.mlir --qdf-size-fifos="check=true" --qcnn-explain -o %t.checked.mlir 2>&1 | FileCheck %s --check-prefix=GOOD
// RUN: diff %t.sized.mlir %t.checked.mlir
// RUN: sed -e 's/depth = 6 : i64/depth = 5 : i64/' %t.sized.mlir | qcnn-opt --qdf-size-fifos="check=true" -o /dev/null 2>&1 | FileCheck %s --check-prefix=SHALLOW
// RUN: qcnn-opt %s --qdf-size-fifos="check=true" -o /dev/null 2>&1 | FileCheck %s --check-prefix=NONE

// check=true simulates the FIFOs already in the graph and leaves it alone. The residual block of
// size-fifos.mlir (every process 128 cycles per frame), sized without rounding, keeps its period.
// GOOD: remark: the FIFO depths keep the bottleneck period of 128 cycles, no deadlock
// Its bypass needs 6 words (derived in size-fifos.mlir): the add reads bypass word i 5 cycles after
// the fork wrote it, so with 5 the fork writes 5 words per 6 cycles, 128 x 6 / 5 = 153.6 cycles per
// frame: throughput is lost, though nothing deadlocks.
// SHALLOW: warning: the FIFO depths lose throughput: period {{153|154}} cycles, bottleneck 128
// Without FIFOs every channel has the HLS default depth 2. The bypass is the tightest: the fork can
// be 2 words ahead of the add's reads, each 5 cycles after its write, so it writes 2 words per 6
// cycles: 128 x 3 = 384 cycles per frame.
// NONE: warning: the FIFO depths lose throughput: period 384 cycles, bottleneck 128

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
