// Every qcnn-convert-quant rewrite in one graph, for qcnn-run --equiv (test/Transforms/convert-quant.mlir).
func.func @main(%x: tensor<1x2x4x4xf32> {qcnn.name = "x"}) -> (tensor<1x3x4x4xf32> {qcnn.name = "y"}, tensor<1x2x4x4xf32> {qcnn.name = "signed"}, tensor<1x2x4x4xf32> {qcnn.name = "negative"}, tensor<1x2x4x4xf32> {qcnn.name = "relu"}, tensor<1x2x4x4xf32> {qcnn.name = "bipolar"}, tensor<1x2x4x4xf32> {qcnn.name = "sign"}) {
  %w = arith.constant dense<[[[[0.3]], [[-0.7]]], [[[0.55]], [[0.25]]], [[[-1.0]], [[0.8]]]]> : tensor<3x2x1x1xf32>
  %ws = arith.constant dense<[[[[0.125]]], [[[0.25]]], [[[0.0625]]]]> : tensor<3x1x1x1xf32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b3 = arith.constant dense<3.0> : tensor<f32>
  %b4 = arith.constant dense<4.0> : tensor<f32>
  %s = arith.constant dense<0.1> : tensor<f32>
  %sc = arith.constant dense<[[[0.3]], [[0.0625]]]> : tensor<2x1x1xf32>
  %sn = arith.constant dense<-0.375> : tensor<f32>
  %xq = "qcnn.quant"(%x, %sc, %z, %b4) {narrow = 1 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<1x2x4x4xf32>, tensor<2x1x1xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x4x4xf32> loc("in_quant")
  %wq = "qcnn.quant"(%w, %ws, %z, %b4) {narrow = 1 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<3x2x1x1xf32>, tensor<3x1x1x1xf32>, tensor<f32>, tensor<f32>) -> tensor<3x2x1x1xf32> loc("w_quant")
  %c = "qcnn.conv"(%xq, %wq) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x4x4xf32>, tensor<3x2x1x1xf32>) -> tensor<1x3x4x4xf32> loc("conv")
  %r = "qcnn.relu"(%c) : (tensor<1x3x4x4xf32>) -> tensor<1x3x4x4xf32> loc("relu")
  %y = "qcnn.quant"(%r, %s, %z, %b3) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<1x3x4x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x3x4x4xf32> loc("relu_quant")
  %sg = "qcnn.quant"(%x, %s, %z, %b3) {narrow = 0 : i64, rounding_mode = "HALF_DOWN", signed = 1 : i64} : (tensor<1x2x4x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x4x4xf32> loc("signed_quant")
  %ng = "qcnn.quant"(%x, %sn, %z, %b3) {narrow = 0 : i64, rounding_mode = "UP", signed = 0 : i64} : (tensor<1x2x4x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x4x4xf32> loc("negative_quant")
  // A Relu with another user stays; this Quant has a zero point.
  %zp = arith.constant dense<2.0> : tensor<f32>
  %r2 = "qcnn.relu"(%x) : (tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> loc("relu2")
  %q2 = "qcnn.quant"(%r2, %s, %zp, %b3) {narrow = 0 : i64, rounding_mode = "CEIL", signed = 0 : i64} : (tensor<1x2x4x4xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<1x2x4x4xf32> loc("relu2_quant")
  %sum = "qcnn.add"(%q2, %r2) : (tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>) -> tensor<1x2x4x4xf32> loc("sum")
  %bq = "qcnn.bipolar_quant"(%x, %sn) : (tensor<1x2x4x4xf32>, tensor<f32>) -> tensor<1x2x4x4xf32> loc("bipolar")
  %b1 = arith.constant dense<1.0> : tensor<f32>
  %sq = "qcnn.quant"(%x, %sc, %z, %b1) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<1x2x4x4xf32>, tensor<2x1x1xf32>, tensor<f32>, tensor<f32>) -> tensor<1x2x4x4xf32> loc("sign_quant")
  return %y, %sg, %ng, %sum, %bq, %sq : tensor<1x3x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>, tensor<1x2x4x4xf32>
}
