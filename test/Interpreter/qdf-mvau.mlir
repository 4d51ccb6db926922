// qdf.mvau executes on the unfolded stream contents: each vector of mw inputs times the [mw, mh] weights,
// then (with thresholds) #{t : acc >= t} + act_val. Folding only re-packs the words, so the results do
// not depend on pe/simd:
// - a: a conv-like mvau (2x3 input vectors, simd 2, pe 3) without thresholds: the raw accumulators;
// - b: an FC mvau (simd 8, pe 2) with per-channel thresholds [mh, steps] and act_val -1;
// - c: the same weights (simd 4, pe 4) with one threshold row [1, steps] for every channel.
// Expected values from numpy: x @ w, then the threshold counts.
// REQUIRES: numpy
// RUN: %python -c "import numpy as np; r = np.random.default_rng(3); \
// RUN:   wa = np.array([[-6, -6, 4, -1, 1, 1], [3, -8, -1, -6, -2, 6], [0, -7, 0, -6, 4, 7], [7, 1, 5, -3, -6, 0], [-1, 2, 7, -4, 5, -6], [-3, 4, -5, 2, -1, 0], [7, 5, 5, 0, 7, 7], [-6, -5, -4, 0, 5, -1]]); \
// RUN:   wb = np.array([[1, -1, 1, 0], [0, -2, 0, 1], [1, 1, 1, -2], [1, -1, 0, -1], [-2, -2, 1, 1], [-1, -1, -2, -2], [1, 0, -2, -2], [0, 1, 1, -2]]); \
// RUN:   tb = np.array([[-6, -4, 1], [-4, -2, -1], [-2, 0, 3], [2, 3, 5]]); tc = np.array([[-1, 0, 2]]); \
// RUN:   xa = r.integers(-8, 8, (1, 2, 3, 8)); xb = r.integers(0, 4, (1, 8)); xc = r.integers(0, 4, (1, 8)); \
// RUN:   count = lambda acc, th: (acc[..., None] >= th[None, :, :]).sum(-1); \
// RUN:   [np.save('%t.' + n + '.npy', v) for n, v in [('xa', xa.astype(np.int8)), ('xb', xb.astype(np.uint8)), ('xc', xc.astype(np.uint8)), \
// RUN:     ('ya', (xa @ wa).astype(np.int16)), ('yb', (count(xb @ wb, tb) - 1).astype(np.int8)), ('yc', count(xc @ wb, tc).astype(np.uint8))]]"
// RUN: qcnn-run %s --input xa=%t.xa.npy --input xb=%t.xb.npy --input xc=%t.xc.npy \
// RUN:   --compare ya=%t.ya.npy --compare yb=%t.yb.npy --compare yc=%t.yc.npy --rtol 0 --atol 0

func.func @main(%xa: tensor<1x2x3x8xsi4> {qcnn.name = "xa"}, %xb: tensor<1x8xui2> {qcnn.name = "xb"},
                %xc: tensor<1x8xui2> {qcnn.name = "xc"})
    -> (tensor<1x2x3x6xsi12> {qcnn.name = "ya"}, tensor<1x4xsi3> {qcnn.name = "yb"}, tensor<1x4xui2> {qcnn.name = "yc"}) {
  %wa = arith.constant dense<[[-6, -6, 4, -1, 1, 1], [3, -8, -1, -6, -2, 6], [0, -7, 0, -6, 4, 7], [7, 1, 5, -3, -6, 0], [-1, 2, 7, -4, 5, -6], [-3, 4, -5, 2, -1, 0], [7, 5, 5, 0, 7, 7], [-6, -5, -4, 0, 5, -1]]> : tensor<8x6xsi4>
  %wb = arith.constant dense<[[1, -1, 1, 0], [0, -2, 0, 1], [1, 1, 1, -2], [1, -1, 0, -1], [-2, -2, 1, 1], [-1, -1, -2, -2], [1, 0, -2, -2], [0, 1, 1, -2]]> : tensor<8x4xsi2>
  %tb = arith.constant dense<[[-6, -4, 1], [-4, -2, -1], [-2, 0, 3], [2, 3, 5]]> : tensor<4x3xsi4>
  %tc = arith.constant dense<[[-1, 0, 2]]> : tensor<1x3xsi4>

  %sa = "qdf.input"(%xa) {folded_shape = array<i64: 1, 2, 3, 4, 2>, normal_shape = array<i64: 1, 2, 3, 8>, packed_shape = array<i64: 1, 2, 3, 4>} : (tensor<1x2x3x8xsi4>) -> !qdf.stream<tensor<1x2x3x4x2xsi4>, 8 : i32>
  %ma = "qdf.mvau"(%sa, %wa) {act_val = 0 : i64, input_dtype = "INT4", mem_style = "auto", mh = 6 : i64, mw = 8 : i64, num_input_vectors = array<i64: 1, 2, 3>, output_dtype = "INT12", pe = 3 : i64, simd = 2 : i64, weight_dtype = "INT4"} : (!qdf.stream<tensor<1x2x3x4x2xsi4>, 8 : i32>, tensor<8x6xsi4>) -> !qdf.stream<tensor<1x2x3x2x3xsi12>, 36 : i32>
  %ya = "qdf.output"(%ma) {folded_shape = array<i64: 1, 2, 3, 2, 3>, normal_shape = array<i64: 1, 2, 3, 6>, packed_shape = array<i64: 1, 2, 3, 12>} : (!qdf.stream<tensor<1x2x3x2x3xsi12>, 36 : i32>) -> tensor<1x2x3x6xsi12>

  %sb = "qdf.input"(%xb) {folded_shape = array<i64: 1, 1, 8>, normal_shape = array<i64: 1, 8>, packed_shape = array<i64: 1, 2>} : (tensor<1x8xui2>) -> !qdf.stream<tensor<1x1x8xui2>, 16 : i32>
  %mb = "qdf.mvau"(%sb, %wb, %tb) {act_val = -1 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 4 : i64, mw = 8 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT3", pe = 2 : i64, simd = 8 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x1x8xui2>, 16 : i32>, tensor<8x4xsi2>, tensor<4x3xsi4>) -> !qdf.stream<tensor<1x2x2xsi3>, 6 : i32>
  %yb = "qdf.output"(%mb) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 2>} : (!qdf.stream<tensor<1x2x2xsi3>, 6 : i32>) -> tensor<1x4xsi3>

  %sc = "qdf.input"(%xc) {folded_shape = array<i64: 1, 2, 4>, normal_shape = array<i64: 1, 8>, packed_shape = array<i64: 1, 2>} : (tensor<1x8xui2>) -> !qdf.stream<tensor<1x2x4xui2>, 8 : i32>
  %mc = "qdf.mvau"(%sc, %wb, %tc) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 4 : i64, mw = 8 : i64, num_input_vectors = array<i64: 1>, output_dtype = "UINT2", pe = 4 : i64, simd = 4 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x2x4xui2>, 8 : i32>, tensor<8x4xsi2>, tensor<1x3xsi4>) -> !qdf.stream<tensor<1x1x4xui2>, 8 : i32>
  %yc = "qdf.output"(%mc) {folded_shape = array<i64: 1, 1, 4>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<1x1x4xui2>, 8 : i32>) -> tensor<1x4xui2>
  return %ya, %yb, %yc : tensor<1x2x3x6xsi12>, tensor<1x4xsi3>, tensor<1x4xui2>
}
