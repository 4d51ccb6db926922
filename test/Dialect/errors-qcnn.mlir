// Every IRDL constraint of the qcnn dialect rejects what it should, with MLIR's IRDL verifier messages:
// per op, a wrong operand count, each operand and result of the wrong kind, each attribute missing
// and of the wrong kind (0/1 flags: another integer, or an i1 `true`; enumerated strings: a value
// not in the list).
// RUN: qcnn-opt %s --split-input-file --verify-diagnostics

func.func @quant_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 4 operands, but got 3}}
  %0 = "qcnn.quant"(%t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.quant"(%f, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (f32, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.quant"(%u, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_scale_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.quant"(%t, %f, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, f32, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_scale_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.quant"(%t, %u, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_zeropt_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.quant"(%t, %t, %f, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_zeropt_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.quant"(%t, %t, %u, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_bitwidth_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.quant"(%t, %t, %t, %f) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_bitwidth_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.quant"(%t, %t, %t, %u) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.quant"(%t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @quant_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @quant_narrow_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant' op attribute "narrow" is expected but not provided}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_narrow_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = 2 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_narrow_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = true, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_rounding_mode_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant' op attribute "rounding_mode" is expected but not provided}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = 0 : i64, signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_rounding_mode_unknown(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'"round"' does not satisfy the constraint}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "round", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_signed_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant' op attribute "signed" is expected but not provided}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND"} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_signed_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 2 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_signed_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.quant"(%t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = true} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @bipolar_quant_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.bipolar_quant"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @bipolar_quant_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.bipolar_quant"(%f, %t) : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @bipolar_quant_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.bipolar_quant"(%u, %t) : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @bipolar_quant_scale_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.bipolar_quant"(%t, %f) : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @bipolar_quant_scale_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.bipolar_quant"(%t, %u) : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @bipolar_quant_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.bipolar_quant"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @bipolar_quant_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.bipolar_quant"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @trunc_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 6 operands, but got 5}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.trunc"(%f, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (f32, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.trunc"(%u, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_scale_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.trunc"(%t, %f, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, f32, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_scale_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.trunc"(%t, %u, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_zeropt_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.trunc"(%t, %t, %f, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, f32, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_zeropt_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.trunc"(%t, %t, %u, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_in_bitwidth_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.trunc"(%t, %t, %t, %f, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, f32, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_in_bitwidth_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.trunc"(%t, %t, %t, %u, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_out_scale_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %f, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_out_scale_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %u, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_out_bitwidth_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %f) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_out_bitwidth_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %u) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @trunc_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @trunc_narrow_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.trunc' op attribute "narrow" is expected but not provided}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_narrow_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 2 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_narrow_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = true, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_rounding_mode_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.trunc' op attribute "rounding_mode" is expected but not provided}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 0 : i64, signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_rounding_mode_unknown(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'"round"' does not satisfy the constraint}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "round", signed = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_signed_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.trunc' op attribute "signed" is expected but not provided}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND"} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_signed_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 2 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @trunc_signed_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.trunc"(%t, %t, %t, %t, %t, %t) {narrow = 0 : i64, rounding_mode = "ROUND", signed = true} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.multithreshold"(%t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.multithreshold"(%f, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.multithreshold"(%u, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_thresholds_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.multithreshold"(%t, %f) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_thresholds_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.multithreshold"(%t, %u) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @multithreshold_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @multithreshold_data_layout_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.multithreshold' op attribute "data_layout" is expected but not provided}}
  %0 = "qcnn.multithreshold"(%t, %t) {out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_data_layout_unknown(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'"NWC"' does not satisfy the constraint}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NWC", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_out_bias_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.multithreshold' op attribute "out_bias" is expected but not provided}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_out_bias_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_bias = 1 : i64, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_out_dtype_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.multithreshold' op attribute "out_dtype" is expected but not provided}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_out_dtype_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = 1 : i64, out_scale = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_out_scale_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.multithreshold' op attribute "out_scale" is expected but not provided}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4"} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @multithreshold_out_scale_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
  %0 = "qcnn.multithreshold"(%t, %t) {data_layout = "NCHW", out_bias = 1.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.quant_avg_pool"() {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.quant_avg_pool"(%f) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.quant_avg_pool"(%u) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @quant_avg_pool_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @quant_avg_pool_data_layout_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant_avg_pool' op attribute "data_layout" is expected but not provided}}
  %0 = "qcnn.quant_avg_pool"(%t) {ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_data_layout_unknown(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'"NWC"' does not satisfy the constraint}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NWC", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_ibits_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant_avg_pool' op attribute "ibits" is expected but not provided}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_ibits_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1.000000e+00 : f32, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_kernel_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant_avg_pool' op attribute "kernel" is expected but not provided}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_kernel_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1.000000e+00 : f32, obits = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_obits_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant_avg_pool' op attribute "obits" is expected but not provided}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_obits_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1.000000e+00 : f32, signed = 0 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_signed_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant_avg_pool' op attribute "signed" is expected but not provided}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_signed_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 2 : i64, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_signed_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = true, stride = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_stride_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.quant_avg_pool' op attribute "stride" is expected but not provided}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @quant_avg_pool_stride_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.quant_avg_pool"(%t) {data_layout = "NCHW", ibits = 1 : i64, kernel = 1 : i64, obits = 1 : i64, signed = 0 : i64, stride = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_too_many_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects at most 3 operands, but got 4}}
  %0 = "qcnn.conv"(%t, %t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.conv"(%f, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (f32, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.conv"(%u, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_w_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.conv"(%t, %f, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_w_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.conv"(%t, %u, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.conv"(%t, %t, %f) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.conv"(%t, %t, %u) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @conv_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @conv_dilations_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.conv' op attribute "dilations" is expected but not provided}}
  %0 = "qcnn.conv"(%t, %t, %t) {group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_dilations_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = [1, 1], group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_group_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.conv' op attribute "group" is expected but not provided}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_group_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1.000000e+00 : f32, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_kernel_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.conv' op attribute "kernel_shape" is expected but not provided}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_kernel_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = [1, 1], pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_pads_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.conv' op attribute "pads" is expected but not provided}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_pads_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = [1, 1], strides = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_strides_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.conv' op attribute "strides" is expected but not provided}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @conv_strides_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.conv"(%t, %t, %t) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = [1, 1]} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.matmul"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_a_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.matmul"(%f, %t) : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_a_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.matmul"(%u, %t) : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.matmul"(%t, %f) : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.matmul"(%t, %u) : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @matmul_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.matmul"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @matmul_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.matmul"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @gemm_too_many_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects at most 3 operands, but got 4}}
  %0 = "qcnn.gemm"(%t, %t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_a_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.gemm"(%f, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (f32, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_a_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.gemm"(%u, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.gemm"(%t, %f, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.gemm"(%t, %u, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.gemm"(%t, %t, %f) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_c_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.gemm"(%t, %t, %u) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @gemm_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @gemm_alpha_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.gemm' op attribute "alpha" is expected but not provided}}
  %0 = "qcnn.gemm"(%t, %t, %t) {beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_alpha_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1 : i64, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_beta_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.gemm' op attribute "beta" is expected but not provided}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_beta_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1 : i64, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_trans_a_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.gemm' op attribute "trans_a" is expected but not provided}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_trans_a_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 2 : i64, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_trans_a_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = true, trans_b = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_trans_b_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.gemm' op attribute "trans_b" is expected but not provided}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_trans_b_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 2 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @gemm_trans_b_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.gemm"(%t, %t, %t) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = true} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 5 operands, but got 4}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.batchnorm"(%f, %t, %t, %t, %t) {epsilon = 1.000000e+00 : f32} : (f32, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.batchnorm"(%u, %t, %t, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_scale_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.batchnorm"(%t, %f, %t, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, f32, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_scale_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.batchnorm"(%t, %u, %t, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.batchnorm"(%t, %t, %f, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, f32, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.batchnorm"(%t, %t, %u, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_mean_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %f, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_mean_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %u, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_var_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %t, %f) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_var_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %t, %u) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.batchnorm"(%t, %t, %t, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @batchnorm_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %t, %t) {epsilon = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @batchnorm_epsilon_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.batchnorm' op attribute "epsilon" is expected but not provided}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @batchnorm_epsilon_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
  %0 = "qcnn.batchnorm"(%t, %t, %t, %t, %t) {epsilon = 1 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @relu_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.relu"() : () -> tensor<2x4xf32>
  return
}

// -----

func.func @relu_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.relu"(%f) : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @relu_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.relu"(%u) : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @relu_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.relu"(%t) : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @relu_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.relu"(%t) : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @clip_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 3 operands, but got 2}}
  %0 = "qcnn.clip"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @clip_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.clip"(%f, %t, %t) : (f32, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @clip_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.clip"(%u, %t, %t) : (tensor<*xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @clip_min_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.clip"(%t, %f, %t) : (tensor<2x4xf32>, f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @clip_min_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.clip"(%t, %u, %t) : (tensor<2x4xf32>, tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @clip_max_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.clip"(%t, %t, %f) : (tensor<2x4xf32>, tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @clip_max_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.clip"(%t, %t, %u) : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @clip_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.clip"(%t, %t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @clip_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.clip"(%t, %t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @sigmoid_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.sigmoid"() : () -> tensor<2x4xf32>
  return
}

// -----

func.func @sigmoid_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.sigmoid"(%f) : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @sigmoid_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.sigmoid"(%u) : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @sigmoid_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.sigmoid"(%t) : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @sigmoid_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.sigmoid"(%t) : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @sign_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.sign"() : () -> tensor<2x4xf32>
  return
}

// -----

func.func @sign_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.sign"(%f) : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @sign_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.sign"(%u) : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @sign_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.sign"(%t) : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @sign_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.sign"(%t) : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @add_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.add"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @add_a_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.add"(%f, %t) : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @add_a_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.add"(%u, %t) : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @add_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.add"(%t, %f) : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @add_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.add"(%t, %u) : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @add_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.add"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @add_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.add"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @sub_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.sub"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @sub_a_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.sub"(%f, %t) : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @sub_a_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.sub"(%u, %t) : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @sub_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.sub"(%t, %f) : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @sub_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.sub"(%t, %u) : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @sub_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.sub"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @sub_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.sub"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @mul_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.mul"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @mul_a_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.mul"(%f, %t) : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @mul_a_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.mul"(%u, %t) : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @mul_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.mul"(%t, %f) : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @mul_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.mul"(%t, %u) : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @mul_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.mul"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @mul_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.mul"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @div_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.div"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @div_a_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.div"(%f, %t) : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @div_a_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.div"(%u, %t) : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @div_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.div"(%t, %f) : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @div_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.div"(%t, %u) : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @div_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.div"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @div_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.div"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @maxpool_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.maxpool"() {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.maxpool"(%f) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.maxpool"(%u) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @maxpool_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @maxpool_ceil_mode_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.maxpool' op attribute "ceil_mode" is expected but not provided}}
  %0 = "qcnn.maxpool"(%t) {dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_ceil_mode_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 2 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_ceil_mode_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = true, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_dilations_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.maxpool' op attribute "dilations" is expected but not provided}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_dilations_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = [1, 1], kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_kernel_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.maxpool' op attribute "kernel_shape" is expected but not provided}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_kernel_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = [1, 1], pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_pads_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.maxpool' op attribute "pads" is expected but not provided}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_pads_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = [1, 1], strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_strides_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.maxpool' op attribute "strides" is expected but not provided}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_strides_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.maxpool"(%t) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.averagepool"() {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.averagepool"(%f) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.averagepool"(%u) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @averagepool_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @averagepool_ceil_mode_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.averagepool' op attribute "ceil_mode" is expected but not provided}}
  %0 = "qcnn.averagepool"(%t) {count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_ceil_mode_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 2 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_ceil_mode_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = true, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_count_include_pad_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.averagepool' op attribute "count_include_pad" is expected but not provided}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_count_include_pad_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 2 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_count_include_pad_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = true, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_kernel_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.averagepool' op attribute "kernel_shape" is expected but not provided}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_kernel_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = [1, 1], pads = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_pads_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.averagepool' op attribute "pads" is expected but not provided}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_pads_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = [1, 1], strides = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_strides_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.averagepool' op attribute "strides" is expected but not provided}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @averagepool_strides_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.averagepool"(%t) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 1, 1>, strides = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @global_avg_pool_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.global_avg_pool"() : () -> tensor<2x4xf32>
  return
}

// -----

func.func @global_avg_pool_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.global_avg_pool"(%f) : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @global_avg_pool_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.global_avg_pool"(%u) : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @global_avg_pool_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.global_avg_pool"(%t) : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @global_avg_pool_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.global_avg_pool"(%t) : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @global_acc_pool_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.global_acc_pool"() : () -> tensor<2x4xf32>
  return
}

// -----

func.func @global_acc_pool_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.global_acc_pool"(%f) : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @global_acc_pool_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.global_acc_pool"(%u) : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @global_acc_pool_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.global_acc_pool"(%t) : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @global_acc_pool_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.global_acc_pool"(%t) : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.pad"() {mode = "constant", pads = array<i64: 1, 1>, value = 1.000000e+00 : f32} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.pad"(%f) {mode = "constant", pads = array<i64: 1, 1>, value = 1.000000e+00 : f32} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.pad"(%u) {mode = "constant", pads = array<i64: 1, 1>, value = 1.000000e+00 : f32} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.pad"(%t) {mode = "constant", pads = array<i64: 1, 1>, value = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @pad_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.pad"(%t) {mode = "constant", pads = array<i64: 1, 1>, value = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @pad_mode_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.pad' op attribute "mode" is expected but not provided}}
  %0 = "qcnn.pad"(%t) {pads = array<i64: 1, 1>, value = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_mode_unknown(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'"CONSTANT"' does not satisfy the constraint}}
  %0 = "qcnn.pad"(%t) {mode = "CONSTANT", pads = array<i64: 1, 1>, value = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_pads_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.pad' op attribute "pads" is expected but not provided}}
  %0 = "qcnn.pad"(%t) {mode = "constant", value = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_pads_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.pad"(%t) {mode = "constant", pads = [1, 1], value = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_value_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.pad' op attribute "value" is expected but not provided}}
  %0 = "qcnn.pad"(%t) {mode = "constant", pads = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_value_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.float' but got 'builtin.integer'}}
  %0 = "qcnn.pad"(%t) {mode = "constant", pads = array<i64: 1, 1>, value = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.im2col"() {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.im2col"(%f) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.im2col"(%u) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @im2col_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @im2col_depthwise_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.im2col' op attribute "depthwise" is expected but not provided}}
  %0 = "qcnn.im2col"(%t) {dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_depthwise_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.im2col"(%t) {depthwise = 2 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_depthwise_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.im2col"(%t) {depthwise = true, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_dilations_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.im2col' op attribute "dilations" is expected but not provided}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_dilations_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = [1, 1], kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_kernel_size_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.im2col' op attribute "kernel_size" is expected but not provided}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_kernel_size_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = [1, 1], pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_pad_amount_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.im2col' op attribute "pad_amount" is expected but not provided}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_pad_amount_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = [0, 0, 0, 0], pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_pad_value_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.im2col' op attribute "pad_value" is expected but not provided}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_pad_value_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0.000000e+00 : f32, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_stride_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.im2col' op attribute "stride" is expected but not provided}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @im2col_stride_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @concat_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qcnn.concat"(%t) {axis = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @concat_a_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.concat"(%f, %t) {axis = 1 : i64} : (f32, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @concat_a_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.concat"(%u, %t) {axis = 1 : i64} : (tensor<*xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @concat_b_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.concat"(%t, %f) {axis = 1 : i64} : (tensor<2x4xf32>, f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @concat_b_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.concat"(%t, %u) {axis = 1 : i64} : (tensor<2x4xf32>, tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @concat_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.concat"(%t, %t) {axis = 1 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @concat_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.concat"(%t, %t) {axis = 1 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @concat_axis_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.concat' op attribute "axis" is expected but not provided}}
  %0 = "qcnn.concat"(%t, %t) : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @concat_axis_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.concat"(%t, %t) {axis = 1.000000e+00 : f32} : (tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.slice"() {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.slice"(%f) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.slice"(%u) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.slice"(%t) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @slice_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.slice"(%t) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @slice_axes_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.slice' op attribute "axes" is expected but not provided}}
  %0 = "qcnn.slice"(%t) {ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_axes_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.slice"(%t) {axes = [1, 1], ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_ends_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.slice' op attribute "ends" is expected but not provided}}
  %0 = "qcnn.slice"(%t) {axes = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_ends_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.slice"(%t) {axes = array<i64: 1, 1>, ends = [1, 1], starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_starts_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.slice' op attribute "starts" is expected but not provided}}
  %0 = "qcnn.slice"(%t) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_starts_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.slice"(%t) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = [1, 1], steps = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_steps_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.slice' op attribute "steps" is expected but not provided}}
  %0 = "qcnn.slice"(%t) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @slice_steps_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.slice"(%t) {axes = array<i64: 1, 1>, ends = array<i64: 1, 1>, starts = array<i64: 1, 1>, steps = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @transpose_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.transpose"() {perm = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @transpose_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.transpose"(%f) {perm = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @transpose_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.transpose"(%u) {perm = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @transpose_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.transpose"(%t) {perm = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @transpose_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.transpose"(%t) {perm = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @transpose_perm_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.transpose' op attribute "perm" is expected but not provided}}
  %0 = "qcnn.transpose"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @transpose_perm_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.transpose"(%t) {perm = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @reshape_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.reshape"() {shape = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @reshape_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.reshape"(%f) {shape = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @reshape_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.reshape"(%u) {shape = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @reshape_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.reshape"(%t) {shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @reshape_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.reshape"(%t) {shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @reshape_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.reshape' op attribute "shape" is expected but not provided}}
  %0 = "qcnn.reshape"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @reshape_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.reshape"(%t) {shape = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @flatten_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.flatten"() {axis = 1 : i64} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @flatten_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.flatten"(%f) {axis = 1 : i64} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @flatten_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.flatten"(%u) {axis = 1 : i64} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @flatten_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.flatten"(%t) {axis = 1 : i64} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @flatten_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.flatten"(%t) {axis = 1 : i64} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @flatten_axis_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.flatten' op attribute "axis" is expected but not provided}}
  %0 = "qcnn.flatten"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @flatten_axis_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.flatten"(%t) {axis = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @squeeze_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.squeeze"() {axes = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @squeeze_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.squeeze"(%f) {axes = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @squeeze_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.squeeze"(%u) {axes = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @squeeze_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.squeeze"(%t) {axes = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @squeeze_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.squeeze"(%t) {axes = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @squeeze_axes_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.squeeze' op attribute "axes" is expected but not provided}}
  %0 = "qcnn.squeeze"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @squeeze_axes_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.squeeze"(%t) {axes = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @unsqueeze_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.unsqueeze"() {axes = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @unsqueeze_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.unsqueeze"(%f) {axes = array<i64: 1, 1>} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @unsqueeze_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.unsqueeze"(%u) {axes = array<i64: 1, 1>} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @unsqueeze_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.unsqueeze"(%t) {axes = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @unsqueeze_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.unsqueeze"(%t) {axes = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @unsqueeze_axes_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.unsqueeze' op attribute "axes" is expected but not provided}}
  %0 = "qcnn.unsqueeze"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @unsqueeze_axes_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qcnn.unsqueeze"(%t) {axes = [1, 1]} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @identity_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.identity"() : () -> tensor<2x4xf32>
  return
}

// -----

func.func @identity_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.identity"(%f) : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @identity_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.identity"(%u) : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @identity_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.identity"(%t) : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @identity_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.identity"(%t) : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @softmax_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.softmax"() {axis = 1 : i64} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @softmax_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.softmax"(%f) {axis = 1 : i64} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @softmax_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.softmax"(%u) {axis = 1 : i64} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @softmax_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.softmax"(%t) {axis = 1 : i64} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @softmax_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.softmax"(%t) {axis = 1 : i64} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @softmax_axis_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.softmax' op attribute "axis" is expected but not provided}}
  %0 = "qcnn.softmax"(%t) : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @softmax_axis_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.softmax"(%t) {axis = 1.000000e+00 : f32} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @topk_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0:2 = "qcnn.topk"() {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : () -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0:2 = "qcnn.topk"(%f) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (f32) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0:2 = "qcnn.topk"(%u) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (tensor<*xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 results, but got 0}}
  "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @topk_values_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<*xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_indices_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<*xf32>)
  return
}

// -----

func.func @topk_axis_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.topk' op attribute "axis" is expected but not provided}}
  %0:2 = "qcnn.topk"(%t) {k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_axis_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0:2 = "qcnn.topk"(%t) {axis = 1.000000e+00 : f32, k = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_k_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.topk' op attribute "k" is expected but not provided}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, largest = 0 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_k_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1.000000e+00 : f32, largest = 0 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_largest_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.topk' op attribute "largest" is expected but not provided}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_largest_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = 2 : i64, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_largest_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = true, sorted = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_sorted_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.topk' op attribute "sorted" is expected but not provided}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_sorted_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = 2 : i64} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @topk_sorted_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0:2 = "qcnn.topk"(%t) {axis = 1 : i64, k = 1 : i64, largest = 0 : i64, sorted = true} : (tensor<2x4xf32>) -> (tensor<2x4xf32>, tensor<2x4xf32>)
  return
}

// -----

func.func @argmax_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qcnn.argmax"() {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_x_not_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.f32'}}
  %0 = "qcnn.argmax"(%f) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : (f32) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_x_unranked(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.argmax"(%u) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<*xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qcnn.argmax"(%t) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @argmax_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'builtin.unranked_tensor'}}
  %0 = "qcnn.argmax"(%t) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> tensor<*xf32>
  return
}

// -----

func.func @argmax_axis_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.argmax' op attribute "axis" is expected but not provided}}
  %0 = "qcnn.argmax"(%t) {keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_axis_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qcnn.argmax"(%t) {axis = 1.000000e+00 : f32, keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_keepdims_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.argmax' op attribute "keepdims" is expected but not provided}}
  %0 = "qcnn.argmax"(%t) {axis = 1 : i64, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_keepdims_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.argmax"(%t) {axis = 1 : i64, keepdims = 2 : i64, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_keepdims_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.argmax"(%t) {axis = 1 : i64, keepdims = true, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_select_last_index_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qcnn.argmax' op attribute "select_last_index" is expected but not provided}}
  %0 = "qcnn.argmax"(%t) {axis = 1 : i64, keepdims = 0 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_select_last_index_not_0_or_1(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'2 : i64' does not satisfy the constraint}}
  %0 = "qcnn.argmax"(%t) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 2 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @argmax_select_last_index_bool(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'true' does not satisfy the constraint}}
  %0 = "qcnn.argmax"(%t) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = true} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}
