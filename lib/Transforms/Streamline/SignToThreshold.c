/* qcnn-sign-to-threshold: sign(x) in {-1, 0, +1} counts two thresholds: sign(x) = #{x >= 0} + #{x > 0} - 1,
 * and for a double x, x > 0 <=> x >= the smallest positive double. So sign becomes a multithreshold
 * with thresholds [0, 2^-1074], out_bias -1, whose result is si2 (the op's own result type is kept
 * where a non-qcnn op, e.g. the function's return, uses it). */
#include "StreamlineUtils.h"

#include <math.h>

static bool usedOnlyByQcnnOps(MlirValue v) {
  for (MlirOpOperand u = mlirValueGetFirstUse(v); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u))
    if (qcnnOpGetKind(mlirOpOperandGetOwner(u)) == QCNN_OP_UNKNOWN) return false;
  return true;
}

static bool signToThreshold(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0);
  intptr_t rank = mlirShapedTypeGetRank(mlirValueGetType(x));
  if (qcnnRewriteIsExplain(rw) || rank < 2) return false;
  MlirContext ctx = mlirOperationGetContext(op);
  MlirLocation loc = mlirOperationGetLocation(op);
  const double t[2] = {0, nextafter(0, 1)};
  int64_t shape[2] = {1, 2};
  MlirValue operands[2] = {x, qcnnBuildConstant(rw, loc, qcnnTensorType(2, shape, mlirF64TypeGet(ctx)), t)};
  MlirNamedAttribute attrs[4] = {
      qcnnNamedString(ctx, QCNN_ATTR_DATA_LAYOUT, "NCHW"), qcnnNamedF32(ctx, QCNN_ATTR_OUT_BIAS, -1.0f),
      qcnnNamedString(ctx, QCNN_ATTR_OUT_DTYPE, "INT2"), qcnnNamedF32(ctx, QCNN_ATTR_OUT_SCALE, 1.0f)};
  MlirType type = usedOnlyByQcnnOps(y) ? qcnnWithElementType(mlirValueGetType(y), mlirIntegerTypeSignedGet(ctx, 2))
                                       : mlirValueGetType(y);
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, QCNN_OP_MULTITHRESHOLD, loc, 2, operands, type, 4, attrs));
  return true;
}

const QcnnRewrite qcnnSignToThresholdRewrite = {QCNN_OP_SIGN, signToThreshold};

MlirPass qcnnCreateSignToThresholdPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnSignToThresholdRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
