// RUN: qcnn-opt %s --verify-diagnostics --qcnn-streamline | FileCheck %s
// RUN: qcnn-opt %s --qcnn-streamline -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 0 --atol 0
// RUN: qcnn-opt %t.mlir --qcnn-streamline | FileCheck %s

// One block of the target family after convert-quant: conv(x * 0.5, W * 0.25) + 0.125, a threshold,
// its scale 0.5, a maxpool. By hand: the accumulator a = conv(x, 3) = 3x (ui2 x si4 over 1 tap:
// 2+4+1 = 7 bits); the threshold input is 0.125*a + 0.125, and 0.125*a + 0.125 >= t <=> a >= 8t - 1,
// so T = [0.5, 1, 1.25] becomes [3, 7, 9], clipped to si7's [-64, 64], held in si8. The maxpool runs
// on the threshold's integers and the scale 0.5 follows it. Running the pass again changes nothing.
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[W:.*]] = arith.constant dense<3> : tensor<1x1x1x1xsi4>
// CHECK-DAG: %[[T:.*]] = arith.constant dense<{{\[\[}}3, 7, 9]]> : tensor<1x3xsi8>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<5.000000e-01> : tensor<f64>
// CHECK: %[[A:.*]] = "qcnn.conv"(%arg0, %[[W]]) {{.*}} -> tensor<1x1x2x2xsi7>
// CHECK: %[[Q:.*]] = "qcnn.multithreshold"(%[[A]], %[[T]]) {{.*}} -> tensor<1x1x2x2xui2>
// CHECK: %[[P:.*]] = "qcnn.maxpool"(%[[Q]]) {{.*}} -> tensor<1x1x1x1xui2>
// CHECK: %[[R:.*]] = "qcnn.mul"(%[[P]], %[[S]])
// CHECK: return %[[R]]
func.func @main(%x: tensor<1x1x2x2xui2>) -> tensor<1x1x1x1xf32> {
  %half = arith.constant dense<0.5> : tensor<f32>
  %w = arith.constant dense<3> : tensor<1x1x1x1xsi4>
  %s = arith.constant dense<0.25> : tensor<f32>
  %b = arith.constant dense<0.125> : tensor<1xf32>
  %t = arith.constant dense<[[0.5, 1.0, 1.25]]> : tensor<1x3xf64>
  %0 = "qcnn.mul"(%x, %half) : (tensor<1x1x2x2xui2>, tensor<f32>) -> tensor<1x1x2x2xf32>
  %1 = "qcnn.mul"(%w, %s) : (tensor<1x1x1x1xsi4>, tensor<f32>) -> tensor<1x1x1x1xf32>
  %2 = "qcnn.conv"(%0, %1, %b) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<1x1x1x1xf32>, tensor<1xf32>) -> tensor<1x1x2x2xf32>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x1x2x2xf32>, tensor<1x3xf64>) -> tensor<1x1x2x2xui2>
  %4 = "qcnn.mul"(%3, %half) : (tensor<1x1x2x2xui2>, tensor<f32>) -> tensor<1x1x2x2xf32>
  %5 = "qcnn.maxpool"(%4) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
  return %5 : tensor<1x1x1x1xf32>
}

// What cannot be streamlined is explained once each: a mixed-sign scale before a threshold.
// CHECK-LABEL: func.func @blocked
// CHECK: arith.constant dense<[2.000000e+00, -1.000000e+00]> : tensor<2xf64>
// CHECK: "qcnn.mul"
// CHECK: "qcnn.multithreshold"
func.func @blocked(%x: tensor<1x2xf32>) -> tensor<1x2xui1> {
  %c = arith.constant dense<[2.0, -2.0]> : tensor<2xf32>
  %d = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %t = arith.constant dense<0.0> : tensor<1x1xf32>
  %0 = "qcnn.div"(%x, %d) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  %1 = "qcnn.mul"(%0, %c) : (tensor<1x2xf32>, tensor<2xf32>) -> tensor<1x2xf32>
  // expected-remark@+1 {{a negative scale before a threshold (mixed signs across channels) cannot be absorbed}}
  %2 = "qcnn.multithreshold"(%1, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x2xf32>, tensor<1x1xf32>) -> tensor<1x2xui1>
  return %2 : tensor<1x2xui1>
}
