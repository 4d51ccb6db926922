// RUN: qcnn-opt %s --verify-diagnostics --qcnn-batchnorm-to-affine | FileCheck %s
// RUN: qcnn-opt %s --qcnn-batchnorm-to-affine -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -8,8

// scale [2, 1], b [1, 2], mean [0.5, -1], var [3, 3], epsilon 1: sqrt(3 + 1) = 2, so
// a = [2/2, 1/2] = [1, 0.5] and d = b - mean*a = [1 - 0.5, 2 + 0.5] = [0.5, 2.5], per channel (2x1x1).
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[A:.*]] = arith.constant dense<{{\[\[\[}}1.000000e+00]], {{\[\[}}5.000000e-01]]]> : tensor<2x1x1xf64>
// CHECK-DAG: %[[D:.*]] = arith.constant dense<{{\[\[\[}}5.000000e-01]], {{\[\[}}2.500000e+00]]]> : tensor<2x1x1xf64>
// CHECK: %[[M:.*]] = "qcnn.mul"(%arg0, %[[A]]) : (tensor<1x2x3x3xf32>, tensor<2x1x1xf64>) -> tensor<1x2x3x3xf32>
// CHECK: %[[R:.*]] = "qcnn.add"(%[[M]], %[[D]]) : (tensor<1x2x3x3xf32>, tensor<2x1x1xf64>) -> tensor<1x2x3x3xf32>
// CHECK: return %[[R]]
func.func @main(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> {
  %scale = arith.constant dense<[2.0, 1.0]> : tensor<2xf32>
  %b = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %mean = arith.constant dense<[0.5, -1.0]> : tensor<2xf32>
  %var = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "qcnn.batchnorm"(%x, %scale, %b, %mean, %var) {epsilon = 1.0 : f32} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}

// Rank 2 (after a linear layer): channels on axis 1, so the constants are plain [C] vectors; equal
// values make a scalar: a = 4/sqrt(4) = 2, d = 0 - 1*2 = -2.
// CHECK-LABEL: func.func @rank2
// CHECK-DAG: arith.constant dense<2.000000e+00> : tensor<f64>
// CHECK-DAG: arith.constant dense<-2.000000e+00> : tensor<f64>
// CHECK: "qcnn.mul"
// CHECK: "qcnn.add"
func.func @rank2(%x: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %scale = arith.constant dense<4.0> : tensor<2xf32>
  %b = arith.constant dense<0.0> : tensor<2xf32>
  %mean = arith.constant dense<1.0> : tensor<2xf32>
  %var = arith.constant dense<3.0> : tensor<2xf32>
  %0 = "qcnn.batchnorm"(%x, %scale, %b, %mean, %var) {epsilon = 1.0 : f32} : (tensor<3x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<3x2xf32>
  return %0 : tensor<3x2xf32>
}

// Parameters computed at run time: stays, with a remark.
// CHECK-LABEL: func.func @runtime_params
// CHECK: "qcnn.batchnorm"
func.func @runtime_params(%x: tensor<1x2x3x3xf32>, %scale: tensor<2xf32>) -> tensor<1x2x3x3xf32> {
  %c = arith.constant dense<1.0> : tensor<2xf32>
  // expected-remark@+1 {{batchnorm parameters are not constants: it stays a batchnorm}}
  %0 = "qcnn.batchnorm"(%x, %scale, %c, %c, %c) {epsilon = 1.0 : f32} : (tensor<1x2x3x3xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x3x3xf32>
  return %0 : tensor<1x2x3x3xf32>
}
