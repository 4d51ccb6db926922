/* qcnn-move-threshold-above-maxpool: multithreshold(maxpool(x)) -> maxpool(multithreshold(x)) when the
 * threshold is non-decreasing (out_scale >= 0): max commutes with non-decreasing functions, and padding
 * never wins a max. The threshold then meets the op before the pool (another threshold to compose
 * with, or the conv whose MVAU absorbs it); the pool runs on its small integers. */
#include "StreamlineUtils.h"

static bool moveThresholdAboveMaxPool(MlirOperation op, MlirRewriterBase rw) {
  MlirValue in = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0);
  MlirOperation pool = qcnnDefiningOp(in, QCNN_OP_MAXPOOL);
  MlirStringRef layout = qcnnOpGetString(op, QCNN_ATTR_DATA_LAYOUT);
  double scale;
  if (mlirOperationIsNull(pool) || !qcnnHasOneUse(in) || !qcnnOpGetF64(op, QCNN_ATTR_OUT_SCALE, &scale) ||
      !layout.data || !mlirStringRefEqual(layout, mlirStringRefCreateFromCString("NCHW")))
    return false;
  if (scale < 0 || qcnnRewriteIsExplain(rw)) {
    if (scale < 0 && qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(mlirOperationGetLocation(op), "a decreasing threshold cannot move above 'qcnn.maxpool'");
    return false;
  }
  MlirValue x = mlirOperationGetOperand(pool, 0);
  MlirType yElt = mlirShapedTypeGetElementType(mlirValueGetType(y));
  MlirValue operands[2] = {x, mlirOperationGetOperand(op, 1)};
  MlirValue th = qcnnCloneWithOperands(rw, op, 2, operands, qcnnWithElementType(mlirValueGetType(x), yElt));
  qcnnReplaceOp(rw, op, qcnnCloneWithOperands(rw, pool, 1, &th, mlirValueGetType(y)));
  return true;
}

const QcnnRewrite qcnnMoveThresholdAboveMaxPoolRewrite = {QCNN_OP_MULTITHRESHOLD, moveThresholdAboveMaxPool};

MlirPass qcnnCreateMoveThresholdAboveMaxPoolPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnMoveThresholdAboveMaxPoolRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
