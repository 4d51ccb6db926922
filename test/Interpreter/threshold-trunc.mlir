// MultiThreshold in NCHW (per-channel thresholds) and NHWC (one shared row), BipolarQuant and Trunc
// (v2 operands). Expected values from numpy: a threshold count is sum(x >= t) along the threshold row;
// Trunc follows the QONNX reference: y = round(x/s + z) / 2^round(log2(os/s)), clipped to the output
// range, rounded by the mode, minus z / that power of two, times os.
// RUN: %python -c "import numpy as np; np.save('%t.x.npy', np.array([[[[-1.0, 0.5]], [[2.0, 3.5]]]], np.float32))"
// RUN: %python -c "import numpy as np; x = np.load('%t.x.npy'); th = np.array([[0.0, 1.0, 2.0], [-5.0, 3.5, 4.0]]); \
// RUN:   c = (x[..., None] >= th[None, :, None, None, :]).sum(-1); np.save('%t.mt.npy', (2.0 * c - 1.5).astype(np.float32)); \
// RUN:   xh = x.transpose(0, 2, 3, 1); c2 = (xh[..., None] >= np.array([0.5, 2.0])).sum(-1); np.save('%t.mth.npy', c2.astype(np.uint8)); \
// RUN:   np.save('%t.bq.npy', (np.where(x >= 0, 1.0, -1.0) * 0.25).astype(np.float32))"
// RUN: %python -c "import numpy as np; np.save('%t.t.npy', np.array([-37, -6, 0, 5, 6, 7, 8, 100, 127], np.float32))"
// RUN: %python -c "import numpy as np; t = np.load('%t.t.npy'); y = np.round(t / 1.0 + 0) / 4.0; \
// RUN:   np.save('%t.tr.npy', ((np.floor(np.clip(y, -8, 7)) - 0) * 4.0).astype(np.float32))"
// RUN: qcnn-run %s --input x=%t.x.npy --input t=%t.t.npy --compare mt=%t.mt.npy --compare mth=%t.mth.npy \
// RUN:   --compare bq=%t.bq.npy --compare tr=%t.tr.npy --rtol 0 --atol 0

func.func @main(%x: tensor<1x2x1x2xf32> {qcnn.name = "x"}, %t: tensor<9xf32> {qcnn.name = "t"})
    -> (tensor<1x2x1x2xf32> {qcnn.name = "mt"}, tensor<1x1x2x2xui2> {qcnn.name = "mth"},
        tensor<1x2x1x2xf32> {qcnn.name = "bq"}, tensor<9xf32> {qcnn.name = "tr"}) {
  %th = arith.constant dense<[[0.0, 1.0, 2.0], [-5.0, 3.5, 4.0]]> : tensor<2x3xf32>
  %th1 = arith.constant dense<[[0.5, 2.0]]> : tensor<1x2xf32>
  %perm = "qcnn.transpose"(%x) {perm = array<i64: 0, 2, 3, 1>} : (tensor<1x2x1x2xf32>) -> tensor<1x1x2x2xf32>
  %0 = "qcnn.multithreshold"(%x, %th) {data_layout = "NCHW", out_bias = -1.5 : f32, out_dtype = "UINT2", out_scale = 2.0 : f32} : (tensor<1x2x1x2xf32>, tensor<2x3xf32>) -> tensor<1x2x1x2xf32>
  %1 = "qcnn.multithreshold"(%perm, %th1) {data_layout = "NHWC", out_bias = 0.0 : f32, out_dtype = "UINT2", out_scale = 1.0 : f32} : (tensor<1x1x2x2xf32>, tensor<1x2xf32>) -> tensor<1x1x2x2xui2>
  %q = arith.constant dense<0.25> : tensor<f32>
  %2 = "qcnn.bipolar_quant"(%x, %q) : (tensor<1x2x1x2xf32>, tensor<f32>) -> tensor<1x2x1x2xf32>
  %s = arith.constant dense<1.0> : tensor<f32>
  %z = arith.constant dense<0.0> : tensor<f32>
  %ib = arith.constant dense<8.0> : tensor<f32>
  %os = arith.constant dense<4.0> : tensor<f32>
  %ob = arith.constant dense<4.0> : tensor<f32>
  %3 = "qcnn.trunc"(%t, %s, %z, %ib, %os, %ob) {narrow = 0 : i64, rounding_mode = "FLOOR", signed = 1 : i64} : (tensor<9xf32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>, tensor<f32>) -> tensor<9xf32>
  return %0, %1, %2, %3 : tensor<1x2x1x2xf32>, tensor<1x1x2x2xui2>, tensor<1x2x1x2xf32>, tensor<9xf32>
}
