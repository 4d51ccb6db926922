/* qcnn-integer-accumulator: a conv / matmul / gemm whose data and weights are integers (or bipolar) but
 * whose result is typed float gets the exact integer accumulator type (qcnnLinearResultType):
 *   gemm(x : bipolar, W : si2) -> f32   becomes   gemm(x, W) -> si5
 * An imported graph types the op float when its quantizers were float ops (BipolarQuant on both
 * operands, FINN's f32 ±1 weights) and no scale moved past it to retype it. Exact only when the float
 * result held every sum exactly: the bound of the accumulator type must be at most 2^24 (every partial
 * sum lies within it, so f32 and f64 computed exact integers); else it stays float, with a remark. Not
 * for an op with a bias operand, a gemm with alpha != 1, or a result returned by the function (its
 * type is the function's). */
#include "StreamlineUtils.h"

static bool integerAccumulator(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x = mlirOperationGetOperand(op, 0), w = mlirOperationGetOperand(op, 1), y = mlirOperationGetResult(op, 0);
  intptr_t wAxis, yAxis;
  double alpha = 1;
  if (mlirOperationGetNumOperands(op) != 2 || !qcnnIsIntegerTensor(x) || !qcnnIsIntegerTensor(w) ||
      !mlirTypeIsAFloat(mlirShapedTypeGetElementType(mlirValueGetType(y))) || !qcnnLinearChannelAxes(op, &wAxis, &yAxis) ||
      (qcnnOpIs(op, QCNN_OP_GEMM) && (!qcnnOpGetF64(op, QCNN_ATTR_ALPHA, &alpha) || alpha != 1)))
    return false;
  for (MlirOpOperand u = mlirValueGetFirstUse(y); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u))
    if (qcnnOpGetKind(mlirOpOperandGetOwner(u)) == QCNN_OP_UNKNOWN) return false;
  MlirType type = qcnnLinearResultType(op, x, w, wAxis);
  MlirType elt = mlirShapedTypeGetElementType(type);
  bool exact = mlirTypeIsAInteger(elt) && mlirIntegerTypeGetWidth(elt) <= 25;
  if (!exact || qcnnRewriteIsExplain(rw)) {
    if (!exact && qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(mlirOperationGetLocation(op),
                     "'%s' computes on integers but its sums may exceed 2^24, which its float result rounds: it stays float",
                     qcnnOpKindName(qcnnOpGetKind(op)));
    return false;
  }
  MlirValue operands[2] = {x, w};
  qcnnReplaceOp(rw, op, qcnnCloneWithOperands(rw, op, 2, operands, type));
  return true;
}

const QcnnRewrite qcnnIntegerAccumulatorConvRewrite = {QCNN_OP_CONV, integerAccumulator};
const QcnnRewrite qcnnIntegerAccumulatorMatMulRewrite = {QCNN_OP_MATMUL, integerAccumulator};
const QcnnRewrite qcnnIntegerAccumulatorGemmRewrite = {QCNN_OP_GEMM, integerAccumulator};

MlirPass qcnnCreateIntegerAccumulatorPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnIntegerAccumulatorConvRewrite, &qcnnIntegerAccumulatorMatMulRewrite,
                                                &qcnnIntegerAccumulatorGemmRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 3);
}
