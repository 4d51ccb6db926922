// RUN: qcnn-opt %s --verify-diagnostics --qcnn-integer-accumulator | FileCheck %s
// RUN: qcnn-opt %s --qcnn-integer-accumulator -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 10 --seed 1

// A linear op on integer (or bipolar) operands typed f32 gets the exact accumulator type: a product of
// a bx-bit and a bw-bit value needs bx + bw + 1 bits (bipolar counts as 1), a sum of K of them
// ceil(log2 K) more. gemm bipolar x si2 over K = 3: 1 + 2 + 1 + 2 = si6 (bnn_model_fc_1layer's gemm).
// matmul ui8 x si4 over K = 16: 8 + 4 + 1 + 4 = si17. conv ui2 x si3 over 1 x 2 x 2 = 4 products:
// 2 + 3 + 1 + 2 = si8. Their users keep their types.
// CHECK-LABEL: func.func @main
// CHECK: %[[G:.*]] = "qcnn.gemm"(%arg0, %{{.*}}) {{.*}} : (tensor<1x3x!qcnn.bipolar>, tensor<4x3xsi2>) -> tensor<1x4xsi6>
// CHECK: "qcnn.mul"(%[[G]], %{{.*}}) : (tensor<1x4xsi6>, tensor<f32>) -> tensor<1x4xf32>
// CHECK: %[[M:.*]] = "qcnn.matmul"(%arg1, %{{.*}}) : (tensor<1x16xui8>, tensor<16x2xsi4>) -> tensor<1x2xsi17>
// CHECK: "qcnn.multithreshold"(%[[M]], %{{.*}}) {{.*}} : (tensor<1x2xsi17>, tensor<1x1xf32>)
// CHECK: %[[C:.*]] = "qcnn.conv"(%arg2, %{{.*}}) {{.*}} : (tensor<1x1x3x3xui2>, tensor<2x1x2x2xsi3>) -> tensor<1x2x2x2xsi8>
// CHECK: "qcnn.relu"(%[[C]]) : (tensor<1x2x2x2xsi8>) -> tensor<1x2x2x2xf32>
func.func @main(%b: tensor<1x3x!qcnn.bipolar>, %u: tensor<1x16xui8>, %p: tensor<1x1x3x3xui2>) -> (tensor<1x4xf32>, tensor<1x2xui1>, tensor<1x2x2x2xf32>) {
  %w = arith.constant dense<[[-1, 1, -1], [-1, -1, 1], [-1, -1, -1], [1, -1, -1]]> : tensor<4x3xsi2>
  %0 = "qcnn.gemm"(%b, %w) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<1x3x!qcnn.bipolar>, tensor<4x3xsi2>) -> tensor<1x4xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %1 = "qcnn.mul"(%0, %one) : (tensor<1x4xf32>, tensor<f32>) -> tensor<1x4xf32>
  %v = arith.constant dense<-7> : tensor<16x2xsi4>
  %2 = "qcnn.matmul"(%u, %v) : (tensor<1x16xui8>, tensor<16x2xsi4>) -> tensor<1x2xf32>
  %t = arith.constant dense<-100.0> : tensor<1x1xf32>
  %3 = "qcnn.multithreshold"(%2, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x2xf32>, tensor<1x1xf32>) -> tensor<1x2xui1>
  %k = arith.constant dense<[[[[1, -4], [3, 0]]], [[[-1, 2], [2, -3]]]]> : tensor<2x1x2x2xsi3>
  %4 = "qcnn.conv"(%p, %k) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x3x3xui2>, tensor<2x1x2x2xsi3>) -> tensor<1x2x2x2xf32>
  %5 = "qcnn.relu"(%4) : (tensor<1x2x2x2xf32>) -> tensor<1x2x2x2xf32>
  return %1, %3, %5 : tensor<1x4xf32>, tensor<1x2xui1>, tensor<1x2x2x2xf32>
}

// A declared integer result wider than the accumulator (FINN annotates INT32) is narrowed: bipolar x
// si2 over K = 3 is si6. Not where a layout op reads it (its result type would keep the wide type),
// nor when the declared type is already narrower than the bound.
// CHECK-LABEL: func.func @narrow
// CHECK: %[[N:.*]] = "qcnn.matmul"(%arg0, %{{.*}}) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>) -> tensor<1x2xsi6>
// CHECK: "qcnn.multithreshold"(%[[N]], %{{.*}}) {{.*}} : (tensor<1x2xsi6>, tensor<1x1xf32>)
// CHECK: %[[L:.*]] = "qcnn.matmul"(%arg0, %{{.*}}) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>) -> tensor<1x2xsi32>
// CHECK: "qcnn.unsqueeze"(%[[L]])
// CHECK: "qcnn.matmul"(%arg0, %{{.*}}) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>) -> tensor<1x2xsi4>
func.func @narrow(%b: tensor<1x3x!qcnn.bipolar>) -> (tensor<1x2xui1>, tensor<1x2x1xsi32>, tensor<1x2xui1>) {
  %w = arith.constant dense<[[1, -1], [1, 1], [-1, 1]]> : tensor<3x2xsi2>
  %t = arith.constant dense<0.0> : tensor<1x1xf32>
  %0 = "qcnn.matmul"(%b, %w) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>) -> tensor<1x2xsi32>
  %1 = "qcnn.multithreshold"(%0, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x2xsi32>, tensor<1x1xf32>) -> tensor<1x2xui1>
  %2 = "qcnn.matmul"(%b, %w) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>) -> tensor<1x2xsi32>
  %3 = "qcnn.unsqueeze"(%2) {axes = array<i64: 2>} : (tensor<1x2xsi32>) -> tensor<1x2x1xsi32>
  %4 = "qcnn.matmul"(%b, %w) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>) -> tensor<1x2xsi4>
  %5 = "qcnn.multithreshold"(%4, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x2xsi4>, tensor<1x1xf32>) -> tensor<1x2xui1>
  return %1, %3, %5 : tensor<1x2xui1>, tensor<1x2x1xsi32>, tensor<1x2xui1>
}

// Left alone: a result the function returns (its type is the function's), a float operand, a gemm
// with alpha != 1, and sums that may exceed 2^24, which the f32 result rounds (ui8 x si8 over
// K = 1024: 8 + 8 + 1 + 10 = 27 bits; remark).
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.matmul"(%arg0, %{{.*}}) : (tensor<1x3xsi4>, tensor<3x1xsi4>) -> tensor<1x1xf32>
// CHECK: "qcnn.matmul"(%arg1, %{{.*}}) : (tensor<1x3xf32>, tensor<3x1xsi4>) -> tensor<1x1xf32>
// CHECK: "qcnn.gemm"(%arg0, %{{.*}}) {{.*}} -> tensor<1x1xf32>
// CHECK: "qcnn.matmul"(%arg2, %{{.*}}) : (tensor<1x1024xui8>, tensor<1024x1xsi8>) -> tensor<1x1xf32>
func.func @untouched(%s: tensor<1x3xsi4>, %f: tensor<1x3xf32>, %u: tensor<1x1024xui8>) -> (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>) {
  %w = arith.constant dense<[[1], [-2], [3]]> : tensor<3x1xsi4>
  %0 = "qcnn.matmul"(%s, %w) : (tensor<1x3xsi4>, tensor<3x1xsi4>) -> tensor<1x1xf32>
  %1 = "qcnn.matmul"(%f, %w) : (tensor<1x3xf32>, tensor<3x1xsi4>) -> tensor<1x1xf32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %2 = "qcnn.mul"(%1, %one) : (tensor<1x1xf32>, tensor<f32>) -> tensor<1x1xf32>
  %wt = arith.constant dense<[[1, -2, 3]]> : tensor<1x3xsi4>
  %3 = "qcnn.gemm"(%s, %wt) {alpha = 0.5 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<1x3xsi4>, tensor<1x3xsi4>) -> tensor<1x1xf32>
  %4 = "qcnn.mul"(%3, %one) : (tensor<1x1xf32>, tensor<f32>) -> tensor<1x1xf32>
  %big = arith.constant dense<-128> : tensor<1024x1xsi8>
  // expected-remark@+1 {{'qcnn.matmul' computes on integers but its sums may exceed 2^24, which its float result rounds: it stays float}}
  %5 = "qcnn.matmul"(%u, %big) : (tensor<1x1024xui8>, tensor<1024x1xsi8>) -> tensor<1x1xf32>
  %6 = "qcnn.mul"(%5, %one) : (tensor<1x1xf32>, tensor<f32>) -> tensor<1x1xf32>
  return %0, %2, %4, %6 : tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xf32>
}
