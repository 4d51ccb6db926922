// Conv: an integer grouped, padded, strided conv accumulating exactly in int64 (si8 × si8 → si32), and
// a float conv with dilation and bias. Expected values from numpy sliding windows and einsum.
// RUN: %python -c "import numpy as np; from numpy.lib.stride_tricks import sliding_window_view as swv; \
// RUN:   r = np.random.default_rng(7); x = r.integers(-128, 128, (1, 2, 5, 5)).astype(np.int8); w = r.integers(-128, 128, (4, 1, 3, 3)).astype(np.int8); \
// RUN:   b = np.array([100000, -5, 0, 7], np.int32); np.save('%t.x.npy', x); np.save('%t.w.npy', w); np.save('%t.b.npy', b); \
// RUN:   xp = np.pad(x.astype(np.int64), ((0, 0), (0, 0), (1, 1), (1, 1))); win = swv(xp, (3, 3), axis=(2, 3))[:, :, ::2, ::2]; \
// RUN:   y = np.concatenate([np.einsum('nchwij,mcij->nmhw', win[:, g:g + 1], w[2 * g:2 * g + 2].astype(np.int64)) for g in range(2)], 1); \
// RUN:   np.save('%t.y.npy', (y + b.reshape(1, 4, 1, 1)).astype(np.int32)); \
// RUN:   f = r.standard_normal((1, 3, 7, 6)).astype(np.float32); k = r.standard_normal((2, 3, 2, 3)).astype(np.float32); fb = np.array([0.5, -1.0], np.float32); \
// RUN:   np.save('%t.f.npy', f); np.save('%t.k.npy', k); np.save('%t.fb.npy', fb); \
// RUN:   fw = swv(f.astype(np.float64), (3, 5), axis=(2, 3))[:, :, :, :, ::2, ::2]; \
// RUN:   np.save('%t.z.npy', (np.einsum('nchwij,mcij->nmhw', fw, k.astype(np.float64)) + fb.reshape(1, 2, 1, 1)).astype(np.float32))"
// RUN: qcnn-run %s --input x=%t.x.npy --input w=%t.w.npy --input b=%t.b.npy --input f=%t.f.npy --input k=%t.k.npy \
// RUN:   --input fb=%t.fb.npy --compare y=%t.y.npy --compare z=%t.z.npy --rtol 1e-6 --atol 1e-6
// The integer result is exact: a tolerance of zero passes too.
// RUN: qcnn-run %s --input x=%t.x.npy --input w=%t.w.npy --input b=%t.b.npy --input f=%t.f.npy --input k=%t.k.npy \
// RUN:   --input fb=%t.fb.npy --compare y=%t.y.npy --rtol 0 --atol 0

func.func @main(%x: tensor<1x2x5x5xsi8> {qcnn.name = "x"}, %w: tensor<4x1x3x3xsi8> {qcnn.name = "w"},
                %b: tensor<4xsi32> {qcnn.name = "b"}, %f: tensor<1x3x7x6xf32> {qcnn.name = "f"},
                %k: tensor<2x3x2x3xf32> {qcnn.name = "k"}, %fb: tensor<2xf32> {qcnn.name = "fb"})
    -> (tensor<1x4x3x3xsi32> {qcnn.name = "y"}, tensor<1x2x5x2xf32> {qcnn.name = "z"}) {
  %y = "qcnn.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xsi8>, tensor<4x1x3x3xsi8>, tensor<4xsi32>) -> tensor<1x4x3x3xsi32>
  %z = "qcnn.conv"(%f, %k, %fb) {dilations = array<i64: 2, 2>, group = 1 : i64, kernel_shape = array<i64: 2, 3>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 1, 1>} : (tensor<1x3x7x6xf32>, tensor<2x3x2x3xf32>, tensor<2xf32>) -> tensor<1x2x5x2xf32>
  return %y, %z : tensor<1x4x3x3xsi32>, tensor<1x2x5x2xf32>
}
