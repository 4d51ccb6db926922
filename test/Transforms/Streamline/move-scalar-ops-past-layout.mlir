// RUN: qcnn-opt %s --verify-diagnostics --qcnn-move-scalar-ops-past-layout | FileCheck %s
// RUN: qcnn-opt %s --qcnn-move-scalar-ops-past-layout -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1

// A uniform scale and offset move down through flatten and transpose, which now move the ui8
// integers themselves; the order of mul and add is kept: ((x * 0.5) + 2) becomes (layout(x) * 0.5) + 2.
// CHECK-LABEL: func.func @main
// CHECK: %[[F:.*]] = "qcnn.flatten"(%arg0) {axis = 1 : i64} : (tensor<1x2x3xui8>) -> tensor<1x6xui8>
// CHECK: %[[T:.*]] = "qcnn.transpose"(%[[F]]) {perm = array<i64: 1, 0>} : (tensor<1x6xui8>) -> tensor<6x1xui8>
// CHECK: %[[M:.*]] = "qcnn.mul"(%[[T]], %{{.*}}) : (tensor<6x1xui8>, tensor<f64>) -> tensor<6x1xf32>
// CHECK: %[[A:.*]] = "qcnn.add"(%[[M]], %{{.*}}) : (tensor<6x1xf32>, tensor<f64>) -> tensor<6x1xf32>
// CHECK: return %[[A]]
func.func @main(%x: tensor<1x2x3xui8>) -> tensor<6x1xf32> {
  %half = arith.constant dense<0.5> : tensor<f32>
  %two = arith.constant dense<[[[2.0]]]> : tensor<1x1x1xf32>
  %0 = "qcnn.mul"(%x, %half) : (tensor<1x2x3xui8>, tensor<f32>) -> tensor<1x2x3xf32>
  %1 = "qcnn.add"(%0, %two) : (tensor<1x2x3xf32>, tensor<1x1x1xf32>) -> tensor<1x2x3xf32>
  %2 = "qcnn.flatten"(%1) {axis = 1 : i64} : (tensor<1x2x3xf32>) -> tensor<1x6xf32>
  %3 = "qcnn.transpose"(%2) {perm = array<i64: 1, 0>} : (tensor<1x6xf32>) -> tensor<6x1xf32>
  return %3 : tensor<6x1xf32>
}

// Left alone: a per-channel constant (its axis would have to follow the reshape), and a mul with a
// second use.
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.mul"
// CHECK: "qcnn.reshape"
// CHECK: "qcnn.mul"
// CHECK: "qcnn.squeeze"
func.func @untouched(%x: tensor<1x2x2xf32>) -> (tensor<4xf32>, tensor<2x2xf32>, tensor<1x2x2xf32>) {
  %c = arith.constant dense<[[[1.0]], [[2.0]]]> : tensor<2x1x1xf32>
  %s = arith.constant dense<3.0> : tensor<f32>
  %0 = "qcnn.mul"(%x, %c) : (tensor<1x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2xf32>
  %1 = "qcnn.reshape"(%0) {shape = array<i64: 4>} : (tensor<1x2x2xf32>) -> tensor<4xf32>
  %2 = "qcnn.mul"(%x, %s) : (tensor<1x2x2xf32>, tensor<f32>) -> tensor<1x2x2xf32>
  %3 = "qcnn.squeeze"(%2) {axes = array<i64: 0>} : (tensor<1x2x2xf32>) -> tensor<2x2xf32>
  return %1, %3, %2 : tensor<4xf32>, tensor<2x2xf32>, tensor<1x2x2xf32>
}

// A per-channel mul and add (varying along axis 1) move past a squeeze or unsqueeze of axes >= 2, which
// keeps axis 1: FINN's unsqueeze -> batchnorm -> squeeze after a matmul. Their [2, 1] constants
// (broadcast against 1x2x1) become [2] against the squeezed 1x2; x's si8 integers go through the pair.
// CHECK-LABEL: func.func @per_channel
// CHECK-DAG: %[[S:.*]] = arith.constant dense<[2.000000e+00, -3.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[B:.*]] = arith.constant dense<[5.000000e-01, 1.000000e+00]> : tensor<2xf64>
// CHECK: %[[U:.*]] = "qcnn.unsqueeze"(%arg0) {axes = array<i64: 2>} : (tensor<1x2xsi8>) -> tensor<1x2x1xsi8>
// CHECK: %[[Q:.*]] = "qcnn.squeeze"(%[[U]]) {axes = array<i64: 2>} : (tensor<1x2x1xsi8>) -> tensor<1x2xsi8>
// CHECK: %[[M:.*]] = "qcnn.mul"(%[[Q]], %[[S]]) : (tensor<1x2xsi8>, tensor<2xf64>) -> tensor<1x2xf32>
// CHECK: "qcnn.add"(%[[M]], %[[B]]) : (tensor<1x2xf32>, tensor<2xf64>) -> tensor<1x2xf32>
func.func @per_channel(%x: tensor<1x2xsi8>) -> tensor<1x2xf32> {
  %u = "qcnn.unsqueeze"(%x) {axes = array<i64: 2>} : (tensor<1x2xsi8>) -> tensor<1x2x1xsi8>
  %s = arith.constant dense<[[2.0], [-3.0]]> : tensor<2x1xf32>
  %0 = "qcnn.mul"(%u, %s) : (tensor<1x2x1xsi8>, tensor<2x1xf32>) -> tensor<1x2x1xf32>
  %b = arith.constant dense<[[0.5], [1.0]]> : tensor<2x1xf32>
  %1 = "qcnn.add"(%0, %b) : (tensor<1x2x1xf32>, tensor<2x1xf32>) -> tensor<1x2x1xf32>
  %2 = "qcnn.squeeze"(%1) {axes = array<i64: 2>} : (tensor<1x2x1xf32>) -> tensor<1x2xf32>
  return %2 : tensor<1x2xf32>
}

// Left alone: a per-channel mul before a squeeze of axis 0 (the channel axis moves to 0), and before a
// squeeze without axes.
// CHECK-LABEL: func.func @per_channel_untouched
// CHECK: "qcnn.mul"
// CHECK: "qcnn.squeeze"
// CHECK: "qcnn.mul"
// CHECK: "qcnn.squeeze"
func.func @per_channel_untouched(%x: tensor<1x2x1xf32>) -> (tensor<2x1xf32>, tensor<2xf32>) {
  %s = arith.constant dense<[[2.0], [3.0]]> : tensor<2x1xf32>
  %0 = "qcnn.mul"(%x, %s) : (tensor<1x2x1xf32>, tensor<2x1xf32>) -> tensor<1x2x1xf32>
  %1 = "qcnn.squeeze"(%0) {axes = array<i64: 0>} : (tensor<1x2x1xf32>) -> tensor<2x1xf32>
  %2 = "qcnn.mul"(%x, %s) : (tensor<1x2x1xf32>, tensor<2x1xf32>) -> tensor<1x2x1xf32>
  %3 = "qcnn.squeeze"(%2) {axes = array<i64>} : (tensor<1x2x1xf32>) -> tensor<2xf32>
  return %1, %3 : tensor<2x1xf32>, tensor<2xf32>
}
