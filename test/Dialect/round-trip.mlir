// Every op of the qcnn and qdf dialects, the !qcnn.bipolar element type and !qdf.stream types parse,
// print and re-parse unchanged (IRDL ops print in the generic form).
// RUN: qcnn-opt %s | qcnn-opt | FileCheck %s
// RUN: qcnn-opt %s | qcnn-opt > %t1 && qcnn-opt %s | qcnn-opt | qcnn-opt > %t2 && diff %t1 %t2
// The generic form reads back too.
// RUN: qcnn-opt %s --mlir-print-op-generic | qcnn-opt | FileCheck %s

// The qcnn dialect: a small quantized CNN written with every qcnn op.

// CHECK-LABEL: func.func @qcnn_ops(
// CHECK-SAME: %{{[^:]+}}: tensor<1x1x8x8xf32>, %{{[^:]+}}: tensor<16x10x!qcnn.bipolar>)
func.func @qcnn_ops(%img: tensor<1x1x8x8xf32>, %bw: tensor<16x10x!qcnn.bipolar>) -> (tensor<1x10xf32>, tensor<1x3xi64>, tensor<1x1xi64>, tensor<1x10xi32>) {
  %scale = arith.constant dense<3.906250e-03> : tensor<f32>
  %zero = arith.constant dense<0.000000e+00> : tensor<f32>
  %one = arith.constant dense<1.000000e+00> : tensor<f32>
  %bits8 = arith.constant dense<8.000000e+00> : tensor<f32>
  %bits4 = arith.constant dense<4.000000e+00> : tensor<f32>
  %w = arith.constant dense<5.000000e-01> : tensor<4x1x3x3xf32>
  %b = arith.constant dense<2.500000e-01> : tensor<4xf32>
  %thr = arith.constant dense<5.000000e-01> : tensor<4x15xf32>
  %fcw = arith.constant dense<1.250000e-01> : tensor<10x16xf32>
  %fcb = arith.constant dense<0.000000e+00> : tensor<10xf32>
// CHECK: "qcnn.quant"({{.*}}) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<1x1x8x8xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x1x8x8xf32>
  %x = "qcnn.quant"(%img, %scale, %zero, %bits8) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<1x1x8x8xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x1x8x8xf32>
// CHECK: "qcnn.conv"({{.*}}) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<1x1x8x8xf32>, tensor<4x1x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %c0 = "qcnn.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<1x1x8x8xf32>, tensor<4x1x3x3xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
// CHECK: "qcnn.conv"({{.*}}) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<1x1x8x8xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x8x8xf32>
  %c1 = "qcnn.conv"(%x, %w) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 1, 1>} : (tensor<1x1x8x8xf32>, tensor<4x1x3x3xf32>) -> tensor<1x4x8x8xf32>
// CHECK: "qcnn.batchnorm"({{.*}}) {epsilon = 9.765625E-4 : f32} : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
  %bn = "qcnn.batchnorm"(%c0, %b, %b, %b, %b) {epsilon = 9.765625E-4 : f32} : (tensor<1x4x8x8xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>, tensor<4xf32>) -> tensor<1x4x8x8xf32>
// CHECK: "qcnn.relu"({{.*}}) : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
  %r = "qcnn.relu"(%bn) : (tensor<1x4x8x8xf32>) -> tensor<1x4x8x8xf32>
// CHECK: "qcnn.multithreshold"({{.*}}) {data_layout = "NCHW", out_bias = 0.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<1x4x8x8xf32>, tensor<4x15xf32>) -> tensor<1x4x8x8xui4>
  %mt = "qcnn.multithreshold"(%r, %thr) {data_layout = "NCHW", out_bias = 0.000000e+00 : f32, out_dtype = "UINT4", out_scale = 1.000000e+00 : f32} : (tensor<1x4x8x8xf32>, tensor<4x15xf32>) -> tensor<1x4x8x8xui4>
// CHECK: "qcnn.maxpool"({{.*}}) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xui4>) -> tensor<1x4x4x4xui4>
  %mp = "qcnn.maxpool"(%mt) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xui4>) -> tensor<1x4x4x4xui4>
// CHECK: "qcnn.averagepool"({{.*}}) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
  %ap = "qcnn.averagepool"(%c1) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x4x8x8xf32>) -> tensor<1x4x4x4xf32>
// CHECK: "qcnn.quant_avg_pool"({{.*}}) {data_layout = "NCHW", ibits = 4 : i64, kernel = 2 : i64, obits = 6 : i64, signed = 0 : i64, stride = 2 : i64} : (tensor<1x4x8x8xui4>) -> tensor<1x4x4x4xui6>
  %qap = "qcnn.quant_avg_pool"(%mt) {data_layout = "NCHW", ibits = 4 : i64, kernel = 2 : i64, obits = 6 : i64, signed = 0 : i64, stride = 2 : i64} : (tensor<1x4x8x8xui4>) -> tensor<1x4x4x4xui6>
// CHECK: "qcnn.trunc"({{.*}}) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<1x4x4x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x4x4x4xf32>
  %tr = "qcnn.trunc"(%ap, %scale, %zero, %bits8, %scale, %bits4) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 0 : i64} : (tensor<1x4x4x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x4x4x4xf32>
// CHECK: "qcnn.bipolar_quant"({{.*}}) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>
  %bq = "qcnn.bipolar_quant"(%tr, %one) : (tensor<1x4x4x4xf32>, tensor<f32>) -> tensor<1x4x4x4xf32>
// CHECK: "qcnn.global_avg_pool"({{.*}}) : (tensor<1x4x4x4xf32>) -> tensor<1x4x1x1xf32>
  %gap = "qcnn.global_avg_pool"(%bq) : (tensor<1x4x4x4xf32>) -> tensor<1x4x1x1xf32>
// CHECK: "qcnn.global_acc_pool"({{.*}}) : (tensor<1x4x4x4xui4>) -> tensor<1x4x1x1xui8>
  %gacc = "qcnn.global_acc_pool"(%mp) : (tensor<1x4x4x4xui4>) -> tensor<1x4x1x1xui8>
// CHECK: "qcnn.pad"({{.*}}) {mode = "constant", pads = array<i64: 0, 0, 1, 1, 0, 0, 1, 1>, value = 0.000000e+00 : f32} : (tensor<1x4x4x4xf32>) -> tensor<1x4x6x6xf32>
  %pd = "qcnn.pad"(%ap) {mode = "constant", pads = array<i64: 0, 0, 1, 1, 0, 0, 1, 1>, value = 0.000000e+00 : f32} : (tensor<1x4x4x4xf32>) -> tensor<1x4x6x6xf32>
// CHECK: "qcnn.slice"({{.*}}) {axes = array<i64: 2, 3>, ends = array<i64: 5, 5>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<1x4x6x6xf32>) -> tensor<1x4x4x4xf32>
  %sl = "qcnn.slice"(%pd) {axes = array<i64: 2, 3>, ends = array<i64: 5, 5>, starts = array<i64: 1, 1>, steps = array<i64: 1, 1>} : (tensor<1x4x6x6xf32>) -> tensor<1x4x4x4xf32>
// CHECK: "qcnn.concat"({{.*}}) {axis = 1 : i64} : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x8x4x4xf32>
  %cat = "qcnn.concat"(%sl, %bq) {axis = 1 : i64} : (tensor<1x4x4x4xf32>, tensor<1x4x4x4xf32>) -> tensor<1x8x4x4xf32>
// CHECK: "qcnn.transpose"({{.*}}) {perm = array<i64: 0, 2, 3, 1>} : (tensor<1x8x4x4xf32>) -> tensor<1x4x4x8xf32>
  %t = "qcnn.transpose"(%cat) {perm = array<i64: 0, 2, 3, 1>} : (tensor<1x8x4x4xf32>) -> tensor<1x4x4x8xf32>
// CHECK: "qcnn.im2col"({{.*}}) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 3, 3>, pad_amount = array<i64: 1, 1, 1, 1>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x72xf32>
  %i2c = "qcnn.im2col"(%t) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 3, 3>, pad_amount = array<i64: 1, 1, 1, 1>, pad_value = 0 : i64, stride = array<i64: 1, 1>} : (tensor<1x4x4x8xf32>) -> tensor<1x4x4x72xf32>
// CHECK: "qcnn.reshape"({{.*}}) {shape = array<i64: 1, 8, 16>} : (tensor<1x4x4x8xf32>) -> tensor<1x8x16xf32>
  %rs = "qcnn.reshape"(%t) {shape = array<i64: 1, 8, 16>} : (tensor<1x4x4x8xf32>) -> tensor<1x8x16xf32>
// CHECK: "qcnn.flatten"({{.*}}) {axis = 1 : i64} : (tensor<1x8x16xf32>) -> tensor<1x128xf32>
  %fl = "qcnn.flatten"(%rs) {axis = 1 : i64} : (tensor<1x8x16xf32>) -> tensor<1x128xf32>
// CHECK: "qcnn.squeeze"({{.*}}) {axes = array<i64: 2, 3>} : (tensor<1x4x1x1xf32>) -> tensor<1x4xf32>
  %sq = "qcnn.squeeze"(%gap) {axes = array<i64: 2, 3>} : (tensor<1x4x1x1xf32>) -> tensor<1x4xf32>
// CHECK: "qcnn.unsqueeze"({{.*}}) {axes = array<i64: 2>} : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
  %usq = "qcnn.unsqueeze"(%sq) {axes = array<i64: 2>} : (tensor<1x4xf32>) -> tensor<1x4x1xf32>
// CHECK: "qcnn.identity"({{.*}}) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
  %id = "qcnn.identity"(%usq) : (tensor<1x4x1xf32>) -> tensor<1x4x1xf32>
// CHECK: "qcnn.reshape"({{.*}}) {shape = array<i64: 8, 16>} : (tensor<1x128xf32>) -> tensor<8x16xf32>
  %fcin = "qcnn.reshape"(%fl) {shape = array<i64: 8, 16>} : (tensor<1x128xf32>) -> tensor<8x16xf32>
// CHECK: "qcnn.gemm"({{.*}}) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<8x16xf32>, tensor<10x16xf32>, tensor<10xf32>) -> tensor<8x10xf32>
  %g0 = "qcnn.gemm"(%fcin, %fcw, %fcb) {alpha = 1.000000e+00 : f32, beta = 1.000000e+00 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<8x16xf32>, tensor<10x16xf32>, tensor<10xf32>) -> tensor<8x10xf32>
// CHECK: "qcnn.gemm"({{.*}}) {alpha = 5.000000e-01 : f32, beta = 0.000000e+00 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<8x16xf32>, tensor<10x16xf32>) -> tensor<8x10xf32>
  %g1 = "qcnn.gemm"(%fcin, %fcw) {alpha = 5.000000e-01 : f32, beta = 0.000000e+00 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<8x16xf32>, tensor<10x16xf32>) -> tensor<8x10xf32>
// CHECK: "qcnn.add"({{.*}}) : (tensor<8x10xf32>, tensor<10xf32>) -> tensor<8x10xf32>
  %ad = "qcnn.add"(%g0, %fcb) : (tensor<8x10xf32>, tensor<10xf32>) -> tensor<8x10xf32>
// CHECK: "qcnn.sub"({{.*}}) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
  %su = "qcnn.sub"(%ad, %g1) : (tensor<8x10xf32>, tensor<8x10xf32>) -> tensor<8x10xf32>
// CHECK: "qcnn.mul"({{.*}}) : (tensor<8x10xf32>, tensor<f32>) -> tensor<8x10xf32>
  %mu = "qcnn.mul"(%su, %scale) : (tensor<8x10xf32>, tensor<f32>) -> tensor<8x10xf32>
// CHECK: "qcnn.div"({{.*}}) : (tensor<8x10xf32>, tensor<f32>) -> tensor<8x10xf32>
  %dv = "qcnn.div"(%mu, %bits8) : (tensor<8x10xf32>, tensor<f32>) -> tensor<8x10xf32>
// CHECK: "qcnn.clip"({{.*}}) : (tensor<8x10xf32>, tensor<f32>, tensor<f32>) -> tensor<8x10xf32>
  %cl = "qcnn.clip"(%dv, %zero, %one) : (tensor<8x10xf32>, tensor<f32>, tensor<f32>) -> tensor<8x10xf32>
// CHECK: "qcnn.sigmoid"({{.*}}) : (tensor<8x10xf32>) -> tensor<8x10xf32>
  %sg = "qcnn.sigmoid"(%cl) : (tensor<8x10xf32>) -> tensor<8x10xf32>
// CHECK: "qcnn.slice"({{.*}}) {axes = array<i64: 0>, ends = array<i64: 1>, starts = array<i64: 0>, steps = array<i64: 1>} : (tensor<8x10xf32>) -> tensor<1x10xf32>
  %row = "qcnn.slice"(%sg) {axes = array<i64: 0>, ends = array<i64: 1>, starts = array<i64: 0>, steps = array<i64: 1>} : (tensor<8x10xf32>) -> tensor<1x10xf32>
// CHECK: "qcnn.softmax"({{.*}}) {axis = 1 : i64} : (tensor<1x10xf32>) -> tensor<1x10xf32>
  %sm = "qcnn.softmax"(%row) {axis = 1 : i64} : (tensor<1x10xf32>) -> tensor<1x10xf32>
// CHECK: "qcnn.topk"({{.*}}) {axis = 1 : i64, k = 3 : i64, largest = 1 : i64, sorted = 1 : i64} : (tensor<1x10xf32>) -> (tensor<1x3xf32>, tensor<1x3xi64>)
  %vals, %idx = "qcnn.topk"(%sm) {axis = 1 : i64, k = 3 : i64, largest = 1 : i64, sorted = 1 : i64} : (tensor<1x10xf32>) -> (tensor<1x3xf32>, tensor<1x3xi64>)
// CHECK: "qcnn.argmax"({{.*}}) {axis = 1 : i64, keepdims = 1 : i64, select_last_index = 0 : i64} : (tensor<1x10xf32>) -> tensor<1x1xi64>
  %am = "qcnn.argmax"(%sm) {axis = 1 : i64, keepdims = 1 : i64, select_last_index = 0 : i64} : (tensor<1x10xf32>) -> tensor<1x1xi64>
// CHECK: "qcnn.sign"({{.*}}) : (tensor<1x128xf32>) -> tensor<1x128xf32>
  %sgn = "qcnn.sign"(%fl) : (tensor<1x128xf32>) -> tensor<1x128xf32>
// CHECK: "qcnn.reshape"({{.*}}) {shape = array<i64: 8, 16>} : (tensor<1x128xf32>) -> tensor<8x16x!qcnn.bipolar>
  %bin = "qcnn.reshape"(%sgn) {shape = array<i64: 8, 16>} : (tensor<1x128xf32>) -> tensor<8x16x!qcnn.bipolar>
// CHECK: "qcnn.slice"({{.*}}) {axes = array<i64: 0>, ends = array<i64: 1>, starts = array<i64: 0>, steps = array<i64: 1>} : (tensor<8x16x!qcnn.bipolar>) -> tensor<1x16x!qcnn.bipolar>
  %bin1 = "qcnn.slice"(%bin) {axes = array<i64: 0>, ends = array<i64: 1>, starts = array<i64: 0>, steps = array<i64: 1>} : (tensor<8x16x!qcnn.bipolar>) -> tensor<1x16x!qcnn.bipolar>
// CHECK: "qcnn.matmul"({{.*}}) : (tensor<1x16x!qcnn.bipolar>, tensor<16x10x!qcnn.bipolar>) -> tensor<1x10xi32>
  %xnor = "qcnn.matmul"(%bin1, %bw) : (tensor<1x16x!qcnn.bipolar>, tensor<16x10x!qcnn.bipolar>) -> tensor<1x10xi32>
  return %sm, %idx, %am, %xnor : tensor<1x10xf32>, tensor<1x3xi64>, tensor<1x1xi64>, tensor<1x10xi32>
}

// The qdf dialect: the same kind of network as streaming processes over !qdf.stream channels.

// CHECK-LABEL: func.func @qdf_ops(
// CHECK-SAME: %{{[^:]+}}: tensor<1x8x8x1xui8>)
func.func @qdf_ops(%img: tensor<1x8x8x1xui8>) -> tensor<1x1xui2> {
  %w = arith.constant dense<1> : tensor<9x4xi4>
  %thr = arith.constant dense<0> : tensor<4x15xi32>
  %thr2 = arith.constant dense<0> : tensor<4x3xi32>
// CHECK: "qdf.input"({{.*}}) {folded_shape = array<i64: 1, 8, 8, 1, 1>, normal_shape = array<i64: 1, 8, 8, 1>, packed_shape = array<i64: 1, 8, 8, 1, 1>} : (tensor<1x8x8x1xui8>) -> !qdf.stream<tensor<1x8x8x1x1xui8>, 8 : i32>
  %in = "qdf.input"(%img) {folded_shape = array<i64: 1, 8, 8, 1, 1>, normal_shape = array<i64: 1, 8, 8, 1>, packed_shape = array<i64: 1, 8, 8, 1, 1>} : (tensor<1x8x8x1xui8>) -> !qdf.stream<tensor<1x8x8x1x1xui8>, 8 : i32>
// CHECK: "qdf.pad"({{.*}}) {channels = 1 : i64, ifm_dim = array<i64: 8, 8>, pads = array<i64: 1, 1, 1, 1>, simd = 1 : i64, value = 0 : i64} : (!qdf.stream<tensor<1x8x8x1x1xui8>, 8 : i32>) -> !qdf.stream<tensor<1x10x10x1x1xui8>, 8 : i32>
  %pad = "qdf.pad"(%in) {channels = 1 : i64, ifm_dim = array<i64: 8, 8>, pads = array<i64: 1, 1, 1, 1>, simd = 1 : i64, value = 0 : i64} : (!qdf.stream<tensor<1x8x8x1x1xui8>, 8 : i32>) -> !qdf.stream<tensor<1x10x10x1x1xui8>, 8 : i32>
// CHECK: "qdf.swg"({{.*}}) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 10, 10>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 8, 8>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x10x10x1x1xui8>, 8 : i32>) -> !qdf.stream<tensor<1x8x8x9x1xui8>, 8 : i32>
  %win = "qdf.swg"(%pad) {channels = 1 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 10, 10>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 8, 8>, simd = 1 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x10x10x1x1xui8>, 8 : i32>) -> !qdf.stream<tensor<1x8x8x9x1xui8>, 8 : i32>
// CHECK: "qdf.mvau"({{.*}}) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "auto", mh = 4 : i64, mw = 9 : i64, num_input_vectors = array<i64: 1, 8, 8>, output_dtype = "UINT4", pe = 4 : i64, simd = 1 : i64, weight_dtype = "INT4"} : (!qdf.stream<tensor<1x8x8x9x1xui8>, 8 : i32>, tensor<9x4xi4>, tensor<4x15xi32>) -> !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>
  %act = "qdf.mvau"(%win, %w, %thr) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "auto", mh = 4 : i64, mw = 9 : i64, num_input_vectors = array<i64: 1, 8, 8>, output_dtype = "UINT4", pe = 4 : i64, simd = 1 : i64, weight_dtype = "INT4"} : (!qdf.stream<tensor<1x8x8x9x1xui8>, 8 : i32>, tensor<9x4xi4>, tensor<4x15xi32>) -> !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>
// CHECK: "qdf.mvau"({{.*}}) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "block", mh = 4 : i64, mw = 9 : i64, num_input_vectors = array<i64: 1, 8, 8>, output_dtype = "INT16", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"} : (!qdf.stream<tensor<1x8x8x9x1xui8>, 8 : i32>, tensor<9x4xi4>) -> !qdf.stream<tensor<1x8x8x4x1xi16>, 16 : i32>
  %acc = "qdf.mvau"(%win, %w) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "block", mh = 4 : i64, mw = 9 : i64, num_input_vectors = array<i64: 1, 8, 8>, output_dtype = "INT16", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"} : (!qdf.stream<tensor<1x8x8x9x1xui8>, 8 : i32>, tensor<9x4xi4>) -> !qdf.stream<tensor<1x8x8x4x1xi16>, 16 : i32>
// CHECK: "qdf.fifo"({{.*}}) {depth = 32 : i64, impl = "srl"} : (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>) -> !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>
  %buf = "qdf.fifo"(%act) {depth = 32 : i64, impl = "srl"} : (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>) -> !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>
// CHECK: "qdf.duplicate"({{.*}}) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>) -> (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>, !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>)
  %dup:2 = "qdf.duplicate"(%buf) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>) -> (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>, !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>)
// CHECK: "qdf.add_streams"({{.*}}) {channels = 4 : i64, pe = 4 : i64} : (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>, !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>) -> !qdf.stream<tensor<1x8x8x1x4xui5>, 20 : i32>
  %sum = "qdf.add_streams"(%dup#0, %dup#1) {channels = 4 : i64, pe = 4 : i64} : (!qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>, !qdf.stream<tensor<1x8x8x1x4xui4>, 16 : i32>) -> !qdf.stream<tensor<1x8x8x1x4xui5>, 20 : i32>
// CHECK: "qdf.maxpool"({{.*}}) {channels = 4 : i64, ifm_dim = array<i64: 8, 8>, kernel = array<i64: 2, 2>, pe = 4 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x8x8x1x4xui5>, 20 : i32>) -> !qdf.stream<tensor<1x4x4x1x4xui5>, 20 : i32>
  %mp = "qdf.maxpool"(%sum) {channels = 4 : i64, ifm_dim = array<i64: 8, 8>, kernel = array<i64: 2, 2>, pe = 4 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x8x8x1x4xui5>, 20 : i32>) -> !qdf.stream<tensor<1x4x4x1x4xui5>, 20 : i32>
// CHECK: "qdf.threshold"({{.*}}) {act_val = 0 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "UINT2", pe = 4 : i64} : (!qdf.stream<tensor<1x4x4x1x4xui5>, 20 : i32>, tensor<4x3xi32>) -> !qdf.stream<tensor<1x4x4x1x4xui2>, 8 : i32>
  %th = "qdf.threshold"(%mp, %thr2) {act_val = 0 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "UINT2", pe = 4 : i64} : (!qdf.stream<tensor<1x4x4x1x4xui5>, 20 : i32>, tensor<4x3xi32>) -> !qdf.stream<tensor<1x4x4x1x4xui2>, 8 : i32>
// CHECK: "qdf.dwc"({{.*}}) {in_width = 8 : i64, out_width = 4 : i64} : (!qdf.stream<tensor<1x4x4x1x4xui2>, 8 : i32>) -> !qdf.stream<tensor<1x4x4x2x2xui2>, 4 : i32>
  %narrow = "qdf.dwc"(%th) {in_width = 8 : i64, out_width = 4 : i64} : (!qdf.stream<tensor<1x4x4x1x4xui2>, 8 : i32>) -> !qdf.stream<tensor<1x4x4x2x2xui2>, 4 : i32>
// CHECK: "qdf.accpool"({{.*}}) {channels = 4 : i64, ifm_dim = array<i64: 4, 4>, pe = 2 : i64} : (!qdf.stream<tensor<1x4x4x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x1x1x2x2xui6>, 12 : i32>
  %pool = "qdf.accpool"(%narrow) {channels = 4 : i64, ifm_dim = array<i64: 4, 4>, pe = 2 : i64} : (!qdf.stream<tensor<1x4x4x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x1x1x2x2xui6>, 12 : i32>
// CHECK: "qdf.labelselect"({{.*}}) {k = 1 : i64, labels = 4 : i64, pe = 2 : i64} : (!qdf.stream<tensor<1x1x1x2x2xui6>, 12 : i32>) -> !qdf.stream<tensor<1x1x1xui2>, 2 : i32>
  %label = "qdf.labelselect"(%pool) {k = 1 : i64, labels = 4 : i64, pe = 2 : i64} : (!qdf.stream<tensor<1x1x1x2x2xui6>, 12 : i32>) -> !qdf.stream<tensor<1x1x1xui2>, 2 : i32>
// CHECK: "qdf.output"({{.*}}) {folded_shape = array<i64: 1, 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1, 1>} : (!qdf.stream<tensor<1x1x1xui2>, 2 : i32>) -> tensor<1x1xui2>
  %out = "qdf.output"(%label) {folded_shape = array<i64: 1, 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1, 1>} : (!qdf.stream<tensor<1x1x1xui2>, 2 : i32>) -> tensor<1x1xui2>
  return %out : tensor<1x1xui2>
}
