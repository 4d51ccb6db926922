// RUN: qcnn-opt %s --verify-diagnostics --qcnn-move-add-past-linear | FileCheck %s
// RUN: qcnn-opt %s --qcnn-move-add-past-linear -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -4,4

// Unpadded conv, offset per input channel [1, -2]: each output adds 1*sum(W[0,0]) - 2*sum(W[0,1]) =
// 1*4 - 2*(1+2+3+4) = -16 (the conv's own bias stays in the conv).
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[O:.*]] = arith.constant dense<-1.600000e+01> : tensor<f64>
// CHECK-DAG: %[[G:.*]] = arith.constant dense<{{\[\[\[}}3.000000e+00]], {{\[\[}}1.000000e+01]]]> : tensor<2x1x1xf64>
// CHECK-DAG: %[[M:.*]] = arith.constant dense<[4.500000e+00, 6.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[I:.*]] = arith.constant dense<2.000000e+00> : tensor<f64>
// CHECK: %[[C:.*]] = "qcnn.conv"(%arg0, %{{.*}}, %{{.*}}) {{.*}} -> tensor<1x1x2x2xf32>
// CHECK: "qcnn.add"(%[[C]], %[[O]])
// Grouped conv (2 groups of 1 channel): offsets 3*1 and 5*2.
// CHECK: %[[GC:.*]] = "qcnn.conv"(%arg1, %{{.*}}) {{.*}} -> tensor<1x2x2x2xf32>
// CHECK: "qcnn.add"(%[[GC]], %[[G]])
// MatMul, uniform offset 0.5: 0.5 * column sums [1+3+5, 2+4+6].
// CHECK: %[[MM:.*]] = "qcnn.matmul"(%arg2, %{{.*}})
// CHECK: "qcnn.add"(%[[MM]], %[[M]])
// Integer input and weights: the conv becomes integer (ui4 x si4, 1 tap: 4+4+1 = 9 bits); offset 1*2.
// CHECK: %[[IC:.*]] = "qcnn.conv"(%arg3, %{{.*}}) {{.*}} : (tensor<1x1x2x2xui4>, tensor<1x1x1x1xsi4>) -> tensor<1x1x2x2xsi9>
// CHECK: "qcnn.add"(%[[IC]], %[[I]]) : (tensor<1x1x2x2xsi9>, tensor<f64>) -> tensor<1x1x2x2xf32>
func.func @main(%x: tensor<1x2x3x3xf32>, %g: tensor<1x2x2x2xf32>, %m: tensor<2x3xf32>, %i: tensor<1x1x2x2xui4>)
    -> (tensor<1x1x2x2xf32>, tensor<1x2x2x2xf32>, tensor<2x2xf32>, tensor<1x1x2x2xf32>) {
  %c = arith.constant dense<[[[1.0]], [[-2.0]]]> : tensor<2x1x1xf32>
  %w = arith.constant dense<[[[[1.0, 1.0], [1.0, 1.0]], [[1.0, 2.0], [3.0, 4.0]]]]> : tensor<1x2x2x2xf32>
  %b = arith.constant dense<0.5> : tensor<1xf32>
  %0 = "qcnn.add"(%x, %c) : (tensor<1x2x3x3xf32>, tensor<2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %1 = "qcnn.conv"(%0, %w, %b) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x3x3xf32>, tensor<1x2x2x2xf32>, tensor<1xf32>) -> tensor<1x1x2x2xf32>
  %gc = arith.constant dense<[[[1.0]], [[2.0]]]> : tensor<2x1x1xf32>
  %gw = arith.constant dense<[[[[3.0]]], [[[5.0]]]]> : tensor<2x1x1x1xf32>
  %2 = "qcnn.add"(%g, %gc) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  %3 = "qcnn.conv"(%2, %gw) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %mw = arith.constant dense<[[1.0, 2.0], [3.0, 4.0], [5.0, 6.0]]> : tensor<3x2xf32>
  %4 = "qcnn.add"(%m, %half) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %5 = "qcnn.matmul"(%4, %mw) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %iw = arith.constant dense<2> : tensor<1x1x1x1xsi4>
  %6 = "qcnn.add"(%i, %one) : (tensor<1x1x2x2xui4>, tensor<f32>) -> tensor<1x1x2x2xf32>
  %7 = "qcnn.conv"(%6, %iw) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<1x1x1x1xsi4>) -> tensor<1x1x2x2xf32>
  return %1, %3, %5, %7 : tensor<1x1x2x2xf32>, tensor<1x2x2x2xf32>, tensor<2x2xf32>, tensor<1x1x2x2xf32>
}

// Left alone: a padded conv (remark: the zero padding is not offset), a per-column offset before a
// matmul (varies along the contracted axis), and weights that are not constants.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-3: "qcnn.add"
// CHECK-NOT: "qcnn.add"
func.func @untouched(%x: tensor<1x1x2x2xf32>, %m: tensor<2x3xf32>, %v: tensor<3x2xf32>) -> (tensor<1x1x2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>) {
  %one = arith.constant dense<1.0> : tensor<f32>
  %w = arith.constant dense<1.0> : tensor<1x1x1x1xf32>
  %0 = "qcnn.add"(%x, %one) : (tensor<1x1x2x2xf32>, tensor<f32>) -> tensor<1x1x2x2xf32>
  // expected-remark@+1 {{padding blocks moving an add past conv}}
  %1 = "qcnn.conv"(%0, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>) -> tensor<1x1x3x2xf32>
  %cols = arith.constant dense<[1.0, 2.0, 3.0]> : tensor<3xf32>
  %mw = arith.constant dense<1.0> : tensor<3x2xf32>
  %2 = "qcnn.add"(%m, %cols) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %3 = "qcnn.matmul"(%2, %mw) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %4 = "qcnn.add"(%m, %one) : (tensor<2x3xf32>, tensor<f32>) -> tensor<2x3xf32>
  %5 = "qcnn.matmul"(%4, %v) : (tensor<2x3xf32>, tensor<3x2xf32>) -> tensor<2x2xf32>
  %6 = "qcnn.slice"(%1) {axes = array<i64: 2>, ends = array<i64: 2>, starts = array<i64: 0>, steps = array<i64: 1>} : (tensor<1x1x3x2xf32>) -> tensor<1x1x2x2xf32>
  return %6, %3, %5 : tensor<1x1x2x2xf32>, tensor<2x2xf32>, tensor<2x2xf32>
}
