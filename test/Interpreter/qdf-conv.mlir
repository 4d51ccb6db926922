// A conv block as qdf processes, on folded streams with pe/simd > 1 and data-width converters between
// different foldings: input (2 per word) -> dwc -> pad (value 2) -> swg (3x3, stride 2) -> dwc ->
// mvau (simd 3, pe 2, thresholds) -> fifo -> maxpool (2x2, stride 1, pe 2) -> accpool (pe 4) -> output.
// A second swg (2x2 kernel, dilation 2 in H, stride 2 in W) reads its own input directly.
// Expected values from numpy: np.pad, windows gathered in (kh, kw, c) order, x @ w, threshold counts,
// the max over each window, the sum over H and W.
// REQUIRES: numpy
// RUN: %python -c "import numpy as np; r = np.random.default_rng(8); \
// RUN:   w = np.array([[-1, 1, -1, 0], [-1, 0, -1, -2], [-1, 0, 0, 1], [-2, -1, 1, -2], [0, 1, 1, 0], [1, -2, 1, 0], [0, 1, 1, -2], [1, 1, -1, 0], [1, -2, -1, -2], [-1, 1, -1, -1], [1, -1, -2, 0], [1, -1, 1, -2], [1, -1, 1, -1], [0, 1, 1, 0], [0, -1, -2, -2], [-2, 1, -2, -2], [-2, 0, -1, -1], [0, 0, -1, -1]]); \
// RUN:   t = np.array([[-12, -5, 6], [-15, -8, 1], [-25, -17, -12], [-56, -50, -40]]); \
// RUN:   x = r.integers(0, 8, (1, 5, 5, 2)); x2 = r.integers(-4, 4, (1, 5, 6, 3)); \
// RUN:   win = lambda x, k, s, d: np.array([[[np.concatenate([x[0, i * s[0] + a * d[0], j * s[1] + b * d[1]] for a in range(k[0]) for b in range(k[1])]) \
// RUN:     for j in range((x.shape[2] - d[1] * (k[1] - 1) - 1) // s[1] + 1)] for i in range((x.shape[1] - d[0] * (k[0] - 1) - 1) // s[0] + 1)]]); \
// RUN:   cols = win(np.pad(x, ((0, 0), (1, 1), (1, 1), (0, 0)), constant_values=2), (3, 3), (2, 2), (1, 1)); \
// RUN:   act = ((cols @ w)[..., None] >= t[None, None, None]).sum(-1); \
// RUN:   pool = np.array([[[act[0, i:i + 2, j:j + 2].max((0, 1)) for j in range(2)] for i in range(2)]]); \
// RUN:   [np.save('%t.' + n + '.npy', v) for n, v in [('x', x.astype(np.uint8)), ('x2', x2.astype(np.int8)), \
// RUN:     ('y', pool.sum((1, 2)).astype(np.uint8)), ('y2', win(x2, (2, 2), (1, 2), (2, 1)).astype(np.int8))]]"
// RUN: qcnn-run %s --input x=%t.x.npy --input x2=%t.x2.npy --compare y=%t.y.npy --compare y2=%t.y2.npy --rtol 0 --atol 0

func.func @main(%x: tensor<1x5x5x2xui3> {qcnn.name = "x"}, %x2: tensor<1x5x6x3xsi3> {qcnn.name = "x2"})
    -> (tensor<1x4xui4> {qcnn.name = "y"}, tensor<1x3x3x12xsi3> {qcnn.name = "y2"}) {
  %w = arith.constant dense<[[-1, 1, -1, 0], [-1, 0, -1, -2], [-1, 0, 0, 1], [-2, -1, 1, -2], [0, 1, 1, 0], [1, -2, 1, 0], [0, 1, 1, -2], [1, 1, -1, 0], [1, -2, -1, -2], [-1, 1, -1, -1], [1, -1, -2, 0], [1, -1, 1, -2], [1, -1, 1, -1], [0, 1, 1, 0], [0, -1, -2, -2], [-2, 1, -2, -2], [-2, 0, -1, -1], [0, 0, -1, -1]]> : tensor<18x4xsi2>
  %t = arith.constant dense<[[-12, -5, 6], [-15, -8, 1], [-25, -17, -12], [-56, -50, -40]]> : tensor<4x3xsi7>
  %s0 = "qdf.input"(%x) {folded_shape = array<i64: 1, 5, 5, 1, 2>, normal_shape = array<i64: 1, 5, 5, 2>, packed_shape = array<i64: 1, 5, 5, 1>} : (tensor<1x5x5x2xui3>) -> !qdf.stream<tensor<1x5x5x1x2xui3>, 6 : i32>
  %s1 = "qdf.dwc"(%s0) {in_width = 6 : i64, out_width = 3 : i64} : (!qdf.stream<tensor<1x5x5x1x2xui3>, 6 : i32>) -> !qdf.stream<tensor<1x5x5x2x1xui3>, 3 : i32>
  %s2 = "qdf.pad"(%s1) {channels = 2 : i64, ifm_dim = array<i64: 5, 5>, pads = array<i64: 1, 1, 1, 1>, simd = 1 : i64, value = 2 : i64} : (!qdf.stream<tensor<1x5x5x2x1xui3>, 3 : i32>) -> !qdf.stream<tensor<1x7x7x2x1xui3>, 3 : i32>
  %s3 = "qdf.swg"(%s2) {channels = 2 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 7, 7>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 3, 3>, simd = 1 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x7x7x2x1xui3>, 3 : i32>) -> !qdf.stream<tensor<1x3x3x18x1xui3>, 3 : i32>
  %s4 = "qdf.dwc"(%s3) {in_width = 3 : i64, out_width = 9 : i64} : (!qdf.stream<tensor<1x3x3x18x1xui3>, 3 : i32>) -> !qdf.stream<tensor<1x3x3x6x3xui3>, 9 : i32>
  %s5 = "qdf.mvau"(%s4, %w, %t) {act_val = 0 : i64, input_dtype = "UINT3", mem_style = "auto", mh = 4 : i64, mw = 18 : i64, num_input_vectors = array<i64: 1, 3, 3>, output_dtype = "UINT2", pe = 2 : i64, simd = 3 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x3x3x6x3xui3>, 9 : i32>, tensor<18x4xsi2>, tensor<4x3xsi7>) -> !qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32>
  %s6 = "qdf.fifo"(%s5) {depth = 4 : i64, impl = "srl"} : (!qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32>
  %s7 = "qdf.maxpool"(%s6) {channels = 4 : i64, ifm_dim = array<i64: 3, 3>, kernel = array<i64: 2, 2>, pe = 2 : i64, stride = array<i64: 1, 1>} : (!qdf.stream<tensor<1x3x3x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>
  %s8 = "qdf.accpool"(%s7) {channels = 4 : i64, ifm_dim = array<i64: 2, 2>, pe = 4 : i64} : (!qdf.stream<tensor<1x2x2x2x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x1x4xui4>, 16 : i32>
  %y = "qdf.output"(%s8) {folded_shape = array<i64: 1, 1, 4>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 2>} : (!qdf.stream<tensor<1x1x4xui4>, 16 : i32>) -> tensor<1x4xui4>

  %u0 = "qdf.input"(%x2) {folded_shape = array<i64: 1, 5, 6, 1, 3>, normal_shape = array<i64: 1, 5, 6, 3>, packed_shape = array<i64: 1, 5, 6, 2>} : (tensor<1x5x6x3xsi3>) -> !qdf.stream<tensor<1x5x6x1x3xsi3>, 9 : i32>
  %u1 = "qdf.swg"(%u0) {channels = 3 : i64, dilation = array<i64: 2, 1>, ifm_dim = array<i64: 5, 6>, kernel = array<i64: 2, 2>, ofm_dim = array<i64: 3, 3>, simd = 3 : i64, stride = array<i64: 1, 2>} : (!qdf.stream<tensor<1x5x6x1x3xsi3>, 9 : i32>) -> !qdf.stream<tensor<1x3x3x4x3xsi3>, 9 : i32>
  %y2 = "qdf.output"(%u1) {folded_shape = array<i64: 1, 3, 3, 4, 3>, normal_shape = array<i64: 1, 3, 3, 12>, packed_shape = array<i64: 1, 3, 3, 5>} : (!qdf.stream<tensor<1x3x3x4x3xsi3>, 9 : i32>) -> tensor<1x3x3x12xsi3>
  return %y, %y2 : tensor<1x4xui4>, tensor<1x3x3x12xsi3>
}
