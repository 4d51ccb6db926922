// RUN: qcnn-opt %s --verify-diagnostics --qcnn-move-mul-past-linear | FileCheck %s
// RUN: qcnn-opt %s --qcnn-move-mul-past-linear -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -4,4

// The target-family block after convert-quant: conv(x_int * 0.5, W_int * [0.25, 0.125]) + [1, -1].
// The conv now runs on the integers (ui4 x si4 over 9 taps: 4+4+1+ceil(log2 9) = 13 bits), followed by
// the combined scale [0.5*0.25, 0.5*0.125] = [0.125, 0.0625] and the bias, both per output channel.
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{.*}}> : tensor<2x1x3x3xsi4>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<{{\[\[\[}}1.250000e-01]], {{\[\[}}6.250000e-02]]]> : tensor<2x1x1xf64>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<{{\[\[\[}}1.000000e+00]], {{\[\[}}-1.000000e+00]]]> : tensor<2x1x1xf64>
// CHECK-DAG: %[[GS:.*]] = arith.constant dense<[1.000000e+00, 2.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[GC:.*]] = arith.constant dense<[5.000000e-01, -5.000000e-01]> : tensor<2xf64>
// CHECK: %[[C:.*]] = "qcnn.conv"(%arg0, %[[W]]) {{.*}} : (tensor<1x1x4x4xui4>, tensor<2x1x3x3xsi4>) -> tensor<1x2x4x4xsi13>
// CHECK: %[[M:.*]] = "qcnn.mul"(%[[C]], %[[S]]) : (tensor<1x2x4x4xsi13>, tensor<2x1x1xf64>) -> tensor<1x2x4x4xf32>
// CHECK: %[[A:.*]] = "qcnn.add"(%[[M]], %[[B]]) : (tensor<1x2x4x4xf32>, tensor<2x1x1xf64>) -> tensor<1x2x4x4xf32>
func.func @main(%x: tensor<1x1x4x4xui4>, %g: tensor<3x4xf32>, %m: tensor<2x3xf32>) -> (tensor<1x2x4x4xf32>, tensor<3x2xf32>, tensor<2x2xf32>) {
  %half = arith.constant dense<0.5> : tensor<f32>
  %w = arith.constant dense<[[[[1, -2, 3], [4, -5, 6], [7, -8, 0]]], [[[-1, 2, -3], [-4, 5, -6], [-7, 7, 1]]]]> : tensor<2x1x3x3xsi4>
  %s = arith.constant dense<[[[[0.25]]], [[[0.125]]]]> : tensor<2x1x1x1xf32>
  %b = arith.constant dense<[1.0, -1.0]> : tensor<2xf32>
  %0 = "qcnn.mul"(%x, %half) : (tensor<1x1x4x4xui4>, tensor<f32>) -> tensor<1x1x4x4xf32>
  %1 = "qcnn.mul"(%w, %s) : (tensor<2x1x3x3xsi4>, tensor<2x1x1x1xf32>) -> tensor<2x1x3x3xf32>
  %2 = "qcnn.conv"(%0, %1, %b) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<1x1x4x4xf32>, tensor<2x1x3x3xf32>, tensor<2xf32>) -> tensor<1x2x4x4xf32>
  // Gemm (trans_b = 1: W is [N, K], one scale per row) with a bias: gemm(g * 0.5, W * [[2], [4]]) + c.
  %gw = arith.constant dense<[[1, 2, 3, 4], [-1, 0, 1, 2]]> : tensor<2x4xsi8>
  %gs = arith.constant dense<[[2.0], [4.0]]> : tensor<2x1xf32>
  %gc = arith.constant dense<[0.5, -0.5]> : tensor<2xf32>
  %3 = "qcnn.mul"(%g, %half) : (tensor<3x4xf32>, tensor<f32>) -> tensor<3x4xf32>
  %4 = "qcnn.mul"(%gw, %gs) : (tensor<2x4xsi8>, tensor<2x1xf32>) -> tensor<2x4xf32>
  %5 = "qcnn.gemm"(%3, %4, %gc) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<3x4xf32>, tensor<2x4xf32>, tensor<2xf32>) -> tensor<3x2xf32>
  // MatMul with a scale per output column: m @ (W * [3, 5]).
  %mw = arith.constant dense<[[1, 2], [3, 4], [5, 6]]> : tensor<3x2xsi8>
  %ms = arith.constant dense<[3.0, 5.0]> : tensor<2xf32>
  %6 = "qcnn.mul"(%mw, %ms) : (tensor<3x2xsi8>, tensor<2xf32>) -> tensor<3x2xf32>
  %7 = "qcnn.matmul"(%m, %6) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  return %2, %5, %7 : tensor<1x2x4x4xf32>, tensor<3x2xf32>, tensor<2x2xf32>
}
// Gemm: scales 0.5*[2, 4] = [1, 2] along the last axis, float input so the result stays f32.
// CHECK: %[[G:.*]] = "qcnn.gemm"(%arg1, %{{.*}}) {{.*}} : (tensor<3x4xf32>, tensor<2x4xsi8>) -> tensor<3x2xf32>
// CHECK: %[[GM:.*]] = "qcnn.mul"(%[[G]], %[[GS]])
// CHECK: "qcnn.add"(%[[GM]], %[[GC]])
// CHECK: %[[MM:.*]] = "qcnn.matmul"(%arg2, %{{.*}}) : (tensor<2x3xf32>, tensor<3x2xsi8>) -> tensor<2x2xf32>
// CHECK: "qcnn.mul"(%[[MM]], %{{.*}}) : (tensor<2x2xf32>, tensor<2xf64>) -> tensor<2x2xf32>
// CHECK-NOT: "qcnn.mul"
// CHECK-LABEL: func.func @untouched

// Left alone: a per-input-channel scale on x (remark), a per-input-channel weight scale, gemm with
// alpha != 1, and a bias that is not a constant.
// CHECK-COUNT-2: "qcnn.conv"(%{{.*}}, %{{.*}}) {{.*}} -> tensor<1x2x2x2xf32>
// CHECK: "qcnn.gemm"
// CHECK: "qcnn.conv"(%{{.*}}, %{{.*}}, %arg2)
func.func @untouched(%x: tensor<1x2x2x2xf32>, %g: tensor<1x2xf32>, %bias: tensor<2xf32>) -> (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2xf32>, tensor<1x2x2x2xf32>) {
  %cin = arith.constant dense<[[[1.0]], [[2.0]]]> : tensor<2x1x1xf32>
  %w = arith.constant dense<1.0> : tensor<2x2x1x1xf32>
  %wi = arith.constant dense<1> : tensor<2x2x1x1xsi8>
  %win = arith.constant dense<[[[[1.0]], [[2.0]]]]> : tensor<1x2x1x1xf32>
  %two = arith.constant dense<2.0> : tensor<f32>
  %0 = "qcnn.mul"(%x, %cin) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  // expected-remark@+1 {{a per-channel scale on the input of 'qcnn.conv' does not factor out of its sums}}
  %1 = "qcnn.conv"(%0, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x2x2xf32>
  %2 = "qcnn.mul"(%wi, %win) : (tensor<2x2x1x1xsi8>, tensor<1x2x1x1xf32>) -> tensor<2x2x1x1xf32>
  %3 = "qcnn.conv"(%x, %2) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x2x1x1xf32>) -> tensor<1x2x2x2xf32>
  %gw = arith.constant dense<1.0> : tensor<2x2xf32>
  %4 = "qcnn.mul"(%g, %two) : (tensor<1x2xf32>, tensor<f32>) -> tensor<1x2xf32>
  %5 = "qcnn.gemm"(%4, %gw) {alpha = 2.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<1x2xf32>, tensor<2x2xf32>) -> tensor<1x2xf32>
  %6 = "qcnn.mul"(%x, %two) : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x2x2x2xf32>
  // expected-remark@+1 {{the bias of 'qcnn.conv' is neither a constant nor an exact constant product: scales stay before it}}
  %7 = "qcnn.conv"(%6, %w, %bias) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x2x1x1xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %1, %3, %5, %7 : tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>, tensor<1x2xf32>, tensor<1x2x2x2xf32>
}

// A quantized bias as qcnn-convert-quant leaves it (Brevitas Int32Bias: integer q times the scale
// 0.5*0.25 = 0.125): q*c = [3*0.125, -5*0.125] = [0.375, -0.625] is exact, so it moves like a constant.
// (Its semantics are checked end to end on the quantized-bias regressors in examples.test.)
// CHECK-LABEL: func.func @quantized_bias
// CHECK-DAG: %[[B:.*]] = arith.constant dense<{{\[\[\[}}3.750000e-01]], {{\[\[}}-6.250000e-01]]]> : tensor<2x1x1xf64>
// CHECK: %[[C:.*]] = "qcnn.conv"(%arg0, %{{.*}}) {{.*}} -> tensor<1x2x2x2xsi{{[0-9]+}}>
// CHECK: %[[M:.*]] = "qcnn.mul"(%[[C]], %{{.*}})
// CHECK: "qcnn.add"(%[[M]], %[[B]])
func.func @quantized_bias(%x: tensor<1x1x2x2xui8>) -> tensor<1x2x2x2xf32> {
  %half = arith.constant dense<0.5> : tensor<f32>
  %w = arith.constant dense<[[[[1]]], [[[-2]]]]> : tensor<2x1x1x1xsi2>
  %s = arith.constant dense<0.25> : tensor<f32>
  %q = arith.constant dense<[3, -5]> : tensor<2xsi32>
  %c = arith.constant dense<0.125> : tensor<f32>
  %0 = "qcnn.mul"(%x, %half) : (tensor<1x1x2x2xui8>, tensor<f32>) -> tensor<1x1x2x2xf32>
  %1 = "qcnn.mul"(%w, %s) : (tensor<2x1x1x1xsi2>, tensor<f32>) -> tensor<2x1x1x1xf32>
  %b = "qcnn.mul"(%q, %c) : (tensor<2xsi32>, tensor<f32>) -> tensor<2xf32>
  %2 = "qcnn.conv"(%0, %1, %b) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %2 : tensor<1x2x2x2xf32>
}
