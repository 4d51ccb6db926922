/* qcnn-fold-gap: global average pooling of integers becomes an integer sum and a 1/n that is never
 * computed in float where it matters (n = the product of the spatial dims, often not a power of two,
 * so 1/n has no exact binary value):
 *   gap(x) -> global_acc_pool(x)  (integer, bits(x) + ceil(log2 n) bits: cannot overflow)
 * The sum is n times the mean, and stays exactly n times the old value through the ops that are
 * positively homogeneous (layout ops; matmul/gemm without bias by a constant W). Where that chain ends:
 *   - a multithreshold: mean-side value/n >= t  <=>  value >= n*t, so the thresholds become the
 *     smallest doubles >= n*t (exact, like every threshold move; round-thresholds then makes them
 *     integers);
 *   - an argmax (or a topk whose values are unused): positive scaling does not change the order, so
 *     the 1/n is dropped;
 *   - anything else (a float tail, the graph output): a float mul by 1/n (f64) stays there, on the
 *     host side, with a remark.
 * A float input is left alone (remark): its sum is not exact. */
#include "../Streamline/StreamlineUtils.h"

#include <stdlib.h>

/* The only user of `v` (reading it as operand 0), or a null op. */
static MlirOperation soleUser(MlirValue v) {
  if (!qcnnHasOneUse(v)) return (MlirOperation){NULL};
  MlirOpOperand use = mlirValueGetFirstUse(v);
  return mlirOpOperandGetOperandNumber(use) == 0 ? mlirOpOperandGetOwner(use) : (MlirOperation){NULL};
}

/* The integer element type of the sum of n values of type `elt`. */
static MlirType accElementType(MlirType elt, int64_t n) {
  unsigned bits = mlirIntegerTypeGetWidth(elt);
  for (int64_t k = n; k > 1; k = (k + 1) / 2) bits++;
  MlirContext ctx = mlirTypeGetContext(elt);
  return mlirIntegerTypeIsUnsigned(elt) ? mlirIntegerTypeUnsignedGet(ctx, bits) : mlirIntegerTypeSignedGet(ctx, bits);
}

/* `op` rebuilt on `v` (n times its old operand 0) where the result is n times the old one; null if
 * `op` is not such an op. */
static MlirValue rebuildScaled(MlirRewriterBase rw, MlirOperation op, MlirValue v) {
  QcnnOpKind k = qcnnOpGetKind(op);
  MlirType old = mlirValueGetType(mlirOperationGetResult(op, 0));
  mlirRewriterBaseSetInsertionPointBefore(rw, op);
  if (qcnnIsLayoutKind(k))
    return qcnnCloneWithOperands(rw, op, 1, &v, qcnnWithElementType(old, mlirShapedTypeGetElementType(mlirValueGetType(v))));
  intptr_t wAxis, yAxis;
  if ((k != QCNN_OP_MATMUL && k != QCNN_OP_GEMM) || mlirOperationGetNumOperands(op) != 2 ||
      !qcnnLinearChannelAxes(op, &wAxis, &yAxis))
    return (MlirValue){NULL};
  MlirValue operands[2] = {v, mlirOperationGetOperand(op, 1)};
  MlirOperation w = mlirOpResultGetOwner(operands[1]);
  if (!mlirValueIsAOpResult(operands[1]) || !mlirStringRefEqual(mlirIdentifierStr(mlirOperationGetName(w)),
                                                                mlirStringRefCreateFromCString("arith.constant")))
    return (MlirValue){NULL};
  return qcnnCloneWithOperands(rw, op, 2, operands, qcnnLinearResultType(op, v, operands[1], wAxis));
}

/* Thresholds of `th` times n, rounded up, as an f64 constant of the same shape. */
static MlirValue scaleThresholds(MlirRewriterBase rw, MlirLocation loc, MlirValue th, int64_t n) {
  intptr_t count;
  double *t = qcnnReadConstant(th, &count);
  if (!t) return (MlirValue){NULL};
  for (intptr_t i = 0; i < count; i++) t[i] = qcnnMulRoundUp(t[i], (double)n);
  MlirType type = qcnnWithElementType(mlirValueGetType(th), mlirF64TypeGet(mlirLocationGetContext(loc)));
  MlirValue c = qcnnBuildConstant(rw, loc, type, t);
  free(t);
  return c;
}

/* Whether the end of the chain is order-only: an argmax, or a topk whose values are unused. */
static bool orderOnly(MlirOperation user) {
  return qcnnOpIs(user, QCNN_OP_ARGMAX) ||
         (qcnnOpIs(user, QCNN_OP_TOPK) && mlirOpOperandIsNull(mlirValueGetFirstUse(mlirOperationGetResult(user, 0))));
}

static bool foldGap(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x = mlirOperationGetOperand(op, 0);
  MlirType xType = mlirValueGetType(x), elt = mlirShapedTypeGetElementType(xType);
  MlirLocation loc = mlirOperationGetLocation(op);
  int64_t dims[QCNN_MAX_RANK];
  intptr_t rank = qcnnValueShape(x, dims, QCNN_MAX_RANK);
  if (!mlirTypeIsAInteger(elt)) {
    if (qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(loc, "global_avg_pool on a float input is not folded: only a sum of integers is exact "
                          "(quantize the input of the pool)");
    return false;
  }
  if (qcnnRewriteIsExplain(rw) || rank < 3) return false;
  int64_t n = 1;
  for (intptr_t i = 2; i < rank; i++) n *= dims[i];
  MlirType oldType = mlirValueGetType(mlirOperationGetResult(op, 0));
  MlirValue v = qcnnBuildOp(rw, QCNN_OP_GLOBAL_ACC_POOL, loc, 1, &x, qcnnWithElementType(oldType, accElementType(elt, n)),
                            0, NULL);
  /* v is n times the result of `last`; follow the homogeneous chain. */
  MlirOperation last = op, user;
  MlirValue next;
  while (!mlirOperationIsNull(user = soleUser(mlirOperationGetResult(last, 0))) &&
         !mlirValueIsNull(next = rebuildScaled(rw, user, v)))
    v = next, last = user;
  if (!mlirOperationIsNull(user) && qcnnOpIs(user, QCNN_OP_MULTITHRESHOLD)) {
    mlirRewriterBaseSetInsertionPointBefore(rw, user);
    MlirValue th = scaleThresholds(rw, mlirOperationGetLocation(user), mlirOperationGetOperand(user, 1), n);
    if (!mlirValueIsNull(th)) {
      qcnnReplaceOperand(rw, user, 1, th);
      qcnnReplaceOperand(rw, user, 0, v);
      return true;
    }
  }
  if (!mlirOperationIsNull(user) && orderOnly(user)) {
    qcnnReplaceOperand(rw, user, 0, v);
    return true;
  }
  mlirRewriterBaseSetInsertionPointBefore(rw, last);
  double inv = 1.0 / (double)n;
  MlirValue mul[2] = {v, qcnnBuildChannelConstant(rw, loc, 1, 0, 1, &inv)};
  MlirValue scaled = qcnnBuildOp(rw, QCNN_OP_MUL, loc, 2, mul, mlirValueGetType(mlirOperationGetResult(last, 0)), 0, NULL);
  qcnnEmitRemark(loc, "the 1/%lld of global_avg_pool stays a float mul: no threshold or argmax follows", (long long)n);
  qcnnReplaceOp(rw, last, scaled);
  return true;
}

static const QcnnRewrite foldGapRewrite = {QCNN_OP_GLOBAL_AVG_POOL, foldGap};

MlirPass qcnnCreateFoldGapPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&foldGapRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
