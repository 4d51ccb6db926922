// A small conv net written by hand with foldings > 1 and width converters: on every channel the
// producer's schedule writes as many words per frame as the consumer's reads (qdf-estimate checks it and
// fails otherwise, see estimate-errors.mlir). Words and cycles derived by hand per op:
// RUN: qcnn-opt %s --qdf-verify --qdf-estimate=report=%t.json -o /dev/null
// RUN: FileCheck %s < %t.json

// input 6x6 pixels of 2 channels, 2 per word: 36 words.
// CHECK: "name": "in", "op": "qdf.input", "cycles": 36, {{.*}} "reads": [], "writes": [36],
// pad 1 around, simd 2: 8x8 = 64 words, 36 of them read.
// CHECK: "name": "pad", "op": "qdf.pad", "cycles": 64, {{.*}} "reads": [36], "writes": [64],
// swg 3x3 stride 2 over 8x8, simd 2: 3x3 windows of 9 words = 81. first = (2*8 + 2 + 1) = 19; 9 windows
// of 9 cycles; the 2 row changes need 2*8 - 2*2 = 12 words, 3 more than a window's 9 cycles; the tail
// 64 - (19 + 2*12 + 3*2*2) = 9 fits. 19 + 81 + 2*3 = 106.
// CHECK: "name": "swg", "op": "qdf.swg", "cycles": 106, {{.*}} "reads": [64], "writes": [81],
// mvau mw 18 / simd 2 = 9, mh 4 / pe 2 = 2, 9 vectors: 9*2*9 = 162 cycles, 81 read, 18 written.
// CHECK: "name": "conv", "op": "qdf.mvau", "cycles": 162, {{.*}} "reads": [81], "writes": [18],
// maxpool 2x2 stride 1 over 3x3 of 4 channels at pe 2: 18 read, 2x2 pixels x 2 = 8 written; rows of 6
// words: 12 + 6 + 4 = 22 cycles.
// CHECK: "name": "pool", "op": "qdf.maxpool", "cycles": 22, {{.*}} "reads": [18], "writes": [8],
// dwc 4 -> 8 bits: 8 words in, 4 out, 8 cycles.
// CHECK: "name": "dwc1", "op": "qdf.dwc", "cycles": 8, {{.*}} "reads": [8], "writes": [4],
// accpool at pe 4: 4 pixel words, then 1 word of 4 sums.
// CHECK: "name": "gap", "op": "qdf.accpool", "cycles": 5, {{.*}} "reads": [4], "writes": [1],
// dwc 16 -> 4 bits: 1 word in, 4 out.
// CHECK: "name": "dwc2", "op": "qdf.dwc", "cycles": 4, {{.*}} "reads": [1], "writes": [4],
// FC mvau mw 4 / simd 1, mh 6 / pe 3: 4*2 = 8 cycles, 4 read, 2 written.
// CHECK: "name": "fc", "op": "qdf.mvau", "cycles": 8, {{.*}} "reads": [4], "writes": [2],
// labelselect 6 labels at pe 3, k 1: 2 read, 1 written.
// CHECK: "name": "top", "op": "qdf.labelselect", "cycles": 3, {{.*}} "reads": [2], "writes": [1],
// CHECK: "name": "out", "op": "qdf.output", "cycles": 1, {{.*}} "reads": [1], "writes": [],
// CHECK: "bottleneck": "conv",
// CHECK-NEXT: "max_cycles": 162,

func.func @main(%x: tensor<1x6x6x2xui2>) -> tensor<1x1xui8> {
  %w = arith.constant dense<1> : tensor<18x4xsi2>
  %t = arith.constant dense<[[0, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2]]> : tensor<4x3xsi8>
  %wf = arith.constant dense<1> : tensor<4x6xsi2>
  %s0 = "qdf.input"(%x) {folded_shape = array<i64: 1, 6, 6, 1, 2>, normal_shape = array<i64: 1, 6, 6, 2>, packed_shape = array<i64: 1, 6, 6, 1>} : (tensor<1x6x6x2xui2>) -> !qdf.stream<tensor<1x6x6x1x2xui2>, 4 : i32> loc("in")
  %s1 = "qdf.pad"(%s0) {channels = 2 : i64, ifm_dim = array<i64: 6, 6>, pads = array<i64: 1, 1, 1, 1>, simd = 2 : i64, value = 0 : i64} : (!qdf.stream<tensor<1x6x6x1x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x8x8x1x2xui2>, 4 : i32> loc("pad")
  %s2 = "qdf.swg"(%s1) {channels = 2 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 8, 8>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 3, 3>, simd = 2 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x8x8x1x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x3x3x9x2xui2>, 4 : i32> loc("swg")
  %s3 = "qdf.mvau"(%s2, %w, %t) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 4 : i64, mw = 18 : i64, num_input_vectors = array<i64: 1, 3, 3>, output_dtype = "UINT2", pe = 2 : i64, simd = 2 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x3x3x9x2xui2>, 4 : i32>, tensor<18x4xsi2>, tensor<4x3xsi8>) -> !qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32> loc("conv")
  %s4 = "qdf.maxpool"(%s3) {channels = 4 : i64, ifm_dim = array<i64: 3, 3>, kernel = array<i64: 2, 2>, pe = 2 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32> loc("pool")
  %s5 = "qdf.dwc"(%s4) {in_width = 4 : i64, out_width = 8 : i64} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x1x4xui2>, 8 : i32> loc("dwc1")
  %s6 = "qdf.accpool"(%s5) {channels = 4 : i64, ifm_dim = array<i64: 2, 2>, pe = 4 : i64} : (!qdf.stream<tensor<1x2x2x1x4xui2>, 8 : i32>) -> !qdf.stream<tensor<1x1x4xui4>, 16 : i32> loc("gap")
  %s7 = "qdf.dwc"(%s6) {in_width = 16 : i64, out_width = 4 : i64} : (!qdf.stream<tensor<1x1x4xui4>, 16 : i32>) -> !qdf.stream<tensor<1x4x1xui4>, 4 : i32> loc("dwc2")
  %s8 = "qdf.mvau"(%s7, %wf) {act_val = 0 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 6 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 3 : i64, simd = 1 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x4x1xui4>, 4 : i32>, tensor<4x6xsi2>) -> !qdf.stream<tensor<1x2x3xsi8>, 24 : i32> loc("fc")
  %s9 = "qdf.labelselect"(%s8) {k = 1 : i64, labels = 6 : i64, pe = 3 : i64} : (!qdf.stream<tensor<1x2x3xsi8>, 24 : i32>) -> !qdf.stream<tensor<1x1x1xui8>, 8 : i32> loc("top")
  %y = "qdf.output"(%s9) {folded_shape = array<i64: 1, 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<1x1x1xui8>, 8 : i32>) -> tensor<1x1xui8> loc("out")
  return %y : tensor<1x1xui8>
}
