func.func @main(%x: tensor<1x4xsi8> {qcnn.name = "x"}) -> (tensor<1x4xsi16> {qcnn.name = "y"}) {
  %two = arith.constant dense<2> : tensor<si8>
  %m = "qcnn.mul"(%x, %two) : (tensor<1x4xsi8>, tensor<si8>) -> tensor<1x4xsi16> loc("double")
  %r = "qcnn.relu"(%m) : (tensor<1x4xsi16>) -> tensor<1x4xsi16> loc("act")
  return %r : tensor<1x4xsi16>
}
