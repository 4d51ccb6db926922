// RUN: rm -f %t.mlir
// RUN: not qcnn-opt %s --split-input-file --qdf-set-folding=device=zynq-9000 -o %t.mlir 2>&1 | FileCheck %s --check-prefix=DEV
// RUN: not test -e %t.mlir
// RUN: not qcnn-opt %s --split-input-file --qdf-set-folding=target-fps=-5 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: not qcnn-opt %s --split-input-file --qdf-set-folding=clock-ns=inf 2>&1 | FileCheck %s --check-prefix=NEG
// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qdf-set-folding

// DEV: error: qdf-set-folding: unknown device 'zynq-9000' (known: ultra96-v2, pynq-z1, zcu104)
// NEG: error: qdf-set-folding: target-fps and clock-ns must be finite and >= 0 (0: the device's)

// Fastest: 2x2 pixels of 2 channels at pe 2 is 4 cycles, 1e9 / (10 ns * 4) = 2.5e7 fps.
// expected-remark@below {{folded for 25000000.0 fps at 10 ns on ultra96-v2: bottleneck 'qdf.threshold' at 4 cycles per frame}}
func.func @main(%img: tensor<1x2x2x2xui4>) -> tensor<1x2x2x2xui4> {
  %thr = arith.constant dense<1> : tensor<2x15xi32>
  %in = "qdf.input"(%img) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 2, 1>} : (tensor<1x2x2x2xui4>) -> !qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>
  // expected-remark@below {{pe = 2: 4 cycles per frame}}
  %t = "qdf.threshold"(%in, %thr) {act_val = 0 : i64, channels = 2 : i64, num_input_vectors = array<i64: 1, 2, 2>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>, tensor<2x15xi32>) -> !qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>
  %out = "qdf.output"(%t) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>) -> tensor<1x2x2x2xui4>
  return %out : tensor<1x2x2x2xui4>
}

// -----

// A function without qdf ops is left alone.
func.func @no_dataflow(%x: tensor<4xi8>) -> tensor<4xi8> {
  return %x : tensor<4xi8>
}

// -----

// A folding bound that is not positive is reported at the op.
func.func @zero_channels(%img: tensor<1x2x2x2xui4>) -> tensor<1x2x2x2xui4> {
  %in = "qdf.input"(%img) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 2, 1>} : (tensor<1x2x2x2xui4>) -> !qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>
  // expected-error@+1 {{'qdf.maxpool' op needs a positive 'channels' to be folded}}
  %p = "qdf.maxpool"(%in) {channels = 0 : i64, ifm_dim = array<i64: 2, 2>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>
  %out = "qdf.output"(%p) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>) -> tensor<1x2x2x2xui4>
  return %out : tensor<1x2x2x2xui4>
}
