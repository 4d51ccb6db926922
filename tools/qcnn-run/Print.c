/* --print: results as `name: tensor<1x2xf32> = [[-1.34997, 1.81732]]`, numpy-like nested brackets on one
 * line. Floats use %g (6 significant digits), integers are exact; a tensor with more than `limit`
 * elements shows only the first and last kEdge entries of each long dimension, as numpy does. */
#include "Run.h"

#include <math.h>
#include <stdio.h>

enum { kEdge = 3 };

static void printElement(const QcnnTensor *t, int64_t k, QcnnBuf *out) {
  if (t->isInt) {
    qcnnBufPrintf(out, "%lld", (long long)t->i[k]);
    return;
  }
  double v = t->f[k];
  if (isnan(v)) qcnnBufPrintf(out, "nan"); /* never "-nan": the sign of a NaN is not data */
  else qcnnBufPrintf(out, "%g", v == 0 ? 0.0 : v); /* nor "-0" */
}

static void printDim(const QcnnTensor *t, int d, int64_t offset, const int64_t *strides, bool elide, QcnnBuf *out) {
  if (d == t->rank) {
    printElement(t, offset, out);
    return;
  }
  int64_t n = t->shape[d];
  bool cut = elide && n > 2 * kEdge;
  qcnnBufPrintf(out, "[");
  for (int64_t i = 0; i < n; i++) {
    if (cut && i == kEdge) {
      qcnnBufPrintf(out, ", ...");
      i = n - kEdge;
    }
    if (i) qcnnBufPrintf(out, ", ");
    printDim(t, d + 1, offset + i * strides[d], strides, elide, out);
  }
  qcnnBufPrintf(out, "]");
}

void qcnnPrintResult(const char *name, MlirType type, const QcnnTensor *t, int64_t limit) {
  QcnnBuf out = {0};
  qcnnBufPrintf(&out, "%s: ", name);
  mlirTypePrint(type, qcnnBufCallback, &out);
  qcnnBufPrintf(&out, " = ");
  int64_t strides[QCNN_MAX_RANK];
  int64_t acc = 1;
  for (int d = t->rank - 1; d >= 0; d--) strides[d] = acc, acc *= t->shape[d];
  printDim(t, 0, 0, strides, t->count > limit, &out);
  printf("%s\n", out.data);
  qcnnBufFree(&out);
}
