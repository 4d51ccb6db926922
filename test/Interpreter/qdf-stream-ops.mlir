// Stream plumbing and the small processes:
// - a residual: duplicate (3 outputs) -> one branch through a standalone threshold ([C, steps],
//   act_val -2) -> add_streams with the bypass branch; the third copy is returned as it is;
// - labelselect: the indices of the k = 3 largest of 10 labels, ties to the lower index (values in
//   0..3, so ties are certain), read 5 per word, one index per output word.
// Expected values from numpy: threshold counts, the sum, and a stable argsort of the negated values.
// REQUIRES: numpy
// RUN: %python -c "import numpy as np; r = np.random.default_rng(4); \
// RUN:   t = np.array([[-5, 0], [-2, 2], [0, 1], [-8, 7]]); x = r.integers(-8, 8, (1, 2, 3, 4)); l = r.integers(0, 4, (1, 10)); \
// RUN:   th = (x[..., None] >= t[None, None, None]).sum(-1) - 2; \
// RUN:   [np.save('%t.' + n + '.npy', v) for n, v in [('x', x.astype(np.int8)), ('l', l.astype(np.uint8)), ('y', (x + th).astype(np.int8)), \
// RUN:     ('copy', x.astype(np.int8)), ('top', np.argsort(-l, kind='stable')[:, :3].astype(np.uint8))]]"
// RUN: qcnn-run %s --input x=%t.x.npy --input l=%t.l.npy --compare y=%t.y.npy --compare copy=%t.copy.npy \
// RUN:   --compare top=%t.top.npy --rtol 0 --atol 0
// The ties are really there: the largest value occurs more than once among the labels.
// RUN: %python -c "import numpy as np; l = np.load('%t.l.npy'); assert (l == l.max()).sum() > 1, l"

func.func @main(%x: tensor<1x2x3x4xsi4> {qcnn.name = "x"}, %l: tensor<1x10xui2> {qcnn.name = "l"})
    -> (tensor<1x2x3x4xsi5> {qcnn.name = "y"}, tensor<1x2x3x4xsi4> {qcnn.name = "copy"}, tensor<1x3xui4> {qcnn.name = "top"}) {
  %t = arith.constant dense<[[-5, 0], [-2, 2], [0, 1], [-8, 7]]> : tensor<4x2xsi4>
  %s = "qdf.input"(%x) {folded_shape = array<i64: 1, 2, 3, 2, 2>, normal_shape = array<i64: 1, 2, 3, 4>, packed_shape = array<i64: 1, 2, 3, 2>} : (tensor<1x2x3x4xsi4>) -> !qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>
  %d:3 = "qdf.duplicate"(%s) {num_outputs = 3 : i64} : (!qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>) -> (!qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>, !qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>, !qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>)
  %th = "qdf.threshold"(%d#1, %t) {act_val = -2 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1, 2, 3>, output_dtype = "INT2", pe = 2 : i64} : (!qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>, tensor<4x2xsi4>) -> !qdf.stream<tensor<1x2x3x2x2xsi2>, 4 : i32>
  %sum = "qdf.add_streams"(%d#0, %th) {channels = 4 : i64, pe = 2 : i64} : (!qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>, !qdf.stream<tensor<1x2x3x2x2xsi2>, 4 : i32>) -> !qdf.stream<tensor<1x2x3x2x2xsi5>, 10 : i32>
  %y = "qdf.output"(%sum) {folded_shape = array<i64: 1, 2, 3, 2, 2>, normal_shape = array<i64: 1, 2, 3, 4>, packed_shape = array<i64: 1, 2, 3, 3>} : (!qdf.stream<tensor<1x2x3x2x2xsi5>, 10 : i32>) -> tensor<1x2x3x4xsi5>
  %copy = "qdf.output"(%d#2) {folded_shape = array<i64: 1, 2, 3, 2, 2>, normal_shape = array<i64: 1, 2, 3, 4>, packed_shape = array<i64: 1, 2, 3, 2>} : (!qdf.stream<tensor<1x2x3x2x2xsi4>, 8 : i32>) -> tensor<1x2x3x4xsi4>

  %ls = "qdf.input"(%l) {folded_shape = array<i64: 1, 2, 5>, normal_shape = array<i64: 1, 10>, packed_shape = array<i64: 1, 3>} : (tensor<1x10xui2>) -> !qdf.stream<tensor<1x2x5xui2>, 10 : i32>
  %k = "qdf.labelselect"(%ls) {k = 3 : i64, labels = 10 : i64, pe = 5 : i64} : (!qdf.stream<tensor<1x2x5xui2>, 10 : i32>) -> !qdf.stream<tensor<1x3x1xui4>, 4 : i32>
  %top = "qdf.output"(%k) {folded_shape = array<i64: 1, 3, 1>, normal_shape = array<i64: 1, 3>, packed_shape = array<i64: 1, 3>} : (!qdf.stream<tensor<1x3x1xui4>, 4 : i32>) -> tensor<1x3xui4>
  return %y, %copy, %top : tensor<1x2x3x4xsi5>, tensor<1x2x3x4xsi4>, tensor<1x3xui4>
}
