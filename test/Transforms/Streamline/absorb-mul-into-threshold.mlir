// RUN: qcnn-opt %s --verify-diagnostics --qcnn-absorb-mul-into-threshold | FileCheck %s
// RUN: qcnn-opt %s --qcnn-absorb-mul-into-threshold -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 0 --atol 0

// Positive per-channel scale [2, 0.5]: z*c >= t <=> z >= t/c: rows [0, 0.5, 1] and [0, 2, 4].
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[T:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, 5.000000e-01, 1.000000e+00], [0.000000e+00, 2.000000e+00, 4.000000e+00]]> : tensor<2x3xf64>
// CHECK-DAG: %[[N:.*]] = arith.constant dense<{{\[\[}}4.940660e-324, -0.49999999999999994, -0.99999999999999988]]> : tensor<1x3xf64>
// CHECK: "qcnn.multithreshold"(%arg0, %[[T]]) {data_layout = "NCHW", out_bias = 0.000000e+00 : f32, out_dtype = "UINT2", out_scale = 1.000000e+00 : f32}
// Negative scale -2 (sign factoring): z*(-2) >= t <=> z <= t/(-2) = 0, -0.5, -1, i.e. 3 minus the
// count of z > those, i.e. z >= the next double above each; out_scale -1, out_bias 0 + 1*3.
// CHECK: "qcnn.multithreshold"(%arg0, %[[N]]) {data_layout = "NCHW", out_bias = 3.000000e+00 : f32, out_dtype = "UINT2", out_scale = -1.000000e+00 : f32}
// CHECK-NOT: "qcnn.mul"
func.func @main(%z: tensor<1x2x2x2xsi4>) -> (tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>) {
  %c = arith.constant dense<[[[2.0]], [[0.5]]]> : tensor<2x1x1xf32>
  %neg = arith.constant dense<-2.0> : tensor<f32>
  %t = arith.constant dense<[[0.0, 1.0, 2.0]]> : tensor<1x3xf32>
  %0 = "qcnn.mul"(%z, %c) : (tensor<1x2x2x2xsi4>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  %2 = "qcnn.mul"(%z, %neg) : (tensor<1x2x2x2xsi4>, tensor<f32>) -> tensor<1x2x2x2xf32>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  return %1, %3 : tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>
}

// Rounding up: 1/3 is not a double; z*3 >= 1 <=> z >= 1/3, and the threshold must be the double just
// above 1/3 (0.33333333333333337), not the nearest one (0.33333333333333331, below 1/3).
// CHECK-LABEL: func.func @round_up
// CHECK: arith.constant dense<0.33333333333333337> : tensor<1x1xf64>
func.func @round_up(%z: tensor<1x1xf32>) -> tensor<1x1xui1> {
  %c = arith.constant dense<3.0> : tensor<f32>
  %t = arith.constant dense<1.0> : tensor<1x1xf32>
  %0 = "qcnn.mul"(%z, %c) : (tensor<1x1xf32>, tensor<f32>) -> tensor<1x1xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x1xf32>, tensor<1x1xf32>) -> tensor<1x1xui1>
  return %1 : tensor<1x1xui1>
}

// Not absorbed, with a remark naming the node: mixed signs across channels, a zero scale.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-2: "qcnn.mul"
func.func @untouched(%z: tensor<1x2x2x2xf32>) -> (tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>) {
  %mixed = arith.constant dense<[[[2.0]], [[-0.5]]]> : tensor<2x1x1xf32>
  %zero = arith.constant dense<[[[2.0]], [[0.0]]]> : tensor<2x1x1xf32>
  %t = arith.constant dense<[[0.0, 1.0, 2.0]]> : tensor<1x3xf32>
  %0 = "qcnn.mul"(%z, %mixed) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  // expected-remark@+1 {{a negative scale before a threshold (mixed signs across channels) cannot be absorbed}}
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  %2 = "qcnn.mul"(%z, %zero) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  // expected-remark@+1 {{a zero scale before a threshold cannot be absorbed}}
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  return %1, %3 : tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>
}
