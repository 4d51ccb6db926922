// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qcnn-verify
// Every way an expectation can fail is reported with the file's own line numbers, and exits 1:
// RUN: not qcnn-opt %S/Inputs/mismatch.mlir --split-input-file --verify-diagnostics --qcnn-verify 2>&1 \
// RUN:   | FileCheck %s --check-prefix=MISMATCH
// MISMATCH: mismatch.mlir:3:6: error: expected error "this is never reported" was not produced
// MISMATCH: mismatch.mlir:11:8: error: unexpected error: 'qcnn.add' op operand shapes 2x3 and 4x3 do not broadcast
// MISMATCH: mismatch.mlir:19:8: error: unexpected error: {{.*}} do not broadcast
// MISMATCH: mismatch.mlir:18:6: error: expected error "do not broadcast" was not produced
// MISMATCH: mismatch.mlir:27:8: error: unexpected error: {{.*}} do not broadcast
// MISMATCH: mismatch.mlir:26:6: error: expected warning "do not broadcast" was not produced
// MISMATCH: mismatch.mlir:34:6: error: expected {{[{][{]}}...}} after expected-error

// Line designators: +N, -N, above, below.
func.func @designators(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error@+1 {{do not broadcast}}
  %0 = "qcnn.add"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  %1 = "qcnn.sub"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  // expected-error@-1 {{'qcnn.sub' op operand shapes 2x3 and 4x3 do not broadcast}}
  %2 = "qcnn.mul"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  // expected-error@above {{'qcnn.mul' op}}
  // expected-error@below {{'qcnn.div' op}}
  %3 = "qcnn.div"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32>
  return %3 : tensor<4x3xf32>
}

// -----

// A diagnostic without a file location (here at an ONNX node name) is matched with @unknown.
func.func @unknown(%a: tensor<2x3xf32>, %b: tensor<4x3xf32>) -> tensor<4x3xf32> {
  // expected-error@unknown {{'qcnn.add' op operand shapes 2x3 and 4x3 do not broadcast}}
  %0 = "qcnn.add"(%a, %b) : (tensor<2x3xf32>, tensor<4x3xf32>) -> tensor<4x3xf32> loc("add_0")
  return %0 : tensor<4x3xf32>
}

// -----

// Remarks from passes (qcnnEmitRemark) are checked like errors.
func.func @remark(%a: tensor<?x3xf32>, %b: tensor<3xf32>) -> tensor<?x3xf32> {
  // expected-remark@+1 {{shape checks are partial}}
  %0 = "qcnn.add"(%a, %b) : (tensor<?x3xf32>, tensor<3xf32>) -> tensor<?x3xf32>
  return %0 : tensor<?x3xf32>
}

// -----

// Parser errors and their notes.
func.func @notes(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  // expected-note@+1 {{previously defined here}}
  %0 = "qcnn.relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  // expected-error@+1 {{redefinition of SSA value '%0'}}
  %0 = "qcnn.relu"(%x) : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

// Several expectations on one line, each matched once.
func.func @twice(%x: tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32> {
  // expected-error@+2 {{'pads' has 2 values}}
  // expected-error@+1 {{'strides' has 1 values}}
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0>, strides = array<i64: 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  return %0 : tensor<1x4x4x4xf32>
}
