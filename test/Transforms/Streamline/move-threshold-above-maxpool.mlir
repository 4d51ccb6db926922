// RUN: qcnn-opt %s --verify-diagnostics --qcnn-move-threshold-above-maxpool | FileCheck %s
// RUN: qcnn-opt %s --qcnn-move-threshold-above-maxpool -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --float-range -2,2 --rtol 0 --atol 0

// A non-decreasing per-channel threshold moves above a padded maxpool, which then pools its ui1 result.
// CHECK-LABEL: func.func @main
// CHECK: %[[Q:.*]] = "qcnn.multithreshold"(%arg0, %{{.*}}) {{.*}} : (tensor<1x2x4x4xf32>, tensor<2x1xf32>) -> tensor<1x2x4x4xui1>
// CHECK: %[[P:.*]] = "qcnn.maxpool"(%[[Q]]) {{.*}} : (tensor<1x2x4x4xui1>) -> tensor<1x2x2x2xui1>
// CHECK: return %[[P]]
func.func @main(%x: tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xui1> {
  %t = arith.constant dense<[[0.0], [1.0]]> : tensor<2x1xf32>
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x4x4xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<2x1xf32>) -> tensor<1x2x2x2xui1>
  return %1 : tensor<1x2x2x2xui1>
}

// Left alone: a decreasing threshold (remark), and a maxpool with a second use.
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.maxpool"(%arg0)
// CHECK: "qcnn.multithreshold"
// CHECK: "qcnn.maxpool"(%arg0)
// CHECK: "qcnn.multithreshold"
func.func @untouched(%x: tensor<1x1x2x2xf32>) -> (tensor<1x1x1x1xui1>, tensor<1x1x1x1xui1>, tensor<1x1x1x1xf32>) {
  %t = arith.constant dense<0.0> : tensor<1x1xf32>
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
  // expected-remark@+1 {{a decreasing threshold cannot move above 'qcnn.maxpool'}}
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 1.0 : f32, out_dtype = "UINT1", out_scale = -1.0 : f32} : (tensor<1x1x1x1xf32>, tensor<1x1xf32>) -> tensor<1x1x1x1xui1>
  %2 = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x1x2x2xf32>) -> tensor<1x1x1x1xf32>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x1x1x1xf32>, tensor<1x1xf32>) -> tensor<1x1x1x1xui1>
  return %1, %3, %2 : tensor<1x1x1x1xui1>, tensor<1x1x1x1xui1>, tensor<1x1x1x1xf32>
}
