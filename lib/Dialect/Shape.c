/* Shape arithmetic (see qcnn/Shape.h). */
#include "qcnn/Shape.h"

#include <mlir-c/BuiltinTypes.h>
#include <string.h>

intptr_t qcnnTypeShape(MlirType t, int64_t *dims, intptr_t cap) {
  if (!mlirTypeIsARankedTensor(t)) return -1;
  intptr_t rank = mlirShapedTypeGetRank(t);
  if (rank > cap) return -1;
  for (intptr_t i = 0; i < rank; i++)
    dims[i] = mlirShapedTypeIsDynamicDim(t, i) ? QCNN_DIM_DYNAMIC : mlirShapedTypeGetDimSize(t, i);
  return rank;
}

intptr_t qcnnValueShape(MlirValue v, int64_t *dims, intptr_t cap) { return qcnnTypeShape(mlirValueGetType(v), dims, cap); }

int64_t qcnnShapeNumElements(intptr_t rank, const int64_t *dims) {
  int64_t n = 1;
  for (intptr_t i = 0; i < rank; i++) n *= dims[i];
  return n;
}

intptr_t qcnnBroadcastShapes(intptr_t rankA, const int64_t *a, intptr_t rankB, const int64_t *b, int64_t *out) {
  intptr_t rank = rankA > rankB ? rankA : rankB;
  if (rank > QCNN_MAX_RANK) return -1;
  /* Built aside: writing `out` in place would overwrite dims of an aliased operand still to be read. */
  int64_t res[QCNN_MAX_RANK];
  /* Align trailing dims; a missing leading dim acts as 1. */
  for (intptr_t i = 0; i < rank; i++) {
    intptr_t ia = i - (rank - rankA), ib = i - (rank - rankB);
    int64_t da = ia >= 0 ? a[ia] : 1, db = ib >= 0 ? b[ib] : 1;
    if (da == 1) res[i] = db;
    else if (db == 1) res[i] = da;
    else if (da == QCNN_DIM_DYNAMIC) res[i] = db;
    else if (db == QCNN_DIM_DYNAMIC || da == db) res[i] = da;
    else return -1;
  }
  memcpy(out, res, (size_t)rank * sizeof *res);
  return rank;
}

bool qcnnNormalizeAxis(int64_t axis, int64_t rank, int64_t *out) {
  if (axis < -rank || axis >= rank) return false;
  *out = axis < 0 ? axis + rank : axis;
  return true;
}

/* Rounding divisions for b > 0 (C's `/` truncates towards zero). */
static int64_t divCeil(int64_t a, int64_t b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); }

int64_t qcnnWindowOutputSize(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, int64_t padBegin,
                             int64_t padEnd, bool ceilMode) {
  if (kernel < 1 || stride < 1 || dilation < 1 || padBegin < 0 || padEnd < 0) return -1;
  if (in == QCNN_DIM_DYNAMIC) return QCNN_DIM_DYNAMIC;
  int64_t span = in + padBegin + padEnd - dilation * (kernel - 1) - 1;
  if (span < 0) return -1;
  int64_t out = (ceilMode ? divCeil(span, stride) : span / stride) + 1;
  if (ceilMode && (out - 1) * stride >= in + padBegin) out--;
  return out;
}

void qcnnSamePads(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, bool lower, int64_t *padBegin,
                  int64_t *padEnd) {
  int64_t out = divCeil(in, stride);
  int64_t total = (out - 1) * stride + (kernel - 1) * dilation + 1 - in;
  if (total < 0) total = 0;
  *padBegin = lower ? total - total / 2 : total / 2;
  *padEnd = total - *padBegin;
}

int64_t qcnnSliceLength(int64_t dim, int64_t start, int64_t end, int64_t step, int64_t *clampedStart) {
  if (start < 0) start += dim;
  if (end < 0) end += dim;
  int64_t lo = step > 0 ? 0 : -1, hi = step > 0 ? dim : dim - 1;
  start = start < lo ? lo : start > hi ? hi : start;
  end = end < lo ? lo : end > hi ? hi : end;
  if (clampedStart) *clampedStart = start;
  int64_t len = step > 0 ? divCeil(end - start, step) : divCeil(start - end, -step);
  return len < 0 ? 0 : len;
}
