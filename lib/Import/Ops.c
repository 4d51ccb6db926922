/* Lowering of each ONNX / QONNX node to qcnn ops, with static shape inference, ONNX defaults written
 * explicitly and opset differences (attribute vs. input forms) normalised. The table at the end maps
 * (domain, op_type) to the lowering. */
#include "ImportInternal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static MlirContext C(ImpNode *n) { return n->im->ctx; }
static MlirType inElt(ImpNode *n, size_t i) { return impElt(n->in[i]->type); }
static MlirType f32(ImpNode *n) { return mlirF32TypeGet(C(n)); }
/* Float results of QONNX ops: the input's float type, f32 for integer inputs. */
static MlirType floatElt(ImpNode *n) { return impIsFloat(inElt(n, 0)) ? inElt(n, 0) : f32(n); }

static bool need(ImpNode *n, size_t count) {
  for (size_t i = 0; i < count; i++)
    if (!impHasInput(n, i)) return impNodeError(n, "missing required input %zu", i);
  return true;
}

static bool needRank(ImpNode *n, const QcnnShape *s, int lo, int hi) {
  if (s->rank < lo || s->rank > hi) return impNodeError(n, "input rank %d is not supported here (%d to %d)", s->rank, lo, hi);
  return true;
}

static bool axisOf(ImpNode *n, int64_t axis, int rank, int64_t *out) {
  if (!qcnnNormalizeAxis(axis, rank, out)) return impNodeError(n, "axis %lld out of range for rank %d", (long long)axis, rank);
  return true;
}

/* A rank-0 constant of `elt` at the node's location (Clip bounds, Trunc v1 out_scale, ...). */
static MlirValue scalarConst(ImpNode *n, MlirType elt, double v) {
  MlirOperation c = qcnnConstantBuild(n->loc, qcnnTensorType(0, NULL, elt), &v, NULL);
  mlirBlockAppendOwnedOperation(n->im->block, c);
  return mlirOperationGetResult(c, 0);
}

/*===-- Elementwise -------------------------------------------------------------------------===*/

static bool unary(ImpNode *n, QcnnOpKind kind) {
  if (!need(n, 1)) return false;
  QcnnShape s = impInShape(n, 0);
  MlirValue x = impOperand(n, 0);
  return impEmitSimple(n, kind, 1, &x, &s, inElt(n, 0), 0, NULL);
}
static bool lowerRelu(ImpNode *n) { return unary(n, QCNN_OP_RELU); }
static bool lowerSigmoid(ImpNode *n) { return unary(n, QCNN_OP_SIGMOID); }
static bool lowerSign(ImpNode *n) { return unary(n, QCNN_OP_SIGN); }
static bool lowerGlobalAveragePool(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape s = impInShape(n, 0);
  if (!needRank(n, &s, 3, QCNN_MAX_RANK)) return false;
  for (int i = 2; i < s.rank; i++) s.dims[i] = 1;
  MlirValue x = impOperand(n, 0);
  return impEmitSimple(n, QCNN_OP_GLOBAL_AVG_POOL, 1, &x, &s, inElt(n, 0), 0, NULL);
}

static bool lowerIdentity(ImpNode *n) {
  if (!need(n, 1)) return false;
  if (n->in[0]->konst) return impBindAlias(n, 0, n->in[0]);
  return unary(n, QCNN_OP_IDENTITY);
}

/* Inference mode: Dropout is the identity and its mask all true. */
static bool lowerDropout(ImpNode *n) {
  if (!lowerIdentity(n)) return false;
  if (n->node->n_output < 2 || !*n->node->output[1]) return true;
  QcnnShape s = impInShape(n, 0);
  ImpConst *k = impConstNew(qcnnShapeNumElements(s.rank, s.dims));
  for (int64_t i = 0; i < k->n; i++) k->data[i] = 1;
  return impBindConst(n, 1, &s, mlirIntegerTypeGet(C(n), 1), k);
}

static bool binary(ImpNode *n, QcnnOpKind kind, int which) {
  if (!need(n, 2)) return false;
  bool folded = false;
  if (!impTryFoldBinary(n, which, &folded)) return false;
  if (folded) return true;
  QcnnShape a = impInShape(n, 0), b = impInShape(n, 1), s;
  if (!impBroadcast(&a, &b, &s)) return impNodeError(n, "operand shapes cannot be broadcast together");
  MlirType elt = impIsFloat(inElt(n, 0)) || !impIsFloat(inElt(n, 1)) ? inElt(n, 0) : inElt(n, 1);
  MlirValue ops[2] = {impOperand(n, 0), impOperand(n, 1)};
  return impEmitSimple(n, kind, 2, ops, &s, elt, 0, NULL);
}
static bool lowerAdd(ImpNode *n) { return binary(n, QCNN_OP_ADD, '+'); }
static bool lowerSub(ImpNode *n) { return binary(n, QCNN_OP_SUB, '-'); }
static bool lowerMul(ImpNode *n) { return binary(n, QCNN_OP_MUL, '*'); }
static bool lowerDiv(ImpNode *n) { return binary(n, QCNN_OP_DIV, '/'); }

/* Pow has no qcnn op: it is imported only when it folds (e.g. BatchNorm's sqrt(var + eps) chains). */
static bool lowerPow(ImpNode *n) {
  if (!need(n, 2)) return false;
  bool folded = false;
  if (!impTryFoldBinary(n, '^', &folded)) return false;
  return folded || impNodeError(n, "Pow is only supported on constant inputs");
}

static double intLimit(MlirType elt, bool upper) {
  unsigned w = mlirIntegerTypeGetWidth(elt);
  if (w == 1) return upper ? 1 : 0;
  if (mlirIntegerTypeIsUnsigned(elt)) return upper ? ldexp(1, (int)w) - 1 : 0;
  return upper ? ldexp(1, (int)w - 1) - 1 : -ldexp(1, (int)w - 1);
}

/* Clip: min/max attributes before opset 11, optional inputs since; absent bounds are ±inf for floats
 * and the type's limits for integers. Both always become operands. */
static bool lowerClip(ImpNode *n) {
  if (!need(n, 1)) return false;
  MlirType elt = inElt(n, 0);
  bool fl = impIsFloat(elt);
  MlirValue ops[3] = {impOperand(n, 0)};
  for (int i = 0; i < 2; i++) {
    double dflt = fl ? (i ? INFINITY : -INFINITY) : intLimit(elt, i);
    if (n->im->opset >= 11 && impHasInput(n, (size_t)i + 1))
      ops[i + 1] = impOperand(n, (size_t)i + 1);
    else
      ops[i + 1] = scalarConst(n, elt, n->im->opset < 11 ? impAttrFloat(n->node, i ? "max" : "min", (float)dflt) : dflt);
  }
  QcnnShape s = impInShape(n, 0);
  return impEmitSimple(n, QCNN_OP_CLIP, 3, ops, &s, elt, 0, NULL);
}

/*===-- Windows (conv, pools) ---------------------------------------------------------------===*/

typedef struct {
  int sp;
  int64_t kernel[QCNN_MAX_RANK], strides[QCNN_MAX_RANK], dilations[QCNN_MAX_RANK], pads[2 * QCNN_MAX_RANK];
} Window;

static bool intsAttr(ImpNode *n, const char *name, int64_t *out, int count, int64_t dflt) {
  int got = impAttrInts(n->node, name, out, QCNN_MAX_RANK * 2);
  if (got == -1) {
    for (int i = 0; i < count; i++) out[i] = dflt;
    return true;
  }
  if (got != count) return impNodeError(n, "attribute '%s' has %d values, expected %d", name, got, count);
  return true;
}

/* Kernel, strides, dilations and explicit pads; auto_pad resolved against the input dims. */
static bool windowAttrs(ImpNode *n, const QcnnShape *x, bool kernelFromWeights, const QcnnShape *w, Window *win) {
  win->sp = x->rank - 2;
  int sp = win->sp;
  if (impAttrInts(n->node, "kernel_shape", win->kernel, QCNN_MAX_RANK) == -1) {
    if (!kernelFromWeights) return impNodeError(n, "missing attribute 'kernel_shape'");
    for (int i = 0; i < sp; i++) win->kernel[i] = w->dims[i + 2];
  } else if (!intsAttr(n, "kernel_shape", win->kernel, sp, 1)) {
    return false;
  }
  if (!intsAttr(n, "strides", win->strides, sp, 1) || !intsAttr(n, "dilations", win->dilations, sp, 1) ||
      !intsAttr(n, "pads", win->pads, 2 * sp, 0))
    return false;
  for (int i = 0; i < sp; i++)
    if (win->kernel[i] < 1 || win->strides[i] < 1 || win->dilations[i] < 1)
      return impNodeError(n, "kernel_shape, strides and dilations must be positive");
  char buf[32];
  const char *autoPad = impAttrString(n->node, "auto_pad", "NOTSET", buf, sizeof buf);
  if (strcmp(autoPad, "VALID") == 0) {
    memset(win->pads, 0, sizeof win->pads);
  } else if (strcmp(autoPad, "SAME_UPPER") == 0 || strcmp(autoPad, "SAME_LOWER") == 0) {
    for (int i = 0; i < sp; i++)
      qcnnSamePads(x->dims[i + 2], win->kernel[i], win->strides[i], win->dilations[i], autoPad[5] == 'L',
                   &win->pads[i], &win->pads[i + sp]);
  } else if (strcmp(autoPad, "NOTSET") != 0) {
    return impNodeError(n, "unknown auto_pad '%s'", autoPad);
  }
  return true;
}

/* Result shape of a windowed op; reports a window that does not fit (or negative pads). */
static bool windowOut(ImpNode *n, const QcnnShape *x, const Window *w, int64_t channels, bool ceilMode,
                      QcnnShape *out) {
  out->rank = x->rank;
  out->dims[0] = x->dims[0];
  out->dims[1] = channels;
  for (int i = 0; i < w->sp; i++) {
    out->dims[i + 2] = qcnnWindowOutputSize(x->dims[i + 2], w->kernel[i], w->strides[i], w->dilations[i], w->pads[i],
                                            w->pads[i + w->sp], ceilMode);
    if (out->dims[i + 2] < 0)
      return impNodeError(n, "window does not fit input extent %lld on spatial axis %d", (long long)x->dims[i + 2], i);
  }
  return true;
}

static bool lowerConv(ImpNode *n) {
  if (!need(n, 2)) return false;
  QcnnShape x = impInShape(n, 0), w = impInShape(n, 1), s;
  if (!needRank(n, &x, 3, QCNN_MAX_RANK)) return false;
  if (w.rank != x.rank) return impNodeError(n, "weight rank %d differs from input rank %d", w.rank, x.rank);
  Window win;
  if (!windowAttrs(n, &x, true, &w, &win)) return false;
  int64_t group = impAttrInt(n->node, "group", 1);
  if (group < 1 || x.dims[1] != w.dims[1] * group || w.dims[0] % group != 0)
    return impNodeError(n, "input channels %lld do not match weight shape and group %lld", (long long)x.dims[1],
                        (long long)group);
  if (!windowOut(n, &x, &win, w.dims[0], false, &s)) return false;
  MlirValue ops[3] = {impOperand(n, 0), impOperand(n, 1)};
  size_t nOps = 2;
  if (impHasInput(n, 2)) ops[nOps++] = impOperand(n, 2);
  MlirNamedAttribute attrs[] = {
      qcnnNamedI64Array(C(n), QCNN_ATTR_DILATIONS, win.sp, win.dilations),
      qcnnNamedI64(C(n), QCNN_ATTR_GROUP, group),
      qcnnNamedI64Array(C(n), QCNN_ATTR_KERNEL_SHAPE, win.sp, win.kernel),
      qcnnNamedI64Array(C(n), QCNN_ATTR_PADS, 2 * win.sp, win.pads),
      qcnnNamedI64Array(C(n), QCNN_ATTR_STRIDES, win.sp, win.strides)};
  return impEmitSimple(n, QCNN_OP_CONV, nOps, ops, &s, floatElt(n), 5, attrs);
}

/* Window attributes and result shape of MaxPool / AveragePool on an NCHW input of shape `x`. */
static bool poolAttrs(ImpNode *n, const QcnnShape *x, bool isMax, MlirNamedAttribute attrs[5], QcnnShape *s) {
  if (!needRank(n, x, 3, QCNN_MAX_RANK)) return false;
  Window win;
  if (!windowAttrs(n, x, false, NULL, &win)) return false;
  int64_t ceilMode = impAttrInt(n->node, "ceil_mode", 0);
  if (!windowOut(n, x, &win, x->dims[1], ceilMode != 0, s)) return false;
  attrs[0] = qcnnNamedI64(C(n), QCNN_ATTR_CEIL_MODE, ceilMode);
  if (isMax) {
    attrs[1] = qcnnNamedI64Array(C(n), QCNN_ATTR_DILATIONS, win.sp, win.dilations);
  } else {
    for (int i = 0; i < win.sp; i++)
      if (win.dilations[i] != 1) return impNodeError(n, "AveragePool with dilations is not supported");
    attrs[1] = qcnnNamedI64(C(n), QCNN_ATTR_COUNT_INCLUDE_PAD, impAttrInt(n->node, "count_include_pad", 0));
  }
  attrs[2] = qcnnNamedI64Array(C(n), QCNN_ATTR_KERNEL_SHAPE, win.sp, win.kernel);
  attrs[3] = qcnnNamedI64Array(C(n), QCNN_ATTR_PADS, 2 * win.sp, win.pads);
  attrs[4] = qcnnNamedI64Array(C(n), QCNN_ATTR_STRIDES, win.sp, win.strides);
  return true;
}

static bool lowerPool(ImpNode *n, bool isMax) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s;
  MlirNamedAttribute attrs[5];
  if (!poolAttrs(n, &x, isMax, attrs, &s)) return false;
  MlirValue xv = impOperand(n, 0);
  return impEmitSimple(n, isMax ? QCNN_OP_MAXPOOL : QCNN_OP_AVERAGEPOOL, 1, &xv, &s, inElt(n, 0), 5, attrs);
}
static bool lowerMaxPool(ImpNode *n) { return lowerPool(n, true); }
static bool lowerAveragePool(ImpNode *n) { return lowerPool(n, false); }

/*===-- Linear algebra ----------------------------------------------------------------------===*/

/* numpy.matmul shapes: 1-D operands are promoted and the added dim removed again. */
static bool lowerMatMul(ImpNode *n) {
  if (!need(n, 2)) return false;
  QcnnShape a = impInShape(n, 0), b = impInShape(n, 1);
  if (a.rank < 1 || b.rank < 1 || a.rank >= QCNN_MAX_RANK || b.rank >= QCNN_MAX_RANK)
    return impNodeError(n, "unsupported operand ranks %d and %d", a.rank, b.rank);
  bool aVec = a.rank == 1, bVec = b.rank == 1;
  if (aVec) a = (QcnnShape){2, {1, a.dims[0]}};
  if (bVec) b = (QcnnShape){2, {b.dims[0], 1}};
  if (a.dims[a.rank - 1] != b.dims[b.rank - 2])
    return impNodeError(n, "inner dimensions %lld and %lld differ", (long long)a.dims[a.rank - 1],
                        (long long)b.dims[b.rank - 2]);
  QcnnShape ab = {.rank = a.rank - 2}, bb = {.rank = b.rank - 2}, s;
  memcpy(ab.dims, a.dims, sizeof(int64_t) * (size_t)ab.rank);
  memcpy(bb.dims, b.dims, sizeof(int64_t) * (size_t)bb.rank);
  if (!impBroadcast(&ab, &bb, &s)) return impNodeError(n, "batch dimensions cannot be broadcast");
  if (!aVec) s.dims[s.rank++] = a.dims[a.rank - 2];
  if (!bVec) s.dims[s.rank++] = b.dims[b.rank - 1];
  MlirValue ops[2] = {impOperand(n, 0), impOperand(n, 1)};
  return impEmitSimple(n, QCNN_OP_MATMUL, 2, ops, &s, floatElt(n), 0, NULL);
}

static bool lowerGemm(ImpNode *n) {
  if (!need(n, 2)) return false;
  QcnnShape a = impInShape(n, 0), b = impInShape(n, 1);
  if (a.rank != 2 || b.rank != 2) return impNodeError(n, "Gemm operands must be 2-D");
  int64_t ta = impAttrInt(n->node, "transA", 0), tb = impAttrInt(n->node, "transB", 0);
  int64_t m = a.dims[ta ? 1 : 0], k = a.dims[ta ? 0 : 1], kb = b.dims[tb ? 1 : 0], nn = b.dims[tb ? 0 : 1];
  if (k != kb) return impNodeError(n, "inner dimensions %lld and %lld differ", (long long)k, (long long)kb);
  QcnnShape s = {2, {m, nn}}, cs, chk;
  if (impHasInput(n, 2) && (cs = impInShape(n, 2), !impBroadcast(&s, &cs, &chk) || chk.rank != 2 ||
                            chk.dims[0] != m || chk.dims[1] != nn))
    return impNodeError(n, "bias C does not broadcast to %lldx%lld", (long long)m, (long long)nn);
  MlirValue ops[3] = {impOperand(n, 0), impOperand(n, 1)};
  size_t nOps = 2;
  if (impHasInput(n, 2)) ops[nOps++] = impOperand(n, 2);
  MlirNamedAttribute attrs[] = {qcnnNamedF32(C(n), QCNN_ATTR_ALPHA, impAttrFloat(n->node, "alpha", 1.0f)),
                                qcnnNamedF32(C(n), QCNN_ATTR_BETA, impAttrFloat(n->node, "beta", 1.0f)),
                                qcnnNamedI64(C(n), QCNN_ATTR_TRANS_A, ta), qcnnNamedI64(C(n), QCNN_ATTR_TRANS_B, tb)};
  return impEmitSimple(n, QCNN_OP_GEMM, nOps, ops, &s, floatElt(n), 4, attrs);
}

static bool lowerBatchNorm(ImpNode *n) {
  if (!need(n, 5)) return false;
  if (impAttrInt(n->node, "training_mode", 0)) return impNodeError(n, "training mode is not supported");
  QcnnShape x = impInShape(n, 0);
  if (!needRank(n, &x, 2, QCNN_MAX_RANK)) return false;
  for (size_t i = 1; i < 5; i++) {
    QcnnShape p = impInShape(n, i);
    if (p.rank != 1 || p.dims[0] != x.dims[1])
      return impNodeError(n, "parameter '%s' must have shape [%lld]", n->in[i]->name, (long long)x.dims[1]);
  }
  MlirValue ops[5];
  for (size_t i = 0; i < 5; i++) ops[i] = impOperand(n, i);
  MlirNamedAttribute eps = qcnnNamedF32(C(n), QCNN_ATTR_EPSILON, impAttrFloat(n->node, "epsilon", 1e-5f));
  return impEmitSimple(n, QCNN_OP_BATCHNORM, 5, ops, &x, floatElt(n), 1, &eps);
}

/*===-- Layout ------------------------------------------------------------------------------===*/

static bool lowerTranspose(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = {.rank = x.rank};
  int64_t perm[QCNN_MAX_RANK];
  int got = impAttrInts(n->node, "perm", perm, QCNN_MAX_RANK);
  if (got == -1)
    for (int i = 0; i < x.rank; i++) perm[i] = x.rank - 1 - i;
  else if (got != x.rank)
    return impNodeError(n, "perm has %d entries for rank %d", got, x.rank);
  bool seen[QCNN_MAX_RANK] = {0};
  for (int i = 0; i < x.rank; i++) {
    if (perm[i] < 0 || perm[i] >= x.rank || seen[perm[i]]) return impNodeError(n, "perm is not a permutation");
    seen[perm[i]] = true;
    s.dims[i] = x.dims[perm[i]];
  }
  MlirValue xv = impOperand(n, 0);
  MlirNamedAttribute a = qcnnNamedI64Array(C(n), QCNN_ATTR_PERM, x.rank, perm);
  return impEmitSimple(n, QCNN_OP_TRANSPOSE, 1, &xv, &s, inElt(n, 0), 1, &a);
}

/* Shape-only ops (Reshape, Flatten, Squeeze, Unsqueeze): fold integer constants (shape chains),
 * otherwise emit `kind` with its one attribute. */
static bool reshapeLike(ImpNode *n, QcnnOpKind kind, const QcnnShape *s, QcnnAttrName attr, intptr_t len,
                        const int64_t *vals, bool scalar) {
  if (n->in[0]->konst && !impIsFloat(inElt(n, 0))) {
    ImpConst *k = impConstNew(n->in[0]->konst->n);
    memcpy(k->data, n->in[0]->konst->data, (size_t)k->n * sizeof(double));
    return impBindConst(n, 0, s, inElt(n, 0), k);
  }
  MlirValue x = impOperand(n, 0);
  MlirNamedAttribute a = scalar ? qcnnNamedI64(C(n), attr, vals[0]) : qcnnNamedI64Array(C(n), attr, len, vals);
  return impEmitSimple(n, kind, 1, &x, s, inElt(n, 0), 1, &a);
}

static bool lowerReshape(ImpNode *n) {
  if (!need(n, 2)) return false;
  QcnnShape x = impInShape(n, 0), s;
  int64_t spec[QCNN_MAX_RANK];
  int r = impConstInts(n, 1, "shape", spec, QCNN_MAX_RANK);
  if (r < 0) return false;
  bool allowZero = impAttrInt(n->node, "allowzero", 0) != 0;
  s.rank = r;
  int infer = -1;
  int64_t known = 1;
  for (int i = 0; i < r; i++) {
    s.dims[i] = spec[i] == 0 && !allowZero ? (i < x.rank ? x.dims[i] : -2) : spec[i];
    if (s.dims[i] == -1 && infer < 0) infer = i;
    else if (s.dims[i] < 0) return impNodeError(n, "invalid target shape entry %lld", (long long)spec[i]);
    else known *= s.dims[i];
  }
  int64_t total = qcnnShapeNumElements(x.rank, x.dims);
  if (infer >= 0) s.dims[infer] = known ? total / known : 0;
  if (qcnnShapeNumElements(s.rank, s.dims) != total) return impNodeError(n, "cannot reshape %lld elements to the target shape", (long long)total);
  return reshapeLike(n, QCNN_OP_RESHAPE, &s, QCNN_ATTR_SHAPE, s.rank, s.dims, false);
}

static bool lowerFlatten(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = {2, {1, 1}};
  int64_t axis = impAttrInt(n->node, "axis", 1);
  if (axis != x.rank && !axisOf(n, axis, x.rank, &axis)) return false;
  for (int i = 0; i < x.rank; i++) s.dims[i < axis ? 0 : 1] *= x.dims[i];
  return reshapeLike(n, QCNN_OP_FLATTEN, &s, QCNN_ATTR_AXIS, 1, &axis, true);
}

/* Axes from the attribute (opset < 13) or the optional input 1 (opset >= 13). */
static int axesOf(ImpNode *n, int64_t *axes) {
  if (n->im->opset < 13) return impAttrInts(n->node, "axes", axes, QCNN_MAX_RANK);
  return impHasInput(n, 1) ? impConstInts(n, 1, "axes", axes, QCNN_MAX_RANK) : -1;
}

static int cmpI64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

static bool normalizeAxes(ImpNode *n, int64_t *axes, int count, int rank) {
  for (int i = 0; i < count; i++)
    if (!axisOf(n, axes[i], rank, &axes[i])) return false;
  qsort(axes, (size_t)count, sizeof(int64_t), cmpI64);
  for (int i = 1; i < count; i++)
    if (axes[i] == axes[i - 1]) return impNodeError(n, "repeated axis %lld", (long long)axes[i]);
  return true;
}

static bool lowerSqueeze(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = {0};
  int64_t axes[QCNN_MAX_RANK];
  int count = axesOf(n, axes);
  if (count == -1 && n->im->opset >= 13 && impHasInput(n, 1)) return false;
  if (count == -1) {
    count = 0;
    for (int i = 0; i < x.rank; i++)
      if (x.dims[i] == 1) axes[count++] = i;
  }
  if (!normalizeAxes(n, axes, count, x.rank)) return false;
  for (int i = 0, j = 0; i < x.rank; i++) {
    if (j < count && axes[j] == i) {
      if (x.dims[i] != 1) return impNodeError(n, "cannot squeeze axis %d of size %lld", i, (long long)x.dims[i]);
      j++;
    } else {
      s.dims[s.rank++] = x.dims[i];
    }
  }
  return reshapeLike(n, QCNN_OP_SQUEEZE, &s, QCNN_ATTR_AXES, count, axes, false);
}

static bool lowerUnsqueeze(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = {0};
  int64_t axes[QCNN_MAX_RANK];
  int count = axesOf(n, axes);
  if (count < 0) return n->im->opset < 13 ? impNodeError(n, "missing attribute 'axes'") : (need(n, 2), false);
  s.rank = x.rank + count;
  if (s.rank > QCNN_MAX_RANK || !normalizeAxes(n, axes, count, s.rank)) return s.rank <= QCNN_MAX_RANK ? false : impNodeError(n, "result rank too large");
  for (int i = 0, j = 0, k = 0; i < s.rank; i++) s.dims[i] = j < count && axes[j] == i ? (j++, 1) : x.dims[k++];
  return reshapeLike(n, QCNN_OP_UNSQUEEZE, &s, QCNN_ATTR_AXES, count, axes, false);
}

/*===-- Concat, Split, Slice, Pad -----------------------------------------------------------===*/

/* Constant concat of integer tensors (shape chains). */
static ImpConst *concatConst(ImpNode *n, int64_t axis, const QcnnShape *out) {
  int64_t outer = 1, total = 0;
  for (int i = 0; i < axis; i++) outer *= out->dims[i];
  ImpConst *k = impConstNew(qcnnShapeNumElements(out->rank, out->dims));
  for (int64_t o = 0; o < outer; o++)
    for (size_t i = 0; i < n->nIn; i++) {
      int64_t chunk = n->in[i]->konst->n / (outer ? outer : 1);
      memcpy(k->data + total, n->in[i]->konst->data + o * chunk, (size_t)chunk * sizeof(double));
      total += chunk;
    }
  return k;
}

static bool lowerConcat(ImpNode *n) {
  if (n->nIn == 0 || !need(n, n->nIn)) return n->nIn ? false : impNodeError(n, "no inputs");
  QcnnShape acc = impInShape(n, 0);
  int64_t axis;
  if (!impAttr(n->node, "axis")) return impNodeError(n, "missing attribute 'axis'");
  if (!axisOf(n, impAttrInt(n->node, "axis", 0), acc.rank, &axis)) return false;
  QcnnShape total = acc;
  for (size_t i = 1; i < n->nIn; i++) {
    QcnnShape s = impInShape(n, i);
    bool ok = s.rank == acc.rank;
    for (int d = 0; ok && d < s.rank; d++) ok = d == axis || s.dims[d] == acc.dims[d];
    if (!ok) return impNodeError(n, "input %zu has an incompatible shape", i);
    total.dims[axis] += s.dims[axis];
  }
  if (impAllInputsConstant(n) && !impIsFloat(inElt(n, 0)))
    return impBindConst(n, 0, &total, inElt(n, 0), concatConst(n, axis, &total));
  if (n->nIn == 1) return unary(n, QCNN_OP_IDENTITY);
  MlirValue cur = impOperand(n, 0);
  MlirNamedAttribute a = qcnnNamedI64(C(n), QCNN_ATTR_AXIS, axis);
  for (size_t i = 1; i < n->nIn; i++) {
    acc.dims[axis] += impInShape(n, i).dims[axis];
    MlirValue ops[2] = {cur, impOperand(n, i)};
    if (i + 1 == n->nIn) return impEmitSimple(n, QCNN_OP_CONCAT, 2, ops, &acc, inElt(n, 0), 1, &a);
    MlirType t = impTensorType(&acc, inElt(n, 0));
    MlirOperation op = qcnnOpBuild(QCNN_OP_CONCAT, n->loc, 2, ops, 1, &t, 1, &a);
    mlirBlockAppendOwnedOperation(n->im->block, op);
    cur = mlirOperationGetResult(op, 0);
  }
  return true;
}

static void sliceAttrs(ImpNode *n, int count, const int64_t *axes, const int64_t *starts, const int64_t *ends,
                       const int64_t *steps, MlirNamedAttribute *attrs) {
  attrs[0] = qcnnNamedI64Array(C(n), QCNN_ATTR_AXES, count, axes);
  attrs[1] = qcnnNamedI64Array(C(n), QCNN_ATTR_ENDS, count, ends);
  attrs[2] = qcnnNamedI64Array(C(n), QCNN_ATTR_STARTS, count, starts);
  attrs[3] = qcnnNamedI64Array(C(n), QCNN_ATTR_STEPS, count, steps);
}

/* Split: one qcnn.slice per output. Sizes from the `split` attribute (< 13) or input (>= 13), from
 * num_outputs (18: ceil-sized chunks, the last smaller), or equal parts. */
static bool lowerSplit(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0);
  int64_t axis, sizes[64];
  if (!axisOf(n, impAttrInt(n->node, "axis", 0), x.rank, &axis)) return false;
  int outs = (int)n->node->n_output;
  if (outs < 1 || outs > 64) return impNodeError(n, "needs 1 to 64 outputs, has %d", outs);
  int got = n->im->opset < 13 ? impAttrInts(n->node, "split", sizes, 64)
                              : impHasInput(n, 1) ? impConstInts(n, 1, "split", sizes, 64) : -1;
  if (got == -1 && n->im->opset >= 13 && impHasInput(n, 1)) return false;
  int64_t dim = x.dims[axis];
  if (got == -1) {
    int64_t chunk = (dim + outs - 1) / outs;
    if (!impAttr(n->node, "num_outputs") && dim % outs != 0)
      return impNodeError(n, "axis size %lld does not split into %d equal parts", (long long)dim, outs);
    for (int i = 0; i < outs; i++) sizes[i] = i + 1 < outs ? chunk : dim - chunk * (outs - 1);
  } else if (got != outs) {
    return impNodeError(n, "split has %d entries for %d outputs", got, outs);
  }
  int64_t off = 0, one = 1;
  for (int i = 0; i < outs; i++) {
    QcnnShape s = x;
    s.dims[axis] = sizes[i];
    int64_t end = off + sizes[i];
    if (sizes[i] < 0 || end > dim) return impNodeError(n, "split sizes exceed axis size %lld", (long long)dim);
    MlirNamedAttribute attrs[4];
    sliceAttrs(n, 1, &axis, &off, &end, &one, attrs);
    MlirType t = impResultType(n, (size_t)i, &s, inElt(n, 0));
    MlirValue xv = impOperand(n, 0);
    if (mlirTypeIsNull(t) || !impEmitAs(n, (size_t)i, qcnnOpBuild(QCNN_OP_SLICE, n->loc, 1, &xv, 1, &t, 4, attrs)))
      return false;
    off = end;
  }
  return true;
}

/* Gathers a constant slice (shape chains). */
static ImpConst *sliceConst(const ImpConst *src, const QcnnShape *x, const QcnnShape *out, const int64_t *start,
                            const int64_t *step) {
  ImpConst *k = impConstNew(qcnnShapeNumElements(out->rank, out->dims));
  for (int64_t o = 0; o < k->n; o++) {
    int64_t rem = o, off = 0, stride = 1;
    for (int d = out->rank - 1; d >= 0; d--) {
      int64_t c = rem % out->dims[d];
      rem /= out->dims[d];
      off += (start[d] + c * step[d]) * stride;
      stride *= x->dims[d];
    }
    k->data[o] = src->data[off];
  }
  return k;
}

/* Slice: attributes before opset 10, inputs since. Attributes keep ONNX semantics (axes normalised,
 * steps explicit, starts/ends as given). */
static bool lowerSlice(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = x;
  int64_t starts[QCNN_MAX_RANK], ends[QCNN_MAX_RANK], axes[QCNN_MAX_RANK], steps[QCNN_MAX_RANK];
  int ns, ne, na = -1, nst = -1;
  if (n->im->opset < 10) {
    ns = impAttrInts(n->node, "starts", starts, QCNN_MAX_RANK);
    ne = impAttrInts(n->node, "ends", ends, QCNN_MAX_RANK);
    na = impAttrInts(n->node, "axes", axes, QCNN_MAX_RANK);
    if (ns < 0 || ne < 0) return impNodeError(n, "missing attributes 'starts'/'ends'");
  } else {
    if ((ns = impConstInts(n, 1, "starts", starts, QCNN_MAX_RANK)) < 0 ||
        (ne = impConstInts(n, 2, "ends", ends, QCNN_MAX_RANK)) < 0)
      return false;
    if (impHasInput(n, 3) && (na = impConstInts(n, 3, "axes", axes, QCNN_MAX_RANK)) < 0) return false;
    if (impHasInput(n, 4) && (nst = impConstInts(n, 4, "steps", steps, QCNN_MAX_RANK)) < 0) return false;
  }
  if (na == -1)
    for (na = 0; na < ns; na++) axes[na] = na;
  if (nst == -1)
    for (nst = 0; nst < ns; nst++) steps[nst] = 1;
  if (ne != ns || na != ns || nst != ns) return impNodeError(n, "starts, ends, axes and steps differ in length");
  int64_t fullStart[QCNN_MAX_RANK] = {0}, fullStep[QCNN_MAX_RANK];
  for (int d = 0; d < x.rank; d++) fullStep[d] = 1;
  for (int i = 0; i < ns; i++) {
    if (!axisOf(n, axes[i], x.rank, &axes[i])) return false;
    if (steps[i] == 0) return impNodeError(n, "step 0 is invalid");
    int64_t a = axes[i];
    s.dims[a] = qcnnSliceLength(x.dims[a], starts[i], ends[i], steps[i], &fullStart[a]);
    fullStep[a] = steps[i];
  }
  if (n->in[0]->konst && !impIsFloat(inElt(n, 0)))
    return impBindConst(n, 0, &s, inElt(n, 0), sliceConst(n->in[0]->konst, &x, &s, fullStart, fullStep));
  MlirNamedAttribute attrs[4];
  sliceAttrs(n, ns, axes, starts, ends, steps, attrs);
  MlirValue xv = impOperand(n, 0);
  return impEmitSimple(n, QCNN_OP_SLICE, 1, &xv, &s, inElt(n, 0), 4, attrs);
}

/* Pad: attributes before opset 11; pads / constant_value / axes (18) inputs since. Result `pads` always
 * covers every axis ([begin..., end...]). */
static bool lowerPad(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = x;
  int64_t given[2 * QCNN_MAX_RANK], axes[QCNN_MAX_RANK], pads[2 * QCNN_MAX_RANK] = {0};
  double value = 0;
  int np, na = -1;
  if (n->im->opset < 11) {
    np = impAttrInts(n->node, n->im->opset < 2 ? "paddings" : "pads", given, 2 * QCNN_MAX_RANK);
    value = impAttrFloat(n->node, "value", 0.0f);
    if (np < 0) return impNodeError(n, "missing attribute 'pads'");
  } else {
    if ((np = impConstInts(n, 1, "pads", given, 2 * QCNN_MAX_RANK)) < 0) return false;
    if (impHasInput(n, 2)) {
      ImpConst *k;
      if (!impConstInput(n, 2, "constant_value", &k)) return false;
      if (k->n != 1) return impNodeError(n, "constant_value must be a scalar");
      value = k->data[0];
    }
    if (impHasInput(n, 3) && (na = impConstInts(n, 3, "axes", axes, QCNN_MAX_RANK)) < 0) return false;
  }
  if (na == -1)
    for (na = 0; na < x.rank; na++) axes[na] = na;
  if (np != 2 * na) return impNodeError(n, "pads has %d entries, expected %d", np, 2 * na);
  for (int i = 0; i < na; i++) {
    int64_t a;
    if (!axisOf(n, axes[i], x.rank, &a)) return false;
    pads[a] = given[i];
    pads[a + x.rank] = given[i + na];
    s.dims[a] += given[i] + given[i + na];
    if (s.dims[a] < 0) return impNodeError(n, "pads remove more than axis %lld holds", (long long)a);
  }
  char buf[32];
  const char *mode = impAttrString(n->node, "mode", "constant", buf, sizeof buf);
  if (strcmp(mode, "constant") && strcmp(mode, "reflect") && strcmp(mode, "edge") && strcmp(mode, "wrap"))
    return impNodeError(n, "unknown pad mode '%s'", mode);
  MlirValue xv = impOperand(n, 0);
  MlirNamedAttribute attrs[] = {qcnnNamedString(C(n), QCNN_ATTR_MODE, mode),
                                qcnnNamedI64Array(C(n), QCNN_ATTR_PADS, 2 * x.rank, pads),
                                qcnnNamedF32(C(n), QCNN_ATTR_VALUE, (float)value)};
  return impEmitSimple(n, QCNN_OP_PAD, 1, &xv, &s, inElt(n, 0), 3, attrs);
}

/*===-- Host-side ---------------------------------------------------------------------------===*/

/* Builds and appends a one-operand, one-result qcnn op inside a node's expansion; returns its result. */
static MlirValue emitInner(ImpNode *n, QcnnOpKind kind, MlirValue x, const QcnnShape *s, MlirType elt, size_t nAttrs,
                           const MlirNamedAttribute *attrs) {
  MlirType t = impTensorType(s, elt);
  MlirOperation op = qcnnOpBuild(kind, n->loc, 1, &x, 1, &t, (intptr_t)nAttrs, attrs);
  mlirBlockAppendOwnedOperation(n->im->block, op);
  return mlirOperationGetResult(op, 0);
}

static MlirValue emitReshape(ImpNode *n, MlirValue x, const QcnnShape *s, MlirType elt) {
  MlirNamedAttribute a = qcnnNamedI64Array(C(n), QCNN_ATTR_SHAPE, s->rank, s->dims);
  return emitInner(n, QCNN_OP_RESHAPE, x, s, elt, 1, &a);
}

/* qcnn.softmax normalises over one axis (opset 13). Before 13, Softmax coerces its input to 2-D at
 * `axis` and normalises over the flattened tail: that is one axis when axis is the last, otherwise it
 * becomes reshape → softmax(axis 1) → reshape. */
static bool lowerSoftmax(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0);
  int64_t axis;
  if (x.rank < 1 || !axisOf(n, impAttrInt(n->node, "axis", n->im->opset < 13 ? 1 : -1), x.rank, &axis)) return x.rank ? false : impNodeError(n, "scalar input");
  MlirValue xv = impOperand(n, 0);
  MlirType elt = inElt(n, 0);
  if (n->im->opset >= 13 || axis == x.rank - 1) {
    MlirNamedAttribute a = qcnnNamedI64(C(n), QCNN_ATTR_AXIS, axis);
    return impEmitSimple(n, QCNN_OP_SOFTMAX, 1, &xv, &x, elt, 1, &a);
  }
  QcnnShape flat = {2, {1, 1}};
  for (int i = 0; i < x.rank; i++) flat.dims[i < axis ? 0 : 1] *= x.dims[i];
  MlirValue r = emitReshape(n, xv, &flat, elt);
  MlirNamedAttribute a = qcnnNamedI64(C(n), QCNN_ATTR_AXIS, 1);
  MlirValue smv = emitInner(n, QCNN_OP_SOFTMAX, r, &flat, elt, 1, &a);
  MlirNamedAttribute sa = qcnnNamedI64Array(C(n), QCNN_ATTR_SHAPE, x.rank, x.dims);
  return impEmitSimple(n, QCNN_OP_RESHAPE, 1, &smv, &x, elt, 1, &sa);
}

static bool lowerTopK(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0);
  int64_t axis, k;
  if (!axisOf(n, impAttrInt(n->node, "axis", -1), x.rank, &axis)) return false;
  if (n->im->opset < 10) {
    if (!impAttr(n->node, "k")) return impNodeError(n, "missing attribute 'k'");
    k = impAttrInt(n->node, "k", 1);
  } else {
    int got = impConstInts(n, 1, "k", &k, 1);
    if (got < 0) return false;
    if (got != 1) return impNodeError(n, "k must hold one value");
  }
  if (k < 1 || k > x.dims[axis]) return impNodeError(n, "k = %lld is out of range for axis size %lld", (long long)k, (long long)x.dims[axis]);
  QcnnShape s = x;
  s.dims[axis] = k;
  MlirType types[2] = {impResultType(n, 0, &s, inElt(n, 0)), impResultType(n, 1, &s, mlirIntegerTypeSignedGet(C(n), 64))};
  if (mlirTypeIsNull(types[0]) || mlirTypeIsNull(types[1])) return false;
  MlirValue xv = impOperand(n, 0);
  MlirNamedAttribute attrs[] = {qcnnNamedI64(C(n), QCNN_ATTR_AXIS, axis), qcnnNamedI64(C(n), QCNN_ATTR_K, k),
                                qcnnNamedI64(C(n), QCNN_ATTR_LARGEST, impAttrInt(n->node, "largest", 1)),
                                qcnnNamedI64(C(n), QCNN_ATTR_SORTED, impAttrInt(n->node, "sorted", 1))};
  return impEmit(n, qcnnOpBuild(QCNN_OP_TOPK, n->loc, 1, &xv, 2, types, 4, attrs));
}

static bool lowerArgMax(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = {0};
  int64_t axis, keep = impAttrInt(n->node, "keepdims", 1);
  if (!axisOf(n, impAttrInt(n->node, "axis", 0), x.rank, &axis)) return false;
  for (int i = 0; i < x.rank; i++)
    if (i != axis || keep) s.dims[s.rank++] = i == axis ? 1 : x.dims[i];
  MlirValue xv = impOperand(n, 0);
  MlirNamedAttribute attrs[] = {qcnnNamedI64(C(n), QCNN_ATTR_AXIS, axis), qcnnNamedI64(C(n), QCNN_ATTR_KEEPDIMS, keep),
                                qcnnNamedI64(C(n), QCNN_ATTR_SELECT_LAST_INDEX, impAttrInt(n->node, "select_last_index", 0))};
  return impEmitSimple(n, QCNN_OP_ARGMAX, 1, &xv, &s, mlirIntegerTypeSignedGet(C(n), 64), 3, attrs);
}

/*===-- QONNX -------------------------------------------------------------------------------===*/

/* Result shape of a quantizer: x broadcast with its parameter tensors. */
static bool quantShape(ImpNode *n, size_t nParams, QcnnShape *s) {
  *s = impInShape(n, 0);
  for (size_t i = 1; i < nParams; i++) {
    QcnnShape p = impInShape(n, i);
    if (!impBroadcast(s, &p, s)) return impNodeError(n, "parameter '%s' does not broadcast to the input", n->in[i]->name);
  }
  return true;
}

static void quantAttrs(ImpNode *n, const char *roundingDefault, MlirNamedAttribute *attrs) {
  char buf[32];
  attrs[0] = qcnnNamedI64(C(n), QCNN_ATTR_NARROW, impAttrInt(n->node, "narrow", 0));
  attrs[1] = qcnnNamedString(C(n), QCNN_ATTR_ROUNDING_MODE, impAttrString(n->node, "rounding_mode", roundingDefault, buf, sizeof buf));
  attrs[2] = qcnnNamedI64(C(n), QCNN_ATTR_SIGNED, impAttrInt(n->node, "signed", 1));
}

/* Quant and IntQuant: same semantics (QONNX renamed Quant to IntQuant). */
static bool lowerQuant(ImpNode *n) {
  QcnnShape s;
  if (!need(n, 4) || !quantShape(n, 3, &s)) return false;
  MlirValue ops[4];
  for (size_t i = 0; i < 4; i++) ops[i] = impOperand(n, i);
  MlirNamedAttribute attrs[3];
  quantAttrs(n, "ROUND", attrs);
  return impEmitSimple(n, QCNN_OP_QUANT, 4, ops, &s, floatElt(n), 3, attrs);
}

static bool lowerBipolarQuant(ImpNode *n) {
  QcnnShape s;
  if (!need(n, 2) || !quantShape(n, 2, &s)) return false;
  MlirValue ops[2] = {impOperand(n, 0), impOperand(n, 1)};
  return impEmitSimple(n, QCNN_OP_BIPOLAR_QUANT, 2, ops, &s, floatElt(n), 0, NULL);
}

/* Trunc v1 (x, scale, zeropt, in_bitwidth, out_bitwidth) gets the v2 layout with
 * out_scale = scale * 2^(in_bitwidth - out_bitwidth), computed at import from constants. */
static bool lowerTrunc(ImpNode *n) {
  bool v1 = n->nIn == 5;
  QcnnShape s;
  if ((n->nIn != 5 && n->nIn != 6) || !need(n, n->nIn))
    return n->nIn == 5 || n->nIn == 6 ? false : impNodeError(n, "expects 5 (v1) or 6 (v2) inputs, got %zu", n->nIn);
  if (!quantShape(n, 3, &s)) return false;
  MlirValue ops[6];
  for (size_t i = 0; i < 4; i++) ops[i] = impOperand(n, i);
  if (v1) {
    ImpConst *scale, *inBits, *outBits;
    if (!impConstInput(n, 1, "scale", &scale) || !impConstInput(n, 3, "in_bitwidth", &inBits) ||
        !impConstInput(n, 4, "out_bitwidth", &outBits))
      return false;
    if (inBits->n != 1 || outBits->n != 1) return impNodeError(n, "Trunc v1 bit widths must be scalars");
    ImpConst *k = impConstNew(scale->n);
    for (int64_t i = 0; i < k->n; i++) k->data[i] = ldexp(scale->data[i], (int)(inBits->data[0] - outBits->data[0]));
    MlirOperation c = qcnnConstantBuild(n->loc, n->in[1]->type, k->data, NULL);
    impConstFree(k);
    mlirBlockAppendOwnedOperation(n->im->block, c);
    ops[4] = mlirOperationGetResult(c, 0);
    ops[5] = impOperand(n, 4);
  } else {
    ops[4] = impOperand(n, 4);
    ops[5] = impOperand(n, 5);
  }
  MlirNamedAttribute attrs[3];
  quantAttrs(n, "FLOOR", attrs);
  return impEmitSimple(n, QCNN_OP_TRUNC, 6, ops, &s, floatElt(n), 3, attrs);
}

/* FINN writes layouts of any rank ("NC", "NWC", ...); qcnn keeps only where the channels are:
 * "NCHW" (axis 1) or "NHWC" (last axis). */
static const char *channelLayout(ImpNode *n, const char *layout) {
  size_t len = strlen(layout);
  if (len >= 2 && layout[0] == 'N' && layout[1] == 'C') return "NCHW";
  if (len >= 2 && layout[0] == 'N' && layout[len - 1] == 'C') return "NHWC";
  impNodeError(n, "unsupported data_layout '%s'", layout);
  return NULL;
}

static bool lowerMultiThreshold(ImpNode *n) {
  if (!need(n, 2)) return false;
  QcnnShape s = impInShape(n, 0);
  char dt[64], layout[16];
  const char *dl = channelLayout(n, impAttrString(n->node, "data_layout", "NCHW", layout, sizeof layout));
  if (!dl) return false;
  MlirValue ops[2] = {impOperand(n, 0), impOperand(n, 1)};
  MlirNamedAttribute attrs[] = {
      qcnnNamedString(C(n), QCNN_ATTR_DATA_LAYOUT, dl),
      qcnnNamedF32(C(n), QCNN_ATTR_OUT_BIAS, impAttrFloat(n->node, "out_bias", 0.0f)),
      qcnnNamedString(C(n), QCNN_ATTR_OUT_DTYPE, impAttrString(n->node, "out_dtype", "", dt, sizeof dt)),
      qcnnNamedF32(C(n), QCNN_ATTR_OUT_SCALE, impAttrFloat(n->node, "out_scale", 1.0f))};
  return impEmitSimple(n, QCNN_OP_MULTITHRESHOLD, 2, ops, &s, floatElt(n), 4, attrs);
}

static bool lowerQuantAvgPool(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0), s = x;
  if (x.rank != 4) return impNodeError(n, "expects a 4-D input");
  char layout[16];
  const char *dl = channelLayout(n, impAttrString(n->node, "data_layout", "NCHW", layout, sizeof layout));
  if (!dl) return false;
  bool nhwc = dl[1] == 'H';
  int64_t k = impAttrInt(n->node, "kernel", 1), st = impAttrInt(n->node, "stride", 1);
  if (k < 1 || st < 1) return impNodeError(n, "kernel and stride must be positive");
  int h = nhwc ? 1 : 2;
  for (int i = h; i < h + 2; i++)
    if ((s.dims[i] = qcnnWindowOutputSize(x.dims[i], k, st, 1, 0, 0, false)) < 0)
      return impNodeError(n, "kernel %lld does not fit input extent %lld", (long long)k, (long long)x.dims[i]);
  MlirValue xv = impOperand(n, 0);
  MlirNamedAttribute attrs[] = {qcnnNamedString(C(n), QCNN_ATTR_DATA_LAYOUT, dl),
                                qcnnNamedI64(C(n), QCNN_ATTR_IBITS, impAttrInt(n->node, "ibits", 1)),
                                qcnnNamedI64(C(n), QCNN_ATTR_KERNEL, k),
                                qcnnNamedI64(C(n), QCNN_ATTR_OBITS, impAttrInt(n->node, "obits", 1)),
                                qcnnNamedI64(C(n), QCNN_ATTR_SIGNED, impAttrInt(n->node, "signed", 0)),
                                qcnnNamedI64(C(n), QCNN_ATTR_STRIDE, st)};
  return impEmitSimple(n, QCNN_OP_QUANT_AVG_POOL, 1, &xv, &s, floatElt(n), 6, attrs);
}

/* FINN's Im2Col (NHWC). `input_shape` repeats the input's shape as a string like "(1,12,12,3)": it is
 * checked against the input and dropped. */
static bool im2colInputShape(ImpNode *n, const QcnnShape *x) {
  char buf[128];
  const char *p = impAttrString(n->node, "input_shape", "", buf, sizeof buf);
  if (!*p) return true;
  int rank = 0;
  bool same = true;
  while (*p) {
    char *end;
    long long d = strtoll(p, &end, 10);
    if (end == p) {
      p++;
      continue;
    }
    same = same && rank < x->rank && d == x->dims[rank];
    rank++;
    p = end;
  }
  if (!same || rank != x->rank) return impNodeError(n, "attribute 'input_shape' \"%s\" differs from the input's shape", buf);
  return true;
}

static bool lowerIm2Col(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0);
  if (x.rank != 4) return impNodeError(n, "expects a 4-D NHWC input, got rank %d", x.rank);
  if (!im2colInputShape(n, &x)) return false;
  int64_t kernel[2 * QCNN_MAX_RANK], stride[2 * QCNN_MAX_RANK], dil[2 * QCNN_MAX_RANK], pads[2 * QCNN_MAX_RANK];
  if (!impAttr(n->node, "kernel_size") || !impAttr(n->node, "stride"))
    return impNodeError(n, "missing attribute 'kernel_size' or 'stride'");
  if (!intsAttr(n, "kernel_size", kernel, 2, 1) || !intsAttr(n, "stride", stride, 2, 1) ||
      !intsAttr(n, "dilations", dil, 2, 1) || !intsAttr(n, "pad_amount", pads, 4, 0))
    return false;
  QcnnShape s = {4, {x.dims[0], 0, 0, kernel[0] * kernel[1] * x.dims[3]}};
  for (int i = 0; i < 2; i++) {
    s.dims[i + 1] = qcnnWindowOutputSize(x.dims[i + 1], kernel[i], stride[i], dil[i], pads[i], pads[i + 2], false);
    if (s.dims[i + 1] < 0)
      return impNodeError(n, "invalid window (kernel %lld, stride %lld, dilation %lld, pads %lld/%lld) for input extent %lld",
                          (long long)kernel[i], (long long)stride[i], (long long)dil[i], (long long)pads[i],
                          (long long)pads[i + 2], (long long)x.dims[i + 1]);
  }
  int64_t depthwise = impAttrInt(n->node, "depthwise", 0);
  if (depthwise != 0 && depthwise != 1) return impNodeError(n, "depthwise must be 0 or 1");
  MlirValue xv = impOperand(n, 0);
  MlirNamedAttribute attrs[] = {qcnnNamedI64(C(n), QCNN_ATTR_DEPTHWISE, depthwise),
                                qcnnNamedI64Array(C(n), QCNN_ATTR_DILATIONS, 2, dil),
                                qcnnNamedI64Array(C(n), QCNN_ATTR_KERNEL_SIZE, 2, kernel),
                                qcnnNamedI64Array(C(n), QCNN_ATTR_PAD_AMOUNT, 4, pads),
                                qcnnNamedI64(C(n), QCNN_ATTR_PAD_VALUE, impAttrInt(n->node, "pad_value", 0)),
                                qcnnNamedI64Array(C(n), QCNN_ATTR_STRIDE, 2, stride)};
  return impEmitSimple(n, QCNN_OP_IM2COL, 1, &xv, &s, inElt(n, 0), 6, attrs);
}

/* FINN's MaxPoolNHWC (MaxPool's attributes on an NHWC input) in normal form: transpose to NCHW,
 * qcnn.maxpool, transpose back. */
static bool lowerMaxPoolNHWC(ImpNode *n) {
  if (!need(n, 1)) return false;
  QcnnShape x = impInShape(n, 0);
  if (x.rank != 4) return impNodeError(n, "expects a 4-D NHWC input, got rank %d", x.rank);
  static const int64_t toNCHW[4] = {0, 3, 1, 2}, toNHWC[4] = {0, 2, 3, 1};
  QcnnShape xc = {4, {x.dims[0], x.dims[3], x.dims[1], x.dims[2]}}, pc, s;
  MlirNamedAttribute attrs[5];
  if (!poolAttrs(n, &xc, true, attrs, &pc)) return false;
  s = (QcnnShape){4, {pc.dims[0], pc.dims[2], pc.dims[3], pc.dims[1]}};
  MlirType elt = inElt(n, 0);
  MlirNamedAttribute perm = qcnnNamedI64Array(C(n), QCNN_ATTR_PERM, 4, toNCHW);
  MlirValue v = emitInner(n, QCNN_OP_TRANSPOSE, impOperand(n, 0), &xc, elt, 1, &perm);
  v = emitInner(n, QCNN_OP_MAXPOOL, v, &pc, elt, 5, attrs);
  perm = qcnnNamedI64Array(C(n), QCNN_ATTR_PERM, 4, toNHWC);
  return impEmitSimple(n, QCNN_OP_TRANSPOSE, 1, &v, &s, elt, 1, &perm);
}

/*===-- Table -------------------------------------------------------------------------------===*/

typedef struct {
  const char *opType;
  bool qonnx; /* QONNX/FINN op: accepted in the QONNX domains and the default domain */
  ImpLowerFn fn;
} Lowering;

static const Lowering kLowerings[] = {
    {"Add", false, lowerAdd}, {"ArgMax", false, lowerArgMax}, {"AveragePool", false, lowerAveragePool},
    {"BatchNormalization", false, lowerBatchNorm}, {"Cast", false, impLowerCast}, {"Clip", false, lowerClip},
    {"Concat", false, lowerConcat}, {"Constant", false, impLowerConstant},
    {"ConstantOfShape", false, impLowerConstantOfShape}, {"Conv", false, lowerConv}, {"Div", false, lowerDiv},
    {"Dropout", false, lowerDropout}, {"Flatten", false, lowerFlatten}, {"Gather", false, impLowerGather},
    {"Gemm", false, lowerGemm}, {"GlobalAveragePool", false, lowerGlobalAveragePool},
    {"Identity", false, lowerIdentity}, {"MatMul", false, lowerMatMul}, {"MaxPool", false, lowerMaxPool},
    {"Mul", false, lowerMul}, {"Pad", false, lowerPad}, {"Pow", false, lowerPow}, {"Relu", false, lowerRelu},
    {"Reshape", false, lowerReshape}, {"Shape", false, impLowerShape}, {"Sigmoid", false, lowerSigmoid},
    {"Sign", false, lowerSign}, {"Slice", false, lowerSlice}, {"Softmax", false, lowerSoftmax},
    {"Split", false, lowerSplit}, {"Squeeze", false, lowerSqueeze}, {"Sub", false, lowerSub},
    {"TopK", false, lowerTopK}, {"Transpose", false, lowerTranspose}, {"Unsqueeze", false, lowerUnsqueeze},
    {"BipolarQuant", true, lowerBipolarQuant}, {"Im2Col", true, lowerIm2Col}, {"IntQuant", true, lowerQuant},
    {"MaxPoolNHWC", true, lowerMaxPoolNHWC}, {"MultiThreshold", true, lowerMultiThreshold}, {"Quant", true, lowerQuant},
    {"QuantAvgPool2d", true, lowerQuantAvgPool}, {"Trunc", true, lowerTrunc},
};

static const char *const kQonnxDomains[] = {"qonnx.custom_op.general", "onnx.brevitas", "finn",
                                            "finn.custom_op.general"};

ImpLowerFn impFindLowering(const char *domain, const char *opType) {
  bool isDefault = !*domain || strcmp(domain, "ai.onnx") == 0, isQonnx = false;
  for (size_t i = 0; i < sizeof kQonnxDomains / sizeof *kQonnxDomains; i++) isQonnx |= strcmp(domain, kQonnxDomains[i]) == 0;
  for (size_t i = 0; i < sizeof kLowerings / sizeof *kLowerings; i++)
    if (strcmp(kLowerings[i].opType, opType) == 0 && (isDefault || (isQonnx && kLowerings[i].qonnx)))
      return kLowerings[i].fn;
  return NULL;
}
