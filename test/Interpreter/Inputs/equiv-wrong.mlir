func.func @main(%x: tensor<1x4xsi8> {qcnn.name = "x"}) -> (tensor<1x4xsi16> {qcnn.name = "y"}) {
  %m = "qcnn.add"(%x, %x) : (tensor<1x4xsi8>, tensor<1x4xsi8>) -> tensor<1x4xsi16> loc("double")
  %lo = arith.constant dense<1> : tensor<si16>
  %hi = arith.constant dense<300> : tensor<si16>
  %r = "qcnn.clip"(%m, %lo, %hi) : (tensor<1x4xsi16>, tensor<si16>, tensor<si16>) -> tensor<1x4xsi16> loc("act")
  return %r : tensor<1x4xsi16>
}
