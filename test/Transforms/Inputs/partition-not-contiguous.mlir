// A float scale between two integer layers that streamlining could not absorb: the threshold reading
// it is fed by the region and feeds it again (input of qcnn-partition's error test).
func.func @main(%x: tensor<1x2xsi8>) -> tensor<1x2xsi16> {
  %w = arith.constant dense<[[1, 2], [3, -4]]> : tensor<2x2xsi8>
  %s = arith.constant dense<-0.5> : tensor<f64>
  %t = arith.constant dense<[[0.0, 2.0, 4.0]]> : tensor<1x3xf64>
  %a = "qcnn.matmul"(%x, %w) : (tensor<1x2xsi8>, tensor<2x2xsi8>) -> tensor<1x2xsi16>
  %f = "qcnn.mul"(%a, %s) : (tensor<1x2xsi16>, tensor<f64>) -> tensor<1x2xf32>
  %q = "qcnn.multithreshold"(%f, %t) {data_layout = "NCHW", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2xf32>, tensor<1x3xf64>) -> tensor<1x2xui2>
  %b = "qcnn.matmul"(%q, %w) : (tensor<1x2xui2>, tensor<2x2xsi8>) -> tensor<1x2xsi16>
  return %b : tensor<1x2xsi16>
}
