func.func @main(%x: tensor<1x3xf32> {qcnn.name = "x"}) -> (tensor<1xi64> {qcnn.name = "y"}) {
  %r = "qcnn.relu"(%x) : (tensor<1x3xf32>) -> tensor<1x3xf32> loc("blocks/0/relu")
  %v, %i = "qcnn.topk"(%r) {axis = 1 : i64, k = 2 : i64, largest = 1 : i64, sorted = 1 : i64} : (tensor<1x3xf32>) -> (tensor<1x2xf32>, tensor<1x2xi64>) loc("top")
  %a = "qcnn.argmax"(%r) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<1x3xf32>) -> tensor<1xi64>
  return %a : tensor<1xi64>
}
