// RUN: qcnn-opt %s --verify-diagnostics --qcnn-absorb-add-into-threshold | FileCheck %s
// RUN: qcnn-opt %s --qcnn-absorb-add-into-threshold -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 0 --atol 0

// z + [0.5, -1.25] >= t  <=>  z >= t - c: one shared row [0, 1, 2] becomes a row per channel,
// [-0.5, 0.5, 1.5] and [1.25, 2.25, 3.25]. The si4 input hits every threshold boundary that is an
// integer, and the counts must agree exactly (tolerance 0).
// CHECK-LABEL: func.func @main
// CHECK: %[[T:.*]] = arith.constant dense<{{\[\[}}-5.000000e-01, 5.000000e-01, 1.500000e+00], [1.250000e+00, 2.250000e+00, 3.250000e+00]]> : tensor<2x3xf64>
// CHECK: "qcnn.multithreshold"(%arg0, %[[T]])
// CHECK-NOT: "qcnn.add"
func.func @main(%z: tensor<1x2x2x2xsi4>) -> tensor<1x2x2x2xui2> {
  %c = arith.constant dense<[[[0.5]], [[-1.25]]]> : tensor<2x1x1xf32>
  %t = arith.constant dense<[[0.0, 1.0, 2.0]]> : tensor<1x3xf32>
  %0 = "qcnn.add"(%z, %c) : (tensor<1x2x2x2xsi4>, tensor<2x1x1xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  return %1 : tensor<1x2x2x2xui2>
}

// A scalar add keeps a single row; NHWC takes the channels from the last axis; the thresholds' exact
// t - c is rounded up to the next double: 0.1 (f32: 0.100000001490116...) minus 1e-20 lies just below
// the f32 0.1 held in double, which is therefore the smallest double >= it; 0.1f - 3 is exact.
// CHECK-LABEL: func.func @layouts
// CHECK-DAG: arith.constant dense<{{\[\[}}-1.000000e+00, 0.000000e+00, 1.000000e+00]]> : tensor<1x3xf64>
// CHECK-DAG: arith.constant dense<{{\[\[}}0.10000000149011612, 1.000000e+00, 2.000000e+00], [-2.8999999985098839, -2.000000e+00, -1.000000e+00]]> : tensor<2x3xf64>
func.func @layouts(%z: tensor<1x2x2x2xf32>, %h: tensor<1x2x2x2xf32>) -> (tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>) {
  %one = arith.constant dense<1.0> : tensor<f32>
  %t = arith.constant dense<[[0.0, 1.0, 2.0]]> : tensor<1x3xf32>
  %tn = arith.constant dense<[[0.1, 1.0, 2.0]]> : tensor<1x3xf32>
  %cn = arith.constant dense<[1.0e-20, 3.0]> : tensor<2xf32>
  %0 = "qcnn.add"(%z, %one) : (tensor<1x2x2x2xf32>, tensor<f32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  %2 = "qcnn.add"(%h, %cn) : (tensor<1x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %3 = "qcnn.multithreshold"(%2, %tn) {data_layout = "NHWC", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  return %1, %3 : tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>
}

// Left alone: an add varying along a spatial axis, and an add of a variable.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-2: "qcnn.add"
func.func @untouched(%z: tensor<1x2x2x2xf32>) -> (tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>) {
  %spatial = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %t = arith.constant dense<[[0.0, 1.0, 2.0]]> : tensor<1x3xf32>
  %0 = "qcnn.add"(%z, %spatial) : (tensor<1x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  %2 = "qcnn.add"(%z, %z) : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xui2>
  return %1, %3 : tensor<1x2x2x2xui2>, tensor<1x2x2x2xui2>
}
