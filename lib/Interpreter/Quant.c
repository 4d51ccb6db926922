/* QONNX quantization ops: Quant (IntQuant), BipolarQuant, Trunc (v2 operand layout), MultiThreshold,
 * QuantAvgPool2d. Computed in double: x/scale of two float32-exact numbers is correctly rounded and
 * cannot land on a rounding boundary (an integer or half-integer) unless the exact quotient does, so
 * every rounding mode gives the exact-arithmetic result (docs/semantics.md). */
#include "Eval.h"

#include <ctype.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

typedef enum { R_ROUND, R_CEIL, R_FLOOR, R_UP, R_DOWN, R_HALF_UP, R_HALF_DOWN } Rounding;

static bool parseRounding(QcnnEval *e, Rounding *out) {
  static const char *const names[] = {"ROUND", "CEIL", "FLOOR", "UP", "DOWN", "HALF_UP", "HALF_DOWN"};
  char buf[32];
  if (!qcnnEvalAttrString(e, QCNN_ATTR_ROUNDING_MODE, buf, sizeof buf)) return false;
  for (char *p = buf; *p; p++) *p = (char)toupper((unsigned char)*p);
  for (int r = 0; r < (int)(sizeof names / sizeof names[0]); r++)
    if (strcmp(buf, names[r]) == 0) {
      *out = (Rounding)r;
      return true;
    }
  qcnnEmitError(e->loc, "unknown rounding_mode '%s' (ROUND, CEIL, FLOOR, UP, DOWN, HALF_UP, HALF_DOWN)", buf);
  return false;
}

/* nearbyint in the default FE_TONEAREST mode (half to even), inline: below 2^52 adding and
 * subtracting 2^52 rounds the magnitude to an integer; from 2^52 on (and NaN, inf) v is its own value. */
static inline double roundHalfEven(double v) {
  double a = fabs(v);
  return a < 0x1p52 ? copysign((a + 0x1p52) - 0x1p52, v) : v;
}

static inline double roundBy(Rounding r, double v) {
  switch (r) {
  case R_ROUND: return roundHalfEven(v);
  case R_CEIL: return ceil(v);
  case R_FLOOR: return floor(v);
  case R_UP: return v >= 0 ? ceil(v) : floor(v);
  case R_DOWN: return trunc(v);
  case R_HALF_UP: return round(v); /* half away from zero */
  case R_HALF_DOWN: return fabs(v - trunc(v)) == 0.5 ? trunc(v) : round(v);
  }
  return v;
}

/* QONNX min_int/max_int. */
static void intRange(bool isSigned, bool narrow, double bits, double *lo, double *hi) {
  if (isSigned) {
    *lo = -ldexp(1, (int)bits - 1) + (narrow ? 1 : 0);
    *hi = ldexp(1, (int)bits - 1) - 1;
  } else {
    *lo = 0;
    *hi = ldexp(1, (int)bits) - 1 - (narrow ? 1 : 0);
  }
}

static bool validBits(QcnnEval *e, double bits) {
  if (bits >= 1 && bits <= 62 && bits == floor(bits)) return true;
  qcnnEmitError(e->loc, "bit width %g is not an integer in [1, 62]", bits);
  return false;
}

/* One Quant element, given the range of its bit width. */
static inline double quantize(Rounding mode, bool bipolar, double lo, double hi, double x, double scale, double zp) {
  double v = x / scale + zp, q;
  if (bipolar) q = v >= 0 ? 1 : -1; /* QONNX: 1-bit signed Quant is bipolar */
  else q = roundBy(mode, qcnnFMin(qcnnFMax(v, lo), hi));
  return (q - zp) * scale;
}

/* quantize() with ROUND, per-tensor parameters and a range within +-2^51 on whole vectors (returns how
 * many elements it did): the same operations lane by lane, with the compares as masks instead of
 * branches (after relu, which side of lo an element falls on is unpredictable). */
#define QUANT_ROUND_VEC(NAME, ATTR, V, VI, LANES)                                                            \
  ATTR static int64_t NAME(double lo, double hi, const double *x, double scale, double zp, double *y,        \
                           int64_t n) {                                                                        \
    V los, his, big;                                                                                           \
    VI sign;                                                                                                   \
    for (int l = 0; l < LANES; l++) los[l] = lo, his[l] = hi, big[l] = 0x1p52, sign[l] = INT64_MIN;            \
    int64_t k = 0;                                                                                             \
    for (; k + LANES <= n; k += LANES) {                                                                       \
      V v;                                                                                                     \
      memcpy(&v, x + k, sizeof v);                                                                             \
      v = v / scale + zp;                                                                                      \
      VI ge = v >= los; /* qcnnFMax(v, lo): v unless below lo or NaN */                                        \
      v = (V)(((VI)v & ge) | ((VI)los & ~ge));                                                                 \
      VI le = v <= his; /* qcnnFMin(v, hi) */                                                                  \
      v = (V)(((VI)v & le) | ((VI)his & ~le));                                                                 \
      V a = (V)((VI)v & ~sign); /* roundHalfEven: |v| < 2^51 here */                                          \
      V r = (V)((VI)((a + big) - big) | ((VI)v & sign));                                                       \
      r = (r - zp) * scale;                                                                                    \
      memcpy(y + k, &r, sizeof r);                                                                             \
    }                                                                                                          \
    return k;                                                                                                  \
  }
QUANT_ROUND_VEC(quantizeRoundVec, , QcnnVecF, QcnnVecI, QCNN_VEC_LANES)
#ifdef QCNN_HAVE_AVX2
QUANT_ROUND_VEC(quantizeRoundVecAvx2, __attribute__((target("avx2"))), QcnnVec4F, QcnnVec4I, 4)
#endif

/* The attributes Quant and Trunc share. */
static bool quantAttrs(QcnnEval *e, int64_t *isSigned, int64_t *narrow, Rounding *mode) {
  return qcnnEvalAttrI64(e, QCNN_ATTR_SIGNED, isSigned) && qcnnEvalAttrI64(e, QCNN_ATTR_NARROW, narrow) &&
         parseRounding(e, mode);
}

bool qcnnEvalQuant(QcnnEval *e) {
  int64_t isSigned, narrow;
  Rounding mode;
  if (!quantAttrs(e, &isSigned, &narrow, &mode)) return false;
  QcnnBroadcast b;
  if (!qcnnBroadcastInit(e, &b, 4, e->in) || !qcnnEvalOutUninit(e, 0, false, b.rank, b.shape)) return false;
  const QcnnTensor *x = e->in[0];
  double *y = e->out[0].f;
  if (e->in[1]->count == 1 && e->in[2]->count == 1 && e->in[3]->count == 1 && b.count == x->count) {
    /* per-tensor parameters (the common case): hoisted, and x read in order */
    double scale = qcnnTensorGetF(e->in[1], 0), zp = qcnnTensorGetF(e->in[2], 0), bits = qcnnTensorGetF(e->in[3], 0);
    double lo, hi;
    if (!validBits(e, bits)) return false;
    intRange(isSigned, narrow, bits, &lo, &hi);
    bool bipolar = bits == 1 && isSigned;
    int64_t k = 0;
    if (mode == R_ROUND && !bipolar && bits <= 51 && !x->isInt) {
#ifdef QCNN_HAVE_AVX2
      if (qcnnCpuHasAvx2()) k = quantizeRoundVecAvx2(lo, hi, x->f, scale, zp, y, b.count);
#endif
      k += quantizeRoundVec(lo, hi, x->f + k, scale, zp, y + k, b.count - k);
    }
    for (; k < b.count; k++) y[k] = quantize(mode, bipolar, lo, hi, qcnnTensorGetF(x, k), scale, zp);
    return true;
  }
  QcnnBroadcastIter it = {0};
  double rangeBits = -1, lo = 0, hi = 0; /* the range of the last bit width seen */
  for (int64_t k = 0; k < b.count; k++, qcnnBroadcastNext(&b, 4, &it)) {
    double bits = qcnnTensorGetF(e->in[3], it.off[3]);
    if (bits != rangeBits) {
      if (!validBits(e, bits)) return false;
      intRange(isSigned, narrow, bits, &lo, &hi);
      rangeBits = bits;
    }
    y[k] = quantize(mode, bits == 1 && isSigned, lo, hi, qcnnTensorGetF(x, it.off[0]),
                    qcnnTensorGetF(e->in[1], it.off[1]), qcnnTensorGetF(e->in[2], it.off[2]));
  }
  return true;
}

bool qcnnEvalBipolarQuant(QcnnEval *e) {
  QcnnBroadcast b;
  if (!qcnnBroadcastInit(e, &b, 2, e->in) || !qcnnEvalOut(e, 0, false, b.rank, b.shape)) return false;
  QcnnBroadcastIter it = {0};
  for (int64_t k = 0; k < b.count; k++, qcnnBroadcastNext(&b, 2, &it)) {
    double x = qcnnTensorGetF(e->in[0], it.off[0]);
    double scale = qcnnTensorGetF(e->in[1], it.off[1]);
    e->out[0].f[k] = (x >= 0 ? 1 : -1) * scale;
  }
  return true;
}

bool qcnnEvalTrunc(QcnnEval *e) {
  int64_t isSigned, narrow;
  Rounding mode;
  if (!quantAttrs(e, &isSigned, &narrow, &mode)) return false;
  QcnnBroadcast b;
  if (!qcnnBroadcastInit(e, &b, 6, e->in) || !qcnnEvalOut(e, 0, false, b.rank, b.shape)) return false;
  QcnnBroadcastIter it = {0};
  for (int64_t k = 0; k < b.count; k++, qcnnBroadcastNext(&b, 6, &it)) {
    double v[6];
    for (int j = 0; j < 6; j++) v[j] = qcnnTensorGetF(e->in[j], it.off[j]);
    double x = v[0], scale = v[1], zp = v[2], outScale = v[4], outBits = v[5];
    if (!validBits(e, outBits)) return false;
    /* The input is already on the in_bitwidth grid: snap it (half-even), then divide by the power of two
     * nearest to out_scale/scale, clamp, and round by the mode. */
    double y = nearbyint(x / scale + zp);
    double truncScale = ldexp(1, (int)nearbyint(log2(outScale / scale)));
    double lo, hi;
    intRange(isSigned, narrow, outBits, &lo, &hi);
    y = roundBy(mode, qcnnFMin(qcnnFMax(y / truncScale, lo), hi));
    e->out[0].f[k] = (y - zp / truncScale) * outScale;
  }
  return true;
}

bool qcnnThresholdKernel(QcnnEval *e, const QcnnTensor *x, const QcnnTensor *th, int cAxis, double scale,
                         double bias, QcnnTensor *y) {
  if (th->rank != 2 || x->rank < 1) {
    qcnnEmitError(e->loc, "thresholds must have shape [C or 1, T] and the input rank >= 1");
    return false;
  }
  int64_t channels = x->shape[cAxis], numT = th->shape[1];
  if (th->shape[0] != 1 && th->shape[0] != channels) {
    qcnnEmitError(e->loc, "thresholds have %lld rows, expected 1 or %lld channels", (long long)th->shape[0],
                  (long long)channels);
    return false;
  }
  /* Rows as doubles, and whether all are sorted (as FINN's are): then the count is a binary search,
   * which matters with 255 steps. NaN thresholds make a row unsorted; a NaN x counts 0 either way. */
  double *t = malloc((th->count ? (size_t)th->count : 1) * sizeof *t);
  if (!t) {
    qcnnEmitError(e->loc, "cannot allocate the thresholds");
    return false;
  }
  bool sorted = true;
  for (int64_t j = 0; j < th->count; j++) {
    t[j] = qcnnTensorGetF(th, j);
    sorted = sorted && (j % numT == 0 || t[j - 1] <= t[j]);
  }
  int64_t inner = 1;
  for (int d = cAxis + 1; d < x->rank; d++) inner *= x->shape[d];
  for (int64_t k = 0; k < x->count; k++) {
    const double *row = t + (th->shape[0] == 1 ? 0 : (k / inner) % channels) * numT;
    double v = qcnnTensorGetF(x, k);
    int64_t n = 0;
    if (!sorted) {
      for (int64_t j = 0; j < numT; j++) n += v >= row[j];
    } else if (v == v) { /* n = the first index whose threshold exceeds v */
      for (int64_t hi = numT; n < hi;) {
        int64_t mid = n + (hi - n) / 2;
        if (row[mid] <= v) n = mid + 1;
        else hi = mid;
      }
    }
    if (y->isInt) y->i[k] = (int64_t)scale * n + (int64_t)bias;
    else y->f[k] = scale * (double)n + bias;
  }
  free(t);
  return true;
}

bool qcnnEvalMultiThreshold(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  char layout[16];
  double outScale, outBias;
  if (!qcnnEvalAttrString(e, QCNN_ATTR_DATA_LAYOUT, layout, sizeof layout) ||
      !qcnnEvalAttrF64(e, QCNN_ATTR_OUT_SCALE, &outScale) || !qcnnEvalAttrF64(e, QCNN_ATTR_OUT_BIAS, &outBias))
    return false;
  if (x->rank < 2) {
    qcnnEmitError(e->loc, "multithreshold needs an input of rank >= 2");
    return false;
  }
  /* Channels: axis 1 in NCHW (and for any rank-2 input), the last axis in NHWC. */
  bool nhwc = strcmp(layout, "NHWC") == 0;
  if (!nhwc && strcmp(layout, "NCHW") != 0) {
    qcnnEmitError(e->loc, "unknown data_layout '%s' (NCHW or NHWC)", layout);
    return false;
  }
  return qcnnEvalOut(e, 0, false, x->rank, x->shape) &&
         qcnnThresholdKernel(e, x, e->in[1], nhwc ? x->rank - 1 : 1, outScale, outBias, &e->out[0]);
}

bool qcnnEvalQuantAvgPool(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t kernel, stride, ibits, obits;
  char layout[16];
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_KERNEL, &kernel) || !qcnnEvalAttrI64(e, QCNN_ATTR_STRIDE, &stride) ||
      !qcnnEvalAttrI64(e, QCNN_ATTR_IBITS, &ibits) || !qcnnEvalAttrI64(e, QCNN_ATTR_OBITS, &obits) ||
      !qcnnEvalAttrString(e, QCNN_ATTR_DATA_LAYOUT, layout, sizeof layout))
    return false;
  bool nhwc = strcmp(layout, "NHWC") == 0;
  if (x->rank != 4 || kernel < 1 || stride < 1 || ibits < 1 || ibits > 32 || (!nhwc && strcmp(layout, "NCHW"))) {
    qcnnEmitError(e->loc, "quant_avg_pool needs a rank-4 NCHW/NHWC input, kernel/stride >= 1 and ibits in [1, 32]");
    return false;
  }
  for (int64_t k = 0; k < x->count; k++)
    if (qcnnTensorGetF(x, k) != floor(qcnnTensorGetF(x, k))) {
      qcnnEmitError(e->loc, "quant_avg_pool input is not integer at flat index %lld", (long long)k);
      return false;
    }
  /* FINN: sum the window, then shift right by the accumulator width beyond obits. */
  int64_t maxSum = ((INT64_C(1) << ibits) - 1) * kernel * kernel, accBits = 0;
  while (maxSum >> accBits) accBits++;
  int64_t shift = accBits > obits ? accBits - obits : 0;
  int hA = nhwc ? 1 : 2, wA = hA + 1, cA = nhwc ? 3 : 1;
  int64_t shape[4];
  memcpy(shape, x->shape, sizeof shape);
  shape[hA] = (x->shape[hA] - kernel) / stride + 1;
  shape[wA] = (x->shape[wA] - kernel) / stride + 1;
  if (shape[hA] < 1 || shape[wA] < 1) {
    qcnnEmitError(e->loc, "quant_avg_pool kernel %lld exceeds the input", (long long)kernel);
    return false;
  }
  if (!qcnnEvalOut(e, 0, true, 4, shape)) return false;
  int64_t xs[4], ys[4];
  qcnnStrides(4, x->shape, xs);
  qcnnStrides(4, shape, ys);
  for (int64_t n = 0; n < shape[0]; n++)
    for (int64_t c = 0; c < shape[cA]; c++)
      for (int64_t oh = 0; oh < shape[hA]; oh++)
        for (int64_t ow = 0; ow < shape[wA]; ow++) {
          int64_t sum = 0;
          for (int64_t kh = 0; kh < kernel; kh++)
            for (int64_t kw = 0; kw < kernel; kw++)
              sum += (int64_t)qcnnTensorGetF(x, n * xs[0] + c * xs[cA] + (oh * stride + kh) * xs[hA] +
                                                    (ow * stride + kw) * xs[wA]);
          /* arithmetic shift: floor division by 2^shift, also for negative sums */
          int64_t q = sum >= 0 ? sum >> shift : -((-sum + (INT64_C(1) << shift) - 1) >> shift);
          e->out[0].i[n * ys[0] + c * ys[cA] + oh * ys[hA] + ow * ys[wA]] = q;
        }
  return true;
}
