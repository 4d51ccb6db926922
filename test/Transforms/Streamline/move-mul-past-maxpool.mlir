// RUN: qcnn-opt %s --verify-diagnostics --qcnn-move-mul-past-maxpool | FileCheck %s
// RUN: qcnn-opt %s --qcnn-move-mul-past-maxpool -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1

// A threshold's integer output times its per-channel scale, then maxpool: the maxpool now runs on the
// integers (ui4 result) and the non-negative scale [0.5, 0, 3] follows it.
// CHECK-LABEL: func.func @main
// CHECK: %[[C:.*]] = arith.constant dense<{{\[\[\[}}5.000000e-01]], {{\[\[}}0.000000e+00]], {{\[\[}}3.000000e+00]]]> : tensor<3x1x1xf64>
// CHECK: %[[P:.*]] = "qcnn.maxpool"(%arg0) {{.*}} : (tensor<1x3x4x4xui4>) -> tensor<1x3x2x2xui4>
// CHECK: %[[M:.*]] = "qcnn.mul"(%[[P]], %[[C]]) : (tensor<1x3x2x2xui4>, tensor<3x1x1xf64>) -> tensor<1x3x2x2xf32>
// CHECK: return %[[M]]
func.func @main(%x: tensor<1x3x4x4xui4>) -> tensor<1x3x2x2xf32> {
  %c = arith.constant dense<[[[0.5]], [[0.0]], [[3.0]]]> : tensor<3x1x1xf32>
  %0 = "qcnn.mul"(%x, %c) : (tensor<1x3x4x4xui4>, tensor<3x1x1xf32>) -> tensor<1x3x4x4xf32>
  %1 = "qcnn.maxpool"(%0) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x3x4x4xf32>) -> tensor<1x3x2x2xf32>
  return %1 : tensor<1x3x2x2xf32>
}

// Left alone: a negative factor (max would become min; remark at the mul), a mul with another use,
// and a scale varying along a spatial axis.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-3: "qcnn.mul"
// CHECK-NOT: "qcnn.mul"
func.func @untouched(%x: tensor<1x2x2x2xf32>) -> (tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>, tensor<1x2x2x2xf32>, tensor<1x2x1x1xf32>) {
  %neg = arith.constant dense<[[[1.0]], [[-1.0]]]> : tensor<2x1x1xf32>
  %pos = arith.constant dense<2.0> : tensor<f32>
  %spatial = arith.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  // expected-remark@+1 {{a negative scale cannot move past 'qcnn.maxpool'}}
  %0 = "qcnn.mul"(%x, %neg) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.maxpool"(%0) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>
  %2 = "qcnn.mul"(%x, %pos) : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x2x2x2xf32>
  %3 = "qcnn.maxpool"(%2) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>
  %4 = "qcnn.mul"(%x, %spatial) : (tensor<1x2x2x2xf32>, tensor<1x2xf32>) -> tensor<1x2x2x2xf32>
  %5 = "qcnn.maxpool"(%4) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>
  return %1, %3, %2, %5 : tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>, tensor<1x2x2x2xf32>, tensor<1x2x1x1xf32>
}
