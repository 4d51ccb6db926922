/* QONNX Im2Col on NHWC: y[n, oh, ow, (kh·KW + kw)·C + c] = x[n, oh·sh − ph + kh·dh, ow·sw − pw + kw·dw, c],
 * pad_value outside the input. */
#include "Eval.h"

static bool readPair(QcnnEval *e, QcnnAttrName name, int64_t *out, intptr_t want) {
  intptr_t n;
  if (!qcnnEvalAttrArray(e, name, out, 4, &n)) return false;
  if (n == want) return true;
  qcnnEmitError(e->loc, "im2col attribute has %ld entries, expected %ld", (long)n, (long)want);
  return false;
}

bool qcnnEvalIm2Col(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t kernel[4], stride[4], dil[4], pads[4], padValue;
  if (!readPair(e, QCNN_ATTR_KERNEL_SIZE, kernel, 2) || !readPair(e, QCNN_ATTR_STRIDE, stride, 2) ||
      !readPair(e, QCNN_ATTR_DILATIONS, dil, 2) || !readPair(e, QCNN_ATTR_PAD_AMOUNT, pads, 4) ||
      !qcnnEvalAttrI64(e, QCNN_ATTR_PAD_VALUE, &padValue))
    return false;
  if (x->rank != 4) {
    qcnnEmitError(e->loc, "im2col needs a 4-D NHWC input, got rank %d", x->rank);
    return false;
  }
  int64_t c = x->shape[3], shape[4] = {x->shape[0], 0, 0, kernel[0] * kernel[1] * c};
  for (int d = 0; d < 2; d++) {
    shape[d + 1] = qcnnWindowOutputSize(x->shape[d + 1], kernel[d], stride[d], dil[d], pads[d], pads[d + 2], false);
    if (shape[d + 1] < 0) {
      qcnnEmitError(e->loc, "im2col window does not fit spatial dimension %d of size %lld", d,
                    (long long)x->shape[d + 1]);
      return false;
    }
  }
  if (!qcnnEvalOut(e, 0, x->isInt, 4, shape)) return false;
  QcnnTensor *y = &e->out[0];
  int64_t k = 0;
  for (int64_t n = 0; n < shape[0]; n++)
    for (int64_t oh = 0; oh < shape[1]; oh++)
      for (int64_t ow = 0; ow < shape[2]; ow++)
        for (int64_t kh = 0; kh < kernel[0]; kh++)
          for (int64_t kw = 0; kw < kernel[1]; kw++) {
            int64_t ih = oh * stride[0] - pads[0] + kh * dil[0], iw = ow * stride[1] - pads[1] + kw * dil[1];
            bool inside = ih >= 0 && ih < x->shape[1] && iw >= 0 && iw < x->shape[2];
            int64_t from = ((n * x->shape[1] + ih) * x->shape[2] + iw) * c;
            for (int64_t ch = 0; ch < c; ch++, k++) {
              if (x->isInt) y->i[k] = inside ? x->i[from + ch] : padValue;
              else y->f[k] = inside ? x->f[from + ch] : (double)padValue;
            }
          }
  return true;
}
