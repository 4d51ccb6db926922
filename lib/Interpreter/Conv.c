/* Conv (ONNX, N-d, grouped, dilated). Integer x and w (and b) accumulate exactly in int64. */
#include "Eval.h"

#include <string.h>

bool qcnnEvalConv(QcnnEval *e) {
  const QcnnTensor *x = e->in[0], *w = e->in[1], *b = e->numIn > 2 ? e->in[2] : NULL;
  int64_t group;
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_GROUP, &group)) return false;
  if (w->rank != x->rank || group < 1 || x->shape[1] != w->shape[1] * group || w->shape[0] % group) {
    qcnnEmitError(e->loc, "conv weights do not match the input (x channels %lld, w shape[1] %lld, group %lld)",
                  (long long)x->shape[1], (long long)(w->rank > 1 ? w->shape[1] : -1), (long long)group);
    return false;
  }
  int64_t m = w->shape[0], cg = w->shape[1], mg = m / group;
  if (b && b->count != m) {
    qcnnEmitError(e->loc, "conv bias has %lld elements, expected %lld", (long long)b->count, (long long)m);
    return false;
  }
  QcnnWindow win;
  if (!qcnnWindowInit(e, x, w->shape + 2, false, &win)) return false;
  int64_t shape[QCNN_MAX_RANK] = {x->shape[0], m};
  memcpy(shape + 2, win.out, (size_t)win.nsp * sizeof(int64_t));
  const QcnnTensor *all[3] = {x, w, b};
  bool intPath = qcnnAllInt(3, all);
  if (!qcnnEvalOut(e, 0, intPath, x->rank, shape)) return false;
  int64_t xs[QCNN_MAX_RANK], ws[QCNN_MAX_RANK];
  qcnnStrides(x->rank, x->shape, xs);
  qcnnStrides(w->rank, w->shape, ws);
  int64_t k = 0;
  for (int64_t n = 0; n < shape[0]; n++)
    for (int64_t oc = 0; oc < m; oc++) {
      int64_t o[QCNN_MAX_SPATIAL] = {0};
      do {
        int64_t iacc = b && intPath ? b->i[oc] : 0;
        double facc = b && !intPath ? qcnnTensorGetF(b, oc) : 0;
        for (int64_t c = 0; c < cg; c++) {
          int64_t xc = n * xs[0] + ((oc / mg) * cg + c) * xs[1], wc = oc * ws[0] + c * ws[1];
          int64_t kk[QCNN_MAX_SPATIAL] = {0};
          do {
            int64_t xo = xc, wo = wc;
            bool inside = true;
            for (int d = 0; d < win.nsp && inside; d++) {
              int64_t ic = qcnnWindowCoord(&win, d, o[d], kk[d]);
              inside = ic >= 0 && ic < win.in[d];
              xo += ic * xs[d + 2];
              wo += kk[d] * ws[d + 2];
            }
            if (!inside) continue;
            if (intPath) {
              int64_t p;
              if (__builtin_mul_overflow(x->i[xo], w->i[wo], &p) || __builtin_add_overflow(iacc, p, &iacc)) {
                qcnnEmitError(e->loc, "int64 overflow in the conv accumulator");
                return false;
              }
            } else {
              facc += qcnnTensorGetF(x, xo) * qcnnTensorGetF(w, wo);
            }
          } while (qcnnOdometerNext(win.nsp, win.kernel, kk));
        }
        if (intPath) e->out[0].i[k++] = iacc;
        else e->out[0].f[k++] = facc;
      } while (qcnnOdometerNext(win.nsp, win.out, o));
    }
  return true;
}
