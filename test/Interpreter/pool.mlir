// MaxPool (padded, strided; float and integer), AveragePool with and without counting the padding and
// with ceil_mode, GlobalAveragePool, GlobalAccPool (integer sum) and QuantAvgPool2d (window sum shifted
// right by accumulator bits beyond obits: 4-bit inputs, 2x2 windows: max sum 60 needs 6 bits, shift 2).
// Expected values from numpy sliding windows.
// RUN: %python -c "import numpy as np; from numpy.lib.stride_tricks import sliding_window_view as swv; \
// RUN:   r = np.random.default_rng(3); x = r.standard_normal((1, 2, 5, 5)).astype(np.float32); np.save('%t.x.npy', x); \
// RUN:   xi = r.integers(-128, 128, (1, 2, 5, 5)).astype(np.int8); np.save('%t.xi.npy', xi); \
// RUN:   u = r.integers(0, 16, (1, 1, 4, 6)).astype(np.uint8); np.save('%t.u.npy', u); \
// RUN:   mp = lambda a: swv(np.pad(a.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1)), constant_values=-np.inf), (3, 3), axis=(2, 3))[:, :, ::2, ::2].max((-1, -2)); \
// RUN:   np.save('%t.mp.npy', mp(x).astype(np.float32)); np.save('%t.mpi.npy', mp(xi).astype(np.int8)); \
// RUN:   s = swv(np.pad(x.astype(np.float64), ((0, 0), (0, 0), (1, 1), (1, 1))), (3, 3), axis=(2, 3))[:, :, ::2, ::2].sum((-1, -2)); \
// RUN:   n = swv(np.pad(np.ones((5, 5)), 1), (3, 3))[::2, ::2].sum((-1, -2)); \
// RUN:   np.save('%t.apin.npy', (s / 9).astype(np.float32)); np.save('%t.apex.npy', (s / n).astype(np.float32)); \
// RUN:   c = np.array([[x[0, ch, i:i + 2, j:j + 2].mean() for j in (0, 2, 4)] for ch in range(2) for i in (0, 2, 4)]).reshape(1, 2, 3, 3); \
// RUN:   np.save('%t.apc.npy', c.astype(np.float32)); \
// RUN:   np.save('%t.gap.npy', x.astype(np.float64).mean((2, 3), keepdims=True).astype(np.float32)); \
// RUN:   np.save('%t.gacc.npy', xi.astype(np.int64).sum((2, 3), keepdims=True).astype(np.int16)); \
// RUN:   np.save('%t.qap.npy', (swv(u.astype(np.int64), (2, 2), axis=(2, 3))[:, :, ::2, ::2].sum((-1, -2)) >> 2).astype(np.uint8))"
// RUN: qcnn-run %s --input x=%t.x.npy --input xi=%t.xi.npy --input u=%t.u.npy --compare mp=%t.mp.npy --compare mpi=%t.mpi.npy \
// RUN:   --compare apin=%t.apin.npy --compare apex=%t.apex.npy --compare apc=%t.apc.npy --compare gap=%t.gap.npy \
// RUN:   --compare gacc=%t.gacc.npy --compare qap=%t.qap.npy --rtol 1e-6 --atol 1e-7

func.func @main(%x: tensor<1x2x5x5xf32> {qcnn.name = "x"}, %xi: tensor<1x2x5x5xsi8> {qcnn.name = "xi"},
                %u: tensor<1x1x4x6xui4> {qcnn.name = "u"})
    -> (tensor<1x2x3x3xf32> {qcnn.name = "mp"}, tensor<1x2x3x3xsi8> {qcnn.name = "mpi"},
        tensor<1x2x3x3xf32> {qcnn.name = "apin"}, tensor<1x2x3x3xf32> {qcnn.name = "apex"},
        tensor<1x2x3x3xf32> {qcnn.name = "apc"}, tensor<1x2x1x1xf32> {qcnn.name = "gap"},
        tensor<1x2x1x1xsi16> {qcnn.name = "gacc"}, tensor<1x1x2x3xui4> {qcnn.name = "qap"}) {
  %mp = "qcnn.maxpool"(%x) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %mpi = "qcnn.maxpool"(%xi) {ceil_mode = 0 : i64, dilations = array<i64: 1, 1>, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xsi8>) -> tensor<1x2x3x3xsi8>
  %apin = "qcnn.averagepool"(%x) {ceil_mode = 0 : i64, count_include_pad = 1 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %apex = "qcnn.averagepool"(%x) {ceil_mode = 0 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 3, 3>, pads = array<i64: 1, 1, 1, 1>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %apc = "qcnn.averagepool"(%x) {ceil_mode = 1 : i64, count_include_pad = 0 : i64, kernel_shape = array<i64: 2, 2>, pads = array<i64: 0, 0, 0, 0>, strides = array<i64: 2, 2>} : (tensor<1x2x5x5xf32>) -> tensor<1x2x3x3xf32>
  %gap = "qcnn.global_avg_pool"(%x) : (tensor<1x2x5x5xf32>) -> tensor<1x2x1x1xf32>
  %gacc = "qcnn.global_acc_pool"(%xi) : (tensor<1x2x5x5xsi8>) -> tensor<1x2x1x1xsi16>
  %qap = "qcnn.quant_avg_pool"(%u) {data_layout = "NCHW", ibits = 4 : i64, kernel = 2 : i64, obits = 4 : i64, signed = 0 : i64, stride = 2 : i64} : (tensor<1x1x4x6xui4>) -> tensor<1x1x2x3xui4>
  return %mp, %mpi, %apin, %apex, %apc, %gap, %gacc, %qap : tensor<1x2x3x3xf32>, tensor<1x2x3x3xsi8>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x3x3xf32>, tensor<1x2x1x1xf32>, tensor<1x2x1x1xsi16>, tensor<1x1x2x3xui4>
}
