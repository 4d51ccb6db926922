/* qcnn-integer-weights: float constant weights of a conv / matmul / gemm whose data input is integer
 * (or bipolar) become an integer constant of the narrowest type holding them, when every value is an
 * exact integer:
 *   linear(x : siN, W : f32 = {-1, +1, ...}) -> linear(x, W' : si2)
 * The narrowest type is uiB when no value is negative (B >= 1 bits for the largest), else the smallest
 * siB holding the range; ±1 weights are si2, as qcnn-convert-quant makes a BipolarQuant weight, so
 * later passes (move-mul-past-linear, factor-sign-into-weights) and the lowering see one form. FINN
 * exports streamlined BNNs so (f32 ±1 weights, no quantizer). Exact: the values are unchanged, and a
 * product of integers summed in the linear op is what the float op computed whenever that was exact.
 * Remark when a weight of an integer layer is float but not all integers. */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>

/* The narrowest integer type holding every value, or a null type if one is not an integer below 2^52. */
static MlirType narrowestIntegerType(MlirContext ctx, const double *v, intptr_t n) {
  double lo = 0, hi = 0;
  for (intptr_t i = 0; i < n; i++) {
    if (v[i] != floor(v[i]) || fabs(v[i]) >= 0x1p52) return (MlirType){NULL};
    lo = fmin(lo, v[i]);
    hi = fmax(hi, v[i]);
  }
  unsigned bits = 1;
  if (lo >= 0) {
    while (ldexp(1, (int)bits) - 1 < hi) bits++;
    return mlirIntegerTypeUnsignedGet(ctx, bits);
  }
  for (bits = 2; -ldexp(1, (int)bits - 1) > lo || ldexp(1, (int)bits - 1) - 1 < hi;) bits++;
  return mlirIntegerTypeSignedGet(ctx, bits);
}

static bool integerWeights(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x = mlirOperationGetOperand(op, 0), w = mlirOperationGetOperand(op, 1);
  MlirType wType = mlirValueGetType(w);
  if (!qcnnIsIntegerTensor(x) || !qcnnValueIsConstant(w) || !mlirTypeIsAFloat(mlirShapedTypeGetElementType(wType)))
    return false;
  intptr_t n;
  double *v = qcnnReadConstant(w, &n);
  MlirType elt = v ? narrowestIntegerType(mlirOperationGetContext(op), v, n) : (MlirType){NULL};
  if (mlirTypeIsNull(elt) || qcnnRewriteIsExplain(rw)) {
    if (v && mlirTypeIsNull(elt) && qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(mlirOperationGetLocation(op),
                     "'%s' reads integers but its float weights are not all integers: it stays float (quantize the weights)",
                     qcnnOpKindName(qcnnOpGetKind(op)));
    free(v);
    return false;
  }
  qcnnReplaceOperand(rw, op, 1, qcnnBuildConstant(rw, mlirOperationGetLocation(op), qcnnWithElementType(wType, elt), v));
  free(v);
  return true;
}

const QcnnRewrite qcnnIntegerWeightsConvRewrite = {QCNN_OP_CONV, integerWeights};
const QcnnRewrite qcnnIntegerWeightsMatMulRewrite = {QCNN_OP_MATMUL, integerWeights};
const QcnnRewrite qcnnIntegerWeightsGemmRewrite = {QCNN_OP_GEMM, integerWeights};

MlirPass qcnnCreateIntegerWeightsPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnIntegerWeightsConvRewrite, &qcnnIntegerWeightsMatMulRewrite,
                                                &qcnnIntegerWeightsGemmRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 3);
}
