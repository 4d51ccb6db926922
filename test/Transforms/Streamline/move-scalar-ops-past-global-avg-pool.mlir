// RUN: qcnn-opt %s --verify-diagnostics --qcnn-move-scalar-ops-past-global-avg-pool | FileCheck %s
// RUN: qcnn-opt %s --qcnn-move-scalar-ops-past-global-avg-pool -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1

// The mean per channel is linear: a per-channel scale of either sign and a per-channel offset follow
// the pool, which now averages the integers (its result stays f32: a mean of integers).
// CHECK-LABEL: func.func @main
// CHECK: %[[P:.*]] = "qcnn.global_avg_pool"(%arg0) : (tensor<1x2x3x2xui4>) -> tensor<1x2x1x1xf32>
// CHECK: %[[M:.*]] = "qcnn.mul"(%[[P]], %{{.*}}) : (tensor<1x2x1x1xf32>, tensor<2x1x1xf64>) -> tensor<1x2x1x1xf32>
// CHECK: %[[A:.*]] = "qcnn.add"(%[[M]], %{{.*}}) : (tensor<1x2x1x1xf32>, tensor<2x1x1xf64>) -> tensor<1x2x1x1xf32>
// CHECK: return %[[A]]
func.func @main(%x: tensor<1x2x3x2xui4>) -> tensor<1x2x1x1xf32> {
  %c = arith.constant dense<[[[0.5]], [[-3.0]]]> : tensor<2x1x1xf32>
  %d = arith.constant dense<[[[1.0]], [[-1.0]]]> : tensor<2x1x1xf32>
  %0 = "qcnn.mul"(%x, %c) : (tensor<1x2x3x2xui4>, tensor<2x1x1xf32>) -> tensor<1x2x3x2xf32>
  %1 = "qcnn.add"(%0, %d) : (tensor<1x2x3x2xf32>, tensor<2x1x1xf32>) -> tensor<1x2x3x2xf32>
  %2 = "qcnn.global_avg_pool"(%1) : (tensor<1x2x3x2xf32>) -> tensor<1x2x1x1xf32>
  return %2 : tensor<1x2x1x1xf32>
}

// Left alone: a scale that varies along a spatial axis.
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.mul"
// CHECK: "qcnn.global_avg_pool"
func.func @untouched(%x: tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32> {
  %c = arith.constant dense<[1.0, 2.0]> : tensor<2xf32>
  %0 = "qcnn.mul"(%x, %c) : (tensor<1x2x2x2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  %1 = "qcnn.global_avg_pool"(%0) : (tensor<1x2x2x2xf32>) -> tensor<1x2x1x1xf32>
  return %1 : tensor<1x2x1x1xf32>
}
