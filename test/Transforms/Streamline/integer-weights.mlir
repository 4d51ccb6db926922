// RUN: qcnn-opt %s --verify-diagnostics --qcnn-integer-weights | FileCheck %s
// RUN: qcnn-opt %s --qcnn-integer-weights -o %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 10 --seed 1

// f32 constant weights holding integers, read by an integer (or bipolar) input, become the narrowest
// integer type: ±1 -> si2 (-2..1 holds -1; si1 does not exist as a signed range holding +1),
// {0, 1, 3} -> ui2, {-3, 2} -> si3 (si2 stops at -2). The result types are not this pass's business
// (qcnn-integer-accumulator retypes float results).
// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[B:.*]] = arith.constant dense<{{\[\[}}1, -1], [1, 1], [-1, 1]]> : tensor<3x2xsi2>
// CHECK-DAG: %[[U:.*]] = arith.constant dense<{{\[\[\[\[}}0]]], {{\[\[\[}}1]]], {{\[\[\[}}3]]]]> : tensor<3x1x1x1xui2>
// CHECK-DAG: %[[S:.*]] = arith.constant dense<{{\[\[}}-3, 2]]> : tensor<1x2xsi3>
// CHECK: "qcnn.matmul"(%arg0, %[[B]]) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>) -> tensor<1x2xsi32>
// CHECK: "qcnn.conv"(%arg1, %[[U]]) {{.*}} : (tensor<1x1x2x2xui4>, tensor<3x1x1x1xui2>) -> tensor<1x3x2x2xf32>
// CHECK: "qcnn.gemm"(%arg2, %[[S]]) {{.*}} : (tensor<1x2xsi4>, tensor<1x2xsi3>) -> tensor<1x1xf32>
func.func @main(%b: tensor<1x3x!qcnn.bipolar>, %u: tensor<1x1x2x2xui4>, %s: tensor<1x2xsi4>) -> (tensor<1x2xsi32>, tensor<1x3x2x2xf32>, tensor<1x1xf32>) {
  %wb = arith.constant dense<[[1.0, -1.0], [1.0, 1.0], [-1.0, 1.0]]> : tensor<3x2xf32>
  %0 = "qcnn.matmul"(%b, %wb) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xf32>) -> tensor<1x2xsi32>
  %wu = arith.constant dense<[[[[0.0]]], [[[1.0]]], [[[3.0]]]]> : tensor<3x1x1x1xf32>
  %1 = "qcnn.conv"(%u, %wu) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x1x2x2xui4>, tensor<3x1x1x1xf32>) -> tensor<1x3x2x2xf32>
  %ws = arith.constant dense<[[-3.0, 2.0]]> : tensor<1x2xf32>
  %2 = "qcnn.gemm"(%s, %ws) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<1x2xsi4>, tensor<1x2xf32>) -> tensor<1x1xf32>
  return %0, %1, %2 : tensor<1x2xsi32>, tensor<1x3x2x2xf32>, tensor<1x1xf32>
}

// Left alone: a float data input (the layer is float anyway), weights that are not all integers
// (remark: the integer input cannot make the layer integer), and weights that are already integers.
// CHECK-LABEL: func.func @untouched
// CHECK: "qcnn.matmul"(%arg0, %{{.*}}) : (tensor<1x2xf32>, tensor<2x1xf32>)
// CHECK: "qcnn.matmul"(%arg1, %{{.*}}) : (tensor<1x2xsi4>, tensor<2x1xf32>)
// CHECK: "qcnn.matmul"(%arg1, %{{.*}}) : (tensor<1x2xsi4>, tensor<2x1xsi2>)
func.func @untouched(%x: tensor<1x2xf32>, %s: tensor<1x2xsi4>) -> (tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xsi8>) {
  %w = arith.constant dense<[[1.0], [-1.0]]> : tensor<2x1xf32>
  %0 = "qcnn.matmul"(%x, %w) : (tensor<1x2xf32>, tensor<2x1xf32>) -> tensor<1x1xf32>
  %h = arith.constant dense<[[1.0], [0.5]]> : tensor<2x1xf32>
  // expected-remark@+1 {{'qcnn.matmul' reads integers but its float weights are not all integers: it stays float (quantize the weights)}}
  %1 = "qcnn.matmul"(%s, %h) : (tensor<1x2xsi4>, tensor<2x1xf32>) -> tensor<1x1xf32>
  %i = arith.constant dense<[[1], [-1]]> : tensor<2x1xsi2>
  %2 = "qcnn.matmul"(%s, %i) : (tensor<1x2xsi4>, tensor<2x1xsi2>) -> tensor<1x1xsi8>
  return %0, %1, %2 : tensor<1x1xf32>, tensor<1x1xf32>, tensor<1x1xsi8>
}

// In the fixpoint, FINN's form (bipolar activations, f32 ±1 weights, an si32-typed matmul) computes on
// integers: the weights are si2.
// RUN: qcnn-opt %s --qcnn-streamline | FileCheck %s --check-prefix=FIX
// FIX-LABEL: func.func @main
// FIX: "qcnn.matmul"(%arg0, %{{.*}}) : (tensor<1x3x!qcnn.bipolar>, tensor<3x2xsi2>)
