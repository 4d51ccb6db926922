func.func @main(%x: tensor<1x8xf32> {qcnn.name = "x"}) -> (tensor<1x8xf32> {qcnn.name = "y"}) {
  %s = arith.constant dense<10.0> : tensor<f32>
  %y = "qcnn.mul"(%x, %s) : (tensor<1x8xf32>, tensor<f32>) -> tensor<1x8xf32> loc("scale")
  return %y : tensor<1x8xf32>
}
