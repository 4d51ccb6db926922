// MatMul with broadcast batch dimensions and a 1-D operand, Gemm with trans_b, alpha, beta and a row
// bias, and an integer Gemm (si8 → si32, exact). Expected values from numpy.
// RUN: %python -c "import numpy as np; r = np.random.default_rng(11); a = r.standard_normal((2, 2, 3)).astype(np.float32); \
// RUN:   b = r.standard_normal((3, 4)).astype(np.float32); v = r.standard_normal(3).astype(np.float32); \
// RUN:   g = r.standard_normal((2, 3)).astype(np.float32); h = r.standard_normal((4, 3)).astype(np.float32); c = r.standard_normal(4).astype(np.float32); \
// RUN:   ia = r.integers(-128, 128, (2, 5)).astype(np.int8); ib = r.integers(-128, 128, (5, 3)).astype(np.int8); \
// RUN:   [np.save('%t.' + k + '.npy', x) for k, x in dict(a=a, b=b, v=v, g=g, h=h, c=c, ia=ia, ib=ib).items()]; D = lambda x: x.astype(np.float64); \
// RUN:   np.save('%t.mm.npy', (D(a) @ D(b)).astype(np.float32)); np.save('%t.mv.npy', (D(v) @ D(b)).astype(np.float32)); \
// RUN:   np.save('%t.gm.npy', (0.5 * D(g) @ D(h).T + 2.0 * D(c)).astype(np.float32)); \
// RUN:   np.save('%t.gi.npy', (ia.astype(np.int64) @ ib.astype(np.int64)).astype(np.int32))"
// RUN: qcnn-run %s --input a=%t.a.npy --input b=%t.b.npy --input v=%t.v.npy --input g=%t.g.npy --input h=%t.h.npy \
// RUN:   --input c=%t.c.npy --input ia=%t.ia.npy --input ib=%t.ib.npy --compare mm=%t.mm.npy --compare mv=%t.mv.npy \
// RUN:   --compare gm=%t.gm.npy --compare gi=%t.gi.npy --rtol 1e-6 --atol 1e-6

func.func @main(%a: tensor<2x2x3xf32> {qcnn.name = "a"}, %b: tensor<3x4xf32> {qcnn.name = "b"}, %v: tensor<3xf32> {qcnn.name = "v"},
                %g: tensor<2x3xf32> {qcnn.name = "g"}, %h: tensor<4x3xf32> {qcnn.name = "h"}, %c: tensor<4xf32> {qcnn.name = "c"},
                %ia: tensor<2x5xsi8> {qcnn.name = "ia"}, %ib: tensor<5x3xsi8> {qcnn.name = "ib"})
    -> (tensor<2x2x4xf32> {qcnn.name = "mm"}, tensor<4xf32> {qcnn.name = "mv"}, tensor<2x4xf32> {qcnn.name = "gm"},
        tensor<2x3xsi32> {qcnn.name = "gi"}) {
  %0 = "qcnn.matmul"(%a, %b) : (tensor<2x2x3xf32>, tensor<3x4xf32>) -> tensor<2x2x4xf32>
  %1 = "qcnn.matmul"(%v, %b) : (tensor<3xf32>, tensor<3x4xf32>) -> tensor<4xf32>
  %2 = "qcnn.gemm"(%g, %h, %c) {alpha = 0.5 : f32, beta = 2.0 : f32, trans_a = 0 : i64, trans_b = 1 : i64} : (tensor<2x3xf32>, tensor<4x3xf32>, tensor<4xf32>) -> tensor<2x4xf32>
  %3 = "qcnn.gemm"(%ia, %ib) {alpha = 1.0 : f32, beta = 1.0 : f32, trans_a = 0 : i64, trans_b = 0 : i64} : (tensor<2x5xsi8>, tensor<5x3xsi8>) -> tensor<2x3xsi32>
  return %0, %1, %2, %3 : tensor<2x2x4xf32>, tensor<4xf32>, tensor<2x4xf32>, tensor<2x3xsi32>
}
