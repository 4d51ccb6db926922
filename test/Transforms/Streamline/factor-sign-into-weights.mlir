// RUN: qcnn-opt %s --verify-diagnostics --qcnn-factor-sign-into-weights | FileCheck %s
// RUN: qcnn-opt %s --qcnn-factor-sign-into-weights -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -4,4

// matmul(x, W) * [-0.5, 2]: column 0 of W is negated ([-2, 0, 1] -> [2, 0, -1]; 2 needs si3) and
// the scale becomes [0.5, 2]. Conv with scale [1, -1] per output channel: W [3, 4] -> [3, -4], scale 1.
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[}}2, 1], [0, 1], [-1, -1]]> : tensor<3x2xsi3>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<[5.000000e-01, 2.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[CW:.*]] = arith.constant dense<{{\[\[\[\[}}3.000000e+00]]], {{\[\[\[}}-4.000000e+00]]]]> : tensor<2x1x1x1xf32>
// CHECK-DAG: %[[ONE:.*]] = arith.constant dense<1.000000e+00> : tensor<f64>
// CHECK: %[[M:.*]] = "qcnn.matmul"(%arg0, %[[W]]) : (tensor<1x3xf32>, tensor<3x2xsi3>) -> tensor<1x2xf32>
// CHECK: "qcnn.mul"(%[[M]], %[[S]])
// CHECK: %[[C:.*]] = "qcnn.conv"(%arg1, %[[CW]])
// CHECK: "qcnn.mul"(%[[C]], %[[ONE]])
func.func @main(%x: tensor<1x3xf32>, %y: tensor<1x1x2x2xf32>) -> (tensor<1x2xf32>, tensor<1x2x2x2xf32>) {
  %w = arith.constant dense<[[-2, 1], [0, 1], [1, -1]]> : tensor<3x2xsi2>
  %c = arith.constant dense<[-0.5, 2.0]> : tensor<2xf32>
  %0 = "qcnn.matmul"(%x, %w) : (tensor<1x3xf32>, tensor<3x2xsi2>) -> tensor<1x2xf32>
  %1 = "qcnn.mul"(%0, %c) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %cw = arith.constant dense<[[[[3.0]]], [[[4.0]]]]> : tensor<2x1x1x1xf32>
  %cc = arith.constant dense<[[[1.0]], [[-1.0]]]> : tensor<2x1x1xf32>
  %2 = "qcnn.conv"(%y, %cw) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  %3 = "qcnn.mul"(%2, %cc) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  return %1, %3 : tensor<1x2xf32>, tensor<1x2x2x2xf32>
}

// Left alone: a non-negative scale, a linear op with a bias, and weights that are not constants.
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.mul"(%{{.*}}, %[[P:.*]]) : (tensor<1x2xf32>, tensor<2xf32>)
// CHECK: "qcnn.mul"(%{{.*}}, %{{.*}}) : (tensor<1x2xf32>, tensor<2xf32>)
// CHECK: "qcnn.mul"(%{{.*}}, %{{.*}}) : (tensor<1x2xf32>, tensor<2xf32>)
func.func @untouched(%x: tensor<1x3xf32>, %v: tensor<3x2xf32>) -> (tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>) {
  %w = arith.constant dense<1.0> : tensor<3x2xf32>
  %b = arith.constant dense<1.0> : tensor<2xf32>
  %pos = arith.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %neg = arith.constant dense<[-0.5, 2.0]> : tensor<2xf32>
  %0 = "qcnn.matmul"(%x, %w) : (tensor<1x3xf32>, tensor<3x2xf32>) -> tensor<1x2xf32>
  %1 = "qcnn.mul"(%0, %pos) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %2 = "qcnn.gemm"(%x, %w, %b) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<1x3xf32>, tensor<3x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %3 = "qcnn.mul"(%2, %neg) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %4 = "qcnn.matmul"(%x, %v) : (tensor<1x3xf32>, tensor<3x2xf32>) -> tensor<1x2xf32>
  %5 = "qcnn.mul"(%4, %neg) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  return %1, %3, %5 : tensor<1x2xf32>, tensor<1x2xf32>, tensor<1x2xf32>
}
