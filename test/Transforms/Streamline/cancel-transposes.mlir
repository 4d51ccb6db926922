// RUN: qcnn-opt %s --verify-diagnostics --qcnn-cancel-transposes | FileCheck %s
// RUN: qcnn-opt %s --qcnn-cancel-transposes -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 5 --seed 1

// NCHW -> NHWC (perm 0,2,3,1) then NHWC -> NCHW (perm 0,3,1,2) composes to the identity and vanishes;
// 2x3x4 -> perm (1,0,2) -> perm (2,1,0): axis i of the result is x's axis p[q[i]] = (2, 0, 1);
// an empty perm (reverse) twice is the identity.
// CHECK-LABEL: func.func @main
// CHECK: %[[T:.*]] = "qcnn.transpose"(%arg1) {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xsi8>) -> tensor<4x2x3xsi8>
// CHECK: return %arg0, %[[T]], %arg2
func.func @main(%x: tensor<1x2x3x4xf32>, %y: tensor<2x3x4xsi8>, %z: tensor<2x3xf32>) -> (tensor<1x2x3x4xf32>, tensor<4x2x3xsi8>, tensor<2x3xf32>) {
  %0 = "qcnn.transpose"(%x) {perm = array<i64: 0, 2, 3, 1>} : (tensor<1x2x3x4xf32>) -> tensor<1x3x4x2xf32>
  %1 = "qcnn.transpose"(%0) {perm = array<i64: 0, 3, 1, 2>} : (tensor<1x3x4x2xf32>) -> tensor<1x2x3x4xf32>
  %2 = "qcnn.transpose"(%y) {perm = array<i64: 1, 0, 2>} : (tensor<2x3x4xsi8>) -> tensor<3x2x4xsi8>
  %3 = "qcnn.transpose"(%2) {perm = array<i64: 2, 1, 0>} : (tensor<3x2x4xsi8>) -> tensor<4x2x3xsi8>
  %4 = "qcnn.transpose"(%z) {perm = array<i64>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %5 = "qcnn.transpose"(%4) {perm = array<i64>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  return %1, %3, %5 : tensor<1x2x3x4xf32>, tensor<4x2x3xsi8>, tensor<2x3xf32>
}

// Left alone: a single non-identity transpose. The inner transpose with a second use stays for that
// use while the outer one is composed.
// CHECK-LABEL: func.func @untouched
// CHECK: %[[A:.*]] = "qcnn.transpose"(%arg0) {perm = array<i64: 1, 0>}
// CHECK: return %[[A]], %arg0
func.func @untouched(%x: tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<2x3xf32>) {
  %0 = "qcnn.transpose"(%x) {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %1 = "qcnn.transpose"(%0) {perm = array<i64: 1, 0>} : (tensor<3x2xf32>) -> tensor<2x3xf32>
  return %0, %1 : tensor<3x2xf32>, tensor<2x3xf32>
}
