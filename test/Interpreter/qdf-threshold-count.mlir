// Threshold counts #{t : x >= t}, as qdf.threshold, qdf.mvau and qcnn.multithreshold share them: a binary
// search when every row is sorted (FINN's thresholds are), a full count otherwise, the same numbers
// either way. 255-step rows (8-bit outputs) with repeated values, a constant row, and x below, between
// and above the thresholds; the same data once more with one row shuffled (not sorted); a float
// multithreshold with a NaN input (counts 0: NaN >= t is false). Thresholds are inputs here, so numpy
// draws them. Expected values from numpy: (x[..., None] >= t[c]).sum(-1).
// REQUIRES: numpy
// RUN: %python -c "import numpy as np; r = np.random.default_rng(9); \
// RUN:   x = r.integers(-128, 128, (1, 3, 3, 4)); x[0, 0, 0] = [-128, 127, 0, 1]; \
// RUN:   t = np.stack([np.sort(r.integers(-100, 100, 255)), np.zeros(255, int), np.arange(-127, 128), np.sort(r.integers(-140, 140, 255))]); \
// RUN:   u = t.copy(); r.shuffle(u[3]); assert (np.diff(u[3]) < 0).any(); \
// RUN:   f = np.array([[[[0.5, np.nan], [-1.0, 2.5]], [[np.nan, 3.0], [1.0, -0.0]]]], np.float32); ft = np.array([[-0.0, 1.0, 1.0]], np.float32); \
// RUN:   count = lambda x, t: (x[..., None] >= t[None, None, None]).sum(-1); \
// RUN:   [np.save('%t.' + n + '.npy', v) for n, v in [('x', x.astype(np.int8)), ('t', t.astype(np.int16)), ('u', u.astype(np.int16)), \
// RUN:     ('y', count(x, t).astype(np.uint8)), ('yu', count(x, u).astype(np.uint8)), ('f', f), ('ft', ft), \
// RUN:     ('yf', (f[..., None] >= ft[0]).sum(-1).astype(np.float32))]]"
// RUN: qcnn-run %s --input x=%t.x.npy --input t=%t.t.npy --input u=%t.u.npy --input f=%t.f.npy --input ft=%t.ft.npy \
// RUN:   --compare y=%t.y.npy --compare yu=%t.yu.npy --compare yf=%t.yf.npy --rtol 0 --atol 0

func.func @main(%x: tensor<1x3x3x4xsi8> {qcnn.name = "x"}, %t: tensor<4x255xsi16> {qcnn.name = "t"},
                %u: tensor<4x255xsi16> {qcnn.name = "u"}, %f: tensor<1x2x2x2xf32> {qcnn.name = "f"},
                %ft: tensor<1x3xf32> {qcnn.name = "ft"})
    -> (tensor<1x3x3x4xui8> {qcnn.name = "y"}, tensor<1x3x3x4xui8> {qcnn.name = "yu"}, tensor<1x2x2x2xf32> {qcnn.name = "yf"}) {
  %s = "qdf.input"(%x) {folded_shape = array<i64: 1, 3, 3, 2, 2>, normal_shape = array<i64: 1, 3, 3, 4>, packed_shape = array<i64: 1, 3, 3, 4>} : (tensor<1x3x3x4xsi8>) -> !qdf.stream<tensor<1x3x3x2x2xsi8>, 16 : i32>
  %d:2 = "qdf.duplicate"(%s) {num_outputs = 2 : i64} : (!qdf.stream<tensor<1x3x3x2x2xsi8>, 16 : i32>) -> (!qdf.stream<tensor<1x3x3x2x2xsi8>, 16 : i32>, !qdf.stream<tensor<1x3x3x2x2xsi8>, 16 : i32>)
  %a = "qdf.threshold"(%d#0, %t) {act_val = 0 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1, 3, 3>, output_dtype = "UINT8", pe = 2 : i64} : (!qdf.stream<tensor<1x3x3x2x2xsi8>, 16 : i32>, tensor<4x255xsi16>) -> !qdf.stream<tensor<1x3x3x2x2xui8>, 16 : i32>
  %b = "qdf.threshold"(%d#1, %u) {act_val = 0 : i64, channels = 4 : i64, num_input_vectors = array<i64: 1, 3, 3>, output_dtype = "UINT8", pe = 2 : i64} : (!qdf.stream<tensor<1x3x3x2x2xsi8>, 16 : i32>, tensor<4x255xsi16>) -> !qdf.stream<tensor<1x3x3x2x2xui8>, 16 : i32>
  %y = "qdf.output"(%a) {folded_shape = array<i64: 1, 3, 3, 2, 2>, normal_shape = array<i64: 1, 3, 3, 4>, packed_shape = array<i64: 1, 3, 3, 4>} : (!qdf.stream<tensor<1x3x3x2x2xui8>, 16 : i32>) -> tensor<1x3x3x4xui8>
  %yu = "qdf.output"(%b) {folded_shape = array<i64: 1, 3, 3, 2, 2>, normal_shape = array<i64: 1, 3, 3, 4>, packed_shape = array<i64: 1, 3, 3, 4>} : (!qdf.stream<tensor<1x3x3x2x2xui8>, 16 : i32>) -> tensor<1x3x3x4xui8>
  %yf = "qcnn.multithreshold"(%f, %ft) {data_layout = "NHWC", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x2x2x2xf32>, tensor<1x3xf32>) -> tensor<1x2x2x2xf32>
  return %y, %yu, %yf : tensor<1x3x3x4xui8>, tensor<1x3x3x4xui8>, tensor<1x2x2x2xf32>
}
