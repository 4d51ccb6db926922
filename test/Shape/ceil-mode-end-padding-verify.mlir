// The verifier's window rule drops a ceil_mode window that starts in the end padding even when the
// floor span divides evenly: length 4, kernel 2, stride 2, pads 0/2 gives windows at 0, 2 (4 starts in
// the padding), extent 2 — as the importer and the interpreter compute it.
// RUN: qcnn-opt %s --verify-diagnostics --qcnn-verify

func.func @ceil_end_padding(%x: tensor<1x1x4xf32>) -> tensor<1x1x3xf32> {
  // expected-error@+1 {{result extent 3 on spatial axis 0, expected 2}}
  %0 = "qcnn.maxpool"(%x) {ceil_mode = 1 : i64, dilations = array<i64: 1>, kernel_shape = array<i64: 2>, pads = array<i64: 0, 2>, strides = array<i64: 2>} : (tensor<1x1x4xf32>) -> tensor<1x1x3xf32>
  return %0 : tensor<1x1x3xf32>
}
