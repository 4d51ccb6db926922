/* Conv (ONNX, N-d, grouped, dilated). Integer x and w (and b) accumulate exactly in int64.
 *
 * Every output receives its bias, then its terms in (input channel, kernel offset) order, so float sums
 * are the same as a per-output dot product whichever loop computes them:
 * - 1-D/2-D stride-1 convs (the common case) copy each input channel into a zero-padded plane; an output
 *   row then lives at a fixed pitch in a "wide" output plane and every kernel tap is one constant
 *   offset, so a tile of consecutive wide outputs stays in registers through all channels and taps;
 * - the rest, for each output channel, input channel and kernel offset, multiplies one weight into
 *   every output position whose window reads inside the input (a contiguous run of the last spatial
 *   dimension at a time). */
#include "Eval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* A float copy of an operand that is stored as integers (mixed int/float convs). */
static const double *asDoubles(const QcnnTensor *t, double **tmp) {
  if (!t->isInt) return t->f;
  *tmp = malloc((t->count ? (size_t)t->count : 1) * sizeof **tmp);
  for (int64_t k = 0; *tmp && k < t->count; k++) (*tmp)[k] = (double)t->i[k];
  return *tmp;
}

/*===-- Stride-1 fast path ------------------------------------------------------------------===*/

/* Consecutive wide outputs kept in registers as vectors: QcnnVecF/QcnnVecI, or QcnnVec4F on CPUs with
 * AVX2. Either way each lane computes exactly the scalar sum. */
#define TILE 8

/* Geometry of a 1-D or 2-D stride-1 conv (1-D as a height-1 2-D one) on padded planes. */
typedef struct {
  int64_t ih, iw, oh, ow, pt, pl; /* input, output, top/left padding */
  int64_t wp, plane;              /* padded width and plane size */
  int64_t taps, wide;             /* kernel taps; wide outputs, rounded up to a whole tile */
  int64_t *off;                   /* per tap, its offset in the padded plane */
} Flat;

static bool flatInit(const QcnnWindow *win, Flat *g) {
  bool two = win->nsp == 2;
  int64_t kh = two ? win->kernel[0] : 1, dh = two ? win->dil[0] : 1, h = two ? 1 : 0;
  *g = (Flat){.ih = two ? win->in[0] : 1, .iw = win->in[h], .oh = two ? win->out[0] : 1, .ow = win->out[h],
              .pt = two ? win->padBegin[0] : 0, .pl = win->padBegin[h], .taps = kh * win->kernel[h]};
  g->wp = g->iw + win->padBegin[h] + win->padEnd[h];
  g->plane = (g->ih + (two ? win->padBegin[0] + win->padEnd[0] : 0)) * g->wp;
  g->wide = ((g->oh - 1) * g->wp + g->ow + TILE - 1) / TILE * TILE;
  g->off = malloc((size_t)g->taps * sizeof *g->off);
  for (int64_t k = 0; g->off && k < g->taps; k++)
    g->off[k] = k / win->kernel[h] * dh * g->wp + k % win->kernel[h] * win->dil[h];
  return g->off;
}

/* Two output channels (one x load feeds both): wide_o[j] = init_o + the sum over (channel, tap) of
 * w_o * xp[channel plane + j + off[tap]]. The last tile reads at most TILE - 2 elements past the last
 * plane (the caller allocates TILE more). */
#define CONV_TILES(NAME, ATTR, T, V, LANES)                                                                  \
  ATTR static void NAME(const Flat *g, int64_t cg, const T *restrict xp, const T *w0, const T *w1, T init0,  \
                        T init1, T *wide0, T *wide1) {                                                        \
    enum { VECS = TILE / LANES };                                                                              \
    int64_t taps = g->taps, plane = g->plane;                                                                  \
    const int64_t *off = g->off;                                                                               \
    for (int64_t j = 0; j < g->wide; j += TILE) {                                                              \
      V t0[VECS], t1[VECS];                                                                                    \
      for (int v = 0; v < VECS; v++)                                                                           \
        for (int l = 0; l < LANES; l++) t0[v][l] = init0, t1[v][l] = init1;                                    \
      for (int64_t c = 0; c < cg; c++)                                                                         \
        for (int64_t k = 0; k < taps; k++) {                                                                   \
          const T *xr = xp + c * plane + off[k] + j;                                                           \
          T a = w0[c * taps + k], b = w1[c * taps + k];                                                        \
          for (int v = 0; v < VECS; v++) {                                                                     \
            V xv;                                                                                              \
            memcpy(&xv, xr + v * LANES, sizeof xv);                                                            \
            t0[v] += a * xv;                                                                                   \
            t1[v] += b * xv;                                                                                   \
          }                                                                                                    \
        }                                                                                                      \
      memcpy(wide0 + j, t0, sizeof t0);                                                                        \
      memcpy(wide1 + j, t1, sizeof t1);                                                                        \
    }                                                                                                          \
  }
CONV_TILES(tilesF, , double, QcnnVecF, QCNN_VEC_LANES)
CONV_TILES(tilesI, , int64_t, QcnnVecI, QCNN_VEC_LANES)
#ifdef QCNN_HAVE_AVX2
CONV_TILES(tilesFAvx2, __attribute__((target("avx2"))), double, QcnnVec4F, 4)
#endif

/* The float tiles for this CPU. */
static void (*floatTiles(void))(const Flat *, int64_t, const double *restrict, const double *, const double *, double,
                                double, double *, double *) {
#ifdef QCNN_HAVE_AVX2
  if (qcnnCpuHasAvx2()) return tilesFAvx2;
#endif
  return tilesF;
}

/* The largest magnitude in v; false if it is 2^63 (INT64_MIN has no int64 magnitude). */
static bool maxAbs(const int64_t *v, int64_t n, int64_t *m) {
  *m = 0;
  for (int64_t k = 0; k < n; k++) {
    if (v[k] == INT64_MIN) return false;
    *m = v[k] > *m ? v[k] : -v[k] > *m ? -v[k] : *m;
  }
  return true;
}

/* Whether the fast path computes exactly what the generic loop does. It adds x * w for the padding
 * positions the generic loop skips: harmless for integers (given no int64 overflow, checked here on a
 * bound, since the fast path does not check per term) and for finite float weights, as s + (+-0) == s
 * unless s is -0, which a sum only is if it starts at a -0 bias. */
static bool fastExact(const QcnnWindow *win, int64_t cg, const QcnnTensor *x, const QcnnTensor *w,
                      const QcnnTensor *b, const double *wf, bool intPath) {
  if (intPath) {
    int64_t xm, wm, bm = 0, p, terms = cg;
    for (int d = 0; d < win->nsp; d++) terms *= win->kernel[d];
    return maxAbs(x->i, x->count, &xm) && maxAbs(w->i, w->count, &wm) && (!b || maxAbs(b->i, b->count, &bm)) &&
           !__builtin_mul_overflow(xm, wm, &p) && !__builtin_mul_overflow(p, terms, &p) &&
           !__builtin_add_overflow(p, bm, &p);
  }
  bool padded = false;
  for (int d = 0; d < win->nsp; d++) padded = padded || win->padBegin[d] || win->padEnd[d];
  if (!padded) return true;
  for (int64_t k = 0; k < w->count; k++)
    if (!isfinite(wf[k])) return false;
  for (int64_t k = 0; b && k < b->count; k++)
    if (qcnnTensorGetF(b, k) == 0 && signbit(qcnnTensorGetF(b, k))) return false;
  return true;
}

static bool fastApplies(const QcnnWindow *win) {
  for (int d = 0; d < win->nsp; d++)
    if (win->stride[d] != 1 || win->out[d] == 0) return false;
  return win->nsp <= 2;
}

/* The fast path, on double or int64 elements; y already allocated. */
static bool convFast(const QcnnWindow *win, int64_t group, const QcnnTensor *x, const QcnnTensor *w,
                     const QcnnTensor *b, const double *xf, const double *wf, QcnnTensor *y) {
  bool isInt = y->isInt;
  size_t esz = isInt ? sizeof(int64_t) : sizeof(double);
  int64_t m = w->shape[0], cg = w->shape[1], mg = m / group;
  Flat g;
  if (!flatInit(win, &g)) return false;
  char *xp = calloc((size_t)(cg * g.plane + TILE), esz), *wide = malloc(2 * (size_t)g.wide * esz);
  bool ok = xp && wide;
  const char *xsrc = isInt ? (const char *)x->i : (const char *)xf;
  char *ydst = isInt ? (char *)y->i : (char *)y->f;
  int64_t inPlane = g.ih * g.iw, outPlane = g.oh * g.ow;
  for (int64_t n = 0; ok && n < x->shape[0]; n++)
    for (int64_t gr = 0; gr < group; gr++) {
      for (int64_t c = 0; c < cg; c++)
        for (int64_t h = 0; h < g.ih; h++)
          memcpy(xp + (size_t)(c * g.plane + (h + g.pt) * g.wp + g.pl) * esz,
                 xsrc + (size_t)(((n * group + gr) * cg + c) * inPlane + h * g.iw) * esz, (size_t)g.iw * esz);
      for (int64_t oc = gr * mg; oc < (gr + 1) * mg; oc += 2) {
        int64_t o1 = oc + 1 < (gr + 1) * mg ? oc + 1 : oc; /* an odd last channel is computed twice */
        char *wide1 = wide + (size_t)g.wide * esz;
        if (isInt)
          tilesI(&g, cg, (const int64_t *)xp, w->i + oc * cg * g.taps, w->i + o1 * cg * g.taps, b ? b->i[oc] : 0,
                 b ? b->i[o1] : 0, (int64_t *)wide, (int64_t *)wide1);
        else
          floatTiles()(&g, cg, (const double *)xp, wf + oc * cg * g.taps, wf + o1 * cg * g.taps,
                       b ? qcnnTensorGetF(b, oc) : 0, b ? qcnnTensorGetF(b, o1) : 0, (double *)wide, (double *)wide1);
        for (int64_t h = 0; h < g.oh; h++) {
          memcpy(ydst + (size_t)((n * m + oc) * outPlane + h * g.ow) * esz, wide + (size_t)(h * g.wp) * esz,
                 (size_t)g.ow * esz);
          memcpy(ydst + (size_t)((n * m + o1) * outPlane + h * g.ow) * esz, wide1 + (size_t)(h * g.wp) * esz,
                 (size_t)g.ow * esz);
        }
      }
    }
  free(g.off);
  free(xp);
  free(wide);
  return ok;
}

/*===-- Generic path -------------------------------------------------------------------------===*/

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

/* The generic loop; y already allocated (zeroed). */
static bool convGeneric(QcnnEval *e, const QcnnWindow *win, int64_t group, const QcnnTensor *x, const QcnnTensor *w,
                        const QcnnTensor *b, const double *xf, const double *wf, QcnnTensor *y) {
  bool intPath = y->isInt, ok = true;
  int64_t m = w->shape[0], cg = w->shape[1], mg = m / group, *shape = y->shape;
  int64_t xs[QCNN_MAX_RANK], ws[QCNN_MAX_RANK], ys[QCNN_MAX_RANK];
  qcnnStrides(x->rank, x->shape, xs);
  qcnnStrides(w->rank, w->shape, ws);
  qcnnStrides(y->rank, y->shape, ys);
  Run r = {.win = win, .xs = xs + 2, .os = ys + 2};
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
          for (int d = 0; d < win->nsp; d++) wo += kk[d] * ws[d + 2];
          int last = win->nsp - 1;
          int64_t step = win->stride[last], len = r.hi[last] - r.lo[last], idx[QCNN_MAX_SPATIAL] = {0}, yo, xo;
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
        } while (ok && qcnnOdometerNext(win->nsp, win->kernel, kk));
      }
    }
  return ok;
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
  int64_t m = w->shape[0], cg = w->shape[1];
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
  double *xTmp = NULL, *wTmp = NULL;
  const double *xf = intPath ? NULL : asDoubles(x, &xTmp), *wf = intPath ? NULL : asDoubles(w, &wTmp);
  bool ok = intPath || (xf && wf);
  if (!ok) qcnnEmitError(e->loc, "cannot allocate the conv operands as float");
  /* the fast path writes every output; the generic one accumulates into zeros */
  bool fast = ok && fastApplies(&win) && fastExact(&win, cg, x, w, b, wf, intPath);
  ok = ok && (fast ? qcnnEvalOutUninit : qcnnEvalOut)(e, 0, intPath, x->rank, shape);
  if (ok && fast) {
    ok = convFast(&win, group, x, w, b, xf, wf, &e->out[0]);
    if (!ok) qcnnEmitError(e->loc, "cannot allocate the conv scratch planes");
  } else if (ok) {
    ok = convGeneric(e, &win, group, x, w, b, xf, wf, &e->out[0]);
  }
  free(xTmp);
  free(wTmp);
  return ok;
}
