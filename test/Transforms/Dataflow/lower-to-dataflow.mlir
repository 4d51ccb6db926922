// RUN: qcnn-opt %s --qcnn-lower-to-dataflow --qdf-verify -o %t.mlir
// RUN: FileCheck %s < %t.mlir
// RUN: qcnn-run --equiv %s %t.mlir --random-inputs 20 --seed 3

// Every lowering pattern on one hand-written partitioned NHWC graph: a padded 3x3 conv (im2col +
// matmul) with its thresholds fused into the mvau (out_bias -1 -> act_val -1); the transposes around
// the NCHW maxpool absorbed; an unpadded 1x1 conv without thresholds (the mvau outputs accumulators,
// output_dtype of the matmul's type); global_acc_pool with its transposes and flatten as one accpool
// whose stream is retyped to the FC form [1, C]; a gemm with trans_b = 1 (weights transposed to
// [mw, mh], values below by hand) fused with shared thresholds ([1, steps]); a gemm with trans_b = 0;
// a topk (values unused) and an argmax reading the same value: a qdf.duplicate feeds two
// labelselects, each to its own qdf.output.

// CHECK-LABEL: func.func @main
// CHECK-DAG: %[[W0:.*]] = arith.constant dense<{{.*}}> : tensor<18x4xsi4>
// CHECK-DAG: %[[T0:.*]] = arith.constant dense<{{.*}}> : tensor<4x3xsi16>
// CHECK-DAG: %[[W1:.*]] = arith.constant dense<{{.*}}> : tensor<4x6xsi4>
// CHECK-DAG: %[[T2:.*]] = arith.constant dense<{{\[\[}}-24, -9, 14, 34]]> : tensor<1x4xsi24>
// CHECK-DAG: %[[B3:.*]] = arith.constant dense<{{.*}}> : tensor<5x3xsi4>
// CHECK: %[[IN:.*]] = "qdf.input"(%arg0) {folded_shape = array<i64: 1, 4, 4, 2, 1>, normal_shape = array<i64: 1, 4, 4, 2>, packed_shape = array<i64: 1, 4, 4, 2, 1>} : (tensor<1x4x4x2xui4>) -> !qdf.stream<tensor<1x4x4x2x1xui4>, 4 : i32>
// CHECK-NEXT: %[[PAD:.*]] = "qdf.pad"(%[[IN]]) {channels = 2 : i64, ifm_dim = array<i64: 4, 4>, pads = array<i64: 1, 1, 1, 1>, simd = 1 : i64, value = 0 : i64} : {{.*}} -> !qdf.stream<tensor<1x6x6x2x1xui4>, 4 : i32>
// CHECK-NEXT: %[[SWG:.*]] = "qdf.swg"(%[[PAD]]) {channels = 2 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 6, 6>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 4, 4>, simd = 1 : i64, stride = array<i64: 1, 1>} : {{.*}} -> !qdf.stream<tensor<1x4x4x18x1xui4>, 4 : i32>
// CHECK-NEXT: %[[M0:.*]] = "qdf.mvau"(%[[SWG]], %[[W0]], %[[T0]]) {act_val = -1 : i64, input_dtype = "UINT4", mem_style = "auto", mh = 4 : i64, mw = 18 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "INT3", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"}
// CHECK-SAME: -> !qdf.stream<tensor<1x4x4x4x1xsi3>, 3 : i32>
// CHECK-NEXT: %[[MP:.*]] = "qdf.maxpool"(%[[M0]]) {channels = 4 : i64, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 2, 2>, pe = 1 : i64, stride = array<i64: 2, 2>} : {{.*}} -> !qdf.stream<tensor<1x2x2x4x1xsi3>, 3 : i32>
// CHECK-NEXT: %[[SWG1:.*]] = "qdf.swg"(%[[MP]]) {channels = 4 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 2, 2>, kernel = array<i64: 1, 1>, ofm_dim = array<i64: 2, 2>, simd = 1 : i64, stride = array<i64: 1, 1>}
// CHECK-NEXT: %[[M1:.*]] = "qdf.mvau"(%[[SWG1]], %[[W1]]) {act_val = 0 : i64, input_dtype = "INT3", mem_style = "auto", mh = 6 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1, 2, 2>, output_dtype = "INT16", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"}
// CHECK-SAME: -> !qdf.stream<tensor<1x2x2x6x1xsi16>, 16 : i32>
// CHECK-NEXT: %[[ACC:.*]] = "qdf.accpool"(%[[M1]]) {channels = 6 : i64, ifm_dim = array<i64: 2, 2>, pe = 1 : i64} : {{.*}} -> !qdf.stream<tensor<1x6x1xsi18>, 18 : i32>
// CHECK-NEXT: %[[W2:.*]] = arith.constant dense<{{\[\[}}1, -1, 0, 7, 2], [2, -2, 1, -8, 0], [3, -3, 0, 7, -2], [4, -4, 1, -8, 0], [5, -5, 0, 7, 2], [6, -6, 1, -8, 0]]> : tensor<6x5xsi4>
// CHECK-NEXT: %[[M2:.*]] = "qdf.mvau"(%[[ACC]], %[[W2]], %[[T2]]) {act_val = 0 : i64, input_dtype = "INT18", mem_style = "auto", mh = 5 : i64, mw = 6 : i64, num_input_vectors = array<i64: 1>, output_dtype = "UINT3", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"}
// CHECK-SAME: -> !qdf.stream<tensor<1x5x1xui3>, 3 : i32>
// CHECK-NEXT: %[[M3:.*]] = "qdf.mvau"(%[[M2]], %[[B3]]) {act_val = 0 : i64, input_dtype = "UINT3", mem_style = "auto", mh = 3 : i64, mw = 5 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT16", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"}
// CHECK-NEXT: %[[DUP:.*]]:2 = "qdf.duplicate"(%[[M3]]) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x3x1xsi16>, 16 : i32>) -> (!qdf.stream<tensor<1x3x1xsi16>, 16 : i32>, !qdf.stream<tensor<1x3x1xsi16>, 16 : i32>)
// CHECK-NEXT: %[[LS:.*]] = "qdf.labelselect"(%[[DUP]]#0) {k = 2 : i64, labels = 3 : i64, pe = 1 : i64} : {{.*}} -> !qdf.stream<tensor<1x2x1xi64>, 64 : i32>
// CHECK-NEXT: %[[O1:.*]] = "qdf.output"(%[[LS]]) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 2, 8>} : {{.*}} -> tensor<1x2xi64>
// CHECK-NEXT: %[[AM:.*]] = "qdf.labelselect"(%[[DUP]]#1) {k = 1 : i64, labels = 3 : i64, pe = 1 : i64}
// CHECK-NEXT: %[[O2:.*]] = "qdf.output"(%[[AM]]) {{.*}} -> tensor<1x1xi64>
// CHECK-NEXT: return %[[O1]], %[[O2]]
func.func @main(%x: tensor<1x4x4x2xui4>) -> (tensor<1x2xi64>, tensor<1x1xi64>) {
  %w0 = arith.constant dense<[[2, 4, -8, 4], [-1, 0, 2, -4], [7, -8, -4, -2], [1, -2, -6, -8], [-8, -8, -6, 7], [-5, 2, 4, -5], [-4, -2, -4, 7], [-6, 6, 4, 5], [-7, -2, 2, -1], [2, 2, 2, -8], [7, 0, 6, -4], [-3, 6, -6, -7], [-3, 2, -7, 5], [-3, -5, 0, 6], [6, 5, -4, -8], [4, 3, 4, -8], [-8, 0, -3, -2], [6, -5, 0, -3]]> : tensor<18x4xsi4>
  %t0 = arith.constant dense<[[-59, -23, 32], [-50, 44, 51], [-6, 41, 41], [-16, 54, 57]]> : tensor<4x3xsi16>
  %w1 = arith.constant dense<[[-4, 4, -6, -3, -7, -6], [-4, 3, 1, -1, -6, 4], [4, -5, -8, -3, -6, 4], [0, 0, -4, 0, 7, -5]]> : tensor<4x6xsi4>
  %b2 = arith.constant dense<[[1, 2, 3, 4, 5, 6], [-1, -2, -3, -4, -5, -6], [0, 1, 0, 1, 0, 1], [7, -8, 7, -8, 7, -8], [2, 0, -2, 0, 2, 0]]> : tensor<5x6xsi4>
  %t2 = arith.constant dense<[[-24, -9, 14, 34]]> : tensor<1x4xsi24>
  %b3 = arith.constant dense<[[-4, 0, 2], [-5, -3, 3], [-5, 2, 7], [2, 2, -1], [7, -5, -3]]> : tensor<5x3xsi4>
  %0 = "qcnn.im2col"(%x) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 3, 3>, pad_amount = array<i64: 1, 1, 1, 1>, pad_value = 0 : i64, stride = array<i64: 1, 1>, qcnn.region = "dataflow"} : (tensor<1x4x4x2xui4>) -> tensor<1x4x4x18xui4>
  %1 = "qcnn.matmul"(%0, %w0) {qcnn.region = "dataflow"} : (tensor<1x4x4x18xui4>, tensor<18x4xsi4>) -> tensor<1x4x4x4xsi16>
  %2 = "qcnn.multithreshold"(%1, %t0) {data_layout = "NHWC", out_bias = -1.0 : f32, out_dtype = "INT3", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x4x4x4xsi16>, tensor<4x3xsi16>) -> tensor<1x4x4x4xsi3>
  %3 = "qcnn.transpose"(%2) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x4x4x4xsi3>) -> tensor<1x4x4x4xsi3>
  %4 = "qcnn.maxpool"(%3) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>, qcnn.region = "dataflow"} : (tensor<1x4x4x4xsi3>) -> tensor<1x4x2x2xsi3>
  %5 = "qcnn.transpose"(%4) {perm = array<i64: 0, 2, 3, 1>, qcnn.region = "dataflow"} : (tensor<1x4x2x2xsi3>) -> tensor<1x2x2x4xsi3>
  %6 = "qcnn.im2col"(%5) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 1, 1>, pad_amount = array<i64: 0, 0, 0, 0>, pad_value = 0 : i64, stride = array<i64: 1, 1>, qcnn.region = "dataflow"} : (tensor<1x2x2x4xsi3>) -> tensor<1x2x2x4xsi3>
  %7 = "qcnn.matmul"(%6, %w1) {qcnn.region = "dataflow"} : (tensor<1x2x2x4xsi3>, tensor<4x6xsi4>) -> tensor<1x2x2x6xsi16>
  %8 = "qcnn.transpose"(%7) {perm = array<i64: 0, 3, 1, 2>, qcnn.region = "dataflow"} : (tensor<1x2x2x6xsi16>) -> tensor<1x6x2x2xsi16>
  %9 = "qcnn.global_acc_pool"(%8) {qcnn.region = "dataflow"} : (tensor<1x6x2x2xsi16>) -> tensor<1x6x1x1xsi18>
  %10 = "qcnn.transpose"(%9) {perm = array<i64: 0, 2, 3, 1>, qcnn.region = "dataflow"} : (tensor<1x6x1x1xsi18>) -> tensor<1x1x1x6xsi18>
  %11 = "qcnn.flatten"(%10) {axis = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x1x1x6xsi18>) -> tensor<1x6xsi18>
  %12 = "qcnn.gemm"(%11, %b2) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x6xsi18>, tensor<5x6xsi4>) -> tensor<1x5xsi24>
  %13 = "qcnn.multithreshold"(%12, %t2) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT3", out_scale = 1.0 : f32, qcnn.region = "dataflow"} : (tensor<1x5xsi24>, tensor<1x4xsi24>) -> tensor<1x5xui3>
  %14 = "qcnn.gemm"(%13, %b3) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 0 : i64, qcnn.region = "dataflow"} : (tensor<1x5xui3>, tensor<5x3xsi4>) -> tensor<1x3xsi16>
  %v, %i = "qcnn.topk"(%14) {axis = 1 : i64, k = 2 : i64, largest = 1 : i64, sorted = 1 : i64, qcnn.region = "dataflow"} : (tensor<1x3xsi16>) -> (tensor<1x2xsi16>, tensor<1x2xi64>)
  %a = "qcnn.argmax"(%14) {axis = 1 : i64, keepdims = 1 : i64, select_last_index = 0 : i64, qcnn.region = "dataflow"} : (tensor<1x3xsi16>) -> tensor<1x1xi64>
  return %i, %a : tensor<1x2xi64>, tensor<1x1xi64>
}

// A function without dataflow ops is left as it is.
// CHECK-LABEL: func.func @host_only
// CHECK-NEXT: "qcnn.relu"(%arg0) {qcnn.region = "host"}
// CHECK-NEXT: return
func.func @host_only(%x: tensor<1x4xf32>) -> tensor<1x4xf32> {
  %0 = "qcnn.relu"(%x) {qcnn.region = "host"} : (tensor<1x4xf32>) -> tensor<1x4xf32>
  return %0 : tensor<1x4xf32>
}
