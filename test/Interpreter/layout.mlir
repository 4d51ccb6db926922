// Data movement: Transpose, Reshape, Flatten, Squeeze, Unsqueeze, Identity, Pad (constant, reflect,
// edge), Concat, Slice (negative start and step). Integers stay integers. Expected values from numpy.
// RUN: %python -c "import numpy as np; x = np.arange(24, dtype=np.int16).reshape(2, 3, 4) - 10; np.save('%t.x.npy', x); \
// RUN:   y = np.arange(6, dtype=np.float32).reshape(1, 2, 3) / 4; np.save('%t.y.npy', y); \
// RUN:   out = dict(tr=x.transpose(2, 0, 1), rs=x.reshape(4, 6), fl=x.reshape(6, 4), id=x, \
// RUN:     cc=np.concatenate([x, x[:, :1]], 1), sl=x[:, ::-2, 1:3], pe=np.pad(x, ((0, 0), (1, 2), (0, 1)), mode='edge')); \
// RUN:   [np.save('%t.o_' + k + '.npy', v.astype(np.int16)) for k, v in out.items()]; \
// RUN:   np.save('%t.o_sq.npy', y.reshape(2, 3)); np.save('%t.o_us.npy', y.reshape(1, 1, 2, 3, 1)); \
// RUN:   np.save('%t.o_pc.npy', np.pad(y, ((0, 0), (1, 0), (2, 1)), constant_values=1.5)); \
// RUN:   np.save('%t.o_pr.npy', np.pad(y, ((0, 0), (1, 1), (2, 2)), mode='reflect'))"
// RUN: qcnn-run %s --input x=%t.x.npy --input y=%t.y.npy --compare tr=%t.o_tr.npy --compare rs=%t.o_rs.npy \
// RUN:   --compare fl=%t.o_fl.npy --compare id=%t.o_id.npy --compare cc=%t.o_cc.npy --compare sl=%t.o_sl.npy \
// RUN:   --compare pe=%t.o_pe.npy --compare sq=%t.o_sq.npy --compare us=%t.o_us.npy --compare pc=%t.o_pc.npy \
// RUN:   --compare pr=%t.o_pr.npy --rtol 0 --atol 0

func.func @main(%x: tensor<2x3x4xsi16> {qcnn.name = "x"}, %y: tensor<1x2x3xf32> {qcnn.name = "y"})
    -> (tensor<4x2x3xsi16> {qcnn.name = "tr"}, tensor<4x6xsi16> {qcnn.name = "rs"}, tensor<6x4xsi16> {qcnn.name = "fl"},
        tensor<2x3x4xsi16> {qcnn.name = "id"}, tensor<2x4x4xsi16> {qcnn.name = "cc"}, tensor<2x2x2xsi16> {qcnn.name = "sl"},
        tensor<2x6x5xsi16> {qcnn.name = "pe"}, tensor<2x3xf32> {qcnn.name = "sq"}, tensor<1x1x2x3x1xf32> {qcnn.name = "us"},
        tensor<1x3x6xf32> {qcnn.name = "pc"}, tensor<1x4x7xf32> {qcnn.name = "pr"}) {
  %tr = "qcnn.transpose"(%x) {perm = array<i64: 2, 0, 1>} : (tensor<2x3x4xsi16>) -> tensor<4x2x3xsi16>
  %rs = "qcnn.reshape"(%x) {shape = array<i64: 4, 6>} : (tensor<2x3x4xsi16>) -> tensor<4x6xsi16>
  %fl = "qcnn.flatten"(%x) {axis = -1 : i64} : (tensor<2x3x4xsi16>) -> tensor<6x4xsi16>
  %id = "qcnn.identity"(%x) : (tensor<2x3x4xsi16>) -> tensor<2x3x4xsi16>
  %first = "qcnn.slice"(%x) {axes = array<i64: 1>, ends = array<i64: 1>, starts = array<i64: 0>, steps = array<i64: 1>} : (tensor<2x3x4xsi16>) -> tensor<2x1x4xsi16>
  %cc = "qcnn.concat"(%x, %first) {axis = 1 : i64} : (tensor<2x3x4xsi16>, tensor<2x1x4xsi16>) -> tensor<2x4x4xsi16>
  %sl = "qcnn.slice"(%x) {axes = array<i64: 1, -1>, ends = array<i64: -100, 3>, starts = array<i64: -1, 1>, steps = array<i64: -2, 1>} : (tensor<2x3x4xsi16>) -> tensor<2x2x2xsi16>
  %pe = "qcnn.pad"(%x) {mode = "edge", pads = array<i64: 0, 1, 0, 0, 2, 1>, value = 0.0 : f32} : (tensor<2x3x4xsi16>) -> tensor<2x6x5xsi16>
  %sq = "qcnn.squeeze"(%y) {axes = array<i64: 0>} : (tensor<1x2x3xf32>) -> tensor<2x3xf32>
  %us = "qcnn.unsqueeze"(%sq) {axes = array<i64: 0, 1, -1>} : (tensor<2x3xf32>) -> tensor<1x1x2x3x1xf32>
  %pc = "qcnn.pad"(%y) {mode = "constant", pads = array<i64: 0, 1, 2, 0, 0, 1>, value = 1.5 : f32} : (tensor<1x2x3xf32>) -> tensor<1x3x6xf32>
  %pr = "qcnn.pad"(%y) {mode = "reflect", pads = array<i64: 0, 1, 2, 0, 1, 2>, value = 0.0 : f32} : (tensor<1x2x3xf32>) -> tensor<1x4x7xf32>
  return %tr, %rs, %fl, %id, %cc, %sl, %pe, %sq, %us, %pc, %pr : tensor<4x2x3xsi16>, tensor<4x6xsi16>, tensor<6x4xsi16>, tensor<2x3x4xsi16>, tensor<2x4x4xsi16>, tensor<2x2x2xsi16>, tensor<2x6x5xsi16>, tensor<2x3xf32>, tensor<1x1x2x3x1xf32>, tensor<1x3x6xf32>, tensor<1x4x7xf32>
}
