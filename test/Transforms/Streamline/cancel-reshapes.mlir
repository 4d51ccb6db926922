// RUN: qcnn-opt %s --verify-diagnostics --qcnn-cancel-reshapes | FileCheck %s
// RUN: qcnn-opt %s --qcnn-cancel-reshapes -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 10 --seed 1

// Two shape-only ops that restore their input's type are the identity: squeeze(unsqueeze(x, [2]), [2])
// (FINN's wrapping of a batchnorm after a matmul, once the batchnorm has moved out) and
// reshape(flatten(y)) back to y's shape.
// CHECK-LABEL: func.func @main
// CHECK-NOT: qcnn.
// CHECK: return %arg0, %arg1
func.func @main(%x: tensor<1x4xsi8>, %y: tensor<1x2x3xf32>) -> (tensor<1x4xsi8>, tensor<1x2x3xf32>) {
  %0 = "qcnn.unsqueeze"(%x) {axes = array<i64: 2>} : (tensor<1x4xsi8>) -> tensor<1x4x1xsi8>
  %1 = "qcnn.squeeze"(%0) {axes = array<i64: 2>} : (tensor<1x4x1xsi8>) -> tensor<1x4xsi8>
  %2 = "qcnn.flatten"(%y) {axis = 1 : i64} : (tensor<1x2x3xf32>) -> tensor<1x6xf32>
  %3 = "qcnn.reshape"(%2) {shape = array<i64: 1, 2, 3>} : (tensor<1x6xf32>) -> tensor<1x2x3xf32>
  return %1, %3 : tensor<1x4xsi8>, tensor<1x2x3xf32>
}

// Left alone: a pair that changes the shape (1x4 -> 1x4x1 -> 4x1), and a transpose between (it moves
// elements; qcnn-cancel-transposes handles transposes).
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.unsqueeze"
// CHECK: "qcnn.squeeze"
// CHECK: "qcnn.transpose"
// CHECK: "qcnn.reshape"
func.func @untouched(%x: tensor<1x4xsi8>, %y: tensor<2x3xf32>) -> (tensor<4x1xsi8>, tensor<2x3xf32>) {
  %0 = "qcnn.unsqueeze"(%x) {axes = array<i64: 2>} : (tensor<1x4xsi8>) -> tensor<1x4x1xsi8>
  %1 = "qcnn.squeeze"(%0) {axes = array<i64: 0>} : (tensor<1x4x1xsi8>) -> tensor<4x1xsi8>
  %2 = "qcnn.transpose"(%y) {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %3 = "qcnn.reshape"(%2) {shape = array<i64: 2, 3>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  return %1, %3 : tensor<4x1xsi8>, tensor<2x3xf32>
}
