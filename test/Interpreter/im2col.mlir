// Im2Col (QONNX, NHWC): each output pixel is its padded window in (kh, kw, C) order. A float input with
// uneven pads, a non-zero pad_value and an H stride; an integer input with an H dilation, a W stride,
// pads on two sides and a negative pad_value (stays on the int path). Expected values from numpy:
// np.pad with pad_value, then the window elements gathered pixel by pixel.
// REQUIRES: numpy
// RUN: %python -c "import numpy as np; \
// RUN:   r = np.random.default_rng(5); x = r.standard_normal((1, 5, 4, 2)).astype(np.float32); np.save('%t.x.npy', x); \
// RUN:   xi = r.integers(-128, 128, (1, 5, 4, 2)).astype(np.int8); np.save('%t.xi.npy', xi); \
// RUN:   out = lambda h, k, s, d, pb, pe: (h + pb + pe - d * (k - 1) - 1) // s + 1; \
// RUN:   f = lambda x, k, s, d, p, v: (lambda xp: np.array([[[np.concatenate([xp[0, i * s[0] + a * d[0], j * s[1] + b * d[1]] \
// RUN:     for a in range(k[0]) for b in range(k[1])]) for j in range(out(x.shape[2], k[1], s[1], d[1], p[1], p[3]))] \
// RUN:     for i in range(out(x.shape[1], k[0], s[0], d[0], p[0], p[2]))]]))(np.pad(x, ((0, 0), (p[0], p[2]), (p[1], p[3]), (0, 0)), constant_values=v)); \
// RUN:   np.save('%t.y.npy', f(x, (3, 2), (2, 1), (1, 1), (1, 0, 1, 1), 7).astype(np.float32)); \
// RUN:   np.save('%t.yi.npy', f(xi, (2, 2), (1, 2), (2, 1), (0, 1, 1, 0), -3).astype(np.int8))"
// RUN: qcnn-run %s --input x=%t.x.npy --input xi=%t.xi.npy --compare y=%t.y.npy --compare yi=%t.yi.npy --rtol 0 --atol 0

func.func @main(%x: tensor<1x5x4x2xf32> {qcnn.name = "x"}, %xi: tensor<1x5x4x2xsi8> {qcnn.name = "xi"})
    -> (tensor<1x3x4x12xf32> {qcnn.name = "y"}, tensor<1x4x2x8xsi8> {qcnn.name = "yi"}) {
  %y = "qcnn.im2col"(%x) {depthwise = 0 : i64, dilations = array<i64: 1, 1>, kernel_size = array<i64: 3, 2>, pad_amount = array<i64: 1, 0, 1, 1>, pad_value = 7 : i64, stride = array<i64: 2, 1>} : (tensor<1x5x4x2xf32>) -> tensor<1x3x4x12xf32>
  %yi = "qcnn.im2col"(%xi) {depthwise = 0 : i64, dilations = array<i64: 2, 1>, kernel_size = array<i64: 2, 2>, pad_amount = array<i64: 0, 1, 1, 0>, pad_value = -3 : i64, stride = array<i64: 1, 2>} : (tensor<1x5x4x2xsi8>) -> tensor<1x4x2x8xsi8>
  return %y, %yi : tensor<1x3x4x12xf32>, tensor<1x4x2x8xsi8>
}
