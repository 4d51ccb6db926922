// RUN: qcnn-opt %s --split-input-file | FileCheck %s
// Diagnostics carry the file's own line numbers; every chunk is processed even after a failure:
// RUN: not qcnn-opt %s --split-input-file --qcnn-verify=integer-only=true 2>&1 | FileCheck %s --check-prefix=LINES
// Without the option the markers are plain comments and the file is one module:
// RUN: qcnn-opt %s | FileCheck %s --check-prefix=WHOLE

// CHECK: module {
// CHECK-NEXT: func.func @first
// CHECK: // -----
// CHECK-NEXT: module {
// CHECK-NEXT: func.func @second
// CHECK: // -----
// CHECK-NEXT: module {
// CHECK-NEXT: func.func @third
// CHECK-NOT: // -----

// LINES: split-input-file.mlir:25:8: error: float op 'qcnn.relu' remains in the integer region
// LINES: split-input-file.mlir:32:8: error: float op 'qcnn.sigmoid' remains in the integer region
// LINES: split-input-file.mlir:39:8: error: float op 'qcnn.sign' remains in the integer region

// WHOLE: module {
// WHOLE-NOT: module
// WHOLE-NOT: // -----
func.func @first(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "qcnn.relu"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @second(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "qcnn.sigmoid"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}

// -----

func.func @third(%x: tensor<4xf32>) -> tensor<4xf32> {
  %0 = "qcnn.sign"(%x) : (tensor<4xf32>) -> tensor<4xf32>
  return %0 : tensor<4xf32>
}
