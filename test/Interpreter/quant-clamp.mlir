// Per-tensor ROUND Quant (the interpreter's vectorised path, 9 elements so a scalar tail follows the
// vectors): clamping on both sides, infinities, a NaN (clamped to lo: C's fmax(NaN, lo) is lo), ties to
// even on both signs, and a -0 result. 4-bit signed, scale 0.5: lo = -8, hi = 7. By hand:
// x/0.5 = [NaN, inf, -inf, 200, -200, 2.5, -2.5, -0.2, 1.5] -> clamp -> [-8, 7, -8, 7, -8, 2.5, -2.5, -0.2, 1.5]
// -> round half even -> [-8, 7, -8, 7, -8, 2, -2, -0, 2] -> times 0.5.
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.array([np.nan, np.inf, -np.inf, 100, -100, 1.25, -1.25, -0.1, 0.75], np.float32)); \
// RUN:   np.save('%t.y.npy', np.array([-4, 3.5, -4, 3.5, -4, 1, -1, -0.0, 1], np.float32))"
// RUN: qcnn-run %s --input x=%t.x.npy --compare y=%t.y.npy --rtol 0 --atol 0 --output y=%t.out.npy
// RUN: %python -c "import numpy as np; y = np.load('%t.out.npy'); assert np.signbit(y[7]) and not np.signbit(y[8]), y"

func.func @main(%x: tensor<9xf32> {qcnn.name = "x"}) -> (tensor<9xf32> {qcnn.name = "y"}) {
  %s = arith.constant dense<0.5> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<4.0> : tensor<f32>
  %y = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<9xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<9xf32>
  return %y : tensor<9xf32>
}
