/* Data movement: Reshape, Flatten, Squeeze, Unsqueeze (same data, new shape), Transpose, Pad, Concat,
 * Slice. Storage is kept as it is (integers stay integers). */
#include "Eval.h"

#include <string.h>

/* Copies element `from` of `x` to element `to` of output 0. */
static void copyElt(QcnnEval *e, const QcnnTensor *x, int64_t from, int64_t to) {
  if (x->isInt) e->out[0].i[to] = x->i[from];
  else e->out[0].f[to] = x->f[from];
}

static bool reshapeTo(QcnnEval *e, int rank, const int64_t *shape) {
  const QcnnTensor *x = e->in[0];
  int64_t count = qcnnShapeNumElements(rank, shape);
  if (count != x->count) {
    qcnnEmitError(e->loc, "new shape has %lld elements, the input %lld", (long long)count, (long long)x->count);
    return false;
  }
  if (!qcnnEvalOut(e, 0, x->isInt, rank, shape)) return false;
  for (int64_t k = 0; k < x->count; k++) copyElt(e, x, k, k);
  return true;
}

bool qcnnEvalReshapeLike(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t shape[QCNN_MAX_RANK], axes[QCNN_MAX_RANK];
  intptr_t n;
  int rank = 0;
  switch (qcnnOpGetKind(e->op)) {
  case QCNN_OP_RESHAPE:
    if (!qcnnEvalAttrArray(e, QCNN_ATTR_SHAPE, shape, QCNN_MAX_RANK, &n)) return false;
    return reshapeTo(e, (int)n, shape);
  case QCNN_OP_FLATTEN: {
    int64_t axis;
    int a;
    if (!qcnnEvalAttrI64(e, QCNN_ATTR_AXIS, &axis)) return false;
    /* axis may equal rank (everything in the first dimension) */
    if (axis == x->rank) a = x->rank;
    else if (!qcnnEvalAxis(e, axis, x->rank, &a)) return false;
    shape[0] = shape[1] = 1;
    for (int d = 0; d < x->rank; d++) shape[d < a ? 0 : 1] *= x->shape[d];
    return reshapeTo(e, 2, shape);
  }
  case QCNN_OP_SQUEEZE: {
    if (!qcnnEvalAttrArray(e, QCNN_ATTR_AXES, axes, QCNN_MAX_RANK, &n)) return false;
    bool drop[QCNN_MAX_RANK] = {false};
    for (intptr_t j = 0; j < n; j++) {
      int a;
      if (!qcnnEvalAxis(e, axes[j], x->rank, &a)) return false;
      if (x->shape[a] != 1) {
        qcnnEmitError(e->loc, "cannot squeeze axis %d of size %lld", a, (long long)x->shape[a]);
        return false;
      }
      drop[a] = true;
    }
    for (int d = 0; d < x->rank; d++)
      if (!(n ? drop[d] : x->shape[d] == 1)) shape[rank++] = x->shape[d]; /* no axes: all size-1 dims */
    return reshapeTo(e, rank, shape);
  }
  default: { /* unsqueeze: axes index the output */
    if (!qcnnEvalAttrArray(e, QCNN_ATTR_AXES, axes, QCNN_MAX_RANK, &n)) return false;
    rank = x->rank + (int)n;
    if (rank > QCNN_MAX_RANK) {
      qcnnEmitError(e->loc, "unsqueeze result rank %d exceeds %d", rank, QCNN_MAX_RANK);
      return false;
    }
    bool ins[QCNN_MAX_RANK] = {false};
    for (intptr_t j = 0; j < n; j++) {
      int a;
      if (!qcnnEvalAxis(e, axes[j], rank, &a)) return false;
      ins[a] = true;
    }
    for (int d = 0, s = 0; d < rank; d++) shape[d] = ins[d] ? 1 : x->shape[s++];
    return reshapeTo(e, rank, shape);
  }
  }
}

bool qcnnEvalTranspose(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t perm[QCNN_MAX_RANK], shape[QCNN_MAX_RANK], xs[QCNN_MAX_RANK], idx[QCNN_MAX_RANK] = {0};
  intptr_t n;
  if (!qcnnEvalAttrArray(e, QCNN_ATTR_PERM, perm, QCNN_MAX_RANK, &n)) return false;
  if (n == 0) /* ONNX default: reverse the dimensions */
    for (n = 0; n < x->rank; n++) perm[n] = x->rank - 1 - n;
  bool seen[QCNN_MAX_RANK] = {false};
  for (intptr_t d = 0; d < n; d++) {
    if (n != x->rank || perm[d] < 0 || perm[d] >= x->rank || seen[perm[d]]) {
      qcnnEmitError(e->loc, "perm is not a permutation of the %d input dimensions", x->rank);
      return false;
    }
    seen[perm[d]] = true;
    shape[d] = x->shape[perm[d]];
  }
  if (!qcnnEvalOut(e, 0, x->isInt, x->rank, shape)) return false;
  qcnnStrides(x->rank, x->shape, xs);
  if (x->count == 0) return true;
  int64_t k = 0;
  do {
    int64_t from = 0;
    for (int d = 0; d < x->rank; d++) from += idx[d] * xs[perm[d]];
    copyElt(e, x, from, k++);
  } while (qcnnOdometerNext(x->rank, shape, idx));
  return true;
}

bool qcnnPadKernel(QcnnEval *e, const QcnnTensor *x, const int64_t *pads, const char *mode, double value) {
  int64_t shape[QCNN_MAX_RANK], xs[QCNN_MAX_RANK], idx[QCNN_MAX_RANK] = {0};
  bool reflect = strcmp(mode, "reflect") == 0, edge = strcmp(mode, "edge") == 0;
  if (!reflect && !edge && strcmp(mode, "constant") != 0) {
    qcnnEmitError(e->loc, "unknown pad mode '%s' (constant, reflect, edge)", mode);
    return false;
  }
  for (int d = 0; d < x->rank; d++) {
    shape[d] = x->shape[d] + pads[d] + pads[d + x->rank];
    if (pads[d] < 0 || pads[d + x->rank] < 0 || ((reflect || edge) && x->shape[d] == 0) ||
        (reflect && (pads[d] >= x->shape[d] || pads[d + x->rank] >= x->shape[d]))) {
      qcnnEmitError(e->loc, "unsupported pads for dimension %d (negative, or too large for mode %s)", d, mode);
      return false;
    }
  }
  /* An integer input with a non-integer constant would need float storage. */
  bool intPath = x->isInt && (reflect || edge || value == (double)(int64_t)value);
  if (!qcnnEvalOut(e, 0, intPath, x->rank, shape)) return false;
  qcnnStrides(x->rank, x->shape, xs);
  if (e->out[0].count == 0) return true;
  int64_t k = 0;
  do {
    int64_t from = 0;
    bool inside = true;
    for (int d = 0; d < x->rank; d++) {
      int64_t i = idx[d] - pads[d], len = x->shape[d];
      if (i < 0 || i >= len) {
        if (reflect) i = i < 0 ? -i : 2 * (len - 1) - i;
        else if (edge) i = i < 0 ? 0 : len - 1;
        else inside = false;
      }
      from += i * xs[d];
    }
    if (inside) copyElt(e, x, from, k);
    else if (intPath) e->out[0].i[k] = (int64_t)value;
    else e->out[0].f[k] = value;
    k++;
  } while (qcnnOdometerNext(x->rank, shape, idx));
  return true;
}

bool qcnnEvalPad(QcnnEval *e) {
  int64_t pads[2 * QCNN_MAX_RANK];
  char mode[16];
  double value;
  if (!qcnnEvalAttrFixed(e, QCNN_ATTR_PADS, pads, 2 * e->in[0]->rank) ||
      !qcnnEvalAttrString(e, QCNN_ATTR_MODE, mode, sizeof mode) || !qcnnEvalAttrF64(e, QCNN_ATTR_VALUE, &value))
    return false;
  return qcnnPadKernel(e, e->in[0], pads, mode, value);
}

bool qcnnEvalConcat(QcnnEval *e) {
  const QcnnTensor *a = e->in[0], *b = e->in[1];
  int64_t axis;
  int ax;
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_AXIS, &axis) || !qcnnEvalAxis(e, axis, a->rank, &ax)) return false;
  bool ok = a->rank == b->rank;
  for (int d = 0; ok && d < a->rank; d++) ok = d == ax || a->shape[d] == b->shape[d];
  if (!ok) {
    qcnnEmitError(e->loc, "concat operands differ outside axis %d", ax);
    return false;
  }
  int64_t shape[QCNN_MAX_RANK];
  memcpy(shape, a->shape, sizeof shape);
  shape[ax] += b->shape[ax];
  bool intPath = a->isInt && b->isInt;
  if (!qcnnEvalOut(e, 0, intPath, a->rank, shape)) return false;
  int64_t outer = 1, innerA = 1, innerB = 1;
  for (int d = 0; d < ax; d++) outer *= shape[d];
  for (int d = ax; d < a->rank; d++) innerA *= a->shape[d], innerB *= b->shape[d];
  int64_t k = 0;
  for (int64_t o = 0; o < outer; o++)
    for (int t = 0; t < 2; t++) {
      const QcnnTensor *src = t ? b : a;
      int64_t inner = t ? innerB : innerA;
      for (int64_t j = 0; j < inner; j++, k++) {
        if (intPath) e->out[0].i[k] = src->i[o * inner + j];
        else e->out[0].f[k] = qcnnTensorGetF(src, o * inner + j);
      }
    }
  return true;
}

bool qcnnEvalSlice(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  int64_t starts[QCNN_MAX_RANK], ends[QCNN_MAX_RANK], axes[QCNN_MAX_RANK], steps[QCNN_MAX_RANK];
  intptr_t ns, ne, na, nt;
  if (!qcnnEvalAttrArray(e, QCNN_ATTR_STARTS, starts, QCNN_MAX_RANK, &ns) ||
      !qcnnEvalAttrArray(e, QCNN_ATTR_ENDS, ends, QCNN_MAX_RANK, &ne) ||
      !qcnnEvalAttrArray(e, QCNN_ATTR_AXES, axes, QCNN_MAX_RANK, &na) ||
      !qcnnEvalAttrArray(e, QCNN_ATTR_STEPS, steps, QCNN_MAX_RANK, &nt))
    return false;
  if (ne != ns || (na && na != ns) || (nt && nt != ns)) {
    qcnnEmitError(e->loc, "starts, ends, axes and steps differ in length");
    return false;
  }
  /* Per dimension: first index and step (defaults: the whole dimension). */
  int64_t first[QCNN_MAX_RANK], step[QCNN_MAX_RANK], shape[QCNN_MAX_RANK], xs[QCNN_MAX_RANK], idx[QCNN_MAX_RANK] = {0};
  for (int d = 0; d < x->rank; d++) first[d] = 0, step[d] = 1, shape[d] = x->shape[d];
  for (intptr_t j = 0; j < ns; j++) {
    int a;
    int64_t st = nt ? steps[j] : 1;
    if (!qcnnEvalAxis(e, na ? axes[j] : j, x->rank, &a)) return false;
    if (st == 0) {
      qcnnEmitError(e->loc, "slice step must not be zero");
      return false;
    }
    shape[a] = qcnnSliceLength(x->shape[a], starts[j], ends[j], st, &first[a]);
    step[a] = st;
  }
  if (!qcnnEvalOut(e, 0, x->isInt, x->rank, shape)) return false;
  qcnnStrides(x->rank, x->shape, xs);
  if (e->out[0].count == 0) return true;
  int64_t k = 0;
  do {
    int64_t from = 0;
    for (int d = 0; d < x->rank; d++) from += (first[d] + idx[d] * step[d]) * xs[d];
    copyElt(e, x, from, k++);
  } while (qcnnOdometerNext(x->rank, shape, idx));
  return true;
}
