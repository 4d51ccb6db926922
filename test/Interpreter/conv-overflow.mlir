// Integer convs accumulate in int64 and report overflow instead of wrapping, also where the stride-1
// path applies: y0 = -x0 does not fit for x0 = -2^63, and y1 = x0 - x1 = 2^62 + 2^62 does not fit
// though each of its terms does.
// RUN: %python -c "import numpy as np; np.save('%t.min.npy', np.array([[[-2**63, 1]]], np.int64)); \
// RUN:   np.save('%t.big.npy', np.array([[[2**62, -2**62]]], np.int64))"
// RUN: not qcnn-run %s --input x=%t.min.npy 2>&1 | FileCheck %s
// RUN: not qcnn-run %s --input x=%t.big.npy 2>&1 | FileCheck %s
// CHECK: loc("conv_0"): error: int64 overflow in the conv accumulator
// Without overflow: x = [3, 2] gives y = [-3, 3 - 2].
// RUN: %python -c "import numpy as np; np.save('%t.ok.npy', np.array([[[3, 2]]], np.int64)); np.save('%t.y.npy', np.array([[[-3, 1]]], np.int64))"
// RUN: qcnn-run %s --input x=%t.ok.npy --compare y=%t.y.npy --rtol 0 --atol 0

// w = [1, -1], pads [1, 0]: y0 = 1·pad + (-1)·x0 = -x0, y1 = 1·x0 + (-1)·x1.
func.func @main(%x: tensor<1x1x2xsi64> {qcnn.name = "x"}) -> (tensor<1x1x2xsi64> {qcnn.name = "y"}) {
  %w = arith.constant dense<[[[1, -1]]]> : tensor<1x1x2xsi64>
  %y = "qcnn.conv"(%x, %w) {dilations = array<i64: 1>, group = 1 : i64, kernel_shape = array<i64: 2>, pads = array<i64: 1, 0>, strides = array<i64: 1>} : (tensor<1x1x2xsi64>, tensor<1x1x2xsi64>) -> tensor<1x1x2xsi64> loc("conv_0")
  return %y : tensor<1x1x2xsi64>
}
