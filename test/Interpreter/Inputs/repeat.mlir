func.func @main(%x: tensor<2xsi32>) -> tensor<2xsi32> {
  %two = arith.constant dense<2> : tensor<2xsi32>
  %three = arith.constant dense<3> : tensor<2xsi32>
  %one = arith.constant dense<1> : tensor<2xsi32>
  %c = "qcnn.sub"(%three, %one) : (tensor<2xsi32>, tensor<2xsi32>) -> tensor<2xsi32>
  %m = "qcnn.mul"(%two, %x) : (tensor<2xsi32>, tensor<2xsi32>) -> tensor<2xsi32>
  %y = "qcnn.add"(%m, %c) : (tensor<2xsi32>, tensor<2xsi32>) -> tensor<2xsi32>
  return %y : tensor<2xsi32>
}
