/* Exact dyadic arithmetic (include/qcnn/Rational.h). The only file that uses the compiler's 128-bit
 * integers: products and aligned sums of 63-bit mantissas fit in them exactly. */
#include "qcnn/Rational.h"

#include <float.h>
#include <math.h>

typedef __int128 Wide;

/* Bit scans instead of bit-by-bit loops: normalising every weight was the hot spot of convert-quant. */
static int bitLength(unsigned __int128 v) {
  uint64_t hi = (uint64_t)(v >> 64), lo = (uint64_t)v;
  return hi ? 128 - __builtin_clzll(hi) : lo ? 64 - __builtin_clzll(lo) : 0;
}

static int trailingZeros(unsigned __int128 v) { /* v != 0 */
  uint64_t lo = (uint64_t)v;
  return lo ? __builtin_ctzll(lo) : 64 + __builtin_ctzll((uint64_t)(v >> 64));
}

/* Normalises a wide mantissa; false if it does not fit the 63-bit mantissa. */
static bool fromWide(Wide m, int64_t exp, QcnnDyadic *out) {
  if (m == 0) {
    *out = (QcnnDyadic){0, 0};
    return true;
  }
  unsigned __int128 mag = m < 0 ? -(unsigned __int128)m : (unsigned __int128)m;
  int tz = trailingZeros(mag);
  mag >>= tz;
  exp += tz;
  if (mag > (unsigned __int128)INT64_MAX || exp > INT32_MAX || exp < INT32_MIN) return false;
  *out = (QcnnDyadic){m < 0 ? -(int64_t)mag : (int64_t)mag, (int32_t)exp};
  return true;
}

QcnnDyadic qcnnDyadicGet(int64_t num, int32_t exp) {
  QcnnDyadic d;
  fromWide(num, exp, &d); /* cannot fail: an int64 mantissa only shrinks */
  return d;
}

bool qcnnDyadicFromDouble(double d, QcnnDyadic *out) {
  if (!isfinite(d)) return false;
  int e;
  double m = frexp(d, &e); /* d = m·2^e, 0.5 <= |m| < 1: 53 significant bits */
  return fromWide((Wide)(int64_t)ldexp(m, 53), (int64_t)e - 53, out);
}

bool qcnnDyadicMul(QcnnDyadic a, QcnnDyadic b, QcnnDyadic *out) {
  return fromWide((Wide)a.mant * b.mant, (int64_t)a.exp + b.exp, out);
}

bool qcnnDyadicAdd(QcnnDyadic a, QcnnDyadic b, QcnnDyadic *out) {
  if (a.mant == 0 || b.mant == 0) {
    *out = a.mant == 0 ? b : a;
    return true;
  }
  if (a.exp < b.exp) {
    QcnnDyadic t = a;
    a = b;
    b = t;
  }
  int64_t shift = (int64_t)a.exp - b.exp;
  if (shift > 63) return false; /* an odd mantissa shifted that far cannot fit 63 bits */
  return fromWide((Wide)a.mant * ((Wide)1 << shift) + b.mant, b.exp, out);
}

int qcnnDyadicCompare(QcnnDyadic a, QcnnDyadic b) {
  int sa = qcnnDyadicSign(a), sb = qcnnDyadicSign(b);
  if (sa != sb || sa == 0) return (sa > sb) - (sa < sb);
  /* Same sign: compare magnitudes |m|·2^e, first by their binary order of magnitude. */
  unsigned __int128 ma = (unsigned __int128)(a.mant < 0 ? -(Wide)a.mant : a.mant);
  unsigned __int128 mb = (unsigned __int128)(b.mant < 0 ? -(Wide)b.mant : b.mant);
  int64_t oa = bitLength(ma) + (int64_t)a.exp, ob = bitLength(mb) + (int64_t)b.exp;
  int mag;
  if (oa != ob) {
    mag = oa > ob ? 1 : -1;
  } else { /* equal order: the exponents differ by less than 64, so aligning fits 128 bits */
    if (a.exp > b.exp) ma <<= (a.exp - b.exp);
    else mb <<= (b.exp - a.exp);
    mag = (ma > mb) - (ma < mb);
  }
  return sa > 0 ? mag : -mag;
}

/* Does threshold t (exact double) admit exactly the values above a? */
static bool admits(double t, QcnnDyadic a, bool strict) {
  QcnnDyadic dt;
  qcnnDyadicFromDouble(t, &dt);
  int c = qcnnDyadicCompare(dt, a);
  return strict ? c > 0 : c >= 0;
}

bool qcnnDyadicCeilToDouble(QcnnDyadic a, bool strict, double *out) {
  /* A nearby start, then exact one-ulp steps decided by exact comparisons. */
  double t = ldexp((double)a.mant, a.exp);
  while (isfinite(t) && !admits(t, a, strict)) t = nextafter(t, INFINITY);
  if (!isfinite(t)) {
    if (t > 0) return false;
    t = -DBL_MAX;
  }
  for (double p = nextafter(t, -INFINITY); isfinite(p) && admits(p, a, strict); p = nextafter(p, -INFINITY)) t = p;
  *out = t;
  return true;
}

bool qcnnDyadicCeilToFloat(QcnnDyadic a, bool strict, float *out) {
  float t = (float)ldexp((double)a.mant, a.exp);
  while (isfinite(t) && !admits(t, a, strict)) t = nextafterf(t, INFINITY);
  if (!isfinite(t)) {
    if (t > 0) return false;
    t = -FLT_MAX;
  }
  for (float p = nextafterf(t, -INFINITY); isfinite(p) && admits(p, a, strict); p = nextafterf(p, -INFINITY)) t = p;
  *out = t;
  return true;
}
