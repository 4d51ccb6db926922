// Quant with every rounding mode. Input and expected values are the rounding table of the QONNX
// IntQuant specification (docs/qonnx-custom-ops/intquant_v1.md), with scale 1, zero point 0 and
// 8 signed bits so no value is clamped.
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.array([5.5, 2.5, 1.6, 1.1, 1.0, -1.0, -1.1, -1.6, -2.5, -5.5], np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.round.npy', np.array([6, 2, 2, 1, 1, -1, -1, -2, -2, -6], np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.ceil.npy', np.array([6, 3, 2, 2, 1, -1, -1, -1, -2, -5], np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.floor.npy', np.array([5, 2, 1, 1, 1, -1, -2, -2, -3, -6], np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.up.npy', np.array([6, 3, 2, 2, 1, -1, -2, -2, -3, -6], np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.down.npy', np.array([5, 2, 1, 1, 1, -1, -1, -1, -2, -5], np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.half_up.npy', np.array([6, 3, 2, 1, 1, -1, -1, -2, -3, -6], np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.half_down.npy', np.array([5, 2, 2, 1, 1, -1, -1, -2, -2, -5], np.float32))"
// RUN: qcnn-run %s --input x=%t.x.npy --compare round=%t.round.npy --compare ceil=%t.ceil.npy \
// RUN:   --compare floor=%t.floor.npy --compare up=%t.up.npy --compare down=%t.down.npy \
// RUN:   --compare half_up=%t.half_up.npy --compare half_down=%t.half_down.npy --rtol 0 --atol 0
// A wrong expectation must fail: ROUND is not HALF_UP.
// RUN: not qcnn-run %s --input x=%t.x.npy --compare round=%t.half_up.npy 2>&1 | FileCheck %s --check-prefix=WRONG
// WRONG: output 'round' differs from {{.*}} at [1]: got 2, expected 3 (2 of 10 elements differ

func.func @main(%x: tensor<10xf32> {qcnn.name = "x"})
    -> (tensor<10xf32> {qcnn.name = "round"}, tensor<10xf32> {qcnn.name = "ceil"}, tensor<10xf32> {qcnn.name = "floor"},
        tensor<10xf32> {qcnn.name = "up"}, tensor<10xf32> {qcnn.name = "down"}, tensor<10xf32> {qcnn.name = "half_up"},
        tensor<10xf32> {qcnn.name = "half_down"}) {
  %s = arith.constant dense<1.0> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %b = arith.constant dense<8.0> : tensor<f32>
  %0 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "ROUND", signed = 1 : i64} : (tensor<10xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<10xf32>
  %1 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "CEIL", signed = 1 : i64} : (tensor<10xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<10xf32>
  %2 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 1 : i64} : (tensor<10xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<10xf32>
  %3 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "UP", signed = 1 : i64} : (tensor<10xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<10xf32>
  %4 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "DOWN", signed = 1 : i64} : (tensor<10xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<10xf32>
  %5 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "HALF_UP", signed = 1 : i64} : (tensor<10xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<10xf32>
  %6 = "qcnn.quant"(%x, %s, %z, %b) {narrow = 0 : i64, rounding_mode = "HALF_DOWN", signed = 1 : i64} : (tensor<10xf32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<10xf32>
  return %0, %1, %2, %3, %4, %5, %6 : tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>, tensor<10xf32>
}
