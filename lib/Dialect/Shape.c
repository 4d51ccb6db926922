/* Shape arithmetic (see qcnn/Shape.h). */
#include "qcnn/Shape.h"

#include <mlir-c/BuiltinTypes.h>

intptr_t qcnnTypeShape(MlirType t, int64_t *dims, intptr_t cap) {
  if (!mlirTypeIsARankedTensor(t)) return -1;
  intptr_t rank = mlirShapedTypeGetRank(t);
  for (intptr_t i = 0; i < rank && i < cap; i++)
    dims[i] = mlirShapedTypeIsDynamicDim(t, i) ? QCNN_DIM_DYNAMIC : mlirShapedTypeGetDimSize(t, i);
  return rank;
}

intptr_t qcnnValueShape(MlirValue v, int64_t *dims, intptr_t cap) { return qcnnTypeShape(mlirValueGetType(v), dims, cap); }

intptr_t qcnnBroadcastShapes(intptr_t rankA, const int64_t *a, intptr_t rankB, const int64_t *b, int64_t *out) {
  intptr_t rank = rankA > rankB ? rankA : rankB;
  if (rank > QCNN_MAX_RANK) return -1;
  /* Align trailing dims; a missing leading dim acts as 1. */
  for (intptr_t i = 0; i < rank; i++) {
    intptr_t ia = i - (rank - rankA), ib = i - (rank - rankB);
    int64_t da = ia >= 0 ? a[ia] : 1, db = ib >= 0 ? b[ib] : 1;
    if (da == 1) out[i] = db;
    else if (db == 1) out[i] = da;
    else if (da == QCNN_DIM_DYNAMIC) out[i] = db;
    else if (db == QCNN_DIM_DYNAMIC || da == db) out[i] = da;
    else return -1;
  }
  return rank;
}

int64_t qcnnWindowOutputSize(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, int64_t padBegin,
                             int64_t padEnd, bool ceilMode) {
  if (kernel < 1 || stride < 1 || dilation < 1 || padBegin < 0 || padEnd < 0) return -1;
  if (in == QCNN_DIM_DYNAMIC) return QCNN_DIM_DYNAMIC;
  int64_t span = in + padBegin + padEnd - dilation * (kernel - 1) - 1;
  if (span < 0) return -1;
  int64_t out = span / stride + 1;
  if (ceilMode && span % stride != 0) {
    out++;
    if ((out - 1) * stride >= in + padBegin) out--;
  }
  return out;
}
