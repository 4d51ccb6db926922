// Elementwise ops with numpy broadcasting; integer Add/Sub/Mul/Div stay integer (Div truncates toward
// zero like ONNX integer Div, unlike numpy's floor division: computed here with np.trunc);
// BatchNormalization in inference form. Expected values from numpy.
// RUN: %python -c "import numpy as np; r = np.random.default_rng(5); a = r.standard_normal((2, 3)).astype(np.float32); \
// RUN:   b = (r.standard_normal(3) + 3).astype(np.float32); ia = np.array([[-7, 7, 100], [-128, 5, 0]], np.int8); ib = np.array([2, -3, 7], np.int8); \
// RUN:   [np.save('%t.' + k + '.npy', v) for k, v in dict(a=a, b=b, ia=ia, ib=ib).items()]; A = a.astype(np.float64); B = b.astype(np.float64); \
// RUN:   I = ia.astype(np.int64); J = ib.astype(np.int64); \
// RUN:   out = dict(relu=np.maximum(A, 0), clip=np.clip(A, -0.5, 0.25), sig=1 / (1 + np.exp(-A)), sign=np.sign(A), add=A + B, sub=A - B, mul=A * B, div=A / B); \
// RUN:   [np.save('%t.e_' + k + '.npy', v.astype(np.float32)) for k, v in out.items()]; \
// RUN:   np.save('%t.e_iadd.npy', (I + J).astype(np.int16)); np.save('%t.e_imul.npy', (I * J).astype(np.int16)); \
// RUN:   np.save('%t.e_idiv.npy', np.trunc(I / J).astype(np.int8)); np.save('%t.e_isign.npy', np.sign(I).astype(np.int8)); \
// RUN:   np.save('%t.e_iclip.npy', np.clip(I, -2, 6).astype(np.int8)); \
// RUN:   sc, bi, mu, var = np.array([1.5, -2.0]), np.array([0.1, 0.2]), np.array([0.3, -0.4]), np.array([0.5, 2.0]); \
// RUN:   xb = np.arange(8, dtype=np.float32).reshape(1, 2, 2, 2); np.save('%t.xb.npy', xb); \
// RUN:   eps = float(np.float32(1e-5)); np.save('%t.e_bn.npy', (sc.reshape(1, 2, 1, 1) * (xb - mu.reshape(1, 2, 1, 1)) / np.sqrt(var.reshape(1, 2, 1, 1) + eps) + bi.reshape(1, 2, 1, 1)).astype(np.float32))"
// RUN: qcnn-run %s --input a=%t.a.npy --input b=%t.b.npy --input ia=%t.ia.npy --input ib=%t.ib.npy --input xb=%t.xb.npy \
// RUN:   --compare relu=%t.e_relu.npy --compare clip=%t.e_clip.npy --compare sig=%t.e_sig.npy --compare sign=%t.e_sign.npy \
// RUN:   --compare add=%t.e_add.npy --compare sub=%t.e_sub.npy --compare mul=%t.e_mul.npy --compare div=%t.e_div.npy \
// RUN:   --compare iadd=%t.e_iadd.npy --compare imul=%t.e_imul.npy --compare idiv=%t.e_idiv.npy --compare isign=%t.e_isign.npy \
// RUN:   --compare iclip=%t.e_iclip.npy --compare bn=%t.e_bn.npy --rtol 1e-6 --atol 1e-7

func.func @main(%a: tensor<2x3xf32> {qcnn.name = "a"}, %b: tensor<3xf32> {qcnn.name = "b"},
                %ia: tensor<2x3xsi8> {qcnn.name = "ia"}, %ib: tensor<3xsi8> {qcnn.name = "ib"},
                %xb: tensor<1x2x2x2xf32> {qcnn.name = "xb"})
    -> (tensor<2x3xf32> {qcnn.name = "relu"}, tensor<2x3xf32> {qcnn.name = "clip"}, tensor<2x3xf32> {qcnn.name = "sig"},
        tensor<2x3xf32> {qcnn.name = "sign"}, tensor<2x3xf32> {qcnn.name = "add"}, tensor<2x3xf32> {qcnn.name = "sub"},
        tensor<2x3xf32> {qcnn.name = "mul"}, tensor<2x3xf32> {qcnn.name = "div"}, tensor<2x3xsi16> {qcnn.name = "iadd"},
        tensor<2x3xsi16> {qcnn.name = "imul"}, tensor<2x3xsi8> {qcnn.name = "idiv"}, tensor<2x3xsi8> {qcnn.name = "isign"},
        tensor<2x3xsi8> {qcnn.name = "iclip"}, tensor<1x2x2x2xf32> {qcnn.name = "bn"}) {
  %lo = arith.constant dense<-0.5> : tensor<f32>
  %hi = arith.constant dense<0.25> : tensor<f32>
  %ilo = arith.constant dense<-2> : tensor<si8>
  %ihi = arith.constant dense<6> : tensor<si8>
  %0 = "qcnn.relu"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %1 = "qcnn.clip"(%a, %lo, %hi) : (tensor<2x3xf32>, tensor<f32>, tensor<f32>) -> tensor<2x3xf32>
  %2 = "qcnn.sigmoid"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %3 = "qcnn.sign"(%a) : (tensor<2x3xf32>) -> tensor<2x3xf32>
  %4 = "qcnn.add"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %5 = "qcnn.sub"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %6 = "qcnn.mul"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %7 = "qcnn.div"(%a, %b) : (tensor<2x3xf32>, tensor<3xf32>) -> tensor<2x3xf32>
  %8 = "qcnn.add"(%ia, %ib) : (tensor<2x3xsi8>, tensor<3xsi8>) -> tensor<2x3xsi16>
  %9 = "qcnn.mul"(%ia, %ib) : (tensor<2x3xsi8>, tensor<3xsi8>) -> tensor<2x3xsi16>
  %10 = "qcnn.div"(%ia, %ib) : (tensor<2x3xsi8>, tensor<3xsi8>) -> tensor<2x3xsi8>
  %11 = "qcnn.sign"(%ia) : (tensor<2x3xsi8>) -> tensor<2x3xsi8>
  %12 = "qcnn.clip"(%ia, %ilo, %ihi) : (tensor<2x3xsi8>, tensor<si8>, tensor<si8>) -> tensor<2x3xsi8>
  %s = arith.constant dense<[1.5, -2.0]> : tensor<2xf32>
  %bi = arith.constant dense<[0.1, 0.2]> : tensor<2xf32>
  %mu = arith.constant dense<[0.3, -0.4]> : tensor<2xf32>
  %v = arith.constant dense<[0.5, 2.0]> : tensor<2xf32>
  %13 = "qcnn.batchnorm"(%xb, %s, %bi, %mu, %v) {epsilon = 1.0e-5 : f32} : (tensor<1x2x2x2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>, tensor<2xf32>) -> tensor<1x2x2x2xf32>
  return %0, %1, %2, %3, %4, %5, %6, %7, %8, %9, %10, %11, %12, %13 : tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xf32>, tensor<2x3xsi16>, tensor<2x3xsi16>, tensor<2x3xsi8>, tensor<2x3xsi8>, tensor<2x3xsi8>, tensor<1x2x2x2xf32>
}
