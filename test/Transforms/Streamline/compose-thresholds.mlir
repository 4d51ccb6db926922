// RUN: qcnn-opt %s --verify-diagnostics --qcnn-compose-thresholds | FileCheck %s
// RUN: qcnn-opt %s --qcnn-compose-thresholds -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --float-range -3,3 --rtol 0 --atol 0

// Inner: thresholds {0.5, -1, 2} (sorted: -1, 0.5, 2), out_scale 1, out_bias -1: levels -1, 0, 1, 2.
// Outer thresholds [-2, 0.5, 1, 5] by hand: -2 is reached at level count 0 (-1 >= -2): -inf; 0.5 and
// 1 first at count 2 (level 1): the 2nd smallest inner threshold 0.5; 5 never: +inf. The outer
// out_scale 2 / out_bias 0 stay.
// CHECK-LABEL: func.func @main
// CHECK: %[[T:.*]] = arith.constant dense<{{\[\[}}0xFFF0000000000000, 5.000000e-01, 5.000000e-01, 0x7FF0000000000000]]> : tensor<1x4xf64>
// CHECK: %[[R:.*]] = "qcnn.multithreshold"(%arg0, %[[T]]) {data_layout = "NCHW", out_bias = 0.000000e+00 : f32, out_dtype = "UINT4", out_scale = 2.000000e+00 : f32} : (tensor<1x2xf32>, tensor<1x4xf64>) -> tensor<1x2xui4>
// CHECK: return %[[R]]
func.func @main(%x: tensor<1x2xf32>) -> tensor<1x2xui4> {
  %t1 = arith.constant dense<[[0.5, -1.0, 2.0]]> : tensor<1x3xf32>
  %t2 = arith.constant dense<[[-2.0, 0.5, 1.0, 5.0]]> : tensor<1x4xf32>
  %0 = "qcnn.multithreshold"(%x, %t1) {data_layout = "NCHW", out_bias = -1.0 : f32, out_dtype = "INT3", out_scale = 1.0 : f32} : (tensor<1x2xf32>, tensor<1x3xf32>) -> tensor<1x2xsi3>
  %1 = "qcnn.multithreshold"(%0, %t2) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT4", out_scale = 2.0 : f32} : (tensor<1x2xsi3>, tensor<1x4xf32>) -> tensor<1x2xui4>
  return %1 : tensor<1x2xui4>
}

// Per-channel inner thresholds with a shared outer row give one row per channel: channel 0 levels
// 0..2 at {1, 2}, channel 1 at {-1, 3}; outer thresholds [1, 2] are counts 1 and 2.
// CHECK-LABEL: func.func @per_channel
// CHECK: arith.constant dense<{{\[\[}}1.000000e+00, 2.000000e+00], [-1.000000e+00, 3.000000e+00]]> : tensor<2x2xf64>
func.func @per_channel(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xui2> {
  %t1 = arith.constant dense<[[2.0, 1.0], [-1.0, 3.0]]> : tensor<2x2xf32>
  %t2 = arith.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  %0 = "qcnn.multithreshold"(%x, %t1) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<2x2xf32>) -> tensor<1x2x2x2xui2>
  %1 = "qcnn.multithreshold"(%0, %t2) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xui2>, tensor<1x2xf32>) -> tensor<1x2x2x2xui2>
  return %1 : tensor<1x2x2x2xui2>
}

// Left alone: a decreasing inner threshold (remark), and an inner threshold with a second use.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-4: "qcnn.multithreshold"
func.func @untouched(%x: tensor<1x2xf32>) -> (tensor<1x2xui2>, tensor<1x2xui2>, tensor<1x2xui2>) {
  %t = arith.constant dense<[[0.0, 1.0]]> : tensor<1x2xf32>
  // expected-remark@+1 {{a non-increasing threshold cannot be composed with the next one}}
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 2.0 : f32, out_dtype = "UINT2", out_scale = -1.0 : f32} : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xui2>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2xui2>, tensor<1x2xf32>) -> tensor<1x2xui2>
  %2 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2xf32>, tensor<1x2xf32>) -> tensor<1x2xui2>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2xui2>, tensor<1x2xf32>) -> tensor<1x2xui2>
  return %1, %2, %3 : tensor<1x2xui2>, tensor<1x2xui2>, tensor<1x2xui2>
}
