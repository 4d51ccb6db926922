/* Conv (ONNX, N-d, grouped, dilated). Integer x and w (and b) accumulate exactly in int64.
 *
 * Loop order for speed: for each output channel, input channel and kernel offset, one weight is
 * multiplied into every output position whose window reads inside the input (a contiguous run of the
 * last spatial dimension at a time). Each output still receives bias, then its terms in (input
 * channel, kernel offset) order, so float sums are the same as a per-output dot product. */
#include "Eval.h"

#include <stdlib.h>
#include <string.h>

/* Output positions [lo, hi) of spatial dim d whose input coordinate for kernel offset k is inside. */
static void validRange(const QcnnWindow *w, int d, int64_t k, int64_t *lo, int64_t *hi) {
  int64_t off = k * w->dil[d] - w->padBegin[d]; /* input coordinate = o * stride + off */
  int64_t s = w->stride[d];
  *lo = off >= 0 ? 0 : (-off + s - 1) / s;
  int64_t last = w->in[d] - 1 - off; /* o * s <= last */
  *hi = last < 0 ? 0 : last / s + 1;
  if (*hi > w->out[d]) *hi = w->out[d];
}

typedef struct {
  const QcnnWindow *win;
  const int64_t *xs, *os; /* spatial strides of one input / output channel plane */
  int64_t lo[QCNN_MAX_SPATIAL], hi[QCNN_MAX_SPATIAL], off[QCNN_MAX_SPATIAL];
  int64_t rows[QCNN_MAX_SPATIAL]; /* extent of the box in the dims before the last */
} Run;

/* Sets up the box of valid outputs of one kernel offset; false when it is empty. */
static bool runInit(Run *r, const int64_t *kk) {
  for (int d = 0; d < r->win->nsp; d++) {
    validRange(r->win, d, kk[d], &r->lo[d], &r->hi[d]);
    if (r->lo[d] >= r->hi[d]) return false;
    r->off[d] = kk[d] * r->win->dil[d] - r->win->padBegin[d];
    r->rows[d] = r->hi[d] - r->lo[d];
  }
  return true;
}

/* Output offset and input offset of the first element of the box row at `idx` (outer dims). */
static void runRow(const Run *r, const int64_t *idx, int64_t *yo, int64_t *xo) {
  int last = r->win->nsp - 1;
  *yo = r->lo[last];
  *xo = r->lo[last] * r->win->stride[last] + r->off[last];
  for (int d = 0; d < last; d++) {
    int64_t o = r->lo[d] + idx[d];
    *yo += o * r->os[d];
    *xo += (o * r->win->stride[d] + r->off[d]) * r->xs[d];
  }
}

/* A float copy of an operand that is stored as integers (mixed int/float convs). */
static const double *asDoubles(const QcnnTensor *t, double **tmp) {
  if (!t->isInt) return t->f;
  *tmp = malloc((t->count ? (size_t)t->count : 1) * sizeof **tmp);
  for (int64_t k = 0; *tmp && k < t->count; k++) (*tmp)[k] = (double)t->i[k];
  return *tmp;
}

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
  QcnnTensor *y = &e->out[0];
  int64_t xs[QCNN_MAX_RANK], ws[QCNN_MAX_RANK], ys[QCNN_MAX_RANK];
  qcnnStrides(x->rank, x->shape, xs);
  qcnnStrides(w->rank, w->shape, ws);
  qcnnStrides(y->rank, y->shape, ys);
  double *xTmp = NULL, *wTmp = NULL;
  const double *xf = intPath ? NULL : asDoubles(x, &xTmp), *wf = intPath ? NULL : asDoubles(w, &wTmp);
  bool ok = intPath || (xf && wf);
  if (!ok) qcnnEmitError(e->loc, "cannot allocate the conv operands as float");
  Run r = {.win = &win, .xs = xs + 2, .os = ys + 2};
  for (int64_t n = 0; ok && n < shape[0]; n++)
    for (int64_t oc = 0; ok && oc < m; oc++) {
      int64_t yBase = n * ys[0] + oc * ys[1];
      for (int64_t k = 0; b && k < ys[1]; k++) {
        if (intPath) y->i[yBase + k] = b->i[oc];
        else y->f[yBase + k] = qcnnTensorGetF(b, oc);
      }
      for (int64_t c = 0; ok && c < cg; c++) {
        int64_t xBase = n * xs[0] + ((oc / mg) * cg + c) * xs[1], wBase = oc * ws[0] + c * ws[1];
        int64_t kk[QCNN_MAX_SPATIAL] = {0};
        do {
          if (!runInit(&r, kk)) continue;
          int64_t wo = wBase;
          for (int d = 0; d < win.nsp; d++) wo += kk[d] * ws[d + 2];
          int last = win.nsp - 1;
          int64_t step = win.stride[last], len = r.hi[last] - r.lo[last], idx[QCNN_MAX_SPATIAL] = {0}, yo, xo;
          do {
            runRow(&r, idx, &yo, &xo);
            if (intPath) {
              int64_t wv = w->i[wo], *yr = y->i + yBase + yo;
              const int64_t *xr = x->i + xBase + xo;
              for (int64_t j = 0; ok && j < len; j++) {
                int64_t p;
                ok = !__builtin_mul_overflow(xr[j * step], wv, &p) && !__builtin_add_overflow(yr[j], p, &yr[j]);
              }
            } else {
              double wv = wf[wo], *yr = y->f + yBase + yo;
              const double *xr = xf + xBase + xo;
              for (int64_t j = 0; j < len; j++) yr[j] += xr[j * step] * wv;
            }
          } while (ok && qcnnOdometerNext(last, r.rows, idx));
          if (!ok) qcnnEmitError(e->loc, "int64 overflow in the conv accumulator");
        } while (ok && qcnnOdometerNext(win.nsp, win.kernel, kk));
      }
    }
  free(xTmp);
  free(wTmp);
  return ok;
}
