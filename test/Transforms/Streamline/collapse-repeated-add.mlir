// RUN: qcnn-opt %s --verify-diagnostics --qcnn-collapse-repeated-add | FileCheck %s
// RUN: qcnn-opt %s --qcnn-collapse-repeated-add -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -8,8

// (x + 0.5) + [1, -2, 3] (per channel, 3x1x1) = x + [1.5, -1.5, 3.5].
// CHECK-LABEL: func.func @main
// CHECK: %[[C:.*]] = arith.constant dense<{{\[\[\[}}1.500000e+00]], {{\[\[}}-1.500000e+00]], {{\[\[}}3.500000e+00]]]> : tensor<3x1x1xf64>
// CHECK: "qcnn.add"(%arg0, %[[C]]) : (tensor<1x3x2x2xf32>, tensor<3x1x1xf64>) -> tensor<1x3x2x2xf32>
// CHECK-NOT: qcnn.add
func.func @main(%x: tensor<1x3x2x2xf32>) -> tensor<1x3x2x2xf32> {
  %a = arith.constant dense<0.5> : tensor<f32>
  %b = arith.constant dense<[[[1.0]], [[-2.0]], [[3.0]]]> : tensor<3x1x1xf32>
  %0 = "qcnn.add"(%x, %a) : (tensor<1x3x2x2xf32>, tensor<f32>) -> tensor<1x3x2x2xf32>
  %1 = "qcnn.add"(%0, %b) : (tensor<1x3x2x2xf32>, tensor<3x1x1xf32>) -> tensor<1x3x2x2xf32>
  return %1 : tensor<1x3x2x2xf32>
}

// Left alone: constants that together would broadcast x to a larger shape ([4] + [3,1] is [3,4]),
// and an add of a mul (different kinds).
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-3: "qcnn.add"
func.func @untouched(%x: tensor<1x4xf32>) -> (tensor<3x4xf32>, tensor<1x4xf32>) {
  %a = arith.constant dense<1.0> : tensor<4xf32>
  %b = arith.constant dense<2.0> : tensor<3x1xf32>
  %0 = "qcnn.add"(%x, %a) : (tensor<1x4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  %1 = "qcnn.add"(%0, %b) : (tensor<1x4xf32>, tensor<3x1xf32>) -> tensor<3x4xf32>
  %2 = "qcnn.mul"(%x, %a) : (tensor<1x4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  %3 = "qcnn.add"(%2, %a) : (tensor<1x4xf32>, tensor<4xf32>) -> tensor<1x4xf32>
  return %1, %3 : tensor<3x4xf32>, tensor<1x4xf32>
}
