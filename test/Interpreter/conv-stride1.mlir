// Stride-1 convs (the interpreter's padded-plane fast path): a padded, grouped 2-D integer conv
// (exact, tolerance zero), a padded, dilated 1-D float conv, and the two float cases where zero padding
// would differ from skipping the padded positions, which the interpreter must keep: an infinite weight
// on a tap that only reads padding, and a -0 bias with -0 terms. Expected values from numpy (int64 /
// float64 sliding windows) and, for the last two, by hand.
// RUN: %python -c "import numpy as np; from numpy.lib.stride_tricks import sliding_window_view as swv; \
// RUN:   r = np.random.default_rng(11); x = r.integers(-128, 128, (1, 4, 6, 5)).astype(np.int8); w = r.integers(-128, 128, (6, 2, 3, 3)).astype(np.int8); \
// RUN:   b = np.array([1000, -7, 0, 5, -300000, 2], np.int32); np.save('%t.x.npy', x); np.save('%t.w.npy', w); np.save('%t.b.npy', b); \
// RUN:   xp = np.pad(x.astype(np.int64), ((0, 0), (0, 0), (1, 1), (2, 0))); win = swv(xp, (3, 3), axis=(2, 3)); \
// RUN:   y = np.concatenate([np.einsum('nchwij,mcij->nmhw', win[:, 2 * g:2 * g + 2], w[3 * g:3 * g + 3].astype(np.int64)) for g in range(2)], 1); \
// RUN:   np.save('%t.y.npy', (y + b.reshape(1, 6, 1, 1)).astype(np.int32)); \
// RUN:   f = r.standard_normal((2, 3, 9)).astype(np.float32); k = r.standard_normal((2, 3, 3)).astype(np.float32); fb = np.array([0.25, -2.0], np.float32); \
// RUN:   np.save('%t.f.npy', f); np.save('%t.k.npy', k); np.save('%t.fb.npy', fb); \
// RUN:   fw = swv(np.pad(f.astype(np.float64), ((0, 0), (0, 0), (2, 1))), 5, axis=2)[:, :, :, ::2]; \
// RUN:   np.save('%t.z.npy', (np.einsum('nclj,mcj->nml', fw, k.astype(np.float64)) + fb.reshape(1, 2, 1)).astype(np.float32)); \
// RUN:   np.save('%t.nz.npy', np.full((1, 1, 2), -0.0, np.float32))"
// RUN: qcnn-run %s --input x=%t.x.npy --input w=%t.w.npy --input b=%t.b.npy --input f=%t.f.npy --input k=%t.k.npy \
// RUN:   --input fb=%t.fb.npy --input nz=%t.nz.npy --compare y=%t.y.npy --compare z=%t.z.npy --rtol 1e-6 --atol 1e-6
// RUN: qcnn-run %s --input x=%t.x.npy --input w=%t.w.npy --input b=%t.b.npy --input f=%t.f.npy --input k=%t.k.npy \
// RUN:   --input fb=%t.fb.npy --input nz=%t.nz.npy --compare y=%t.y.npy --rtol 0 --atol 0 --output negzero=%t.nzout.npy --print \
// RUN:   | FileCheck %s
// RUN: %python -c "import numpy as np; y = np.load('%t.nzout.npy'); assert (y == 0).all() and np.signbit(y).all(), y"

// inf: x = [1, 2, 3], w = [1, 2, inf], pads 1: y0 = 2·1 + inf·2, y1 = 1 + 4 + inf·3, y2 = 1·2 + 2·3 (its inf
// tap reads only padding, which contributes nothing).
// CHECK: inf: tensor<1x1x3xf32> = {{\[\[\[}}inf, inf, 8]]]
// negzero: bias -0, x = [-0, -0], w = [1, 1, 1], pads 1: every term is -0·1 = -0, so every sum stays -0
// (--print shows zeros without their sign: checked on the .npy).

func.func @main(%x: tensor<1x4x6x5xsi8> {qcnn.name = "x"}, %w: tensor<6x2x3x3xsi8> {qcnn.name = "w"},
                %b: tensor<6xsi32> {qcnn.name = "b"}, %f: tensor<2x3x9xf32> {qcnn.name = "f"},
                %k: tensor<2x3x3xf32> {qcnn.name = "k"}, %fb: tensor<2xf32> {qcnn.name = "fb"},
                %nz: tensor<1x1x2xf32> {qcnn.name = "nz"})
    -> (tensor<1x6x6x5xsi32> {qcnn.name = "y"}, tensor<2x2x8xf32> {qcnn.name = "z"},
        tensor<1x1x3xf32> {qcnn.name = "inf"}, tensor<1x1x2xf32> {qcnn.name = "negzero"}) {
  %y = "qcnn.conv"(%x, %w, %b) {dilations = array<i64: 1, 1>, group = 2 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 2, 1, 0>, strides = array<i64: 1, 1>} : (tensor<1x4x6x5xsi8>, tensor<6x2x3x3xsi8>, tensor<6xsi32>) -> tensor<1x6x6x5xsi32>
  %z = "qcnn.conv"(%f, %k, %fb) {dilations = array<i64: 2>, group = 1 : i64, kernel_shape = array<i64: 3>, pads = array<i64: 2, 1>, strides = array<i64: 1>} : (tensor<2x3x9xf32>, tensor<2x3x3xf32>, tensor<2xf32>) -> tensor<2x2x8xf32>
  %xi = arith.constant dense<[[[1.0, 2.0, 3.0]]]> : tensor<1x1x3xf32>
  %wi = arith.constant dense<[[[1.0, 2.0, 0x7F800000]]]> : tensor<1x1x3xf32>
  %inf = "qcnn.conv"(%xi, %wi) {dilations = array<i64: 1>, group = 1 : i64, kernel_shape = array<i64: 3>, pads = array<i64: 1, 1>, strides = array<i64: 1>} : (tensor<1x1x3xf32>, tensor<1x1x3xf32>) -> tensor<1x1x3xf32>
  %w1 = arith.constant dense<1.0> : tensor<1x1x3xf32>
  %bz = arith.constant dense<-0.0> : tensor<1xf32>
  %negzero = "qcnn.conv"(%nz, %w1, %bz) {dilations = array<i64: 1>, group = 1 : i64, kernel_shape = array<i64: 3>, pads = array<i64: 1, 1>, strides = array<i64: 1>} : (tensor<1x1x2xf32>, tensor<1x1x3xf32>, tensor<1xf32>) -> tensor<1x1x2xf32>
  return %y, %z, %inf, %negzero : tensor<1x6x6x5xsi32>, tensor<2x2x8xf32>, tensor<1x1x3xf32>, tensor<1x1x2xf32>
}
