// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qdf-verify
// RUN: qcnn-opt %S/lower-to-dataflow.mlir --qcnn-lower-to-dataflow --qdf-verify -o /dev/null

// qdf-verify: one case per rule, each error naming the op and the rule; and valid folded graphs.

// Valid: a DMA input of 2 elements per word into an mvau with simd 2, pe 2, a dwc from 2 to 1
// element per word (8 -> 4 bits) into a threshold with pe 1, and the output.
!in = !qdf.stream<tensor<1x4x2x2xui4>, 8 : i32>
!mv = !qdf.stream<tensor<1x4x1x2xsi4>, 8 : i32>
!mv1 = !qdf.stream<tensor<1x4x2x1xsi4>, 4 : i32>
!th = !qdf.stream<tensor<1x4x2x1xui2>, 2 : i32>
func.func @main(%x: tensor<1x4x4xui4>) -> tensor<1x4x2xui2> {
  %w = arith.constant dense<1> : tensor<4x2xsi4>
  %t = arith.constant dense<[[0, 1, 2]]> : tensor<1x3xsi4>
  %0 = "qdf.input"(%x) {folded_shape = array<i64: 1, 4, 2, 2>, normal_shape = array<i64: 1, 4, 4>, packed_shape = array<i64: 1, 4, 2, 1>} : (tensor<1x4x4xui4>) -> !in
  %1 = "qdf.mvau"(%0, %w) {act_val = 0 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 2 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1, 4>, output_dtype = "INT4", pe = 2 : i64, simd = 2 : i64, weight_dtype = "INT4"} : (!in, tensor<4x2xsi4>) -> !mv
  %2 = "qdf.dwc"(%1) {in_width = 8 : i64, out_width = 4 : i64} : (!mv) -> !mv1
  %3 = "qdf.threshold"(%2, %t) {act_val = 0 : i64, channels = 2 : i64, num_input_vectors = array<i64: 1, 4>, output_dtype = "UINT2", pe = 1 : i64} : (!mv1, tensor<1x3xsi4>) -> !th
  %4 = "qdf.output"(%3) {folded_shape = array<i64: 1, 4, 2, 1>, normal_shape = array<i64: 1, 4, 2>, packed_shape = array<i64: 1, 4, 2, 1>} : (!th) -> tensor<1x4x2xui2>
  return %4 : tensor<1x4x2xui2>
}

// -----

// Valid: a fork/join with a duplicate, a padded sliding window, max pooling, accpool, labelselect.
!a = !qdf.stream<tensor<1x2x2x2x1xui4>, 4 : i32>
!p = !qdf.stream<tensor<1x4x4x2x1xui4>, 4 : i32>
!g = !qdf.stream<tensor<1x2x2x18x1xui4>, 4 : i32>
!s = !qdf.stream<tensor<1x2x2x2x1xui5>, 5 : i32>
!m = !qdf.stream<tensor<1x1x1x2x1xui5>, 5 : i32>
!c = !qdf.stream<tensor<1x2x1xui5>, 5 : i32>
!l = !qdf.stream<tensor<1x1x1xi64>, 64 : i32>
func.func @main(%x: tensor<1x2x2x2xui4>) -> (tensor<1x2x2x18xui4>, tensor<1x1xi64>) {
  %0 = "qdf.input"(%x) {folded_shape = array<i64: 1, 2, 2, 2, 1>, normal_shape = array<i64: 1, 2, 2, 2>, packed_shape = array<i64: 1, 2, 2, 2, 1>} : (tensor<1x2x2x2xui4>) -> !a
  %1:3 = "qdf.duplicate"(%0) {num_outputs = 3 : i64} : (!a) -> (!a, !a, !a)
  %2 = "qdf.pad"(%1#0) {channels = 2 : i64, ifm_dim = array<i64: 2, 2>, pads = array<i64: 1, 1, 1, 1>, simd = 1 : i64, value = 0 : i64} : (!a) -> !p
  %3 = "qdf.swg"(%2) {channels = 2 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 2, 2>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!p) -> !g
  %4 = "qdf.output"(%3) {folded_shape = array<i64: 1, 2, 2, 18, 1>, normal_shape = array<i64: 1, 2, 2, 18>, packed_shape = array<i64: 1, 2, 2, 18, 1>} : (!g) -> tensor<1x2x2x18xui4>
  %5 = "qdf.add_streams"(%1#1, %1#2) {channels = 2 : i64, pe = 1 : i64} : (!a, !a) -> !s
  %6 = "qdf.maxpool"(%5) {channels = 2 : i64, ifm_dim = array<i64: 2, 2>, kernel = array<i64: 2, 2>, pe = 1 : i64, stride = array<i64: 2, 2>} : (!s) -> !m
  %7 = "qdf.accpool"(%6) {channels = 2 : i64, ifm_dim = array<i64: 1, 1>, pe = 1 : i64} : (!m) -> !c
  %8 = "qdf.labelselect"(%7) {k = 1 : i64, labels = 2 : i64, pe = 1 : i64} : (!c) -> !l
  %9 = "qdf.output"(%8) {folded_shape = array<i64: 1, 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1, 8>} : (!l) -> tensor<1x1xi64>
  return %4, %9 : tensor<1x2x2x18xui4>, tensor<1x1xi64>
}

// -----

!in = !qdf.stream<tensor<1x6x1xui4>, 4 : i32>
!out = !qdf.stream<tensor<1x4x1xsi8>, 8 : i32>
func.func @main(%s: !in) -> !out {
  %w = arith.constant dense<1> : tensor<6x4xsi4>
  // expected-error @+1 {{'qdf.mvau' op folding: simd = 4 must be >= 1 and divide mw = 6}}
  %0 = "qdf.mvau"(%s, %w) {act_val = 0 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 4 : i64, mw = 6 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 1 : i64, simd = 4 : i64, weight_dtype = "INT4"} : (!in, tensor<6x4xsi4>) -> !out
  return %0 : !out
}

// -----

!in = !qdf.stream<tensor<1x6x1xui4>, 4 : i32>
!out = !qdf.stream<tensor<1x4x1xsi8>, 8 : i32>
func.func @main(%s: !in) -> !out {
  %w = arith.constant dense<1> : tensor<6x4xsi4>
  // expected-error @+1 {{'qdf.mvau' op folding: pe = 3 must be >= 1 and divide mh = 4}}
  %0 = "qdf.mvau"(%s, %w) {act_val = 0 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 4 : i64, mw = 6 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 3 : i64, simd = 1 : i64, weight_dtype = "INT4"} : (!in, tensor<6x4xsi4>) -> !out
  return %0 : !out
}

// -----

!s = !qdf.stream<tensor<1x2x2x6x1xui4>, 4 : i32>
func.func @main(%x: !s) -> !s {
  // expected-error @+1 {{'qdf.maxpool' op folding: pe = 4 must be >= 1 and divide channels = 6}}
  %0 = "qdf.maxpool"(%x) {channels = 6 : i64, ifm_dim = array<i64: 2, 2>, kernel = array<i64: 1, 1>, pe = 4 : i64, stride = array<i64: 1, 1>} : (!s) -> !s
  return %0 : !s
}

// -----

!s = !qdf.stream<tensor<1x2x2x6x1xui4>, 4 : i32>
func.func @main(%x: !s) -> !s {
  // expected-error @+1 {{'qdf.pad' op folding: simd = 0 must be >= 1 and divide channels = 6}}
  %0 = "qdf.pad"(%x) {channels = 6 : i64, ifm_dim = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, simd = 0 : i64, value = 0 : i64} : (!s) -> !s
  return %0 : !s
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
!b = !qdf.stream<tensor<1x2x2xui4>, 8 : i32>
func.func @main(%x: !a) -> !b {
  // expected-error @+1 {{'qdf.dwc' op folding: in_width = 4 and out_width = 6 must be multiples of the 4-bit elements}}
  %0 = "qdf.dwc"(%x) {in_width = 4 : i64, out_width = 6 : i64} : (!a) -> !b
  return %0 : !b
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
!b = !qdf.stream<tensor<1x2x2xui4>, 6 : i32>
func.func @main(%x: !a) -> !b {
  // expected-error @+1 {{'qdf.dwc' op stream width: result 0 is 6 bits wide, expected 2 elements per word x 4 bits = 8}}
  %0 = "qdf.dwc"(%x) {in_width = 4 : i64, out_width = 8 : i64} : (!a) -> !b
  return %0 : !b
}

// -----

!a = !qdf.stream<tensor<1x2x2x4x1xui4>, 4 : i32>
!b = !qdf.stream<tensor<1x1x1x4x1xui4>, 4 : i32>
func.func @main(%x: !a) -> !b {
  // expected-error @+1 {{'qdf.maxpool' op element count: output stream has 4 elements per frame, the attributes give 16}}
  %0 = "qdf.maxpool"(%x) {channels = 4 : i64, ifm_dim = array<i64: 2, 2>, kernel = array<i64: 1, 1>, pe = 1 : i64, stride = array<i64: 1, 1>} : (!a) -> !b
  return %0 : !b
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
!b = !qdf.stream<tensor<1x2x2xsi8>, 16 : i32>
func.func @main(%x: !a) -> !b {
  %w = arith.constant dense<1> : tensor<4x4xsi4>
  // expected-error @+1 {{'qdf.mvau' op elements per word: input 0 carries 1 elements per word but the op reads 2 (missing qdf.dwc?)}}
  %0 = "qdf.mvau"(%x, %w) {act_val = 0 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 4 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 2 : i64, simd = 2 : i64, weight_dtype = "INT4"} : (!a, tensor<4x4xsi4>) -> !b
  return %0 : !b
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
func.func @main(%x: !a) -> (!a, !a) {
  // expected-error @+1 {{'qdf.fifo' op one reader: output 0 has 2 readers; a stream has exactly one (fan out with qdf.duplicate)}}
  %0 = "qdf.fifo"(%x) {depth = 2 : i64, impl = "srl"} : (!a) -> !a
  return %0, %0 : !a, !a
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
!b = !qdf.stream<tensor<1x4x1xui2>, 2 : i32>
func.func @main(%x: !a) -> !b {
  %t = arith.constant dense<[[0.5, 1.5, 2.5]]> : tensor<1x3xf32>
  // expected-error @+1 {{'qdf.threshold' op no float: operand 1 is a float tensor}}
  %0 = "qdf.threshold"(%x, %t) {act_val = 0 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "UINT2", pe = 1 : i64} : (!a, tensor<1x3xf32>) -> !b
  return %0 : !b
}

// -----

!a = !qdf.stream<tensor<1x4x1xf32>, 32 : i32>
func.func @main(%x: tensor<1x4xf32>) -> !a {
  // expected-error @+2 {{'qdf.input' op no float: operand 0 is a float tensor}}
  // expected-error @+1 {{'qdf.input' op no float: result 0 streams non-integer elements}}
  %0 = "qdf.input"(%x) {folded_shape = array<i64: 1, 4, 1>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 4, 4>} : (tensor<1x4xf32>) -> !a
  return %0 : !a
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
!b = !qdf.stream<tensor<1x2x1xsi8>, 8 : i32>
func.func @main(%x: !a) -> !b {
  %w = arith.constant dense<1> : tensor<2x4xsi4>
  // expected-error @+1 {{'qdf.mvau' op shape: weights must be [4, matching]}}
  %0 = "qdf.mvau"(%x, %w) {act_val = 0 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 2 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT8", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"} : (!a, tensor<2x4xsi4>) -> !b
  return %0 : !b
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
func.func @main(%x: tensor<1x4xui4>) -> !a {
  // expected-error @+1 {{'qdf.input' op DMA shapes: folded_shape differs from the stream's folded tensor}}
  %0 = "qdf.input"(%x) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 2, 1>} : (tensor<1x4xui4>) -> !a
  return %0 : !a
}

// -----

!a = !qdf.stream<tensor<1x4x4x2x1xui4>, 4 : i32>
!b = !qdf.stream<tensor<1x3x3x8x1xui4>, 4 : i32>
func.func @main(%x: !a) -> !b {
  // expected-error @+1 {{'qdf.swg' op window: ofm_dim does not follow from ifm_dim, kernel, stride and dilation}}
  %0 = "qdf.swg"(%x) {channels = 2 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 2, 2>, ofm_dim = array<i64: 3, 3>, simd = 1 : i64, stride = array<i64: 2, 2>} : (!a) -> !b
  return %0 : !b
}

// -----

!a = !qdf.stream<tensor<1x4x1xui4>, 4 : i32>
func.func @main(%x: !a) -> (!a, !a) {
  // expected-error @+1 {{'qdf.duplicate' op fan-out: num_outputs = 3 but the op has 2 results}}
  %0:2 = "qdf.duplicate"(%x) {num_outputs = 3 : i64} : (!a) -> (!a, !a)
  return %0#0, %0#1 : !a, !a
}
