/* Shared machinery of the streamlining rewrites: the pattern pass, matching "x op constant",
 * per-channel constants, exact threshold arithmetic, building and replacing ops. */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

/*===-- The pass -----------------------------------------------------------------------------===*/

typedef struct {
  const QcnnRewrite *const *rewrites;
  intptr_t n;
} StreamlineState;

static MlirLogicalResult matchAndRewrite(MlirRewritePattern p, MlirOperation op, MlirPatternRewriter pr, void *ud) {
  (void)p;
  const QcnnRewrite *r = ud;
  MlirRewriterBase rw = mlirPatternRewriterAsBase(pr);
  mlirRewriterBaseSetInsertionPointBefore(rw, op);
  return r->fn(op, rw) ? mlirLogicalResultSuccess() : mlirLogicalResultFailure();
}

static MlirWalkResult explain(MlirOperation op, void *ud) {
  const StreamlineState *s = ud;
  QcnnOpKind kind = qcnnOpGetKind(op);
  MlirRewriterBase none = {NULL};
  for (intptr_t i = 0; i < s->n; i++)
    if (s->rewrites[i]->root == kind) s->rewrites[i]->fn(op, none);
  return MlirWalkResultAdvance;
}

static bool run(MlirOperation op, void *state) {
  const StreamlineState *s = state;
  MlirContext ctx = mlirOperationGetContext(op);
  MlirRewritePatternSet set = mlirRewritePatternSetCreate(ctx);
  MlirRewritePatternCallbacks cb = {NULL, NULL, matchAndRewrite};
  for (intptr_t i = 0; i < s->n; i++) {
    MlirStringRef root = mlirStringRefCreateFromCString(qcnnOpKindName(s->rewrites[i]->root));
    mlirRewritePatternSetAdd(set, mlirOpRewritePatternCreate(root, 1, ctx, cb, (void *)s->rewrites[i], 0, NULL));
  }
  MlirFrozenRewritePatternSet frozen = mlirFreezeRewritePattern(set);
  mlirRewritePatternSetDestroy(set); /* freezing moves the patterns out but leaves the set's shell */
  MlirGreedyRewriteDriverConfig cfg = mlirGreedyRewriteDriverConfigCreate();
  bool ok = mlirLogicalResultIsSuccess(mlirApplyPatternsAndFoldGreedilyWithOp(op, frozen, cfg));
  mlirGreedyRewriteDriverConfigDestroy(cfg);
  mlirFrozenRewritePatternSetDestroy(frozen);
  if (!ok) {
    qcnnEmitError(mlirOperationGetLocation(op), "streamlining did not converge");
    return false;
  }
  mlirOperationWalk(op, explain, (void *)s, MlirWalkPreOrder);
  return true;
}

MlirPass qcnnStreamlinePassCreate(const QcnnPassInfo *info, const QcnnRewrite *const *rewrites, intptr_t n) {
  StreamlineState s = {rewrites, n};
  return qcnnPassCreate(info, run, &s, sizeof s);
}

/*===-- Matching -----------------------------------------------------------------------------===*/

MlirOperation qcnnDefiningOp(MlirValue v, QcnnOpKind kind) {
  if (!mlirValueIsAOpResult(v)) return (MlirOperation){NULL};
  MlirOperation def = mlirOpResultGetOwner(v);
  return qcnnOpIs(def, kind) ? def : (MlirOperation){NULL};
}

bool qcnnHasOneUse(MlirValue v) {
  MlirOpOperand use = mlirValueGetFirstUse(v);
  return !mlirOpOperandIsNull(use) && mlirOpOperandIsNull(mlirOpOperandGetNextUse(use));
}

bool qcnnIsLayoutKind(QcnnOpKind k) {
  return k == QCNN_OP_TRANSPOSE || k == QCNN_OP_RESHAPE || k == QCNN_OP_FLATTEN || k == QCNN_OP_SQUEEZE ||
         k == QCNN_OP_UNSQUEEZE || k == QCNN_OP_IDENTITY;
}

intptr_t qcnnTransposePermutation(MlirOperation op, int64_t *perm) {
  intptr_t n = qcnnOpGetI64Array(op, QCNN_ATTR_PERM, perm, QCNN_MAX_RANK);
  intptr_t rank = mlirShapedTypeGetRank(mlirValueGetType(mlirOperationGetOperand(op, 0)));
  if (n == 0)
    for (n = 0; n < rank; n++) perm[n] = rank - 1 - n;
  return n == rank ? n : -1;
}

static bool sameShape(MlirValue a, MlirValue b) {
  int64_t da[QCNN_MAX_RANK], db[QCNN_MAX_RANK];
  intptr_t ra = qcnnValueShape(a, da, QCNN_MAX_RANK), rb = qcnnValueShape(b, db, QCNN_MAX_RANK);
  return ra >= 0 && ra == rb && memcmp(da, db, (size_t)ra * sizeof da[0]) == 0;
}

bool qcnnMatchConstOperand(MlirOperation op, bool commutative, MlirValue *x, MlirValue *c) {
  MlirValue a = mlirOperationGetOperand(op, 0), b = mlirOperationGetOperand(op, 1);
  MlirValue y = mlirOperationGetResult(op, 0);
  bool ca = qcnnValueIsConstant(a), cb = qcnnValueIsConstant(b);
  /* Of two constants (a weight times its scale), x is the full-shaped one, preferably a. */
  if (cb && (!ca || !commutative || sameShape(a, y))) {
    *x = a;
    *c = b;
  } else if (ca && commutative) {
    *x = b;
    *c = a;
  } else {
    return false;
  }
  return sameShape(*x, y);
}

/*===-- Constants ----------------------------------------------------------------------------===*/

double *qcnnReadConstant(MlirValue c, intptr_t *n) {
  int64_t count = qcnnTypeNumElements(mlirValueGetType(c));
  if (count < 0) return NULL;
  double *v = malloc((size_t)(count ? count : 1) * sizeof *v);
  if (qcnnConstantRead(c, v, count) != count) {
    free(v);
    return NULL;
  }
  *n = count;
  return v;
}

int64_t qcnnChannelCount(MlirValue v, intptr_t axis) {
  int64_t d[QCNN_MAX_RANK];
  intptr_t r = qcnnValueShape(v, d, QCNN_MAX_RANK);
  return axis < r && d[axis] != QCNN_DIM_DYNAMIC ? d[axis] : -1;
}

double *qcnnChannelValues(MlirValue c, intptr_t rank, intptr_t axis, int64_t channels) {
  int64_t d[QCNN_MAX_RANK];
  intptr_t rc = qcnnValueShape(c, d, QCNN_MAX_RANK);
  if (rc < 0 || rc > rank) return NULL;
  bool perChannel = false;
  for (intptr_t i = 0; i < rc; i++) {
    intptr_t a = rank - rc + i; /* numpy broadcasting aligns trailing axes */
    if (d[i] == 1) continue;
    if (a != axis || d[i] != channels) return NULL;
    perChannel = true;
  }
  intptr_t n;
  double *all = qcnnReadConstant(c, &n);
  if (!all) return NULL;
  double *out = malloc((size_t)(channels ? channels : 1) * sizeof *out);
  for (int64_t k = 0; k < channels; k++) out[k] = all[perChannel ? k : 0];
  free(all);
  return out;
}

MlirValue qcnnBuildConstant(MlirRewriterBase rw, MlirLocation loc, MlirType type, const double *values) {
  MlirOperation op = qcnnConstantBuild(loc, type, values, NULL);
  mlirRewriterBaseInsert(rw, op);
  return mlirOperationGetResult(op, 0);
}

MlirValue qcnnBuildChannelConstant(MlirRewriterBase rw, MlirLocation loc, intptr_t rank, intptr_t axis, int64_t n,
                                   const double *values) {
  bool uniform = true;
  for (int64_t k = 1; k < n; k++) uniform &= values[k] == values[0];
  MlirType f64 = mlirF64TypeGet(mlirLocationGetContext(loc));
  int64_t shape[QCNN_MAX_RANK];
  intptr_t r = 0;
  if (!uniform) {
    shape[r++] = n;
    for (intptr_t a = axis + 1; a < rank; a++) shape[r++] = 1;
  }
  return qcnnBuildConstant(rw, loc, qcnnTensorType(r, shape, f64), values);
}

bool qcnnConstantUniform(MlirValue c, double *value) {
  intptr_t n;
  double *v = qcnnReadConstant(c, &n);
  bool uniform = v && n > 0;
  for (intptr_t i = 1; uniform && i < n; i++) uniform = v[i] == v[0];
  if (uniform) *value = v[0];
  free(v);
  return uniform;
}

MlirType qcnnWithElementType(MlirType t, MlirType elt) {
  int64_t d[QCNN_MAX_RANK];
  intptr_t r = qcnnTypeShape(t, d, QCNN_MAX_RANK);
  return qcnnTensorType(r, d, elt);
}

/* Flat index into a row-major tensor of shape `d` (rank r) for the broadcast output index `idx` of rank
 * `rank`. */
static int64_t broadcastIndex(const int64_t *idx, intptr_t rank, const int64_t *d, intptr_t r) {
  int64_t flat = 0;
  for (intptr_t i = 0; i < r; i++) flat = flat * d[i] + (d[i] == 1 ? 0 : idx[rank - r + i]);
  return flat;
}

double *qcnnCombineConstants(MlirValue a, MlirValue b, QcnnCombineFn fn, int64_t *shape, intptr_t *rank) {
  int64_t da[QCNN_MAX_RANK], db[QCNN_MAX_RANK];
  intptr_t ra = qcnnValueShape(a, da, QCNN_MAX_RANK), rb = qcnnValueShape(b, db, QCNN_MAX_RANK), na, nb;
  if (ra < 0 || rb < 0) return NULL;
  *rank = qcnnBroadcastShapes(ra, da, rb, db, shape);
  if (*rank < 0) return NULL;
  double *va = qcnnReadConstant(a, &na), *vb = qcnnReadConstant(b, &nb);
  int64_t n = 1;
  for (intptr_t i = 0; i < *rank; i++) n *= shape[i];
  double *out = va && vb ? malloc((size_t)(n ? n : 1) * sizeof *out) : NULL;
  int64_t idx[QCNN_MAX_RANK] = {0};
  for (int64_t k = 0; out && k < n; k++) {
    out[k] = fn(va[broadcastIndex(idx, *rank, da, ra)], vb[broadcastIndex(idx, *rank, db, rb)]);
    for (intptr_t i = *rank - 1; i >= 0 && ++idx[i] == shape[i]; i--) idx[i] = 0;
  }
  free(va);
  free(vb);
  return out;
}

/*===-- Exact arithmetic ---------------------------------------------------------------------===*/

double qcnnSubRoundUp(double t, double c) {
  double s = t - c;
  /* TwoSum: the exact difference is s + err. */
  double bb = s - t, err = (t - (s - bb)) + (-c - bb);
  return err > 0 ? nextafter(s, INFINITY) : s;
}

double qcnnDivRoundUp(double t, double c) {
  double q = t / c;
  /* fma gives the exact sign of q*c - t: below t means q is below the exact quotient (c > 0). */
  return fma(q, c, -t) < 0 ? nextafter(q, INFINITY) : q;
}

double qcnnMulRoundUp(double t, double c) {
  double p = t * c;
  return isfinite(p) && fma(t, c, -p) > 0 ? nextafter(p, INFINITY) : p;
}

/*===-- Building and replacing ---------------------------------------------------------------===*/

MlirValue qcnnBuildOp(MlirRewriterBase rw, QcnnOpKind kind, MlirLocation loc, intptr_t nOperands,
                      const MlirValue *operands, MlirType resultType, intptr_t nAttrs, const MlirNamedAttribute *attrs) {
  MlirOperation op = qcnnOpBuild(kind, loc, nOperands, operands, 1, &resultType, nAttrs, attrs);
  mlirRewriterBaseInsert(rw, op);
  return mlirOperationGetResult(op, 0);
}

MlirValue qcnnCloneWithOperands(MlirRewriterBase rw, MlirOperation op, intptr_t n, const MlirValue *operands,
                                MlirType type) {
  MlirNamedAttribute attrs[16];
  intptr_t na = mlirOperationGetNumAttributes(op);
  if (na > 16) na = 16; /* qcnn ops have at most 10 */
  for (intptr_t i = 0; i < na; i++) attrs[i] = mlirOperationGetAttribute(op, i);
  return qcnnBuildOp(rw, qcnnOpGetKind(op), mlirOperationGetLocation(op), n, operands, type, na, attrs);
}

static bool isDead(MlirOperation op) {
  for (intptr_t i = 0; i < mlirOperationGetNumResults(op); i++)
    if (!mlirOpOperandIsNull(mlirValueGetFirstUse(mlirOperationGetResult(op, i)))) return false;
  return true;
}

static void eraseDeadProducers(MlirRewriterBase rw, intptr_t n, const MlirValue *values);

/* Erases the producer of `v` if it is a qcnn op or a constant that is now unused, and so on upstream. */
static void eraseDeadProducer(MlirRewriterBase rw, MlirValue v) {
  if (!mlirValueIsAOpResult(v)) return;
  MlirOperation def = mlirOpResultGetOwner(v);
  if ((qcnnOpGetKind(def) == QCNN_OP_UNKNOWN && !qcnnValueIsConstant(v)) || !isDead(def)) return;
  MlirValue operands[8];
  intptr_t n = mlirOperationGetNumOperands(def);
  for (intptr_t i = 0; i < n && i < 8; i++) operands[i] = mlirOperationGetOperand(def, i);
  mlirRewriterBaseEraseOp(rw, def);
  eraseDeadProducers(rw, n < 8 ? n : 8, operands);
}

/* Each distinct value once: a producer feeding two operands must not be erased twice. */
static void eraseDeadProducers(MlirRewriterBase rw, intptr_t n, const MlirValue *values) {
  for (intptr_t i = 0; i < n; i++) {
    bool seen = false;
    for (intptr_t j = 0; j < i; j++) seen |= mlirValueEqual(values[i], values[j]);
    if (!seen) eraseDeadProducer(rw, values[i]);
  }
}

void qcnnReplaceOp(MlirRewriterBase rw, MlirOperation op, MlirValue v) {
  MlirValue operands[8];
  intptr_t n = mlirOperationGetNumOperands(op);
  for (intptr_t i = 0; i < n && i < 8; i++) operands[i] = mlirOperationGetOperand(op, i);
  mlirRewriterBaseReplaceOpWithValues(rw, op, 1, &v);
  eraseDeadProducers(rw, n < 8 ? n : 8, operands);
}

void qcnnReplaceOperand(MlirRewriterBase rw, MlirOperation op, intptr_t index, MlirValue v) {
  MlirValue old = mlirOperationGetOperand(op, index);
  mlirRewriterBaseStartOpModification(rw, op);
  mlirOperationSetOperand(op, index, v);
  mlirRewriterBaseFinalizeOpModification(rw, op);
  eraseDeadProducer(rw, old);
}

bool qcnnCollapseRepeated(MlirOperation op, MlirRewriterBase rw, QcnnCombineFn fn) {
  MlirValue inner, b, x, a;
  if (!qcnnMatchConstOperand(op, true, &inner, &b)) return false;
  MlirOperation def = qcnnDefiningOp(inner, qcnnOpGetKind(op));
  if (mlirOperationIsNull(def) || !qcnnHasOneUse(inner) || !qcnnMatchConstOperand(def, true, &x, &a)) return false;
  int64_t shape[QCNN_MAX_RANK], xs[QCNN_MAX_RANK], out[QCNN_MAX_RANK];
  intptr_t rank, xr = qcnnValueShape(x, xs, QCNN_MAX_RANK);
  double *v = qcnnCombineConstants(a, b, fn, shape, &rank);
  if (!v) return false;
  if (qcnnBroadcastShapes(xr, xs, rank, shape, out) != xr || memcmp(out, xs, (size_t)xr * sizeof xs[0]) != 0) {
    free(v);
    return false;
  }
  MlirType ea = mlirShapedTypeGetElementType(mlirValueGetType(a));
  MlirType eb = mlirShapedTypeGetElementType(mlirValueGetType(b));
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirType elt = mlirTypeIsAInteger(ea) && mlirTypeEqual(ea, eb) ? ea : mlirF64TypeGet(mlirLocationGetContext(loc));
  MlirValue operands[2] = {x, qcnnBuildConstant(rw, loc, qcnnTensorType(rank, shape, elt), v)};
  free(v);
  MlirType type = mlirValueGetType(mlirOperationGetResult(op, 0));
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, qcnnOpGetKind(op), loc, 2, operands, type, 0, NULL));
  return true;
}

bool qcnnMoveElementwisePast(MlirOperation op, MlirRewriterBase rw, QcnnOpKind e, unsigned flags) {
  bool perChannel = flags & QCNN_MOVE_PER_CHANNEL, nonNegative = flags & QCNN_MOVE_NON_NEGATIVE;
  MlirValue in = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0), z, c;
  MlirOperation def = qcnnDefiningOp(in, e);
  if (mlirOperationIsNull(def) || !qcnnHasOneUse(in) || !qcnnMatchConstOperand(def, true, &z, &c)) return false;
  intptr_t rank = mlirShapedTypeGetRank(mlirValueGetType(y)), inRank = mlirShapedTypeGetRank(mlirValueGetType(in));
  int64_t channels = perChannel ? qcnnChannelCount(y, 1) : 1;
  double *v = NULL, u;
  if (perChannel && channels == qcnnChannelCount(in, 1)) v = qcnnChannelValues(c, inRank, 1, channels);
  else if (qcnnConstantUniform(c, &u)) v = malloc(sizeof *v), v[0] = u, channels = 1;
  bool negative = false;
  for (int64_t k = 0; v && k < channels; k++) negative |= v[k] < 0;
  if (!v || (nonNegative && negative) || qcnnRewriteIsExplain(rw)) {
    if (v && nonNegative && negative && qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(mlirOperationGetLocation(def), "a negative scale cannot move past '%s'", qcnnOpKindName(qcnnOpGetKind(op)));
    free(v);
    return false;
  }
  MlirType elt = mlirShapedTypeGetElementType(mlirValueGetType(flags & QCNN_MOVE_DATA_MOVEMENT ? z : y));
  MlirValue moved = qcnnCloneWithOperands(rw, op, 1, &z, qcnnWithElementType(mlirValueGetType(y), elt));
  MlirValue operands[2] = {moved, qcnnBuildChannelConstant(rw, mlirOperationGetLocation(def), rank, 1, channels, v)};
  free(v);
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, e, mlirOperationGetLocation(def), 2, operands, mlirValueGetType(y), 0, NULL));
  return true;
}

/*===-- Thresholds ---------------------------------------------------------------------------===*/

bool qcnnMatchThresholdInput(MlirOperation op, QcnnOpKind e, QcnnThresholdMatch *m) {
  memset(m, 0, sizeof *m);
  MlirValue x = mlirOperationGetOperand(op, 0), th = mlirOperationGetOperand(op, 1), c;
  MlirOperation def = qcnnDefiningOp(x, e);
  int64_t ts[QCNN_MAX_RANK];
  if (mlirOperationIsNull(def) || !qcnnMatchConstOperand(def, true, &m->z, &c) || qcnnValueShape(th, ts, QCNN_MAX_RANK) != 2)
    return false;
  m->rank = mlirShapedTypeGetRank(mlirValueGetType(x));
  MlirStringRef layout = qcnnOpGetString(op, QCNN_ATTR_DATA_LAYOUT);
  bool nhwc = layout.data && mlirStringRefEqual(layout, mlirStringRefCreateFromCString("NHWC"));
  m->axis = nhwc && m->rank > 2 ? m->rank - 1 : 1;
  m->channels = qcnnChannelCount(x, m->axis);
  m->rows = ts[0];
  m->numT = ts[1];
  if (m->rank < 2 || m->channels < 1 || (m->rows != 1 && m->rows != m->channels)) return false;
  intptr_t n;
  m->c = qcnnChannelValues(c, m->rank, m->axis, m->channels);
  m->t = qcnnReadConstant(th, &n);
  if (m->c && m->t) {
    bool uniform = true;
    for (int64_t k = 1; k < m->channels; k++) uniform &= m->c[k] == m->c[0];
    m->outRows = uniform && m->rows == 1 ? 1 : m->channels;
    return true;
  }
  qcnnThresholdMatchFree(m);
  return false;
}

void qcnnThresholdMatchFree(QcnnThresholdMatch *m) {
  free(m->c);
  free(m->t);
  m->c = m->t = NULL;
}

void qcnnAbsorbIntoThresholds(MlirRewriterBase rw, MlirOperation op, QcnnThresholdMatch *m,
                              double (*absorb)(double t, double c)) {
  double *t = malloc((size_t)(m->outRows * m->numT) * sizeof *t);
  for (int64_t k = 0; k < m->outRows; k++)
    for (int64_t j = 0; j < m->numT; j++)
      t[k * m->numT + j] = absorb(m->t[(m->rows == 1 ? 0 : k) * m->numT + j], m->c[k]);
  MlirLocation loc = mlirOperationGetLocation(op);
  int64_t shape[2] = {m->outRows, m->numT};
  MlirValue th = qcnnBuildConstant(rw, loc, qcnnTensorType(2, shape, mlirF64TypeGet(mlirLocationGetContext(loc))), t);
  qcnnReplaceOperand(rw, op, 0, m->z);
  qcnnReplaceOperand(rw, op, 1, th);
  free(t);
  qcnnThresholdMatchFree(m);
}

/*===-- Linear ops ---------------------------------------------------------------------------===*/

/* Axis of the output channels in W, and in the result. */
bool qcnnLinearChannelAxes(MlirOperation op, intptr_t *wAxis, intptr_t *yAxis) {
  MlirValue w = mlirOperationGetOperand(op, 1);
  intptr_t wr = mlirShapedTypeGetRank(mlirValueGetType(w)), yr = mlirShapedTypeGetRank(mlirValueGetType(mlirOperationGetResult(op, 0)));
  switch (qcnnOpGetKind(op)) {
  case QCNN_OP_CONV: *wAxis = 0; *yAxis = 1; return true;
  case QCNN_OP_MATMUL: *wAxis = wr - 1; *yAxis = yr - 1; return wr >= 2;
  default: *wAxis = qcnnOpI64Or(op, QCNN_ATTR_TRANS_B, 0) ? 0 : 1; *yAxis = 1; return wr == 2;
  }
}

/* Bits of an integer element; 1 for bipolar, whose products with an N-bit value need N + 1 bits
 * like those of a 1-bit one; 0 for floats. */
static int intBits(MlirType t) {
  MlirType e = mlirShapedTypeGetElementType(t);
  if (qcnnTypeIsBipolar(e)) return 1;
  return mlirTypeIsAInteger(e) ? (int)mlirIntegerTypeGetWidth(e) : 0;
}

bool qcnnIsIntegerTensor(MlirValue v) { return mlirTypeIsAShaped(mlirValueGetType(v)) && intBits(mlirValueGetType(v)) > 0; }

/* The result type of the integer linear op: a product fits in bx + bw bits plus a sign bit, a sum
 * of K of them ceil(log2 K) more. */
MlirType qcnnLinearResultType(MlirOperation op, MlirValue x, MlirValue w, intptr_t wAxis) {
  MlirType y = mlirValueGetType(mlirOperationGetResult(op, 0));
  int bx = intBits(mlirValueGetType(x)), bw = intBits(mlirValueGetType(w));
  if (!bx || !bw) return y;
  int64_t n = qcnnTypeNumElements(mlirValueGetType(w)), o = qcnnChannelCount(w, wAxis);
  int64_t k = o > 0 ? n / o : n;
  int bits = bx + bw + 1;
  while (k > 1) bits++, k = (k + 1) / 2;
  return bits > 64 ? y : qcnnWithElementType(y, mlirIntegerTypeSignedGet(mlirTypeGetContext(y), (unsigned)bits));
}

