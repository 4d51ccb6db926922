// RUN: rm -f %t.json
// RUN: not qcnn-opt %s --qdf-size-fifos="report=%t.json" -o %t.mlir 2>&1 | FileCheck %s
// RUN: not test -e %t.json
// RUN: not test -e %t.mlir

// A channel has one reader (fan-out is qdf.duplicate): a stream read twice cannot be sized.
// CHECK: loc("t1"): error: output 0 of 't1' must have exactly one reader to be sized
// CHECK-NOT: error

func.func @main(%img: tensor<1x4x4x8xui4>) -> tensor<1x4x4x8xui5> {
  %thr = arith.constant dense<[[1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15]]> : tensor<1x15xi32>
  %in = "qdf.input"(%img) {folded_shape = array<i64: 1, 4, 4, 8, 1>, normal_shape = array<i64: 1, 4, 4, 8>, packed_shape = array<i64: 1, 4, 4, 8, 1>} : (tensor<1x4x4x8xui4>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("in")
  %t1 = "qdf.threshold"(%in, %thr) {act_val = 0 : i64, channels = 8 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, tensor<1x15xi32>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("t1")
  %s = "qdf.add_streams"(%t1, %t1) {channels = 8 : i64, pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) -> !qdf.stream<tensor<1x4x4x8x1xui5>, 5 : i32> loc("add")
  %out = "qdf.output"(%s) {folded_shape = array<i64: 1, 4, 4, 8, 1>, normal_shape = array<i64: 1, 4, 4, 8>, packed_shape = array<i64: 1, 4, 4, 8, 1>} : (!qdf.stream<tensor<1x4x4x8x1xui5>, 5 : i32>) -> tensor<1x4x4x8xui5> loc("out")
  return %out : tensor<1x4x4x8xui5>
}
