/* Sliding-window geometry shared by Conv and the pooling ops. */
#include "Eval.h"

#include <string.h>

bool qcnnOdometerNext(int n, const int64_t *limits, int64_t *idx) {
  for (int d = n - 1; d >= 0; d--) {
    if (++idx[d] < limits[d]) return true;
    idx[d] = 0;
  }
  return false;
}

bool qcnnWindowInit(QcnnEval *e, const QcnnTensor *x, const int64_t *kernel, bool ceilMode, QcnnWindow *w) {
  memset(w, 0, sizeof *w);
  if (x->rank < 3) {
    qcnnEmitError(e->loc, "input of rank %d has no spatial dimensions", x->rank);
    return false;
  }
  w->nsp = x->rank - 2;
  int64_t pads[2 * QCNN_MAX_SPATIAL];
  intptr_t np, ns, nd = w->nsp;
  if (!qcnnEvalAttrArray(e, QCNN_ATTR_PADS, pads, 2 * QCNN_MAX_SPATIAL, &np) ||
      !qcnnEvalAttrArray(e, QCNN_ATTR_STRIDES, w->stride, QCNN_MAX_SPATIAL, &ns))
    return false;
  if (qcnnOpHasAttr(e->op, QCNN_ATTR_DILATIONS)) {
    if (!qcnnEvalAttrArray(e, QCNN_ATTR_DILATIONS, w->dil, QCNN_MAX_SPATIAL, &nd)) return false;
  } else {
    for (int d = 0; d < w->nsp; d++) w->dil[d] = 1;
  }
  if (np != 2 * w->nsp || ns != w->nsp || nd != w->nsp) {
    qcnnEmitError(e->loc, "pads/strides/dilations do not match %d spatial dimensions", w->nsp);
    return false;
  }
  for (int d = 0; d < w->nsp; d++) {
    w->in[d] = x->shape[d + 2];
    w->kernel[d] = kernel[d];
    w->padBegin[d] = pads[d];
    w->padEnd[d] = pads[d + w->nsp];
    if (w->stride[d] < 1 || w->dil[d] < 1 || w->kernel[d] < 1 || w->padBegin[d] < 0 || w->padEnd[d] < 0) {
      qcnnEmitError(e->loc, "invalid window: kernel, stride and dilation must be >= 1 and pads >= 0");
      return false;
    }
    w->out[d] = qcnnWindowOutputSize(w->in[d], w->kernel[d], w->stride[d], w->dil[d], w->padBegin[d], w->padEnd[d],
                                     ceilMode);
    if (w->out[d] < 0) {
      qcnnEmitError(e->loc, "window of extent %lld does not fit spatial dimension %d of size %lld (padded)",
                    (long long)((w->kernel[d] - 1) * w->dil[d] + 1), d, (long long)w->in[d]);
      return false;
    }
  }
  return true;
}
