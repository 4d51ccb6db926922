// RUN: qcnn-opt %s --verify-diagnostics --qcnn-absorb-relu-into-threshold --qcnn-explain | FileCheck %s
// RUN: qcnn-opt %s --qcnn-absorb-relu-into-threshold -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 0 --atol 0

// Thresholds 0.5, 1.5, 2.5 are all positive: relu(x) and x pass none of them for x < 0, so the Relu
// goes, also behind a flatten and a reshape.
// CHECK-LABEL: func.func @main
// CHECK-NOT: qcnn.relu
// CHECK: %[[F:.*]] = "qcnn.flatten"(%arg0)
// CHECK: %[[R:.*]] = "qcnn.reshape"(%[[F]])
// CHECK: "qcnn.multithreshold"(%[[R]],
func.func @main(%x: tensor<1x2x2x2xf32>) -> tensor<1x8xui2> {
  %t = arith.constant dense<[[0.5, 1.5, 2.5]]> : tensor<1x3xf64>
  %0 = "qcnn.relu"(%x) : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.flatten"(%0) {axis = 1 : i64} : (tensor<1x2x2x2xf32>) -> tensor<1x8xf32>
  %2 = "qcnn.reshape"(%1) {shape = array<i64: 1, 8>} : (tensor<1x8xf32>) -> tensor<1x8xf32>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x8xf32>, tensor<1x3xf64>) -> tensor<1x8xui2>
  return %3 : tensor<1x8xui2>
}

// Kept: a threshold at -0.5 (a signed quantizer: x = -1 passes none, relu(x) = 0 passes it); and a
// Relu that feeds no threshold, with a remark.
// CHECK-LABEL: func.func @kept
// CHECK: "qcnn.relu"(%arg0)
// CHECK: "qcnn.relu"(%arg0)
func.func @kept(%x: tensor<1x2xf32>) -> (tensor<1x2xui2>, tensor<1x2xf32>) {
  %t = arith.constant dense<[[-0.5, 0.5, 1.5]]> : tensor<1x3xf64>
  %0 = "qcnn.relu"(%x) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2xf32>, tensor<1x3xf64>) -> tensor<1x2xui2>
  // expected-remark@+1 {{Relu without a quantizer after it stays a float op, and so do the layers it feeds (add an activation Quant after it)}}
  %2 = "qcnn.relu"(%x) : (tensor<1x2xf32>) -> tensor<1x2xf32>
  return %1, %2 : tensor<1x2xui2>, tensor<1x2xf32>
}
