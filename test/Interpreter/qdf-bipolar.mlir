// Bipolar streams (BNN layers): values are -1 and +1, and a thresholded bipolar result holds 2b - 1 for
// the bit b = #{t : acc >= t} + act_val (FINN's BIPOLAR encoding; one threshold step, act_val 0).
// - an FC mvau with bipolar inputs, +-1 weights and a per-channel threshold (simd 4, pe 2);
// - a standalone threshold of an si4 stream to bipolar with one shared threshold.
// Expected values from numpy: x @ w, then where(acc >= t, 1, -1).
// REQUIRES: numpy
// RUN: %python -c "import numpy as np; r = np.random.default_rng(6); \
// RUN:   w = np.array([[1, -1, 1, 1], [-1, -1, 1, -1], [1, 1, -1, 1], [1, -1, -1, -1], [-1, 1, 1, 1], [-1, -1, -1, 1], [1, 1, 1, -1], [-1, 1, -1, 1]]); \
// RUN:   t = np.array([0, -2, 2, 1]); x = r.choice([-1, 1], (1, 8)); s = r.integers(-8, 8, (1, 2, 2, 3)); \
// RUN:   [np.save('%t.' + n + '.npy', v.astype(np.int8)) for n, v in [('x', x), ('s', s), \
// RUN:     ('y', np.where(x @ w >= t, 1, -1)), ('z', np.where(s >= -1, 1, -1))]]"
// RUN: qcnn-run %s --input x=%t.x.npy --input s=%t.s.npy --compare y=%t.y.npy --compare z=%t.z.npy --rtol 0 --atol 0

func.func @main(%x: tensor<1x8x!qcnn.bipolar> {qcnn.name = "x"}, %s: tensor<1x2x2x3xsi4> {qcnn.name = "s"})
    -> (tensor<1x4x!qcnn.bipolar> {qcnn.name = "y"}, tensor<1x2x2x3x!qcnn.bipolar> {qcnn.name = "z"}) {
  %w = arith.constant dense<[[1, -1, 1, 1], [-1, -1, 1, -1], [1, 1, -1, 1], [1, -1, -1, -1], [-1, 1, 1, 1], [-1, -1, -1, 1], [1, 1, 1, -1], [-1, 1, -1, 1]]> : tensor<8x4xsi2>
  %t = arith.constant dense<[[0], [-2], [2], [1]]> : tensor<4x1xsi4>
  %t1 = arith.constant dense<[[-1]]> : tensor<1x1xsi4>
  %sx = "qdf.input"(%x) {folded_shape = array<i64: 1, 2, 4>, normal_shape = array<i64: 1, 8>, packed_shape = array<i64: 1, 1>} : (tensor<1x8x!qcnn.bipolar>) -> !qdf.stream<tensor<1x2x4x!qcnn.bipolar>, 4 : i32>
  %m = "qdf.mvau"(%sx, %w, %t) {act_val = 0 : i64, input_dtype = "BIPOLAR", mem_style = "auto", mh = 4 : i64, mw = 8 : i64, num_input_vectors = array<i64: 1>, output_dtype = "BIPOLAR", pe = 2 : i64, simd = 4 : i64, weight_dtype = "BIPOLAR"} : (!qdf.stream<tensor<1x2x4x!qcnn.bipolar>, 4 : i32>, tensor<8x4xsi2>, tensor<4x1xsi4>) -> !qdf.stream<tensor<1x2x2x!qcnn.bipolar>, 2 : i32>
  %y = "qdf.output"(%m) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<1x2x2x!qcnn.bipolar>, 2 : i32>) -> tensor<1x4x!qcnn.bipolar>
  %ss = "qdf.input"(%s) {folded_shape = array<i64: 1, 2, 2, 1, 3>, normal_shape = array<i64: 1, 2, 2, 3>, packed_shape = array<i64: 1, 2, 2, 2>} : (tensor<1x2x2x3xsi4>) -> !qdf.stream<tensor<1x2x2x1x3xsi4>, 12 : i32>
  %b = "qdf.threshold"(%ss, %t1) {act_val = 0 : i64, channels = 3 : i64, num_input_vectors = array<i64: 1, 2, 2>, output_dtype = "BIPOLAR", pe = 3 : i64} : (!qdf.stream<tensor<1x2x2x1x3xsi4>, 12 : i32>, tensor<1x1xsi4>) -> !qdf.stream<tensor<1x2x2x1x3x!qcnn.bipolar>, 3 : i32>
  %z = "qdf.output"(%b) {folded_shape = array<i64: 1, 2, 2, 1, 3>, normal_shape = array<i64: 1, 2, 2, 3>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x1x3x!qcnn.bipolar>, 3 : i32>) -> tensor<1x2x2x3x!qcnn.bipolar>
  return %y, %z : tensor<1x4x!qcnn.bipolar>, tensor<1x2x2x3x!qcnn.bipolar>
}
