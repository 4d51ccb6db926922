/* qcnn-integer-accumulator: a conv / matmul / gemm whose data and weights are integers (or bipolar) gets
 * the exact integer accumulator type (qcnnLinearResultType) when its result is typed float or a wider
 * integer:
 *   gemm(x : bipolar, W : si2) -> f32      becomes   gemm(x, W) -> si5
 *   matmul(x : bipolar, W : si2) -> si32   becomes   matmul(x, W) -> si14   (K = 784)
 * An imported graph types the op float when its quantizers were float ops (BipolarQuant on both
 * operands) and no scale moved past it to retype it; FINN annotates its accumulators INT32. Exact:
 * every sum lies within the bound of the accumulator type. From float only when that bound is at most
 * 2^24, so the float result held every sum exactly too; else it stays float, with a remark. A wider
 * integer is narrowed only where no layout op reads it (its result type would still say the wider
 * type), so thresholds after it are stored in the narrow range. Not for an op with a bias operand, a
 * gemm with alpha != 1, or a result returned by the function (its type is the function's). */
#include "StreamlineUtils.h"

static bool integerAccumulator(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x = mlirOperationGetOperand(op, 0), w = mlirOperationGetOperand(op, 1), y = mlirOperationGetResult(op, 0);
  intptr_t wAxis, yAxis;
  double alpha = 1;
  MlirType old = mlirShapedTypeGetElementType(mlirValueGetType(y));
  bool fromFloat = mlirTypeIsAFloat(old);
  if (mlirOperationGetNumOperands(op) != 2 || !qcnnIsIntegerTensor(x) || !qcnnIsIntegerTensor(w) ||
      !(fromFloat || mlirTypeIsAInteger(old)) || !qcnnLinearChannelAxes(op, &wAxis, &yAxis) ||
      (qcnnOpIs(op, QCNN_OP_GEMM) && (!qcnnOpGetF64(op, QCNN_ATTR_ALPHA, &alpha) || alpha != 1)))
    return false;
  for (MlirOpOperand u = mlirValueGetFirstUse(y); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u)) {
    QcnnOpKind user = qcnnOpGetKind(mlirOpOperandGetOwner(u));
    if (user == QCNN_OP_UNKNOWN || (!fromFloat && qcnnIsLayoutKind(user))) return false;
  }
  MlirType elt = mlirShapedTypeGetElementType(qcnnLinearResultType(op, x, w, wAxis));
  if (!mlirTypeIsAInteger(elt) || (!fromFloat && mlirIntegerTypeGetWidth(elt) >= mlirIntegerTypeGetWidth(old)))
    return false;
  bool exact = !fromFloat || mlirIntegerTypeGetWidth(elt) <= 25;
  if (!exact || qcnnRewriteIsExplain(rw)) {
    if (!exact && qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(mlirOperationGetLocation(op),
                     "'%s' computes on integers but its sums may exceed 2^24, which its float result rounds: it stays float",
                     qcnnOpKindName(qcnnOpGetKind(op)));
    return false;
  }
  MlirValue operands[2] = {x, w};
  qcnnReplaceOp(rw, op, qcnnCloneWithOperands(rw, op, 2, operands, qcnnWithElementType(mlirValueGetType(y), elt)));
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
