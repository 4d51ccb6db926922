// RUN: qcnn-opt %s --split-input-file --verify-diagnostics --qcnn-lower-to-dataflow
// RUN: rm -f %t.bad.mlir
// RUN: not qcnn-opt %s --split-input-file --qcnn-lower-to-dataflow -o %t.bad.mlir 2>&1 | FileCheck %s
// RUN: not test -e %t.bad.mlir

// Each dataflow-marked op with no qdf form is one error naming the op and the reason, at the op's
// location; the pass fails and writes no output.
// CHECK: error: cannot lower 'qcnn.relu' to dataflow: no qdf process implements this op

func.func @main(%x: tensor<1x4xsi8>) -> tensor<1x4xsi8> {
  // expected-error @+1 {{cannot lower 'qcnn.relu' to dataflow: no qdf process implements this op}}
  %0 = "qcnn.relu"(%x) {qcnn.region = "dataflow"} : (tensor<1x4xsi8>) -> tensor<1x4xsi8>
  return %0 : tensor<1x4xsi8>
}

// -----

func.func @main(%x: tensor<1x2x4x4xui4>) -> tensor<1x4x4x2xui4> {
  %0 = "qcnn.transpose"(%x) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x2x4x4xui4>) -> tensor<1x4x2x4xui4>
  // expected-error @+1 {{cannot lower 'qcnn.transpose' to dataflow: only the NHWC <-> NCHW transposes around NCHW ops stream (they are absorbed)}}
  %1 = "qcnn.transpose"(%0) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x4x2x4xui4>) -> tensor<1x4x4x2xui4>
  return %1 : tensor<1x4x4x2xui4>
}

// -----

func.func @main(%x: tensor<1x4x4x2xui4>) -> tensor<1x2x3x3xui4> {
  %0 = "qcnn.transpose"(%x) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x4x4x2xui4>) -> tensor<1x2x4x4xui4>
  // expected-error @+1 {{cannot lower 'qcnn.maxpool' to dataflow: only unpadded, undilated pooling with floor output size streams}}
  %1 = "qcnn.maxpool"(%0) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 1, 1, 0, 0>, strides = array<i64: 2, 2>, qcnn.region = "dataflow"} : (tensor<1x2x4x4xui4>) -> tensor<1x2x3x3xui4>
  return %1 : tensor<1x2x3x3xui4>
}

// -----

func.func @main(%x: tensor<1x2x4x4xui4>) -> tensor<1x2x2x2xui4> {
  // expected-error @+1 {{cannot lower 'qcnn.maxpool' to dataflow: maxpool (NCHW) must read the NCHW view of a stream}}
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>, qcnn.region = "dataflow"} : (tensor<1x2x4x4xui4>) -> tensor<1x2x2x2xui4>
  return %0 : tensor<1x2x2x2xui4>
}

// -----

func.func @main(%x: tensor<1x3xui4>) -> tensor<1x2xsi16> {
  %b = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xsi8>
  %c = arith.constant dense<[1, 2]> : tensor<2xsi16>
  // expected-error @+1 {{cannot lower 'qcnn.gemm' to dataflow: a gemm with a bias (C) has no mvau form}}
  %0 = "qcnn.gemm"(%x, %b, %c) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x3xui4>, tensor<2x3xsi8>, tensor<2xsi16>) -> tensor<1x2xsi16>
  return %0 : tensor<1x2xsi16>
}

// -----

func.func @main(%x: tensor<1x3xui4>) -> tensor<1x2xsi16> {
  %b = arith.constant dense<[[1, 2, 3], [4, 5, 6]]> : tensor<2x3xsi8>
  // expected-error @+1 {{cannot lower 'qcnn.gemm' to dataflow: only gemm with alpha = 1, trans_a = 0 on a [1, K] input streams}}
  %0 = "qcnn.gemm"(%x, %b) {alpha = 2.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x3xui4>, tensor<2x3xsi8>) -> tensor<1x2xsi16>
  return %0 : tensor<1x2xsi16>
}

// -----

func.func @main(%x: tensor<1x4xsi8>) -> tensor<1x4xui2> {
  %t = arith.constant dense<[[0, 1, 2]]> : tensor<1x3xsi8>
  // expected-error @+1 {{cannot lower 'qcnn.multithreshold' to dataflow: out_scale must be 1 with an integer out_bias (or 2 with out_bias -1 for a bipolar result)}}
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 2.0 : f32, qcnn.region = "dataflow"} : (tensor<1x4xsi8>, tensor<1x3xsi8>) -> tensor<1x4xui2>
  return %0 : tensor<1x4xui2>
}

// -----

func.func @main(%x: tensor<1x2x2x4xsi8>) -> tensor<1x2x2x4xui2> {
  %t = arith.constant dense<[[0, 1, 2]]> : tensor<1x3xsi8>
  // expected-error @+1 {{cannot lower 'qcnn.multithreshold' to dataflow: the thresholded channel axis is not the stream's channel axis}}
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x2x2x4xsi8>, tensor<1x3xsi8>) -> tensor<1x2x2x4xui2>
  return %0 : tensor<1x2x2x4xui2>
}

// -----

// The threshold before the add lowers first; the add's error leaves the function unchanged.
func.func @main(%x: tensor<1x4xsi8>) -> tensor<1x4xui3> {
  %t = arith.constant dense<[[0, 1, 2]]> : tensor<1x3xsi8>
  %one = arith.constant dense<1> : tensor<1x4xui2>
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x4xsi8>, tensor<1x3xsi8>) -> tensor<1x4xui2>
  // expected-error @+1 {{cannot lower 'qcnn.add' to dataflow: operand 1 is a constant, not a stream}}
  %1 = "qcnn.add"(%0, %one) {qcnn.region = "dataflow"} : (tensor<1x4xui2>, tensor<1x4xui2>) -> tensor<1x4xui3>
  return %1 : tensor<1x4xui3>
}

// -----

func.func @main(%x: tensor<1x4xsi8>, %y: tensor<1x1xsi8>) -> tensor<1x4xsi9> {
  // expected-error @+1 {{cannot lower 'qcnn.add' to dataflow: only the sum of two streams of the same shape and layout streams (no broadcasting)}}
  %0 = "qcnn.add"(%x, %y) {qcnn.region = "dataflow"} : (tensor<1x4xsi8>, tensor<1x1xsi8>) -> tensor<1x4xsi9>
  return %0 : tensor<1x4xsi9>
}

// -----

func.func @main(%x: tensor<1x4xsi8>) -> (tensor<1x2xsi8>, tensor<1x2xi64>) {
  // expected-error @+1 {{cannot lower 'qcnn.topk' to dataflow: only a topk of the largest values whose values result is unused streams}}
  %v, %i = "qcnn.topk"(%x) {axis = 1 : i64, k = 2 : i64, largest = 1 : i64, sorted = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x4xsi8>) -> (tensor<1x2xsi8>, tensor<1x2xi64>)
  return %v, %i : tensor<1x2xsi8>, tensor<1x2xi64>
}

// -----

func.func @main(%x: tensor<1x4xsi8>) -> tensor<1x1xi64> {
  // expected-error @+1 {{cannot lower 'qcnn.argmax' to dataflow: select_last_index = 1 has no labelselect form}}
  %0 = "qcnn.argmax"(%x) {axis = 1 : i64, keepdims = 1 : i64, select_last_index = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x4xsi8>) -> tensor<1x1xi64>
  return %0 : tensor<1x1xi64>
}

// -----

func.func @main(%x: tensor<1x4x2x2xsi8>) -> tensor<1x16xsi8> {
  %0 = "qcnn.transpose"(%x) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x4x2x2xsi8>) -> tensor<1x2x4x2xsi8>
  // expected-error @+1 {{cannot lower 'qcnn.flatten' to dataflow: reshaping an NCHW view with H, W > 1 reorders the stream}}
  %1 = "qcnn.flatten"(%0) {axis = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x2x4x2xsi8>) -> tensor<1x16xsi8>
  return %1 : tensor<1x16xsi8>
}

// -----

func.func @main(%x: tensor<1x4xsi8>) -> tensor<1x4xf32> {
  %t = arith.constant dense<[[0, 1, 2]]> : tensor<1x3xsi8>
  // expected-error @+1 {{cannot lower 'qcnn.multithreshold' to dataflow: result 0 is not a static integer tensor}}
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x4xsi8>, tensor<1x3xsi8>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}

// -----

func.func @main(%x: tensor<1x4xf32>) -> tensor<1x4xsi8> {
  %t = arith.constant dense<[[0.5, 1.5]]> : tensor<1x2xf32>
  // expected-error @+1 {{cannot lower 'qcnn.multithreshold' to dataflow: operand 0 is not a static integer tensor}}
  %0 = "qcnn.multithreshold"(%x, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "INT8", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x4xf32>, tensor<1x2xf32>) -> tensor<1x4xsi8>
  return %0 : tensor<1x4xsi8>
}

// -----

func.func @main(%x: tensor<1x4x4x2xui4>) -> tensor<1x2x4x4xui4> {
  %0 = "qcnn.transpose"(%x) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x4x4x2xui4>) -> tensor<1x2x4x4xui4>
  // expected-error @+1 {{cannot lower 'qcnn.maxpool' to dataflow: kernel and strides must be >= 1}}
  %1 = "qcnn.maxpool"(%0) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 0, 1>, qcnn.region = "dataflow"} : (tensor<1x2x4x4xui4>) -> tensor<1x2x4x4xui4>
  return %1 : tensor<1x2x4x4xui4>
}
