/* Helpers shared by the op evaluators: attributes with error reporting, axes, broadcasting. */
#include "Eval.h"

#include <string.h>

static bool missing(QcnnEval *e, QcnnAttrName name, const char *kind) {
  qcnnEmitError(e->loc, "'%s' needs %s attribute '%s'", qcnnOpKindName(qcnnOpGetKind(e->op)), kind,
                qcnnAttrNameStr(name));
  return false;
}

bool qcnnEvalAttrI64(QcnnEval *e, QcnnAttrName name, int64_t *out) {
  return qcnnOpGetI64(e->op, name, out) || missing(e, name, "an integer");
}

bool qcnnEvalAttrF64(QcnnEval *e, QcnnAttrName name, double *out) {
  return qcnnOpGetF64(e->op, name, out) || missing(e, name, "a float");
}

bool qcnnEvalAttrArray(QcnnEval *e, QcnnAttrName name, int64_t *out, intptr_t cap, intptr_t *n) {
  *n = qcnnOpGetI64Array(e->op, name, out, cap);
  if (*n < 0) return missing(e, name, "an i64 array");
  if (*n > cap) {
    qcnnEmitError(e->loc, "attribute '%s' has %ld entries, at most %ld supported", qcnnAttrNameStr(name), (long)*n,
                  (long)cap);
    return false;
  }
  return true;
}

bool qcnnEvalAttrFixed(QcnnEval *e, QcnnAttrName name, int64_t *out, intptr_t want) {
  int64_t buf[QCNN_MAX_RANK * 2];
  intptr_t n;
  if (!qcnnEvalAttrArray(e, name, buf, QCNN_MAX_RANK * 2, &n)) return false;
  if (n != want) {
    qcnnEmitError(e->loc, "attribute '%s' has %ld entries, expected %ld", qcnnAttrNameStr(name), (long)n, (long)want);
    return false;
  }
  memcpy(out, buf, (size_t)n * sizeof *out);
  return true;
}

bool qcnnEvalAttrString(QcnnEval *e, QcnnAttrName name, char *buf, size_t cap) {
  MlirStringRef s = qcnnOpGetString(e->op, name);
  if (!s.data) return missing(e, name, "a string");
  size_t n = s.length < cap - 1 ? s.length : cap - 1;
  memcpy(buf, s.data, n);
  buf[n] = 0;
  return true;
}

bool qcnnEvalAxis(QcnnEval *e, int64_t axis, int rank, int *out) {
  int64_t a = 0;
  /* A scalar's only axis is 0. */
  if (rank == 0 ? axis != 0 : !qcnnNormalizeAxis(axis, rank, &a)) {
    qcnnEmitError(e->loc, "axis %lld is out of range for rank %d", (long long)axis, rank);
    return false;
  }
  *out = (int)a;
  return true;
}

static bool evalOut(QcnnEval *e, intptr_t k, bool isInt, int rank, const int64_t *shape, bool zeroed) {
  if (!(zeroed ? qcnnTensorAlloc : qcnnTensorAllocUninit)(&e->out[k], isInt, rank, shape)) {
    qcnnEmitError(e->loc, "cannot allocate a result of rank %d", rank);
    return false;
  }
  return true;
}

bool qcnnEvalOut(QcnnEval *e, intptr_t k, bool isInt, int rank, const int64_t *shape) {
  return evalOut(e, k, isInt, rank, shape, true);
}

bool qcnnEvalOutUninit(QcnnEval *e, intptr_t k, bool isInt, int rank, const int64_t *shape) {
  return evalOut(e, k, isInt, rank, shape, false);
}

void qcnnStrides(int rank, const int64_t *shape, int64_t *strides) {
  int64_t s = 1;
  for (int d = rank - 1; d >= 0; d--) {
    strides[d] = s;
    s *= shape[d];
  }
}

bool qcnnBroadcastInit(QcnnEval *e, QcnnBroadcast *b, int n, const QcnnTensor *const *ts) {
  memset(b, 0, sizeof *b);
  for (int t = 0; t < n; t++) {
    intptr_t rank = qcnnBroadcastShapes(b->rank, b->shape, ts[t]->rank, ts[t]->shape, b->shape);
    if (rank < 0) {
      qcnnEmitError(e->loc, "operand shapes cannot be broadcast together");
      return false;
    }
    b->rank = (int)rank;
  }
  b->count = qcnnShapeNumElements(b->rank, b->shape);
  for (int t = 0; t < n; t++) {
    int64_t st[QCNN_MAX_RANK];
    qcnnStrides(ts[t]->rank, ts[t]->shape, st);
    for (int d = 0; d < b->rank; d++) {
      int off = d - (b->rank - ts[t]->rank);
      b->strides[t][d] = (off < 0 || ts[t]->shape[off] == 1) ? 0 : st[off];
    }
  }
  return true;
}

int64_t qcnnBroadcastOffset(const QcnnBroadcast *b, int which, int64_t k) {
  int64_t off = 0;
  for (int d = b->rank - 1; d >= 0; d--) {
    off += (k % b->shape[d]) * b->strides[which][d];
    k /= b->shape[d];
  }
  return off;
}

void qcnnBroadcastNext(const QcnnBroadcast *b, int n, QcnnBroadcastIter *it) {
  for (int d = b->rank - 1; d >= 0; d--) {
    for (int t = 0; t < n; t++) it->off[t] += b->strides[t][d];
    if (++it->idx[d] < b->shape[d]) return;
    for (int t = 0; t < n; t++) it->off[t] -= b->strides[t][d] * b->shape[d];
    it->idx[d] = 0;
  }
}

bool qcnnAllInt(int n, const QcnnTensor *const *ts) {
  for (int t = 0; t < n; t++)
    if (ts[t] && !ts[t]->isInt) return false;
  return true;
}
