func.func @main(%x: tensor<1x4xsi8> {qcnn.name = "x"}) -> (tensor<1x4xsi16> {qcnn.name = "y"}) {
  %m = "qcnn.add"(%x, %x) : (tensor<1x4xsi8>, tensor<1x4xsi8>) -> tensor<1x4xsi16> loc("double")
  %r = "qcnn.relu"(%m) : (tensor<1x4xsi16>) -> tensor<1x4xsi16> loc("act")
  return %r : tensor<1x4xsi16>
}
