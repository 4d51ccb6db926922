// qdf-estimate: attributes per op and on the function, and the fit warning.
// RUN: qcnn-opt %s --split-input-file --qdf-estimate | FileCheck %s
// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qdf-estimate=device=pynq-z1 -o /dev/null
// The part works as the device too, with or without its temperature grade (same results as ultra96-v2).
// RUN: qcnn-opt %s --split-input-file --qdf-estimate=device=xczu3eg-sbva484-1 | FileCheck %s
// RUN: qcnn-opt %s --split-input-file --qdf-estimate=device=xczu3eg-sbva484-1-e | FileCheck %s

// input (8 words) -> mvau (mw 4, mh 3, simd 1, pe 1, 2 vectors: 24 cycles) -> output (6 words).
// Resources by hand (docs/dataflow-models.md): DMA 1200 LUT / 1600 FF each; the mvau 120 LUT / 122 FF
// (100 control + 4 multiplier + 12 adder + 2 weight LUTRAM + 2 input buffer LUTRAM; 100 + 22 FF).
// Totals 2520 LUT, 3322 FF. fps = 1e9 / (10 ns * 24).
// Latency: weights (first write + latency) in 1+2 = 3, mvau 4+3 = 7, out 1+2 = 3; through the mvau
// 3 + 7 + 3 + (24 - 4) = 33 (the input gives 3+7+3 + 8-1 = 20, the output 13 + 6-1 = 18).
// CHECK-LABEL: func.func @main
// CHECK-SAME: attributes {qdf.bottleneck = "mvau_1", qdf.fits = true, qdf.fps = 4166666.666666{{[0-9]*}} : f64, qdf.latency_cycles = 33 : i64, qdf.max_cycles = 24 : i64, qdf.total_bram18 = 0 : i64, qdf.total_dsp = 0 : i64, qdf.total_ff = 3322 : i64, qdf.total_lut = 2520 : i64, qdf.total_uram = 0 : i64}
// CHECK: "qdf.input"{{.*}}qdf.bram18 = 0 : i64, qdf.cycles = 8 : i64, qdf.dsp = 0 : i64, qdf.ff = 1600 : i64, qdf.lut = 1200 : i64, qdf.uram = 0 : i64
// CHECK: "qdf.mvau"{{.*}}qdf.bram18 = 0 : i64, qdf.cycles = 24 : i64, qdf.dsp = 0 : i64, qdf.ff = 122 : i64, qdf.lut = 120 : i64, qdf.uram = 0 : i64
// CHECK: "qdf.output"{{.*}}qdf.bram18 = 0 : i64, qdf.cycles = 6 : i64, qdf.dsp = 0 : i64, qdf.ff = 1600 : i64, qdf.lut = 1200 : i64, qdf.uram = 0 : i64
func.func @main(%a: tensor<1x2x4xui2>) -> tensor<1x2x3xsi8> {
  %w1 = arith.constant dense<1> : tensor<4x3xsi2>
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 2, 4, 1>, normal_shape = array<i64: 1, 2, 4>, packed_shape = array<i64: 1, 2, 4>} : (tensor<1x2x4xui2>) -> !qdf.stream<tensor<1x2x4x1xui2>, 2 : i32> loc("in_1")
  %a1 = "qdf.mvau"(%a0, %w1) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 3 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1, 2>, output_dtype = "INT8", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x2x4x1xui2>, 2 : i32>, tensor<4x3xsi2>) -> !qdf.stream<tensor<1x2x3x1xsi8>, 8 : i32> loc("mvau_1")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 2, 3, 1>, normal_shape = array<i64: 1, 2, 3>, packed_shape = array<i64: 1, 2, 3>} : (!qdf.stream<tensor<1x2x3x1xsi8>, 8 : i32>) -> tensor<1x2x3xsi8> loc("out_1")
  return %ya : tensor<1x2x3xsi8>
}

// -----

// 16x16 products of 8-bit weights and 8-bit inputs: 256 DSPs, more than the Pynq-Z1's 220 (and the
// Ultra96's 360 suffices). A 64-deep SRL FIFO of 8-bit words: 8 x ceil(64/32) = 16 LUTs.
// CHECK-LABEL: func.func @dsp
// CHECK-SAME: qdf.fits = true
// CHECK-SAME: qdf.total_dsp = 256 : i64
// A FIFO is a channel, not a process: resources but no cycles.
// CHECK: "qdf.fifo"(%0) {depth = 64 : i64, impl = "srl", qdf.bram18 = 0 : i64, qdf.dsp = 0 : i64, qdf.ff = 0 : i64, qdf.lut = 16 : i64, qdf.uram = 0 : i64}
// CHECK: "qdf.mvau"{{.*}}qdf.cycles = 1 : i64, qdf.dsp = 256 : i64
// expected-warning@+1 {{design does not fit pynq-z1 (xc7z020clg400-1): dsp 256 > 220}}
func.func @dsp(%a: tensor<1x16xui8>) -> tensor<1x16xsi32> {
  %w = arith.constant dense<1> : tensor<16x16xsi8>
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 16, 1>, normal_shape = array<i64: 1, 16>, packed_shape = array<i64: 1, 16>} : (tensor<1x16xui8>) -> !qdf.stream<tensor<1x16x1xui8>, 8 : i32>
  %a1 = "qdf.fifo"(%a0) {depth = 64 : i64, impl = "srl"} : (!qdf.stream<tensor<1x16x1xui8>, 8 : i32>) -> !qdf.stream<tensor<1x16x1xui8>, 8 : i32>
  %a2 = "qdf.dwc"(%a1) {in_width = 8 : i64, out_width = 128 : i64} : (!qdf.stream<tensor<1x16x1xui8>, 8 : i32>) -> !qdf.stream<tensor<1x1x16xui8>, 128 : i32>
  %a3 = "qdf.mvau"(%a2, %w) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "auto", mh = 16 : i64, mw = 16 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT32", pe = 16 : i64, simd = 16 : i64, weight_dtype = "INT8"} : (!qdf.stream<tensor<1x1x16xui8>, 128 : i32>, tensor<16x16xsi8>) -> !qdf.stream<tensor<1x1x16xsi32>, 512 : i32>
  %y = "qdf.output"(%a3) {folded_shape = array<i64: 1, 1, 16>, normal_shape = array<i64: 1, 16>, packed_shape = array<i64: 1, 64>} : (!qdf.stream<tensor<1x1x16xsi32>, 512 : i32>) -> tensor<1x16xsi32>
  return %y : tensor<1x16xsi32>
}

