// RUN: qcnn-opt %s --verify-diagnostics --qcnn-div-to-mul | FileCheck %s
// RUN: qcnn-opt %s --qcnn-div-to-mul -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -8,8

// x / c becomes x * (1/c) with 1/c in f64: 1/4 = 0.25 and 1/255 = 0.0039215686274509803 (to double).
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[Q:.*]] = arith.constant dense<2.500000e-01> : tensor<f64>
// CHECK-DAG: %[[C:.*]] = arith.constant dense<[0.0039215686274509803, -5.000000e-01]> : tensor<2xf64>
// CHECK: %[[A:.*]] = "qcnn.mul"(%arg0, %[[Q]]) : (tensor<3x2xf32>, tensor<f64>) -> tensor<3x2xf32>
// CHECK: "qcnn.mul"(%[[A]], %[[C]]) : (tensor<3x2xf32>, tensor<2xf64>) -> tensor<3x2xf32>
// CHECK-NOT: qcnn.div
func.func @main(%x: tensor<3x2xf32>) -> tensor<3x2xf32> {
  %q = arith.constant dense<4.0> : tensor<f32>
  %c = arith.constant dense<[255.0, -2.0]> : tensor<2xf32>
  %0 = "qcnn.div"(%x, %q) : (tensor<3x2xf32>, tensor<f32>) -> tensor<3x2xf32>
  %1 = "qcnn.div"(%0, %c) : (tensor<3x2xf32>, tensor<2xf32>) -> tensor<3x2xf32>
  return %1 : tensor<3x2xf32>
}

// Left alone: integer division (it truncates), c / x, and a divisor containing zero (remark).
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-3: "qcnn.div"
// CHECK-NOT: qcnn.mul
func.func @untouched(%i: tensor<4xsi8>, %x: tensor<4xf32>) -> (tensor<4xsi8>, tensor<4xf32>, tensor<4xf32>) {
  %two = arith.constant dense<2> : tensor<si8>
  %c = arith.constant dense<[1.0, 0.0, 2.0, 3.0]> : tensor<4xf32>
  %0 = "qcnn.div"(%i, %two) : (tensor<4xsi8>, tensor<si8>) -> tensor<4xsi8>
  %1 = "qcnn.div"(%c, %x) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  // expected-remark@+1 {{division by a constant containing zero is not turned into a multiplication}}
  %2 = "qcnn.div"(%x, %c) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %0, %1, %2 : tensor<4xsi8>, tensor<4xf32>, tensor<4xf32>
}
