// MVAU token schedules (docs/dataflow-models.md): per input vector, for nf < NF = mh/pe, for
// sf < SF = mw/simd: read a word when nf == 0, write one when sf == SF-1. Expected schedules written
// by hand from that loop nest in canonical form (zero counts dropped, count-1 loops inlined, one-step
// loops folded into one step, equal neighbours merged).
// RUN: qcnn-opt %s --qdf-estimate=report=%t.json -o /dev/null
// RUN: FileCheck %s < %t.json

// mvau_1: mw 4, mh 3, simd 1, pe 1, 2 vectors: SF 4, NF 3. Per vector: 3 reads, read+write, then
// twice (3 idle cycles, a write). 2*3*4 = 24 cycles, 8 words read, 6 written; first write in cycle 4;
// latency 3 (no adder tree, no thresholds).
// CHECK: {"name": "mvau_1", "op": "qdf.mvau", "cycles": 24, "first_write": 4, "latency": 3, {{.*}}, "reads": [8], "writes": [6],
// CHECK-NEXT: "schedule": [{"loop": 2, "body": [{"n": 3, "r": [1], "w": [0]}, {"n": 1, "r": [1], "w": [1]}, {"loop": 2, "body": [{"n": 3, "r": [0], "w": [0]}, {"n": 1, "r": [0], "w": [1]}]}]}]}

// mvau_2: mw 6, mh 4, simd 3, pe 2, one vector, thresholds: SF 2, NF 2: read, read+write, idle,
// write. 4 cycles; latency 3 + ceil(log2 3) + 2 = 7.
// CHECK: {"name": "mvau_2", "op": "qdf.mvau", "cycles": 4, "first_write": 2, "latency": 7, {{.*}}, "reads": [2], "writes": [2],
// CHECK-NEXT: "schedule": [{"n": 1, "r": [1], "w": [0]}, {"n": 1, "r": [1], "w": [1]}, {"n": 1, "r": [0], "w": [0]}, {"n": 1, "r": [0], "w": [1]}]}

// mvau_3: fully parallel (simd = mw = 4, pe = mh = 2), 5 vectors: SF = NF = 1, one read+write per
// vector. Latency 3 + log2 4 = 5.
// CHECK: {"name": "mvau_3", "op": "qdf.mvau", "cycles": 5, "first_write": 1, "latency": 5, {{.*}}, "reads": [5], "writes": [5],
// CHECK-NEXT: "schedule": [{"n": 5, "r": [1], "w": [1]}]}

// mvau_4: SF 1 (simd = mw = 2), NF 3 (pe 1): read+write, then two writes from the buffered vector.
// CHECK: {"name": "mvau_4", "op": "qdf.mvau", "cycles": 3, "first_write": 1, "latency": 4, {{.*}}, "reads": [1], "writes": [3],
// CHECK-NEXT: "schedule": [{"n": 1, "r": [1], "w": [1]}, {"n": 2, "r": [0], "w": [1]}]}

func.func @main(%a: tensor<1x2x4xui2>, %b: tensor<1x6xui2>, %c: tensor<1x5x4xui2>, %d: tensor<1x2xui2>)
    -> (tensor<1x2x3xsi8>, tensor<1x4xui2>, tensor<1x5x2xsi8>, tensor<1x3xsi8>) {
  %w1 = arith.constant dense<1> : tensor<4x3xsi2>
  %w2 = arith.constant dense<1> : tensor<6x4xsi2>
  %t2 = arith.constant dense<[[0, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2]]> : tensor<4x3xsi6>
  %w3 = arith.constant dense<1> : tensor<4x2xsi2>
  %w4 = arith.constant dense<1> : tensor<2x3xsi2>

  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 2, 4, 1>, normal_shape = array<i64: 1, 2, 4>, packed_shape = array<i64: 1, 2, 4>} : (tensor<1x2x4xui2>) -> !qdf.stream<tensor<1x2x4x1xui2>, 2 : i32> loc("in_1")
  %a1 = "qdf.mvau"(%a0, %w1) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 3 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1, 2>, output_dtype = "INT8", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x2x4x1xui2>, 2 : i32>, tensor<4x3xsi2>) -> !qdf.stream<tensor<1x2x3x1xsi8>, 8 : i32> loc("mvau_1")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 2, 3, 1>, normal_shape = array<i64: 1, 2, 3>, packed_shape = array<i64: 1, 2, 3>} : (!qdf.stream<tensor<1x2x3x1xsi8>, 8 : i32>) -> tensor<1x2x3xsi8> loc("out_1")

  %b0 = "qdf.input"(%b) {folded_shape = array<i64: 1, 2, 3>, normal_shape = array<i64: 1, 6>, packed_shape = array<i64: 1, 2>} : (tensor<1x6xui2>) -> !qdf.stream<tensor<1x2x3xui2>, 6 : i32> loc("in_2")
  %b1 = "qdf.mvau"(%b0, %w2, %t2) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 4 : i64, mw = 6 : i64, num_input_vectors = array<i64: 1>, output_dtype = "UINT2", pe = 2 : i64, simd = 3 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x2x3xui2>, 6 : i32>, tensor<6x4xsi2>, tensor<4x3xsi6>) -> !qdf.stream<tensor<1x2x2xui2>, 4 : i32> loc("mvau_2")
  %yb = "qdf.output"(%b1) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<1x2x2xui2>, 4 : i32>) -> tensor<1x4xui2> loc("out_2")

  %c0 = "qdf.input"(%c) {folded_shape = array<i64: 1, 5, 1, 4>, normal_shape = array<i64: 1, 5, 4>, packed_shape = array<i64: 1, 5, 1>} : (tensor<1x5x4xui2>) -> !qdf.stream<tensor<1x5x1x4xui2>, 8 : i32> loc("in_3")
  %c1 = "qdf.mvau"(%c0, %w3) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 2 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1, 5>, output_dtype = "INT8", pe = 2 : i64, simd = 4 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x5x1x4xui2>, 8 : i32>, tensor<4x2xsi2>) -> !qdf.stream<tensor<1x5x1x2xsi8>, 16 : i32> loc("mvau_3")
  %yc = "qdf.output"(%c1) {folded_shape = array<i64: 1, 5, 1, 2>, normal_shape = array<i64: 1, 5, 2>, packed_shape = array<i64: 1, 5, 2>} : (!qdf.stream<tensor<1x5x1x2xsi8>, 16 : i32>) -> tensor<1x5x2xsi8> loc("out_3")

  %d0 = "qdf.input"(%d) {folded_shape = array<i64: 1, 1, 2>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 1>} : (tensor<1x2xui2>) -> !qdf.stream<tensor<1x1x2xui2>, 4 : i32> loc("in_4")
  %d1 = "qdf.mvau"(%d0, %w4) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 3 : i64, mw = 2 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 1 : i64, simd = 2 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x1x2xui2>, 4 : i32>, tensor<2x3xsi2>) -> !qdf.stream<tensor<1x3x1xsi8>, 8 : i32> loc("mvau_4")
  %yd = "qdf.output"(%d1) {folded_shape = array<i64: 1, 3, 1>, normal_shape = array<i64: 1, 3>, packed_shape = array<i64: 1, 3>} : (!qdf.stream<tensor<1x3x1xsi8>, 8 : i32>) -> tensor<1x3xsi8> loc("out_4")
  return %ya, %yb, %yc, %yd : tensor<1x2x3xsi8>, tensor<1x4xui2>, tensor<1x5x2xsi8>, tensor<1x3xsi8>
}
