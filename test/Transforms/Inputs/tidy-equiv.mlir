// qcnn-tidy on a small conv layer: a transposed and shifted weight folds, the weight Quant stays, dead
// ops go, duplicate names are made unique (test/Transforms/tidy.mlir).
func.func @main(%x: tensor<1x2x3x3xf32> {qcnn.name = "x"}) -> (tensor<1x3x3x3xf32> {qcnn.name = "y"}) {
  %w = arith.constant dense<[[[[0.5]], [[-0.25]], [[1.0]]], [[[0.75]], [[0.125]], [[-1.5]]]]> : tensor<2x3x1x1xf32>
  %shift = arith.constant dense<0.25> : tensor<f32>
  %s = arith.constant dense<0.125> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<4.0> : tensor<f32>
  %wt = "qcnn.transpose"(%w) {perm = array<i64: 1, 0, 2, 3>} : (tensor<2x3x1x1xf32>) -> tensor<3x2x1x1xf32> loc("node")
  %ws = "qcnn.sub"(%wt, %shift) : (tensor<3x2x1x1xf32>, tensor<f32>) -> tensor<3x2x1x1xf32> loc("node")
  %wq = "qcnn.quant"(%ws, %s, %z, %b) {narrow = 1 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<3x2x1x1xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<3x2x1x1xf32> loc("node")
  %dead = "qcnn.relu"(%x) : (tensor<1x2x3x3xf32>) -> tensor<1x2x3x3xf32> loc("node")
  %y = "qcnn.conv"(%x, %wq) {dilations = array<i64: 1, 1>, group = 1 : i64, kernel_shape = array<i64: 1, 1>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x2x3x3xf32>, tensor<3x2x1x1xf32>) -> tensor<1x3x3x3xf32> loc("node")
  return %y : tensor<1x3x3x3xf32>
}
