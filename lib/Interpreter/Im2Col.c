/* QONNX Im2Col on NHWC: y[n, oh, ow, (kh·KW + kw)·C + c] = x[n, oh·sh − ph + kh·dh, ow·sw − pw + kw·dw, c],
 * pad_value outside the input. The kernel also runs qdf.swg (no padding). */
#include "Eval.h"

bool qcnnIm2ColKernel(QcnnEval *e, const QcnnTensor *x, const QcnnIm2Col *g) {
  if (x->rank != 4) {
    qcnnEmitError(e->loc, "im2col needs a 4-D NHWC input, got rank %d", x->rank);
    return false;
  }
  int64_t c = x->shape[3], shape[4] = {x->shape[0], 0, 0, g->kernel[0] * g->kernel[1] * c};
  for (int d = 0; d < 2; d++) {
    if (g->kernel[d] < 1 || g->stride[d] < 1 || g->dil[d] < 1 || g->pads[d] < 0 || g->pads[d + 2] < 0) {
      qcnnEmitError(e->loc, "invalid window: kernel, stride and dilation must be >= 1 and pads >= 0");
      return false;
    }
    shape[d + 1] = qcnnWindowOutputSize(x->shape[d + 1], g->kernel[d], g->stride[d], g->dil[d], g->pads[d],
                                        g->pads[d + 2], false);
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
        for (int64_t kh = 0; kh < g->kernel[0]; kh++)
          for (int64_t kw = 0; kw < g->kernel[1]; kw++) {
            int64_t ih = oh * g->stride[0] - g->pads[0] + kh * g->dil[0];
            int64_t iw = ow * g->stride[1] - g->pads[1] + kw * g->dil[1];
            bool inside = ih >= 0 && ih < x->shape[1] && iw >= 0 && iw < x->shape[2];
            int64_t from = ((n * x->shape[1] + ih) * x->shape[2] + iw) * c;
            for (int64_t ch = 0; ch < c; ch++, k++) {
              if (x->isInt) y->i[k] = inside ? x->i[from + ch] : g->padValue;
              else y->f[k] = inside ? x->f[from + ch] : (double)g->padValue;
            }
          }
  return true;
}

bool qcnnEvalIm2Col(QcnnEval *e) {
  QcnnIm2Col g;
  if (!qcnnEvalAttrFixed(e, QCNN_ATTR_KERNEL_SIZE, g.kernel, 2) ||
      !qcnnEvalAttrFixed(e, QCNN_ATTR_STRIDE, g.stride, 2) || !qcnnEvalAttrFixed(e, QCNN_ATTR_DILATIONS, g.dil, 2) ||
      !qcnnEvalAttrFixed(e, QCNN_ATTR_PAD_AMOUNT, g.pads, 4) || !qcnnEvalAttrI64(e, QCNN_ATTR_PAD_VALUE, &g.padValue))
    return false;
  return qcnnIm2ColKernel(e, e->in[0], &g);
}
