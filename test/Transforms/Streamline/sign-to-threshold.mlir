// RUN: qcnn-opt %s --verify-diagnostics --qcnn-sign-to-threshold | FileCheck %s
// RUN: qcnn-opt %s --qcnn-sign-to-threshold -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 1 --rtol 0 --atol 0

// sign(x) = #{x >= 0} + #{x > 0} - 1, with x > 0 as x >= 2^-1074 (the smallest positive double,
// printed 4.940660e-324). Feeding a qcnn op, the result becomes si2; the integer input checks x = 0
// exactly (sign 0) on many of the 20 random si2 trials.
// CHECK-LABEL: func.func @main
// CHECK: %[[T:.*]] = arith.constant dense<{{\[\[}}0.000000e+00, 4.940660e-324]]> : tensor<1x2xf64>
// CHECK: %[[S:.*]] = "qcnn.multithreshold"(%arg0, %[[T]]) {data_layout = "NCHW", out_bias = -1.000000e+00 : f32, out_dtype = "INT2", out_scale = 1.000000e+00 : f32} : (tensor<1x4xsi2>, tensor<1x2xf64>) -> tensor<1x4xsi2>
// CHECK: "qcnn.identity"(%[[S]]) : (tensor<1x4xsi2>) -> tensor<1x4xf32>
// Returned directly, the result keeps its f32 type.
// CHECK: "qcnn.multithreshold"(%arg1, %[[T]]) {{.*}} : (tensor<1x2x2xf32>, tensor<1x2xf64>) -> tensor<1x2x2xf32>
func.func @main(%x: tensor<1x4xsi2>, %y: tensor<1x2x2xf32>) -> (tensor<1x4xf32>, tensor<1x2x2xf32>) {
  %0 = "qcnn.sign"(%x) : (tensor<1x4xsi2>) -> tensor<1x4xf32>
  %1 = "qcnn.identity"(%0) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  %2 = "qcnn.sign"(%y) : (tensor<1x2x2xf32>) -> tensor<1x2x2xf32>
  return %1, %2 : tensor<1x4xf32>, tensor<1x2x2xf32>
}

// Left alone: a rank-1 input (multithreshold needs a channel axis).
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.sign"
func.func @untouched(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "qcnn.sign"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
