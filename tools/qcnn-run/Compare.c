/* Tensor comparison and the formatting of indices and values in messages. */
#include "Run.h"

#include <math.h>

bool qcnnSameShape(const QcnnTensor *a, const QcnnTensor *b) {
  if (a->rank != b->rank) return false;
  for (int d = 0; d < a->rank; d++)
    if (a->shape[d] != b->shape[d]) return false;
  return true;
}

int64_t qcnnCompareValues(const QcnnTensor *got, const QcnnTensor *expected, QcnnTolerance tol, int64_t *first) {
  int64_t n = 0;
  *first = -1;
  for (int64_t k = 0; k < got->count; k++) {
    bool same;
    if (got->isInt && expected->isInt) {
      same = got->i[k] == expected->i[k];
    } else {
      double g = qcnnTensorGetF(got, k), x = qcnnTensorGetF(expected, k);
      same = (isnan(g) && isnan(x)) || g == x || fabs(g - x) <= tol.atol + tol.rtol * fabs(x);
    }
    if (same) continue;
    if (n++ == 0) *first = k;
  }
  return n;
}

void qcnnFormatIndex(const QcnnTensor *t, int64_t flat, QcnnBuf *out) {
  int64_t idx[QCNN_MAX_RANK];
  for (int d = t->rank - 1; d >= 0; d--) {
    idx[d] = t->shape[d] ? flat % t->shape[d] : 0;
    flat = t->shape[d] ? flat / t->shape[d] : 0;
  }
  qcnnBufPrintf(out, "[");
  for (int d = 0; d < t->rank; d++) qcnnBufPrintf(out, "%s%lld", d ? ", " : "", (long long)idx[d]);
  qcnnBufPrintf(out, "]");
}

void qcnnFormatShape(const QcnnTensor *t, QcnnBuf *out) {
  if (t->rank == 0) qcnnBufPrintf(out, "scalar");
  for (int d = 0; d < t->rank; d++) qcnnBufPrintf(out, "%s%lld", d ? "x" : "", (long long)t->shape[d]);
}

void qcnnFormatValue(const QcnnTensor *t, int64_t flat, QcnnBuf *out) {
  if (t->isInt) qcnnBufPrintf(out, "%lld", (long long)t->i[flat]);
  else qcnnBufPrintf(out, "%.9g", t->f[flat]);
}
