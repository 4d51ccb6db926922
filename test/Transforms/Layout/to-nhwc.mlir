// RUN: qcnn-opt %s --qcnn-to-nhwc | FileCheck %s
// RUN: qcnn-opt %s --qcnn-to-nhwc -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 50 --seed 1 --rtol 0 --atol 0
// Idempotent: a second run changes nothing.
// RUN: qcnn-opt %t.mlir --qcnn-to-nhwc | FileCheck %s

// @main: input threshold -> 2x2 conv (1 -> 2 channels) -> threshold -> maxpool -> flatten of a 2x2
// map -> gemm. Hand-derived:
// - conv W[o, 0, i, j] = [[1, 2], [3, 4]], [[5, 6], [7, 8]] becomes the matmul weight
//   W'[(i*2 + j)*1 + 0, o] = [[1, 5], [2, 6], [3, 7], [4, 8]] behind an im2col (kh, kw, C order);
// - the flatten after the NHWC map reads (h, w, c) order: NCHW position k = c*4 + s moves to
//   NHWC position s*2 + c, so the gemm row [0, 1, ..., 7] (trans_b) becomes [0, 4, 1, 5, 2, 6, 3, 7].
// CHECK-LABEL: func.func @main
// CHECK: %[[X:.*]] = "qcnn.transpose"(%arg0) {perm = array<i64: 0, 2, 3, 1>} {{.*}} -> tensor<1x4x4x1xf32>
// CHECK-NEXT: %[[Q:.*]] = "qcnn.multithreshold"(%[[X]], {{.*}}data_layout = "NHWC"{{.*}} -> tensor<1x4x4x1xui2>
// CHECK-NEXT: %[[W:.*]] = arith.constant dense<{{\[}}[1, 5], [2, 6], [3, 7], [4, 8]]> : tensor<4x2xsi8>
// CHECK-NEXT: %[[C:.*]] = "qcnn.im2col"(%[[Q]]) {{.*}}kernel_size = array<i64: 2, 2>, pad_amount = array<i64: 0, 0, 0, 0>{{.*}} -> tensor<1x3x3x4xui2>
// CHECK-NEXT: %[[M:.*]] = "qcnn.matmul"(%[[C]], %[[W]]) {{.*}} -> tensor<1x3x3x2xsi16>
// CHECK-NEXT: %[[T:.*]] = "qcnn.multithreshold"(%[[M]], {{.*}}data_layout = "NHWC"{{.*}} -> tensor<1x3x3x2xui2>
// CHECK-NEXT: %[[P:.*]] = "qcnn.transpose"(%[[T]]) {perm = array<i64: 0, 3, 1, 2>}
// CHECK-NEXT: %[[MP:.*]] = "qcnn.maxpool"(%[[P]])
// CHECK-NEXT: %[[B:.*]] = "qcnn.transpose"(%[[MP]]) {perm = array<i64: 0, 2, 3, 1>} {{.*}} -> tensor<1x2x2x2xui2>
// CHECK-NEXT: %[[FL:.*]] = "qcnn.flatten"(%[[B]]) {{.*}} -> tensor<1x8xui2>
// CHECK-NEXT: %[[F:.*]] = arith.constant dense<{{\[}}[0, 4, 1, 5, 2, 6, 3, 7]]> : tensor<1x8xsi8>
// CHECK-NEXT: "qcnn.gemm"(%[[FL]], %[[F]])
// CHECK-NOT: qcnn.conv
// CHECK: return
func.func @main(%x: tensor<1x1x4x4xf32>) -> tensor<1x1xsi32> {
  %t0 = arith.constant dense<[[0.25, 0.5, 0.75]]> : tensor<1x3xf64>
  %w = arith.constant dense<[[[[1, 2], [3, 4]]], [[[5, 6], [7, 8]]]]> : tensor<2x1x2x2xsi8>
  %t1 = arith.constant dense<[[1, 10, 20], [-5, 0, 30]]> : tensor<2x3xsi16>
  %f = arith.constant dense<[[0, 1, 2, 3, 4, 5, 6, 7]]> : tensor<1x8xsi8>
  %q = "qcnn.multithreshold"(%x, %t0) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x1x4x4xf32>, tensor<1x3xf64>) -> tensor<1x1x4x4xui2>
  %c = "qcnn.conv"(%q, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x4x4xui2>, tensor<2x1x2x2xsi8>) -> tensor<1x2x3x3xsi16>
  %a = "qcnn.multithreshold"(%c, %t1) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x3x3xsi16>, tensor<2x3xsi16>) -> tensor<1x2x3x3xui2>
  %m = "qcnn.maxpool"(%a) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x3x3xui2>) -> tensor<1x2x2x2xui2>
  %fl = "qcnn.flatten"(%m) {axis = 1 : i64} : (tensor<1x2x2x2xui2>) -> tensor<1x8xui2>
  %y = "qcnn.gemm"(%fl, %f) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<1x8xui2>, tensor<1x8xsi8>) -> tensor<1x1xsi32>
  return %y : tensor<1x1xsi32>
}

// @grouped: a grouped conv has no im2col + matmul form here: it stays NCHW, and with no NHWC
// neighbour no transpose is inserted. The flatten after it feeds a matmul (K rows), unchanged.
// CHECK-LABEL: func.func @grouped
// CHECK-NOT: qcnn.transpose
// CHECK: "qcnn.conv"
// CHECK-NOT: qcnn.transpose
// CHECK: return
func.func @grouped(%x: tensor<1x2x3x3xsi8>) -> tensor<1x2xsi32> {
  %w = arith.constant dense<[[[[1]]], [[[-1]]]]> : tensor<2x1x1x1xsi8>
  %k = arith.constant dense<1> : tensor<18x2xsi8>
  %c = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x3x3xsi8>, tensor<2x1x1x1xsi8>) -> tensor<1x2x3x3xsi16>
  %fl = "qcnn.flatten"(%c) {axis = 1 : i64} : (tensor<1x2x3x3xsi16>) -> tensor<1x18xsi16>
  %y = "qcnn.matmul"(%fl, %k) : (tensor<1x18xsi16>, tensor<18x2xsi8>) -> tensor<1x2xsi32>
  return %y : tensor<1x2xsi32>
}

// @floatconv: a float conv stays a conv (im2col + matmul would sum in another order); the NHWC
// threshold after it reads it through a transpose.
// CHECK-LABEL: func.func @floatconv
// CHECK-NOT: qcnn.im2col
// CHECK: "qcnn.conv"
// CHECK-NEXT: "qcnn.transpose"{{.*}}perm = array<i64: 0, 2, 3, 1>
// CHECK-NEXT: "qcnn.multithreshold"{{.*}}data_layout = "NHWC"
func.func @floatconv(%x: tensor<1x1x3x3xf32>) -> tensor<1x1x2x2xui1> {
  %w = arith.constant dense<0.5> : tensor<1x1x2x2xf32>
  %t = arith.constant dense<[[0.0]]> : tensor<1x1xf64>
  %c = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x3x3xf32>, tensor<1x1x2x2xf32>) -> tensor<1x1x2x2xf32>
  %q = "qcnn.multithreshold"(%c, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT1", out_scale = 1.0 : f32} : (tensor<1x1x2x2xf32>, tensor<1x1xf64>) -> tensor<1x1x2x2xui1>
  return %q : tensor<1x1x2x2xui1>
}
