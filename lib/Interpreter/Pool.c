/* MaxPool, AveragePool (ONNX, N-d), GlobalAveragePool and GlobalAccPool (the sum that gap folding
 * leaves: GlobalAveragePool times H·W, exact on integers); the NHWC max and sum kernels of qdf.maxpool
 * and qdf.accpool. */
#include "Eval.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Kernel offsets [lo, hi) of spatial dim d that read inside the input for output position o, and how
 * many read inside the padded input (ceil_mode can place a window's end beyond the padding). */
static void kernelRange(const QcnnWindow *w, int d, int64_t o, int64_t *lo, int64_t *hi, int64_t *padded) {
  int64_t start = o * w->stride[d] - w->padBegin[d], s = w->dil[d];
  *lo = start >= 0 ? 0 : (-start + s - 1) / s;
  int64_t end = w->in[d] - start; /* k * s < end */
  *hi = end <= 0 ? 0 : (end + s - 1) / s;
  if (*hi > w->kernel[d]) *hi = w->kernel[d];
  if (*lo > *hi) *lo = *hi;
  int64_t pend = end + w->padEnd[d];
  *padded = pend <= 0 ? 0 : (pend + s - 1) / s;
  if (*padded > w->kernel[d]) *padded = w->kernel[d];
}

/* What a pool computes: integer max, float max, or float average. */
typedef struct {
  bool intPath, isMax, includePad;
} PoolKind;

/* 1-D and 2-D pools (1-D as height 1), one output row at a time, kernel tap by tap: each tap reduces
 * into the outputs it reads inside the input for (a contiguous range of columns), so every output still
 * sees its valid taps in row-major order, in loops without per-output bookkeeping. */
static bool pool2d(const QcnnWindow *w, PoolKind pk, const QcnnTensor *x, int64_t planes, QcnnTensor *y) {
  bool two = w->nsp == 2;
  int h = two ? 1 : 0; /* index of the width dim */
  int64_t ih = two ? w->in[0] : 1, iw = w->in[h], oh = two ? w->out[0] : 1, ow = w->out[h], kw = w->kernel[h];
  int64_t sw = w->stride[h], dw = w->dil[h], dh = two ? w->dil[0] : 1, pw = w->padBegin[h];
  /* per column: kernel lo, hi, padded count (for the average); per tap: its columns [lo, hi) */
  int64_t *cols = malloc((3 * (size_t)ow + 2 * (size_t)kw) * sizeof *cols), *taps = cols + 3 * ow;
  if (!cols) return false;
  for (int64_t c = 0; c < ow; c++) kernelRange(w, h, c, &cols[3 * c], &cols[3 * c + 1], &cols[3 * c + 2]);
  for (int64_t b = 0; b < kw; b++) {
    int64_t lo = pw - b * dw, hi = iw + pw - b * dw; /* columns c with lo <= c * sw < hi */
    taps[2 * b] = lo <= 0 ? 0 : (lo + sw - 1) / sw;
    taps[2 * b + 1] = hi <= 0 ? 0 : (hi + sw - 1) / sw;
    if (taps[2 * b] > ow) taps[2 * b] = ow;
    if (taps[2 * b + 1] > ow) taps[2 * b + 1] = ow;
    if (taps[2 * b + 1] < taps[2 * b]) taps[2 * b + 1] = taps[2 * b];
  }
  for (int64_t nc = 0; nc < planes; nc++)
    for (int64_t r = 0; r < oh; r++) {
      int64_t hlo = 0, hhi = 1, hpad = 1, row0 = two ? r * w->stride[0] - w->padBegin[0] : 0;
      if (two) kernelRange(w, 0, r, &hlo, &hhi, &hpad);
      int64_t *yi = pk.intPath ? y->i + (nc * oh + r) * ow : NULL;
      double *yf = pk.intPath ? NULL : y->f + (nc * oh + r) * ow;
      for (int64_t c = 0; c < ow; c++) {
        if (pk.intPath) yi[c] = INT64_MIN;
        else yf[c] = pk.isMax ? -INFINITY : 0;
      }
      for (int64_t a = hlo; a < hhi; a++)
        for (int64_t b = 0; b < kw; b++) {
          int64_t off = (nc * ih + row0 + a * dh) * iw - pw + b * dw, lo = taps[2 * b], hi = taps[2 * b + 1];
          if (pk.intPath) {
            for (int64_t c = lo; c < hi; c++) yi[c] = x->i[off + c * sw] > yi[c] ? x->i[off + c * sw] : yi[c];
          } else if (pk.isMax && !x->isInt) {
            /* qcnnFMax(best, v), as best is never NaN: a plain max instruction */
            for (int64_t c = lo; c < hi; c++) yf[c] = x->f[off + c * sw] > yf[c] ? x->f[off + c * sw] : yf[c];
          } else {
            for (int64_t c = lo; c < hi; c++) {
              double v = qcnnTensorGetF(x, off + c * sw);
              yf[c] = pk.isMax ? qcnnFMax(yf[c], v) : yf[c] + v;
            }
          }
        }
      for (int64_t c = 0; !pk.isMax && c < ow; c++)
        yf[c] /= (double)(pk.includePad ? hpad * cols[3 * c + 2] : (hhi - hlo) * (cols[3 * c + 1] - cols[3 * c]));
    }
  free(cols);
  return true;
}

/* Any rank, channels at axis `cAxis` (1, or the last), spatial dimensions the others after the batch:
 * for each output position, walks the whole window and skips what lies outside. */
static void poolNd(const QcnnWindow *win, PoolKind pk, const QcnnTensor *x, int cAxis, QcnnTensor *y) {
  int64_t xs[QCNN_MAX_RANK], ys[QCNN_MAX_RANK];
  int sp[QCNN_MAX_SPATIAL];
  qcnnStrides(x->rank, x->shape, xs);
  qcnnStrides(y->rank, y->shape, ys);
  for (int a = 1, d = 0; a < x->rank; a++)
    if (a != cAxis) sp[d++] = a;
  for (int64_t n = 0; n < x->shape[0]; n++)
    for (int64_t c = 0; c < x->shape[cAxis]; c++) {
      int64_t o[QCNN_MAX_SPATIAL] = {0};
      do {
        double sum = 0, best = -INFINITY;
        int64_t ibest = INT64_MIN, count = 0, yo = n * ys[0] + c * ys[cAxis];
        for (int d = 0; d < win->nsp; d++) yo += o[d] * ys[sp[d]];
        int64_t kk[QCNN_MAX_SPATIAL] = {0};
        do {
          int64_t xo = n * xs[0] + c * xs[cAxis];
          bool inside = true, inPadded = true;
          for (int d = 0; d < win->nsp; d++) {
            int64_t ic = qcnnWindowCoord(win, d, o[d], kk[d]);
            inside = inside && ic >= 0 && ic < win->in[d];
            inPadded = inPadded && ic >= -win->padBegin[d] && ic < win->in[d] + win->padEnd[d];
            xo += ic * xs[sp[d]];
          }
          if (inside || (pk.includePad && inPadded)) count++;
          if (!inside) continue;
          if (pk.intPath) ibest = x->i[xo] > ibest ? x->i[xo] : ibest;
          else if (pk.isMax) best = qcnnFMax(best, qcnnTensorGetF(x, xo));
          else sum += qcnnTensorGetF(x, xo);
        } while (qcnnOdometerNext(win->nsp, win->kernel, kk));
        if (pk.intPath) y->i[yo] = ibest;
        else y->f[yo] = pk.isMax ? best : sum / (double)count;
      } while (qcnnOdometerNext(win->nsp, win->out, o));
    }
}

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
  PoolKind pk = {.intPath = isMax && x->isInt, .isMax = isMax, .includePad = includePad != 0};
  if (!qcnnEvalOutUninit(e, 0, pk.intPath, x->rank, shape)) return false;
  if (win.nsp > 2) {
    poolNd(&win, pk, x, 1, &e->out[0]);
  } else if (!pool2d(&win, pk, x, shape[0] * shape[1], &e->out[0])) {
    qcnnEmitError(e->loc, "cannot allocate the pooling column ranges");
    return false;
  }
  return true;
}

bool qcnnMaxPoolNhwcKernel(QcnnEval *e, const QcnnTensor *x, const int64_t *kernel, const int64_t *stride) {
  if (x->rank != 4) {
    qcnnEmitError(e->loc, "NHWC max pooling needs a rank-4 input, got rank %d", x->rank);
    return false;
  }
  QcnnWindow win = {.nsp = 2};
  int64_t shape[4] = {x->shape[0], 0, 0, x->shape[3]};
  for (int d = 0; d < 2; d++) {
    win.in[d] = x->shape[d + 1];
    win.kernel[d] = kernel[d];
    win.stride[d] = stride[d];
    win.dil[d] = 1;
    win.out[d] = shape[d + 1] =
        kernel[d] < 1 || stride[d] < 1 ? -1 : qcnnWindowOutputSize(win.in[d], kernel[d], stride[d], 1, 0, 0, false);
    if (win.out[d] < 0) {
      qcnnEmitError(e->loc, "pool window %lld, stride %lld does not fit spatial dimension %d of size %lld",
                    (long long)kernel[d], (long long)stride[d], d, (long long)win.in[d]);
      return false;
    }
  }
  PoolKind pk = {.intPath = x->isInt, .isMax = true};
  if (!qcnnEvalOutUninit(e, 0, pk.intPath, 4, shape)) return false;
  poolNd(&win, pk, x, 3, &e->out[0]);
  return true;
}

bool qcnnEvalMaxPool(QcnnEval *e) { return pool(e, true); }
bool qcnnEvalAveragePool(QcnnEval *e) { return pool(e, false); }

bool qcnnSumPoolKernel(QcnnEval *e, const QcnnTensor *x, bool channelsLast, bool average) {
  if (x->rank < 3) {
    qcnnEmitError(e->loc, "global pooling needs an input of rank >= 3");
    return false;
  }
  /* The spatial dimensions are contiguous: x is outer x len (spatial) x inner. */
  int first = channelsLast ? 1 : 2, last = channelsLast ? x->rank - 1 : x->rank;
  int64_t shape[QCNN_MAX_RANK], outer = 1, len = 1, inner = 1;
  for (int d = 0; d < x->rank; d++) {
    bool spatial = d >= first && d < last;
    shape[d] = spatial ? 1 : x->shape[d];
    *(d < first ? &outer : spatial ? &len : &inner) *= x->shape[d];
  }
  bool intPath = !average && x->isInt;
  if (!qcnnEvalOut(e, 0, intPath, x->rank, shape)) return false;
  for (int64_t o = 0; o < outer; o++)
    for (int64_t i = 0; i < inner; i++) {
      int64_t isum = 0;
      double fsum = 0;
      for (int64_t j = 0; j < len; j++) {
        int64_t k = (o * len + j) * inner + i;
        if (intPath && __builtin_add_overflow(isum, x->i[k], &isum)) {
          qcnnEmitError(e->loc, "int64 overflow in the pooling sum");
          return false;
        }
        if (!intPath) fsum += qcnnTensorGetF(x, k);
      }
      if (intPath) e->out[0].i[o * inner + i] = isum;
      else e->out[0].f[o * inner + i] = average ? fsum / (double)len : fsum;
    }
  return true;
}

bool qcnnEvalGlobalPool(QcnnEval *e) {
  return qcnnSumPoolKernel(e, e->in[0], false, qcnnOpIs(e->op, QCNN_OP_GLOBAL_AVG_POOL));
}
