// qdf-estimate errors: unknown device, bad clock, an op without a schedule, a channel whose producer
// and consumer disagree on the words per frame. No output or report is written on error.
// RUN: rm -f %t.json %t.mlir
// RUN: not qcnn-opt %s --split-input-file --qdf-estimate="device=zynq-9000 report=%t.json" -o %t.mlir 2>&1 | FileCheck %s --check-prefix=DEV
// RUN: not test -e %t.json
// RUN: not test -e %t.mlir
// RUN: not qcnn-opt %s --split-input-file --qdf-estimate=clock-ns=-1 -o /dev/null 2>&1 | FileCheck %s --check-prefix=CLK
// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qdf-estimate=report=%t.json -o /dev/null
// RUN: not test -e %t.json

// DEV: error: qdf-estimate: unknown device 'zynq-9000'; valid devices: ultra96-v2 (xczu3eg-sbva484-1-e), pynq-z1 (xc7z020clg400-1), zcu104 (xczu7ev-ffvc1156-2-e)
// CLK: error: qdf-estimate: clock-ns must be positive (0: the device's default), got -1


// An op whose folding does not divide its dimension has no schedule: the error names the op.
func.func @bad_fold(%a: tensor<1x6xui2>) -> tensor<1x2xsi8> {
  %w = arith.constant dense<1> : tensor<6x2xsi2>
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 6, 1>, normal_shape = array<i64: 1, 6>, packed_shape = array<i64: 1, 2>} : (tensor<1x6xui2>) -> !qdf.stream<tensor<1x6x1xui2>, 2 : i32>
  // expected-error@+1 {{'qdf.mvau' op mw 6 is not a multiple of simd 4}}
  %a1 = "qdf.mvau"(%a0, %w) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 2 : i64, mw = 6 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 1 : i64, simd = 4 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x6x1xui2>, 2 : i32>, tensor<6x2xsi2>) -> !qdf.stream<tensor<1x2x1xsi8>, 8 : i32>
  %y = "qdf.output"(%a1) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 2>} : (!qdf.stream<tensor<1x2x1xsi8>, 8 : i32>) -> tensor<1x2xsi8>
  return %y : tensor<1x2xsi8>
}

// -----

// A consumer folded differently from its producer without a dwc: the accpool reads 2x2 pixels of
// 4 channels at pe 4 (4 words), the maxpool writes them at pe 2 (8 words). Through a FIFO.
func.func @words(%a: tensor<1x2x2x4xui2>) -> tensor<1x4xui4> {
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 2, 2, 2, 2>, normal_shape = array<i64: 1, 2, 2, 4>, packed_shape = array<i64: 1, 2, 2, 1>} : (tensor<1x2x2x4xui2>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>
  %a1 = "qdf.maxpool"(%a0) {channels = 4 : i64, ifm_dim = array<i64: 2, 2>, kernel = array<i64: 1, 1>, pe = 2 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>
  %a2 = "qdf.fifo"(%a1) {depth = 2 : i64, impl = "srl"} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>
  // expected-error@+1 {{'qdf.accpool' op reads 4 words per frame on input 0, but its producer 'qdf.maxpool#1' writes 8}}
  %a3 = "qdf.accpool"(%a2) {channels = 4 : i64, ifm_dim = array<i64: 2, 2>, pe = 4 : i64} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x1x4xui4>, 16 : i32>
  %y = "qdf.output"(%a3) {folded_shape = array<i64: 1, 1, 4>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 2>} : (!qdf.stream<tensor<1x1x4xui4>, 16 : i32>) -> tensor<1x4xui4>
  return %y : tensor<1x4xui4>
}
