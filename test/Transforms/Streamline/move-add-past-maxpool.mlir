// RUN: qcnn-opt %s --verify-diagnostics --qcnn-move-add-past-maxpool | FileCheck %s
// RUN: qcnn-opt %s --qcnn-move-add-past-maxpool -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -8,8

// A per-channel add of any sign moves past a padded maxpool (padding never wins a max).
// CHECK-LABEL: func.func @main
// CHECK: %[[C:.*]] = arith.constant dense<{{\[\[\[}}-1.500000e+00]], {{\[\[}}2.000000e+00]]]> : tensor<2x1x1xf64>
// CHECK: %[[P:.*]] = "qcnn.maxpool"(%arg0) {{.*}} : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
// CHECK: %[[A:.*]] = "qcnn.add"(%[[P]], %[[C]]) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf64>) -> tensor<1x2x2x2xf32>
// CHECK: return %[[A]]
func.func @main(%x: tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32> {
  %c = arith.constant dense<[[[-1.5]], [[2.0]]]> : tensor<2x1x1xf32>
  %0 = "qcnn.add"(%x, %c) : (tensor<1x2x3x3xf32>, tensor<2x1x1xf32>) -> tensor<1x2x3x3xf32>
  %1 = "qcnn.maxpool"(%0) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 1, 1, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x3x3xf32>) -> tensor<1x2x2x2xf32>
  return %1 : tensor<1x2x2x2xf32>
}

// Left alone: an add of a variable, and an add varying along a spatial axis.
// CHECK-LABEL: func.func @untouched
// CHECK-COUNT-2: "qcnn.add"
// CHECK-NOT: "qcnn.add"
func.func @untouched(%x: tensor<1x2x2x2xf32>, %y: tensor<1x2x2x2xf32>) -> (tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>) {
  %spatial = arith.constant dense<[[1.0, 2.0]]> : tensor<1x2xf32>
  %0 = "qcnn.add"(%x, %y) : (tensor<1x2x2x2xf32>, tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.maxpool"(%0) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>
  %2 = "qcnn.add"(%x, %spatial) : (tensor<1x2x2x2xf32>, tensor<1x2xf32>) -> tensor<1x2x2x2xf32>
  %3 = "qcnn.maxpool"(%2) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>
  return %1, %3 : tensor<1x2x1x1xf32>, tensor<1x2x1x1xf32>
}
