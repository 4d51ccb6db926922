// Every IRDL constraint of the qdf dialect rejects what it should, with MLIR's IRDL verifier messages:
// per op, a wrong operand count, each operand and result of the wrong kind, each attribute missing
// and of the wrong kind (0/1 flags: another integer, or an i1 `true`; enumerated strings: a value
// not in the list).
// RUN: qcnn-opt %s --split-input-file --verify-diagnostics

func.func @input_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.input"() {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @input_x_stream(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'qdf.stream'}}
  %0 = "qdf.input"(%s) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @input_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.input"(%t) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @input_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.input"(%t) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @input_folded_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.input' op attribute "folded_shape" is expected but not provided}}
  %0 = "qdf.input"(%t) {normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @input_folded_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.input"(%t) {folded_shape = [1, 1], normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @input_normal_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.input' op attribute "normal_shape" is expected but not provided}}
  %0 = "qdf.input"(%t) {folded_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @input_normal_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.input"(%t) {folded_shape = array<i64: 1, 1>, normal_shape = [1, 1], packed_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @input_packed_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.input' op attribute "packed_shape" is expected but not provided}}
  %0 = "qdf.input"(%t) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @input_packed_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.input"(%t) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = [1, 1]} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @output_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.output"() {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : () -> tensor<2x4xf32>
  return
}

// -----

func.func @output_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.output"(%t) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @output_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.output"(%s) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @output_y_wrong_type(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'qdf.stream'}}
  %0 = "qdf.output"(%s) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @output_folded_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.output' op attribute "folded_shape" is expected but not provided}}
  %0 = "qdf.output"(%s) {normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @output_folded_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.output"(%s) {folded_shape = [1, 1], normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @output_normal_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.output' op attribute "normal_shape" is expected but not provided}}
  %0 = "qdf.output"(%s) {folded_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @output_normal_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.output"(%s) {folded_shape = array<i64: 1, 1>, normal_shape = [1, 1], packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @output_packed_shape_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.output' op attribute "packed_shape" is expected but not provided}}
  %0 = "qdf.output"(%s) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @output_packed_shape_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.output"(%s) {folded_shape = array<i64: 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = [1, 1]} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @mvau_too_many_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects at most 3 operands, but got 4}}
  %0 = "qdf.mvau"(%s, %t, %t, %s) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.mvau"(%t, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (tensor<2x4xf32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_weights_stream(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'qdf.stream'}}
  %0 = "qdf.mvau"(%s, %s, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_thresholds_stream(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'qdf.stream'}}
  %0 = "qdf.mvau"(%s, %t, %s) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @mvau_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @mvau_act_val_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "act_val" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_act_val_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1.000000e+00 : f32, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_input_dtype_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "input_dtype" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_input_dtype_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = 1 : i64, mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_mem_style_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "mem_style" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_mem_style_unknown(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'"const"' does not satisfy the constraint}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "const", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_mh_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "mh" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_mh_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1.000000e+00 : f32, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_mw_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "mw" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_mw_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1.000000e+00 : f32, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_num_input_vectors_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "num_input_vectors" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_num_input_vectors_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = [1, 1], output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_output_dtype_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "output_dtype" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_output_dtype_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = 1 : i64, pe = 1 : i64, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_pe_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "pe" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_pe_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1.000000e+00 : f32, simd = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_simd_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "simd" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_simd_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1.000000e+00 : f32, weight_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_weight_dtype_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.mvau' op attribute "weight_dtype" is expected but not provided}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @mvau_weight_dtype_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "qdf.mvau"(%s, %t, %t) {act_val = 1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 1 : i64, mw = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64, simd = 1 : i64, weight_dtype = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.swg"() {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.swg"(%t) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @swg_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @swg_channels_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.swg' op attribute "channels" is expected but not provided}}
  %0 = "qdf.swg"(%s) {dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_channels_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.swg"(%s) {channels = 1.000000e+00 : f32, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_dilation_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.swg' op attribute "dilation" is expected but not provided}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_dilation_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = [1, 1], ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_ifm_dim_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.swg' op attribute "ifm_dim" is expected but not provided}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_ifm_dim_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = [1, 1], kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_kernel_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.swg' op attribute "kernel" is expected but not provided}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_kernel_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = [1, 1], ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_ofm_dim_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.swg' op attribute "ofm_dim" is expected but not provided}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_ofm_dim_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = [1, 1], simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_simd_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.swg' op attribute "simd" is expected but not provided}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_simd_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1.000000e+00 : f32, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_stride_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.swg' op attribute "stride" is expected but not provided}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @swg_stride_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.swg"(%s) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 1, 1>, simd = 1 : i64, stride = [1, 1]} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.pad"() {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.pad"(%t) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @pad_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @pad_channels_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.pad' op attribute "channels" is expected but not provided}}
  %0 = "qdf.pad"(%s) {ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_channels_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.pad"(%s) {channels = 1.000000e+00 : f32, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_ifm_dim_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.pad' op attribute "ifm_dim" is expected but not provided}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_ifm_dim_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = [1, 1], pads = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_pads_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.pad' op attribute "pads" is expected but not provided}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_pads_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = [1, 1], simd = 1 : i64, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_simd_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.pad' op attribute "simd" is expected but not provided}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_simd_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1.000000e+00 : f32, value = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_value_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.pad' op attribute "value" is expected but not provided}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @pad_value_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.pad"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pads = array<i64: 1, 1>, simd = 1 : i64, value = 1.000000e+00 : f32} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.maxpool"() {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.maxpool"(%t) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @maxpool_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @maxpool_channels_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.maxpool' op attribute "channels" is expected but not provided}}
  %0 = "qdf.maxpool"(%s) {ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_channels_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.maxpool"(%s) {channels = 1.000000e+00 : f32, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_ifm_dim_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.maxpool' op attribute "ifm_dim" is expected but not provided}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_ifm_dim_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = [1, 1], kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_kernel_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.maxpool' op attribute "kernel" is expected but not provided}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_kernel_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = [1, 1], pe = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_pe_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.maxpool' op attribute "pe" is expected but not provided}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_pe_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1.000000e+00 : f32, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_stride_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.maxpool' op attribute "stride" is expected but not provided}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @maxpool_stride_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.maxpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = [1, 1]} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qdf.threshold"(%s) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.threshold"(%t, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (tensor<2x4xf32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_thresholds_stream(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'builtin.tensor' but got 'qdf.stream'}}
  %0 = "qdf.threshold"(%s, %s) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> ()
  return
}

// -----

func.func @threshold_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @threshold_act_val_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.threshold' op attribute "act_val" is expected but not provided}}
  %0 = "qdf.threshold"(%s, %t) {channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_act_val_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1.000000e+00 : f32, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_channels_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.threshold' op attribute "channels" is expected but not provided}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_channels_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1.000000e+00 : f32, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_num_input_vectors_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.threshold' op attribute "num_input_vectors" is expected but not provided}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_num_input_vectors_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = [1, 1], output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_output_dtype_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.threshold' op attribute "output_dtype" is expected but not provided}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_output_dtype_integer(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.string' but got 'builtin.integer'}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_pe_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.threshold' op attribute "pe" is expected but not provided}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @threshold_pe_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.threshold"(%s, %t) {act_val = 1 : i64, channels = 1 : i64, num_input_vectors = array<i64: 1, 1>, output_dtype = "UINT4", pe = 1.000000e+00 : f32} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.accpool"() {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pe = 1 : i64} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.accpool"(%t) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pe = 1 : i64} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.accpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @accpool_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.accpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @accpool_channels_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.accpool' op attribute "channels" is expected but not provided}}
  %0 = "qdf.accpool"(%s) {ifm_dim = array<i64: 1, 1>, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_channels_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.accpool"(%s) {channels = 1.000000e+00 : f32, ifm_dim = array<i64: 1, 1>, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_ifm_dim_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.accpool' op attribute "ifm_dim" is expected but not provided}}
  %0 = "qdf.accpool"(%s) {channels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_ifm_dim_array(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.dense_array' but got 'builtin.array'}}
  %0 = "qdf.accpool"(%s) {channels = 1 : i64, ifm_dim = [1, 1], pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_pe_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.accpool' op attribute "pe" is expected but not provided}}
  %0 = "qdf.accpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @accpool_pe_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.accpool"(%s) {channels = 1 : i64, ifm_dim = array<i64: 1, 1>, pe = 1.000000e+00 : f32} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.labelselect"() {k = 1 : i64, labels = 1 : i64, pe = 1 : i64} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.labelselect"(%t) {k = 1 : i64, labels = 1 : i64, pe = 1 : i64} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.labelselect"(%s) {k = 1 : i64, labels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @labelselect_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.labelselect"(%s) {k = 1 : i64, labels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @labelselect_k_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.labelselect' op attribute "k" is expected but not provided}}
  %0 = "qdf.labelselect"(%s) {labels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_k_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.labelselect"(%s) {k = 1.000000e+00 : f32, labels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_labels_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.labelselect' op attribute "labels" is expected but not provided}}
  %0 = "qdf.labelselect"(%s) {k = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_labels_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.labelselect"(%s) {k = 1 : i64, labels = 1.000000e+00 : f32, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_pe_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.labelselect' op attribute "pe" is expected but not provided}}
  %0 = "qdf.labelselect"(%s) {k = 1 : i64, labels = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @labelselect_pe_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.labelselect"(%s) {k = 1 : i64, labels = 1 : i64, pe = 1.000000e+00 : f32} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @dwc_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.dwc"() {in_width = 1 : i64, out_width = 1 : i64} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @dwc_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.dwc"(%t) {in_width = 1 : i64, out_width = 1 : i64} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @dwc_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.dwc"(%s) {in_width = 1 : i64, out_width = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @dwc_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.dwc"(%s) {in_width = 1 : i64, out_width = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @dwc_in_width_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.dwc' op attribute "in_width" is expected but not provided}}
  %0 = "qdf.dwc"(%s) {out_width = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @dwc_in_width_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.dwc"(%s) {in_width = 1.000000e+00 : f32, out_width = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @dwc_out_width_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.dwc' op attribute "out_width" is expected but not provided}}
  %0 = "qdf.dwc"(%s) {in_width = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @dwc_out_width_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.dwc"(%s) {in_width = 1 : i64, out_width = 1.000000e+00 : f32} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @duplicate_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0:2 = "qdf.duplicate"() {num_outputs = 1 : i64} : () -> (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>)
  return
}

// -----

func.func @duplicate_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0:2 = "qdf.duplicate"(%t) {num_outputs = 1 : i64} : (tensor<2x4xf32>) -> (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>)
  return
}

// -----

func.func @duplicate_outs_other_stream(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected '!qdf.stream<tensor<2x4xui4>, 8 : i32>' but got '!qdf.stream<tensor<2x4xui4>, 16 : i32>'}}
  %0:2 = "qdf.duplicate"(%s) {num_outputs = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> (!qdf.stream<tensor<2x4xui4>, 16 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>)
  return
}

// -----

func.func @duplicate_num_outputs_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.duplicate' op attribute "num_outputs" is expected but not provided}}
  %0:2 = "qdf.duplicate"(%s) : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>)
  return
}

// -----

func.func @duplicate_num_outputs_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0:2 = "qdf.duplicate"(%s) {num_outputs = 1.000000e+00 : f32} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>)
  return
}

// -----

func.func @add_streams_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 2 operands, but got 1}}
  %0 = "qdf.add_streams"(%s) {channels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @add_streams_a_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.add_streams"(%t, %s) {channels = 1 : i64, pe = 1 : i64} : (tensor<2x4xf32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @add_streams_b_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.add_streams"(%s, %t) {channels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @add_streams_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.add_streams"(%s, %s) {channels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @add_streams_y_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.add_streams"(%s, %s) {channels = 1 : i64, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> tensor<2x4xf32>
  return
}

// -----

func.func @add_streams_channels_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.add_streams' op attribute "channels" is expected but not provided}}
  %0 = "qdf.add_streams"(%s, %s) {pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @add_streams_channels_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.add_streams"(%s, %s) {channels = 1.000000e+00 : f32, pe = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @add_streams_pe_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.add_streams' op attribute "pe" is expected but not provided}}
  %0 = "qdf.add_streams"(%s, %s) {channels = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @add_streams_pe_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.add_streams"(%s, %s) {channels = 1 : i64, pe = 1.000000e+00 : f32} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>, !qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @fifo_too_few_operands(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 operands, but got 0}}
  %0 = "qdf.fifo"() {depth = 1 : i64, impl = "srl"} : () -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @fifo_x_tensor(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base type 'qdf.stream' but got 'builtin.tensor'}}
  %0 = "qdf.fifo"(%t) {depth = 1 : i64, impl = "srl"} : (tensor<2x4xf32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @fifo_no_results(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{op expects exactly 1 results, but got 0}}
  "qdf.fifo"(%s) {depth = 1 : i64, impl = "srl"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> ()
  return
}

// -----

func.func @fifo_y_other_stream(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected '!qdf.stream<tensor<2x4xui4>, 8 : i32>' but got '!qdf.stream<tensor<2x4xui4>, 16 : i32>'}}
  %0 = "qdf.fifo"(%s) {depth = 1 : i64, impl = "srl"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 16 : i32>
  return
}

// -----

func.func @fifo_depth_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.fifo' op attribute "depth" is expected but not provided}}
  %0 = "qdf.fifo"(%s) {impl = "srl"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @fifo_depth_float(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{expected base attribute 'builtin.integer' but got 'builtin.float'}}
  %0 = "qdf.fifo"(%s) {depth = 1.000000e+00 : f32, impl = "srl"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @fifo_impl_missing(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'qdf.fifo' op attribute "impl" is expected but not provided}}
  %0 = "qdf.fifo"(%s) {depth = 1 : i64} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}

// -----

func.func @fifo_impl_unknown(%t: tensor<2x4xf32>, %f: f32, %u: tensor<*xf32>, %s: !qdf.stream<tensor<2x4xui4>, 8 : i32>) {
  // expected-error @+1 {{'"shift_register"' does not satisfy the constraint}}
  %0 = "qdf.fifo"(%s) {depth = 1 : i64, impl = "shift_register"} : (!qdf.stream<tensor<2x4xui4>, 8 : i32>) -> !qdf.stream<tensor<2x4xui4>, 8 : i32>
  return
}
