/* Host-side ops: Softmax (opset 13: along one axis), TopK (also qdf.labelselect's kernel), ArgMax. Indices
 * are int64. */
#include "Eval.h"

#include <math.h>
#include <stdlib.h>

/* Splits a shape around `axis` into outer × len × inner. */
static void around(const QcnnTensor *x, int axis, int64_t *outer, int64_t *len, int64_t *inner) {
  *outer = *inner = 1;
  for (int d = 0; d < axis; d++) *outer *= x->shape[d];
  for (int d = axis + 1; d < x->rank; d++) *inner *= x->shape[d];
  *len = x->shape[axis];
}

bool qcnnEvalSoftmax(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t axis, outer, len, inner;
  int a;
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_AXIS, &axis) || !qcnnEvalAxis(e, axis, x->rank, &a)) return false;
  if (!qcnnEvalOut(e, 0, false, x->rank, x->shape)) return false;
  around(x, a, &outer, &len, &inner);
  for (int64_t o = 0; o < outer; o++)
    for (int64_t i = 0; i < inner; i++) {
      int64_t base = o * len * inner + i;
      double mx = -INFINITY, sum = 0;
      for (int64_t j = 0; j < len; j++) mx = fmax(mx, qcnnTensorGetF(x, base + j * inner));
      for (int64_t j = 0; j < len; j++) sum += exp(qcnnTensorGetF(x, base + j * inner) - mx);
      for (int64_t j = 0; j < len; j++) e->out[0].f[base + j * inner] = exp(qcnnTensorGetF(x, base + j * inner) - mx) / sum;
    }
  return true;
}

/* Orders candidate indices of one lane: by value (largest or smallest first), ties by lower index. */
typedef struct {
  double v;
  int64_t idx;
} Cand;
static int largestFirst(const void *pa, const void *pb) {
  const Cand *a = pa, *b = pb;
  if (a->v != b->v) return a->v > b->v ? -1 : 1;
  return (a->idx > b->idx) - (a->idx < b->idx);
}
static int smallestFirst(const void *pa, const void *pb) {
  const Cand *a = pa, *b = pb;
  if (a->v != b->v) return a->v < b->v ? -1 : 1;
  return (a->idx > b->idx) - (a->idx < b->idx);
}

bool qcnnTopKKernel(QcnnEval *e, const QcnnTensor *x, int axis, int64_t k, bool largest, QcnnTensor *values,
                    QcnnTensor *indices) {
  int64_t outer, len, inner;
  around(x, axis, &outer, &len, &inner);
  if (k < 0 || k > len) {
    qcnnEmitError(e->loc, "topk k = %lld exceeds axis length %lld", (long long)k, (long long)len);
    return false;
  }
  int64_t shape[QCNN_MAX_RANK];
  for (int d = 0; d < x->rank; d++) shape[d] = d == axis ? k : x->shape[d];
  if ((values && !qcnnTensorAlloc(values, x->isInt, x->rank, shape)) ||
      !qcnnTensorAlloc(indices, true, x->rank, shape)) {
    qcnnEmitError(e->loc, "cannot allocate the topk results");
    return false;
  }
  Cand *c = malloc((len ? (size_t)len : 1) * sizeof *c);
  for (int64_t o = 0; o < outer; o++)
    for (int64_t i = 0; i < inner; i++) {
      for (int64_t j = 0; j < len; j++) c[j] = (Cand){qcnnTensorGetF(x, (o * len + j) * inner + i), j};
      qsort(c, (size_t)len, sizeof *c, largest ? largestFirst : smallestFirst);
      for (int64_t j = 0; j < k; j++) {
        int64_t to = (o * k + j) * inner + i, from = (o * len + c[j].idx) * inner + i;
        if (values && x->isInt) values->i[to] = x->i[from];
        else if (values) values->f[to] = x->f[from];
        indices->i[to] = c[j].idx;
      }
    }
  free(c);
  return true;
}

bool qcnnEvalTopK(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t axis, k, largest, sorted;
  int a;
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_AXIS, &axis) || !qcnnEvalAttrI64(e, QCNN_ATTR_K, &k) ||
      !qcnnEvalAttrI64(e, QCNN_ATTR_LARGEST, &largest) || !qcnnEvalAttrI64(e, QCNN_ATTR_SORTED, &sorted) ||
      !qcnnEvalAxis(e, axis, x->rank, &a))
    return false;
  (void)sorted; /* results are always sorted, which ONNX allows for sorted = 0 */
  return qcnnTopKKernel(e, x, a, k, largest != 0, &e->out[0], &e->out[1]);
}

bool qcnnEvalArgMax(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t axis, keepdims, last, outer, len, inner;
  int a;
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_AXIS, &axis) || !qcnnEvalAttrI64(e, QCNN_ATTR_KEEPDIMS, &keepdims) ||
      !qcnnEvalAttrI64(e, QCNN_ATTR_SELECT_LAST_INDEX, &last) || !qcnnEvalAxis(e, axis, x->rank, &a))
    return false;
  around(x, a, &outer, &len, &inner);
  int64_t shape[QCNN_MAX_RANK];
  int rank = 0;
  for (int d = 0; d < x->rank; d++)
    if (d != a || keepdims) shape[rank++] = d == a ? 1 : x->shape[d];
  if (!qcnnEvalOut(e, 0, true, rank, shape)) return false;
  for (int64_t o = 0; o < outer; o++)
    for (int64_t i = 0; i < inner; i++) {
      int64_t best = 0;
      for (int64_t j = 1; j < len; j++) {
        double v = qcnnTensorGetF(x, (o * len + j) * inner + i), bv = qcnnTensorGetF(x, (o * len + best) * inner + i);
        if (v > bv || (last && v == bv)) best = j;
      }
      e->out[0].i[o * inner + i] = best;
    }
  return true;
}
