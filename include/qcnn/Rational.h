/* Exact dyadic arithmetic for threshold computation: every finite float32/float64 is m·2^e, and so are
 * products and sums of them, so thresholds derived from scales, biases and rounding boundaries can be
 * computed without drift and only rounded once, in a chosen direction, when stored.
 *
 * A QcnnDyadic is mant·2^exp with a 63-bit signed mantissa; operations report overflow of the mantissa
 * instead of rounding (callers then leave the rewrite undone and say why). */
#ifndef QCNN_RATIONAL_H
#define QCNN_RATIONAL_H

#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  int64_t mant; /* odd, or 0 (normalised) */
  int32_t exp;
} QcnnDyadic;

/* num·2^exp, normalised. */
QcnnDyadic qcnnDyadicGet(int64_t num, int32_t exp);
/* The exact value of a finite double (false for NaN/inf). */
bool qcnnDyadicFromDouble(double d, QcnnDyadic *out);
/* a·b and a+b exactly; false if the result mantissa needs more than 63 bits. */
bool qcnnDyadicMul(QcnnDyadic a, QcnnDyadic b, QcnnDyadic *out);
bool qcnnDyadicAdd(QcnnDyadic a, QcnnDyadic b, QcnnDyadic *out);
/* -1, 0 or +1 as a <, =, > b. */
int qcnnDyadicCompare(QcnnDyadic a, QcnnDyadic b);
static inline int qcnnDyadicSign(QcnnDyadic a) { return (a.mant > 0) - (a.mant < 0); }

/* The smallest double d with d >= a (strict: d > a), i.e. the threshold T for which `x >= T` holds for
 * exactly the doubles x with x >= a (x > a). False if it would overflow to infinity. */
bool qcnnDyadicCeilToDouble(QcnnDyadic a, bool strict, double *out);
/* The same for float32 values. */
bool qcnnDyadicCeilToFloat(QcnnDyadic a, bool strict, float *out);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_RATIONAL_H */
