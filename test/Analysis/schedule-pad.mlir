// Pad schedules: raster order over the padded H'xW' output, CF = channels/simd words per pixel; a padded
// position writes only, an interior one reads and writes. Top rows, then per input row (left pad,
// interior, right pad), then bottom rows.
// RUN: qcnn-opt %s --qdf-estimate=report=%t.json -o /dev/null
// RUN: FileCheck %s < %t.json

// pad_1: 2x3x1, pads 1 on every side, simd 1: 5 words of the top row, 2 x (1, 3 r+w, 1), 5 bottom.
// Cycles 4*5 = 20, reads 6.
// CHECK: {"name": "pad_1", "op": "qdf.pad", "cycles": 20, "first_write": 1, "latency": 1, {{.*}}, "reads": [6], "writes": [20],
// CHECK-NEXT: "schedule": [{"n": 5, "r": [0], "w": [1]}, {"loop": 2, "body": [{"n": 1, "r": [0], "w": [1]}, {"n": 3, "r": [1], "w": [1]}, {"n": 1, "r": [0], "w": [1]}]}, {"n": 5, "r": [0], "w": [1]}]}

// pad_2: 2x2x4, pads (top 0, left 1, bottom 1, right 0), simd 2: CF 2; per row 2 words of left pad and
// 4 interior words, then one bottom row of 3*2 = 6 words. Cycles 3*3*2 = 18, reads 8.
// CHECK: {"name": "pad_2", "op": "qdf.pad", "cycles": 18, "first_write": 1, "latency": 1, {{.*}}, "reads": [8], "writes": [18],
// CHECK-NEXT: "schedule": [{"loop": 2, "body": [{"n": 2, "r": [0], "w": [1]}, {"n": 4, "r": [1], "w": [1]}]}, {"n": 6, "r": [0], "w": [1]}]}

func.func @main(%a: tensor<1x2x3x1xui2>, %b: tensor<1x2x2x4xui2>) -> (tensor<1x4x5x1xui2>, tensor<1x3x3x4xui2>) {
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 2, 3, 1, 1>, normal_shape = array<i64: 1, 2, 3, 1>, packed_shape = array<i64: 1, 2, 3, 1>} : (tensor<1x2x3x1xui2>) -> !qdf.stream<tensor<1x2x3x1x1xui2>, 2 : i32> loc("in_1")
  %a1 = "qdf.pad"(%a0) {channels = 1 : i64, ifm_dim = array<i64: 2, 3>, pads = array<i64: 1, 1, 1, 1>, simd = 1 : i64, value = 0 : i64} : (!qdf.stream<tensor<1x2x3x1x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x4x5x1x1xui2>, 2 : i32> loc("pad_1")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 4, 5, 1, 1>, normal_shape = array<i64: 1, 4, 5, 1>, packed_shape = array<i64: 1, 4, 5, 1>} : (!qdf.stream<tensor<1x4x5x1x1xui2>, 2 : i32>) -> tensor<1x4x5x1xui2> loc("out_1")

  %b0 = "qdf.input"(%b) {folded_shape = array<i64: 1, 2, 2, 2, 2>, normal_shape = array<i64: 1, 2, 2, 4>, packed_shape = array<i64: 1, 2, 2, 1>} : (tensor<1x2x2x4xui2>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32> loc("in_2")
  %b1 = "qdf.pad"(%b0) {channels = 4 : i64, ifm_dim = array<i64: 2, 2>, pads = array<i64: 0, 1, 1, 0>, simd = 2 : i64, value = 1 : i64} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32> loc("pad_2")
  %yb = "qdf.output"(%b1) {folded_shape = array<i64: 1, 3, 3, 2, 2>, normal_shape = array<i64: 1, 3, 3, 4>, packed_shape = array<i64: 1, 3, 3, 1>} : (!qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32>) -> tensor<1x3x3x4xui2> loc("out_2")
  return %ya, %yb : tensor<1x4x5x1xui2>, tensor<1x3x3x4xui2>
}
