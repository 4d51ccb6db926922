// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qcnn-convert-quant | FileCheck %s
// Semantics on random inputs (every rewrite below, in one function):
// RUN: qcnn-opt %S/Inputs/convert-quant-equiv.mlir --qcnn-convert-quant -o %t.mlir
// RUN: qcnn-run --equiv %S/Inputs/convert-quant-equiv.mlir %t.mlir --random-inputs 20 --seed 1 --float-range -4,4
// RUN: FileCheck %s --check-prefix=EQUIV < %t.mlir
// RUN: FileCheck %s --check-prefix=WEIGHT < %t.mlir
// RUN: not grep -q 'quant"' %t.mlir
// WEIGHT: arith.constant {{.*}} : tensor<3x2x1x1xsi4>
// EQUIV-COUNT-7: "qcnn.multithreshold"
// EQUIV-NOT: "qcnn.multithreshold"

// Weight Quant, per-channel scales, signed narrow 4 bits (levels -7..7), ROUND (half to even):
//   channel 0, s = 0.5:  0.75/0.5 = 1.5 -> 2;  -1.25/0.5 = -2.5 -> -2;  5/0.5 = 10 -> clamped to 7
//   channel 1, s = 0.25: 0.75/0.25 = 3;  -1.25/0.25 = -5;  5/0.25 = 20 -> 7
// The integers become an si4 constant; the scale stays per-channel in the mul; the f32 weight is erased.
// CHECK-LABEL: func.func @weight_per_channel
// CHECK-NOT: dense<[
// CHECK: %[[S:.*]] = arith.constant dense<{{\[}}[5.000000e-01], [2.500000e-01]]> : tensor<2x1xf32>
// CHECK-NOT: tensor<2x3xf32>
// CHECK: %[[Q:.*]] = arith.constant dense<{{\[}}[2, -2, 7], [3, -5, 7]]> : tensor<2x3xsi4>
// CHECK: %[[M:.*]] = "qcnn.mul"(%[[Q]], %[[S]]) : (tensor<2x3xsi4>, tensor<2x1xf32>) -> tensor<2x3xf32>
// CHECK: return %[[M]]
func.func @weight_per_channel() -> tensor<2x3xf32> {
  %w = arith.constant dense<[[0.75, -1.25, 5.0], [0.75, -1.25, 5.0]]> : tensor<2x3xf32>
  %s = arith.constant dense<[[0.5], [0.25]]> : tensor<2x1xf32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<4.0> : tensor<f32>
  %q = "qcnn.quant"(%w, %s, %z, %b) {narrow = 1 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  return %q : tensor<2x3xf32>
}

// -----

// Weight Quant, unsigned 3 bits (0..7), FLOOR, scale 0.5: 0.9/0.5 = 1.8 -> 1; -1/0.5 -> clamped 0; 3.75/0.5 = 7.5 -> 7.
// CHECK-LABEL: func.func @weight_unsigned_floor
// CHECK: arith.constant dense<[1, 0, 7]> : tensor<3xui3>
// CHECK: "qcnn.mul"
func.func @weight_unsigned_floor() -> tensor<3xf32> {
  %w = arith.constant dense<[0.9, -1.0, 3.75]> : tensor<3xf32>
  %s = arith.constant dense<0.5> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<3.0> : tensor<f32>
  %q = "qcnn.quant"(%w, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  return %q : tensor<3xf32>
}

// -----

// Activation Quant after Relu, unsigned 2 bits, s = 0.5, ROUND. Level m is reached iff x/s >= m - 1/2,
// strictly when m is odd (a tie rounds to the even neighbour m - 1):
//   m = 1: x > 0.25 -> T = next double above 0.25 = 0.25 + 2^-54 = 0.25000000000000006
//   m = 2: x >= 0.75;  m = 3: x > 1.25 -> T = 1.25 + 2^-52 = 1.2500000000000002
// The Relu is absorbed (negative inputs give level 0 anyway) and erased.
// CHECK-LABEL: func.func @activation_relu
// CHECK-NOT: qcnn.relu
// CHECK: %[[T:.*]] = arith.constant dense<{{\[}}[0.25000000000000006, 7.500000e-01, 1.2500000000000002]]> : tensor<1x3xf64>
// CHECK: %[[MT:.*]] = "qcnn.multithreshold"(%arg0, %[[T]]) {data_layout = "NCHW", out_bias = 0.000000e+00 : f32, out_dtype = "UINT2", out_scale = 1.000000e+00 : f32} : (tensor<1x4xf32>, tensor<1x3xf64>) -> tensor<1x4xui2>
// CHECK: "qcnn.mul"(%[[MT]], %{{.*}}) : (tensor<1x4xui2>, tensor<f32>) -> tensor<1x4xf32>
func.func @activation_relu(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %s = arith.constant dense<0.5> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<2.0> : tensor<f32>
  %r = "qcnn.relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %q = "qcnn.quant"(%r, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x4xf32>
  return %q : tensor<1x4xf32>
}

// -----

// Signed 2 bits (-2..1), s = 1, HALF_UP (ties away from zero): out_bias = -2 and
//   m = -1: x > -1.5 (the tie -1.5 goes to -2) -> -1.5 + 2^-52 = -1.4999999999999998
//   m = 0:  x > -0.5 -> -0.5 + 2^-54 = -0.49999999999999994;   m = 1: x >= 0.5
// A Relu before a signed Quant is not absorbed.
// CHECK-LABEL: func.func @activation_signed
// CHECK: "qcnn.relu"
// CHECK: arith.constant dense<{{\[}}[-1.4999999999999998, -0.49999999999999994, 5.000000e-01]]> : tensor<1x3xf64>
// CHECK: "qcnn.multithreshold"{{.*}}out_bias = -2.000000e+00 : f32, out_dtype = "INT2", out_scale = 1.000000e+00 : f32{{.*}} -> tensor<1x4xsi2>
func.func @activation_signed(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %s = arith.constant dense<1.0> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<2.0> : tensor<f32>
  %r = "qcnn.relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %q = "qcnn.quant"(%r, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "HALF_UP", signed = 1 : i64} : (tensor<1x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x4xf32>
  return %q : tensor<1x4xf32>
}

// -----

// Negative scale -2, unsigned 1 bit, FLOOR: q = 1 iff x/-2 >= 1 iff x <= -2. The threshold counts the
// complement x > -2 (T = -2 + 2^-52 = -1.9999999999999998): q = 1 - count, i.e. out_scale -1, out_bias 1.
// CHECK-LABEL: func.func @activation_negative_scale
// CHECK: arith.constant dense<-1.9999999999999998> : tensor<1x1xf64>
// CHECK: "qcnn.multithreshold"{{.*}}out_bias = 1.000000e+00 : f32, out_dtype = "UINT1", out_scale = -1.000000e+00 : f32{{.*}} -> tensor<1x4xui1>
func.func @activation_negative_scale(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %s = arith.constant dense<-2.0> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<1.0> : tensor<f32>
  %q = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<1x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x4xf32>
  return %q : tensor<1x4xf32>
}

// -----

// Per-channel activation scales [1, 0.25] on axis 1, unsigned 1 bit, FLOOR: one threshold row per channel, x >= s.
// CHECK-LABEL: func.func @activation_per_channel
// CHECK: arith.constant dense<{{\[}}[1.000000e+00], [2.500000e-01]]> : tensor<2x1xf64>
// CHECK: "qcnn.multithreshold"{{.*}} -> tensor<1x2x3xui1>
func.func @activation_per_channel(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %s = arith.constant dense<[[1.0], [0.25]]> : tensor<2x1xf32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<1.0> : tensor<f32>
  %q = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<2x1xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  return %q : tensor<1x2x3xf32>
}

// -----

// Zero point z = 1, unsigned 2 bits, s = 0.5, FLOOR: v = x/0.5 + 1 >= m iff x >= 0.5·(m - 1): thresholds
// 0, 0.5, 1; then y = (q - 1)·0.5 as an add of -1 and the mul. A Relu before it stays (Quant(Relu(x))
// is level 1 for x < 0, the thresholds give level 0 there). A weight with a zero point is left.
// CHECK-LABEL: func.func @zero_point
// CHECK: %[[R:.*]] = "qcnn.relu"
// CHECK: %[[T:.*]] = arith.constant dense<{{\[}}[0.000000e+00, 5.000000e-01, 1.000000e+00]]> : tensor<1x3xf64>
// CHECK: %[[MT:.*]] = "qcnn.multithreshold"(%[[R]], %[[T]]) {{.*}} -> tensor<1x4xui2>
// CHECK: %[[Z:.*]] = arith.constant dense<-1.000000e+00> : tensor<f32>
// CHECK: %[[A:.*]] = "qcnn.add"(%[[MT]], %[[Z]]) : (tensor<1x4xui2>, tensor<f32>) -> tensor<1x4xf32>
// CHECK: "qcnn.mul"(%[[A]], %{{.*}}) : (tensor<1x4xf32>, tensor<f32>) -> tensor<1x4xf32>
// CHECK: "qcnn.quant"
func.func @zero_point(%x: tensor<1x4xf32>) -> (tensor<1x4xf32>, tensor<2xf32>) {
  %s = arith.constant dense<0.5> : tensor<f32>
  %z = arith.constant dense<1.0> : tensor<f32>
  %b = arith.constant dense<2.0> : tensor<f32>
  %r = "qcnn.relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %q = "qcnn.quant"(%r, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<1x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x4xf32>
  %w = arith.constant dense<[0.5, 1.0]> : tensor<2xf32>
  // expected-remark@+1 {{Quant not converted: the zero point of a weight is not 0}}
  %wq = "qcnn.quant"(%w, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<2xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2xf32>
  return %q, %wq : tensor<1x4xf32>, tensor<2xf32>
}

// -----

// Bipolar quantizers (docs/semantics.md). A 1-bit signed Quant gives +1 iff x/s >= 0:
//   weight, s = 0.5: [0.3, -0.2, -0.0] -> [1, -1, 1], held in si2 (arith.constant cannot hold !qcnn.bipolar);
//   activation, s = -2: +1 iff x <= 0; counted as the complement x > 0, whose smallest double threshold is
//   the least subnormal 2^-1074 = 4.94066e-324: y = 1 - 2 * count.
// BipolarQuant gives +1 iff x >= 0 whatever the scale's sign: threshold 0, y = 2 * count - 1.
// CHECK-LABEL: func.func @bipolar
// CHECK: arith.constant dense<[1, -1, 1]> : tensor<3xsi2>
// CHECK: arith.constant dense<4.940660e-324> : tensor<1x1xf64>
// CHECK: "qcnn.multithreshold"{{.*}}out_bias = 1.000000e+00 : f32, out_dtype = "BIPOLAR", out_scale = -2.000000e+00 : f32{{.*}} -> tensor<1x3x!qcnn.bipolar>
// CHECK: arith.constant dense<0.000000e+00> : tensor<1x1xf64>
// CHECK: "qcnn.multithreshold"{{.*}}out_bias = -1.000000e+00 : f32, out_dtype = "BIPOLAR", out_scale = 2.000000e+00 : f32{{.*}} -> tensor<1x3x!qcnn.bipolar>
// CHECK-NOT: quant"
func.func @bipolar(%x: tensor<1x3xf32>) -> (tensor<3xf32>, tensor<1x3xf32>, tensor<1x3xf32>) {
  %w = arith.constant dense<[0.3, -0.2, -0.0]> : tensor<3xf32>
  %s = arith.constant dense<0.5> : tensor<f32>
  %sn = arith.constant dense<-2.0> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b1 = arith.constant dense<1.0> : tensor<f32>
  %0 = "qcnn.quant"(%w, %s, %z, %b1) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  %1 = "qcnn.quant"(%x, %sn, %z, %b1) {narrow = 1 : i64, rounding_mode = "FLOOR", signed = 1 : i64} : (tensor<1x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x3xf32>
  %2 = "qcnn.bipolar_quant"(%x, %sn) : (tensor<1x3xf32>, tensor<f32>) -> tensor<1x3xf32>
  return %0, %1, %2 : tensor<3xf32>, tensor<1x3xf32>, tensor<1x3xf32>
}

// -----

// Not converted, each with the reason as a remark; the Quant stays.
// CHECK-LABEL: func.func @not_converted
// CHECK-COUNT-7: "qcnn.quant"
// CHECK-NOT: qcnn.multithreshold
func.func @not_converted(%x: tensor<1x2x3xf32>, %sx: tensor<f32>) -> (tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>) {
  %s = arith.constant dense<0.5> : tensor<f32>
  %s0 = arith.constant dense<0.0> : tensor<f32>
  %slast = arith.constant dense<[0.5, 0.25, 1.0]> : tensor<3xf32>
  %smixed = arith.constant dense<[[0.5], [-0.5]]> : tensor<2x1xf32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b4 = arith.constant dense<4.0> : tensor<f32>
  %b20 = arith.constant dense<20.0> : tensor<f32>
  %bfrac = arith.constant dense<2.5> : tensor<f32>
  // expected-remark@+1 {{Quant not converted: the scale is not a constant}}
  %0 = "qcnn.quant"(%x, %sx, %z, %b4) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  // expected-remark@+1 {{Quant not converted: the zero point is not a finite scalar constant}}
  %1 = "qcnn.quant"(%x, %s, %sx, %b4) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  // expected-remark@+1 {{Quant not converted: an activation of more than 16 bits would need over 65535 thresholds per channel}}
  %2 = "qcnn.quant"(%x, %s, %z, %b20) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  // expected-remark@+1 {{Quant not converted: bit width 2.5 is not an integer in [1, 32]}}
  %3 = "qcnn.quant"(%x, %s, %z, %bfrac) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  // expected-remark@+1 {{Quant not converted: the scale varies along an axis other than the channel axis 1}}
  %5 = "qcnn.quant"(%x, %slast, %z, %b4) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<3xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  // expected-remark@+1 {{Quant not converted: the per-channel scales have mixed signs}}
  %6 = "qcnn.quant"(%x, %smixed, %z, %b4) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<2x1xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  // expected-remark@+1 {{Quant not converted: a scale is zero or not finite}}
  %7 = "qcnn.quant"(%x, %s0, %z, %b4) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x3xf32>
  return %0, %1, %2, %3, %5, %6, %7 : tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>, tensor<1x2x3xf32>
}

// -----

// An activation needs a channel axis: a rank-1 input is left.
// CHECK-LABEL: func.func @rank1
// CHECK: "qcnn.quant"
func.func @rank1(%x: tensor<4xf32>) -> tensor<4xf32> {
  %s = arith.constant dense<0.5> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<2.0> : tensor<f32>
  // expected-remark@+1 {{Quant not converted: the input has no channel axis (rank < 2) for a multithreshold}}
  %q = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<4xf32>
  return %q : tensor<4xf32>
}

// -----

// Extreme scales. s = 2^-149 (the least float32 subnormal), unsigned 2 bits, FLOOR: thresholds s·m for
// m = 1, 2, 3 are 2^-149 = 1.4012984643248171e-45, 2^-148 = 2.8025969286496341e-45 and
// 3·2^-149 = 4.2038953929744512e-45, exact in double. s = 1e308 (f64): 2·s overflows the double range,
// so no exact threshold exists and the Quant is left.
// CHECK-LABEL: func.func @extreme_scales
// CHECK: arith.constant dense<{{\[}}[1.4012984643248171E-45, 2.8025969286496341E-45, 4.2038953929744512E-45]]> : tensor<1x3xf64>
// CHECK: "qcnn.quant"
func.func @extreme_scales(%x: tensor<1x4xf32>) -> (tensor<1x4xf32>, tensor<1x4xf32>) {
  %s = arith.constant dense<1.401298464324817e-45> : tensor<f32>
  %big = arith.constant dense<1.0e308> : tensor<f64>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<2.0> : tensor<f32>
  %0 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<1x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x4xf32>
  // expected-remark@+1 {{Quant not converted: an exact threshold is out of range}}
  %1 = "qcnn.quant"(%x, %big, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<1x4xf32>, tensor<f64>, tensor<f32>, tensor<f32>) -> tensor<1x4xf32>
  return %0, %1 : tensor<1x4xf32>, tensor<1x4xf32>
}

// -----

// Weights (and Brevitas' int32 biases) up to 32 bits: [3, -100000, 123456.75] / 0.5 with ROUND is
// [6, -200000, 246913.5 -> 246914 (even)] in si32. 17 to 24 bits have no dense storage in
// qcnnConstantBuild; 33 bits is too wide; unsigned narrow 1 bit has a single level.
// CHECK-LABEL: func.func @weight_limits
// CHECK: arith.constant dense<[6, -200000, 246914]> : tensor<3xsi32>
// CHECK-COUNT-3: "qcnn.quant"
func.func @weight_limits() -> (tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>) {
  %w = arith.constant dense<[3.0, -100000.0, 123456.75]> : tensor<3xf32>
  %s = arith.constant dense<0.5> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b32 = arith.constant dense<32.0> : tensor<f32>
  %b33 = arith.constant dense<33.0> : tensor<f32>
  %b20 = arith.constant dense<20.0> : tensor<f32>
  %b1 = arith.constant dense<1.0> : tensor<f32>
  %0 = "qcnn.quant"(%w, %s, %z, %b32) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  // expected-remark@+1 {{Quant not converted: 17- to 24-bit integer constants are not supported}}
  %1 = "qcnn.quant"(%w, %s, %z, %b20) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  // expected-remark@+1 {{Quant not converted: bit width 33 is not an integer in [1, 32]}}
  %2 = "qcnn.quant"(%w, %s, %z, %b33) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  // expected-remark@+1 {{Quant not converted: the quantizer has a single level}}
  %3 = "qcnn.quant"(%w, %s, %z, %b1) {narrow = 1 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3xf32>
  return %0, %1, %2, %3 : tensor<3xf32>, tensor<3xf32>, tensor<3xf32>, tensor<3xf32>
}
