/* MaxPool, AveragePool (ONNX, N-d), GlobalAveragePool and GlobalAccPool (the sum that gap folding
 * leaves: GlobalAveragePool times H·W, exact on integers). */
#include "Eval.h"

#include <math.h>
#include <string.h>

/* Shared driver: for each output position, visits the window and reduces. */
static bool pool(QcnnEval *e, bool isMax) {
  const QcnnTensor *x = e->in[0];
  int64_t kernel[QCNN_MAX_SPATIAL], ceilMode, includePad = 0;
  intptr_t nk;
  if (!qcnnEvalAttrArray(e, QCNN_ATTR_KERNEL_SHAPE, kernel, QCNN_MAX_SPATIAL, &nk) ||
      !qcnnEvalAttrI64(e, QCNN_ATTR_CEIL_MODE, &ceilMode) ||
      (!isMax && !qcnnEvalAttrI64(e, QCNN_ATTR_COUNT_INCLUDE_PAD, &includePad)))
    return false;
  if (nk != x->rank - 2) {
    qcnnEmitError(e->loc, "kernel_shape has %ld entries for %d spatial dimensions", (long)nk, x->rank - 2);
    return false;
  }
  QcnnWindow win;
  if (!qcnnWindowInit(e, x, kernel, ceilMode != 0, &win)) return false;
  int64_t shape[QCNN_MAX_RANK] = {x->shape[0], x->shape[1]};
  memcpy(shape + 2, win.out, (size_t)win.nsp * sizeof(int64_t));
  bool intPath = isMax && x->isInt;
  if (!qcnnEvalOut(e, 0, intPath, x->rank, shape)) return false;
  int64_t xs[QCNN_MAX_RANK];
  qcnnStrides(x->rank, x->shape, xs);
  int64_t k = 0;
  for (int64_t nc = 0; nc < shape[0] * shape[1]; nc++) {
    int64_t o[QCNN_MAX_SPATIAL] = {0};
    do {
      double sum = 0, best = -INFINITY;
      int64_t ibest = INT64_MIN, count = 0;
      int64_t kk[QCNN_MAX_SPATIAL] = {0};
      do {
        int64_t xo = nc * xs[1];
        bool inside = true, inPadded = true;
        for (int d = 0; d < win.nsp; d++) {
          int64_t ic = qcnnWindowCoord(&win, d, o[d], kk[d]);
          inside = inside && ic >= 0 && ic < win.in[d];
          inPadded = inPadded && ic >= -win.padBegin[d] && ic < win.in[d] + win.padEnd[d];
          xo += ic * xs[d + 2];
        }
        if (inside || (includePad && inPadded)) count++;
        if (!inside) continue;
        if (intPath) ibest = x->i[xo] > ibest ? x->i[xo] : ibest;
        else if (isMax) best = fmax(best, qcnnTensorGetF(x, xo));
        else sum += qcnnTensorGetF(x, xo);
      } while (qcnnOdometerNext(win.nsp, win.kernel, kk));
      if (intPath) e->out[0].i[k++] = ibest;
      else e->out[0].f[k++] = isMax ? best : sum / (double)count;
    } while (qcnnOdometerNext(win.nsp, win.out, o));
  }
  return true;
}

bool qcnnEvalMaxPool(QcnnEval *e) { return pool(e, true); }
bool qcnnEvalAveragePool(QcnnEval *e) { return pool(e, false); }

bool qcnnEvalGlobalPool(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  bool average = qcnnOpIs(e->op, QCNN_OP_GLOBAL_AVG_POOL);
  if (x->rank < 3) {
    qcnnEmitError(e->loc, "global pooling needs an input of rank >= 3");
    return false;
  }
  int64_t shape[QCNN_MAX_RANK], inner = 1;
  for (int d = 0; d < x->rank; d++) {
    shape[d] = d < 2 ? x->shape[d] : 1;
    if (d >= 2) inner *= x->shape[d];
  }
  bool intPath = !average && x->isInt;
  if (!qcnnEvalOut(e, 0, intPath, x->rank, shape)) return false;
  for (int64_t nc = 0; nc < shape[0] * shape[1]; nc++) {
    int64_t isum = 0;
    double fsum = 0;
    for (int64_t j = 0; j < inner; j++) {
      if (intPath && __builtin_add_overflow(isum, x->i[nc * inner + j], &isum)) {
        qcnnEmitError(e->loc, "int64 overflow in the pooling sum");
        return false;
      }
      if (!intPath) fsum += qcnnTensorGetF(x, nc * inner + j);
    }
    if (intPath) e->out[0].i[nc] = isum;
    else e->out[0].f[nc] = average ? fsum / (double)inner : fsum;
  }
  return true;
}
