// RUN: qcnn-opt %s --verify-diagnostics --qcnn-fold-constant-layout | FileCheck %s
// RUN: qcnn-opt %s --qcnn-fold-constant-layout -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 10 --seed 1

// A transposed weight (PyTorch's Linear exported as MatMul(x, transpose(W))) becomes the constant W^T:
// [[1, 2, 3], [4, 5, 6]]^T = [[1, 4], [2, 5], [3, 6]], still si4. A 3-d transpose with perm (2, 0, 1)
// of W[i][j][k] = 4i + 2j + k: out[a][b][c] = W[b][c][a], so out[0] = [[0, 2], [4, 6]] and
// out[1] = [[1, 3], [5, 7]]. Reshape and unsqueeze keep the row-major data with the result's shape.
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[WT:.*]] = arith.constant dense<{{\[\[}}1, 4], [2, 5], [3, 6]]> : tensor<3x2xsi4>
// CHECK-DAG: %[[P:.*]] = arith.constant dense<{{\[\[\[}}0, 2], [4, 6]], {{\[\[}}1, 3], [5, 7]]]> : tensor<2x2x2xui3>
// CHECK-DAG: %[[R:.*]] = arith.constant dense<[5.000000e-01, 1.000000e+00, 1.500000e+00, 2.000000e+00]> : tensor<4xf32>
// CHECK-DAG: %[[U:.*]] = arith.constant dense<{{\[\[}}-1], [1]]> : tensor<2x1xsi2>
// CHECK-NOT: qcnn.transpose
// CHECK-NOT: qcnn.reshape
// CHECK-NOT: qcnn.unsqueeze
// CHECK: "qcnn.matmul"(%arg0, %[[WT]]) : (tensor<1x3xsi8>, tensor<3x2xsi4>) -> tensor<1x2xsi14>
// CHECK: return %{{.*}}, %[[P]], %[[R]], %[[U]]
func.func @main(%x: tensor<1x3xsi8>) -> (tensor<1x2xsi14>, tensor<2x2x2xui3>, tensor<4xf32>, tensor<2x1xsi2>) {
  %w = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xsi4>
  %wt = "qcnn.transpose"(%w) {perm = array<i64: 1, 0>} : (tensor<2x3xsi4>) -> tensor<3x2xsi4>
  %0 = "qcnn.matmul"(%x, %wt) : (tensor<1x3xsi8>, tensor<3x2xsi4>) -> tensor<1x2xsi14>
  %c = arith.constant dense<[[[0, 1], [2, 3]], [[4, 5], [6, 7]]]> : tensor<2x2x2xui3>
  %1 = "qcnn.transpose"(%c) {perm = array<i64: 2, 0, 1>} : (tensor<2x2x2xui3>) -> tensor<2x2x2xui3>
  %f = arith.constant dense<[[0.5, 1.0], [1.5, 2.0]]> : tensor<2x2xf32>
  %2 = "qcnn.reshape"(%f) {shape = array<i64: 4>} : (tensor<2x2xf32>) -> tensor<4xf32>
  %s = arith.constant dense<[-1, 1]> : tensor<2xsi2>
  %3 = "qcnn.unsqueeze"(%s) {axes = array<i64: 1>} : (tensor<2xsi2>) -> tensor<2x1xsi2>
  return %0, %1, %2, %3 : tensor<1x2xsi14>, tensor<2x2x2xui3>, tensor<4xf32>, tensor<2x1xsi2>
}

// Left alone: a transpose of a function argument, and a constant of 64-bit integers (not all exact
// as doubles).
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.transpose"(%arg0)
// CHECK: "qcnn.transpose"(%{{.*}}) {perm = array<i64: 1, 0>} : (tensor<1x2xsi64>)
func.func @untouched(%x: tensor<2x3xf32>) -> (tensor<3x2xf32>, tensor<2x1xsi64>) {
  %0 = "qcnn.transpose"(%x) {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32>
  %big = arith.constant dense<[[9007199254740993, 1]]> : tensor<1x2xsi64>
  %1 = "qcnn.transpose"(%big) {perm = array<i64: 1, 0>} : (tensor<1x2xsi64>) -> tensor<2x1xsi64>
  return %0, %1 : tensor<3x2xf32>, tensor<2x1xsi64>
}
