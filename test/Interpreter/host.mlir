// Softmax along an axis, TopK (largest and smallest; ties keep the lower index first) and ArgMax
// (first or last maximal index, with and without keepdims). Expected values from numpy; np.argsort with
// kind='stable' orders ties by index.
// RUN: %python -c "import numpy as np; x = np.array([[1.0, 3.0, 3.0, -2.0], [0.5, 0.5, 4.0, 0.5]], np.float32); np.save('%t.x.npy', x); \
// RUN:   X = x.astype(np.float64); e = np.exp(X - X.max(1, keepdims=True)); np.save('%t.sm.npy', (e / e.sum(1, keepdims=True)).astype(np.float32)); \
// RUN:   il = np.argsort(-X, 1, kind='stable')[:, :2]; isml = np.argsort(X, 1, kind='stable')[:, :3]; \
// RUN:   np.save('%t.tv.npy', np.take_along_axis(x, il, 1)); np.save('%t.ti.npy', il.astype(np.int64)); \
// RUN:   np.save('%t.sv.npy', np.take_along_axis(x, isml, 1)); np.save('%t.si.npy', isml.astype(np.int64)); \
// RUN:   np.save('%t.am.npy', X.argmax(1)); np.save('%t.aml.npy', (3 - X[:, ::-1].argmax(1)).reshape(2, 1))"
// RUN: qcnn-run %s --input x=%t.x.npy --compare sm=%t.sm.npy --compare tv=%t.tv.npy --compare ti=%t.ti.npy \
// RUN:   --compare sv=%t.sv.npy --compare si=%t.si.npy --compare am=%t.am.npy --compare aml=%t.aml.npy --rtol 1e-6 --atol 0

func.func @main(%x: tensor<2x4xf32> {qcnn.name = "x"})
    -> (tensor<2x4xf32> {qcnn.name = "sm"}, tensor<2x2xf32> {qcnn.name = "tv"}, tensor<2x2xi64> {qcnn.name = "ti"},
        tensor<2x3xf32> {qcnn.name = "sv"}, tensor<2x3xi64> {qcnn.name = "si"}, tensor<2xi64> {qcnn.name = "am"},
        tensor<2x1xi64> {qcnn.name = "aml"}) {
  %sm = "qcnn.softmax"(%x) {axis = -1 : i64} : (tensor<2x4xf32>) -> tensor<2x4xf32>
  %tv, %ti = "qcnn.topk"(%x) {axis = 1 : i64, k = 2 : i64, largest = 1 : i64, sorted = 1 : i64} : (tensor<2x4xf32>) -> (tensor<2x2xf32>, tensor<2x2xi64>)
  %sv, %si = "qcnn.topk"(%x) {axis = -1 : i64, k = 3 : i64, largest = 0 : i64, sorted = 1 : i64} : (tensor<2x4xf32>) -> (tensor<2x3xf32>, tensor<2x3xi64>)
  %am = "qcnn.argmax"(%x) {axis = 1 : i64, keepdims = 0 : i64, select_last_index = 0 : i64} : (tensor<2x4xf32>) -> tensor<2xi64>
  %aml = "qcnn.argmax"(%x) {axis = 1 : i64, keepdims = 1 : i64, select_last_index = 1 : i64} : (tensor<2x4xf32>) -> tensor<2x1xi64>
  return %sm, %tv, %ti, %sv, %si, %am, %aml : tensor<2x4xf32>, tensor<2x2xf32>, tensor<2x2xi64>, tensor<2x3xf32>, tensor<2x3xi64>, tensor<2xi64>, tensor<2x1xi64>
}
