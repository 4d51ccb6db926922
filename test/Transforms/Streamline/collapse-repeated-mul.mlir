// RUN: qcnn-opt %s --verify-diagnostics --qcnn-collapse-repeated-mul | FileCheck %s
// RUN: qcnn-opt %s --qcnn-collapse-repeated-mul -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -8,8

// Three muls by constants become one; the constants fold with broadcasting: scalar 0.5 times the
// per-channel [2, 3] (shape 2x1) times the scalar 3 (on the left) = [3, 4.5] as 2x1 f64.
// CHECK-LABEL: func.func @main
// CHECK: %[[C:.*]] = arith.constant dense<{{\[\[}}3.000000e+00], [4.500000e+00]]> : tensor<2x1xf64>
// CHECK: "qcnn.mul"(%arg0, %[[C]]) : (tensor<1x2x3xf32>, tensor<2x1xf64>) -> tensor<1x2x3xf32>
// CHECK-NOT: qcnn.mul
func.func @main(%x: tensor<1x2x3xf32>) -> tensor<1x2x3xf32> {
  %a = arith.constant dense<0.5> : tensor<f32>
  %b = arith.constant dense<[[2.0], [3.0]]> : tensor<2x1xf32>
  %t = arith.constant dense<3.0> : tensor<f32>
  %0 = "qcnn.mul"(%x, %a) : (tensor<1x2x3xf32>, tensor<f32>) -> tensor<1x2x3xf32>
  %1 = "qcnn.mul"(%0, %b) : (tensor<1x2x3xf32>, tensor<2x1xf32>) -> tensor<1x2x3xf32>
  %2 = "qcnn.mul"(%t, %1) : (tensor<f32>, tensor<1x2x3xf32>) -> tensor<1x2x3xf32>
  return %2 : tensor<1x2x3xf32>
}

// Left alone: an inner mul with a second use (folding would duplicate work), and a mul by a variable.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-4: "qcnn.mul"
func.func @untouched(%x: tensor<4xf32>, %y: tensor<4xf32>) -> (tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) {
  %a = arith.constant dense<2.0> : tensor<f32>
  %0 = "qcnn.mul"(%x, %a) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %1 = "qcnn.mul"(%0, %a) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  %2 = "qcnn.mul"(%x, %y) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %3 = "qcnn.mul"(%2, %a) : (tensor<4xf32>, tensor<f32>) -> tensor<4xf32>
  return %0, %1, %3 : tensor<4xf32>, tensor<4xf32>, tensor<4xf32>
}

// Integer constants of one type stay integers: 3 * -2 = -6.
// CHECK-LABEL: func.func @integer
// CHECK: arith.constant dense<-6> : tensor<si8>
// CHECK: "qcnn.mul"
// CHECK-NOT: "qcnn.mul"
func.func @integer(%x: tensor<4xsi32>) -> tensor<4xsi32> {
  %a = arith.constant dense<3> : tensor<si8>
  %b = arith.constant dense<-2> : tensor<si8>
  %0 = "qcnn.mul"(%x, %a) : (tensor<4xsi32>, tensor<si8>) -> tensor<4xsi32>
  %1 = "qcnn.mul"(%0, %b) : (tensor<4xsi32>, tensor<si8>) -> tensor<4xsi32>
  return %1 : tensor<4xsi32>
}
