// RUN: qcnn-opt %s --qcnn-move-mul-past-linear | FileCheck %s
// RUN: qcnn-opt %s --qcnn-streamline -o %t.mlir
// RUN: FileCheck %s --check-prefix=FIX < %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --float-range -4,4

// FINN's "absorb 1-bit mul into binary weights" is qcnn-move-mul-past-linear here: a positive
// per-output-channel scale on ±1 si2 weights leaves the weights ±1 (still si2) and becomes a mul after
// the linear op. matmul: W[:,j]*[0.5, 2][j]; conv (OIHW, channel 0 of dim 0): W[o]*[3, 0.25][o].
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[S:.*]] = arith.constant dense<[5.000000e-01, 2.000000e+00]> : tensor<2xf64>
// CHECK-DAG: %[[W:.*]] = arith.constant dense<{{\[\[}}-1, 1], [1, 1], [1, -1]]> : tensor<3x2xsi2>
// CHECK-DAG: %[[CS:.*]] = arith.constant dense<{{\[\[\[}}3.000000e+00]], {{\[\[}}2.500000e-01]]]> : tensor<2x1x1xf64>
// CHECK-DAG: %[[CW:.*]] = arith.constant dense<{{\[\[\[\[}}1]]], {{\[\[\[}}-1]]]]> : tensor<2x1x1x1xsi2>
// CHECK: %[[M:.*]] = "qcnn.matmul"(%arg0, %[[W]]) : (tensor<1x3xf32>, tensor<3x2xsi2>) -> tensor<1x2xf32>
// CHECK: "qcnn.mul"(%[[M]], %[[S]])
// CHECK: %[[C:.*]] = "qcnn.conv"(%arg1, %[[CW]])
// CHECK: "qcnn.mul"(%[[C]], %[[CS]]) : (tensor<1x2x2x2xf32>, tensor<2x1x1xf64>)
// The fixpoint does the same (no float-typed weight constant survives).
// FIX-NOT: arith.constant {{.*}}: tensor<{{[0-9x]*}}f32>
// FIX: "qcnn.matmul"(%arg0, %{{.*}}) : (tensor<1x3xf32>, tensor<3x2xsi2>)
// FIX: "qcnn.conv"(%arg1, %{{.*}}) {{.*}}: (tensor<1x1x2x2xf32>, tensor<2x1x1x1xsi2>)
func.func @main(%x: tensor<1x3xf32>, %y: tensor<1x1x2x2xf32>) -> (tensor<1x2xf32>, tensor<1x2x2x2xf32>) {
  %w = arith.constant dense<[[-1, 1], [1, 1], [1, -1]]> : tensor<3x2xsi2>
  %c = arith.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %ws = "qcnn.mul"(%w, %c) : (tensor<3x2xsi2>, tensor<2xf32>) -> tensor<3x2xf32>
  %0 = "qcnn.matmul"(%x, %ws) : (tensor<1x3xf32>, tensor<3x2xf32>) -> tensor<1x2xf32>
  %cw = arith.constant dense<[[[[1]]], [[[-1]]]]> : tensor<2x1x1x1xsi2>
  %cc = arith.constant dense<[[[[3.0]]], [[[0.25]]]]> : tensor<2x1x1x1xf32>
  %cws = "qcnn.mul"(%cw, %cc) : (tensor<2x1x1x1xsi2>, tensor<2x1x1x1xf32>) -> tensor<2x1x1x1xf32>
  %1 = "qcnn.conv"(%y, %cws) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x2x2xf32>, tensor<2x1x1x1xf32>) -> tensor<1x2x2x2xf32>
  return %0, %1 : tensor<1x2xf32>, tensor<1x2x2x2xf32>
}
