// Quant ranges: signed narrow with a per-row scale (broadcast), unsigned with a zero point, unsigned
// narrow, 1-bit signed (bipolar, as QONNX executes it), and an integer-typed result. Expected values
// come from numpy's own formula y = (clip(round_half_even(x/s + z), lo, hi) - z) * s.
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.array([[-3.7, -0.2, 0.6], [1.4, 2.6, 90.0]], np.float32))"
// RUN: %python -c "import numpy as np; x = np.load('%t.x.npy').astype(np.float64); s = np.array([[0.5], [0.25]]); \
// RUN:   np.save('%t.s4n.npy', (np.clip(np.round(x / s), -7, 7) * s).astype(np.float32)); \
// RUN:   np.save('%t.u3.npy', ((np.clip(np.round(x / 0.5 + 1), 0, 7) - 1) * 0.5).astype(np.float32)); \
// RUN:   np.save('%t.u3n.npy', (np.clip(np.round(x / 0.5), 0, 6) * 0.5).astype(np.float32)); \
// RUN:   np.save('%t.bip.npy', (np.where(x / 2 >= 0, 1, -1) * 2.0).astype(np.float32)); \
// RUN:   np.save('%t.i8.npy', np.clip(np.round(x), -128, 127).astype(np.int8))"
// RUN: qcnn-run %s --input x=%t.x.npy --compare s4n=%t.s4n.npy --compare u3=%t.u3.npy --compare u3n=%t.u3n.npy \
// RUN:   --compare bip=%t.bip.npy --compare i8=%t.i8.npy --output i8=%t.out.npy --rtol 0 --atol 0
// The integer-typed result is written as int8.
// RUN: %python -c "import numpy as np; a = np.load('%t.out.npy'); print(a.dtype, a.tolist())" | FileCheck %s
// CHECK: int8 {{\[}}[-4, 0, 1], [1, 3, 90]]

func.func @main(%x: tensor<2x3xf32> {qcnn.name = "x"})
    -> (tensor<2x3xf32> {qcnn.name = "s4n"}, tensor<2x3xf32> {qcnn.name = "u3"}, tensor<2x3xf32> {qcnn.name = "u3n"},
        tensor<2x3xf32> {qcnn.name = "bip"}, tensor<2x3xsi8> {qcnn.name = "i8"}) {
  %rows = arith.constant dense<[[0.5], [0.25]]> : tensor<2x1xf32>
  %half = arith.constant dense<0.5> : tensor<f32>
  %two = arith.constant dense<2.0> : tensor<f32>
  %one = arith.constant dense<1.0> : tensor<f32>
  %zero = arith.constant dense<0.0> : tensor<f32>
  %b1 = arith.constant dense<1.0> : tensor<f32>
  %b3 = arith.constant dense<3.0> : tensor<f32>
  %b4 = arith.constant dense<4.0> : tensor<f32>
  %b8 = arith.constant dense<8.0> : tensor<f32>
  %0 = "qcnn.quant"(%x, %rows, %zero, %b4) {narrow = 1 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<2x3xf32>, tensor<2x1xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %1 = "qcnn.quant"(%x, %half, %one, %b3) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %2 = "qcnn.quant"(%x, %half, %zero, %b3) {narrow = 1 : i64, rounding_mode = "ROUND", signed = 0 : i64} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %3 = "qcnn.quant"(%x, %two, %zero, %b1) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %4 = "qcnn.quant"(%x, %one, %zero, %b8) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<2x3xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<2x3xsi8>
  return %0, %1, %2, %3, %4 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xsi8>
}
