// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qcnn-tidy --mlir-print-debuginfo | FileCheck %s
// RUN: qcnn-opt %S/Inputs/tidy-equiv.mlir --qcnn-tidy -o %t.mlir
// RUN: qcnn-run --equiv %S/Inputs/tidy-equiv.mlir %t.mlir --random-inputs 20 --seed 1
// RUN: FileCheck %s --check-prefix=EQUIV < %t.mlir
// EQUIV-NOT: qcnn.transpose
// EQUIV-NOT: qcnn.sub
// EQUIV: "qcnn.quant"
// EQUIV: "qcnn.conv"
// EQUIV-NEXT: return

// Duplicate ONNX node names get the smallest free suffix: the second "a" cannot be "a_1" (taken), so
// it becomes "a_2"; the third becomes "a_3". Unnamed ops and distinct names are untouched.
// CHECK-LABEL: func.func @names
// CHECK: "qcnn.relu"(%arg0) {{.*}} loc(#[[A:loc[0-9]*]])
// CHECK: "qcnn.relu"{{.*}} loc(#[[A1:loc[0-9]*]])
// CHECK: "qcnn.relu"{{.*}} loc(#[[A2:loc[0-9]*]])
// CHECK: "qcnn.relu"{{.*}} loc(#[[A3:loc[0-9]*]])
// CHECK-DAG: #[[A]] = loc("a")
// CHECK-DAG: #[[A1]] = loc("a_1")
// CHECK-DAG: #[[A2]] = loc("a_2")
// CHECK-DAG: #[[A3]] = loc("a_3")
func.func @names(%x: tensor<2xf32>) -> tensor<2xf32> {
  %0 = "qcnn.relu"(%x) : (tensor<2xf32>) -> tensor<2xf32> loc("a")
  %1 = "qcnn.relu"(%0) : (tensor<2xf32>) -> tensor<2xf32> loc("a_1")
  %2 = "qcnn.relu"(%1) : (tensor<2xf32>) -> tensor<2xf32> loc("a")
  %3 = "qcnn.relu"(%2) : (tensor<2xf32>) -> tensor<2xf32> loc("a")
  return %3 : tensor<2xf32>
}

// -----

// Dead qcnn ops and constants go (a whole dead chain at once); live ones stay.
// CHECK-LABEL: func.func @dead
// CHECK-NEXT: "qcnn.relu"(%arg0)
// CHECK-NEXT: return
func.func @dead(%x: tensor<2xf32>) -> tensor<2xf32> {
  %c = arith.constant dense<1.0> : tensor<2xf32>
  %0 = "qcnn.add"(%x, %c) : (tensor<2xf32>, tensor<2xf32>) -> tensor<2xf32>
  %1 = "qcnn.sigmoid"(%0) : (tensor<2xf32>) -> tensor<2xf32>
  %2 = "qcnn.relu"(%x) : (tensor<2xf32>) -> tensor<2xf32>
  return %2 : tensor<2xf32>
}

// -----

// Weight-only subgraphs fold: transpose of [[1, 2, 3], [4, 5, 6]] is [[1, 4], [2, 5], [3, 6]], then
// times 0.5 (exact in float32) is [[0.5, 2], [1, 2.5], [1.5, 3]]; the folded constant keeps the node name.
// CHECK-LABEL: func.func @fold
// CHECK-NEXT: %[[C:.*]] = arith.constant dense<{{\[}}[5.000000e-01, 2.000000e+00], [1.000000e+00, 2.500000e+00], [1.500000e+00, 3.000000e+00]]> : tensor<3x2xf32> loc(#[[M:loc[0-9]*]])
// CHECK-NEXT: "qcnn.matmul"(%arg0, %[[C]])
// CHECK-NEXT: return
// CHECK: #[[M]] = loc("scale_w")
func.func @fold(%x: tensor<1x3xf32>) -> tensor<1x2xf32> {
  %w = arith.constant dense<[[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]]> : tensor<2x3xf32>
  %h = arith.constant dense<0.5> : tensor<f32>
  %t = "qcnn.transpose"(%w) {perm = array<i64: 1, 0>} : (tensor<2x3xf32>) -> tensor<3x2xf32> loc("transpose_w")
  %m = "qcnn.mul"(%t, %h) : (tensor<3x2xf32>, tensor<f32>) -> tensor<3x2xf32> loc("scale_w")
  %y = "qcnn.matmul"(%x, %m) : (tensor<1x3xf32>, tensor<3x2xf32>) -> tensor<1x2xf32>
  return %y : tensor<1x2xf32>
}

// -----

// Integer constants fold exactly; a float result that float32 cannot hold (0.1f * 0.1f, computed in
// double) is not folded, with a remark; Quant of a weight is left for qcnn-convert-quant.
// CHECK-LABEL: func.func @fold_limits
// CHECK: arith.constant dense<[-3, 12]> : tensor<2xsi8>
// CHECK: "qcnn.mul"
// CHECK: "qcnn.quant"
func.func @fold_limits() -> (tensor<2xsi8>, tensor<f32>, tensor<2xf32>) {
  %a = arith.constant dense<[1, 4]> : tensor<2xsi8>
  %b = arith.constant dense<[-3, 3]> : tensor<2xsi8>
  %i = "qcnn.mul"(%a, %b) : (tensor<2xsi8>, tensor<2xsi8>) -> tensor<2xsi8>
  %p = arith.constant dense<0.1> : tensor<f32>
  // expected-remark@+1 {{'qcnn.mul' on constants not folded: its result is not exact in float32}}
  %f = "qcnn.mul"(%p, %p) : (tensor<f32>, tensor<f32>) -> tensor<f32>
  %w = arith.constant dense<[0.3, -0.6]> : tensor<2xf32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %bw = arith.constant dense<4.0> : tensor<f32>
  %q = "qcnn.quant"(%w, %p, %z, %bw) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<2xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2xf32>
  return %i, %f, %q : tensor<2xsi8>, tensor<f32>, tensor<2xf32>
}

// -----

// Ops with several results fold too: TopK (k = 2, largest) of [3, 1, 2] is values [3, 2] at indices [0, 2].
// CHECK-LABEL: func.func @fold_topk
// CHECK-DAG: arith.constant dense<[3.000000e+00, 2.000000e+00]> : tensor<2xf32>
// CHECK-DAG: arith.constant dense<[0, 2]> : tensor<2xi64>
// CHECK-NOT: qcnn.topk
func.func @fold_topk() -> (tensor<2xf32>, tensor<2xi64>) {
  %c = arith.constant dense<[3.0, 1.0, 2.0]> : tensor<3xf32>
  %v, %i = "qcnn.topk"(%c) {axis = 0 : i64, k = 2 : i64, largest = 1 : i64, sorted = 1 : i64} : (tensor<3xf32>) -> (tensor<2xf32>, tensor<2xi64>)
  return %v, %i : tensor<2xf32>, tensor<2xi64>
}

// -----

// Folding executes the op: an error in a weight-only subgraph is reported at its node.
func.func @fold_error() -> tensor<2xsi8> {
  %a = arith.constant dense<[1, 4]> : tensor<2xsi8>
  %b = arith.constant dense<[0, 3]> : tensor<2xsi8>
  // expected-error@+1 {{division by zero}}
  %d = "qcnn.div"(%a, %b) : (tensor<2xsi8>, tensor<2xsi8>) -> tensor<2xsi8>
  return %d : tensor<2xsi8>
}
