/* qcnn-move-mul-past-linear: pulls constant scales out of conv / matmul / gemm so that the linear op
 * computes on the integers and the scale follows it (where it can move on and be absorbed):
 *   linear(x * c, W) + bias  ->  linear(x, W) * c + bias       (c a scalar)
 *   linear(x, W * s) + bias  ->  linear(x, W) * s' + bias      (s a scalar or one per output channel,
 *                                                               s' the same values along the output
 *                                                               channel axis)
 * Both are exact: a scalar factors out of every sum, a per-output-channel factor out of each
 * channel's sum, and zero padding stays zero. A per-input-channel scale on x does not factor out
 * (remark). Gemm only with alpha = beta = 1; the bias must be a constant (conv's [O] bias is reshaped
 * to [O,1,...]) or, as qcnn-convert-quant leaves a quantized bias (Brevitas' Int32Bias), an integer
 * constant times a constant scale whose products are exact in f64. When x and W are both integers the linear op's result becomes an integer
 * (qcnnLinearResultType). */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>

/* Per-channel values of a bias: a constant, or q * c with both constant (a quantized bias) when every
 * product is exact in double (fma gives the rounding error of a*b). NULL otherwise. */
static double *biasChannelValues(MlirValue bias, intptr_t rank, intptr_t axis, int64_t channels) {
  if (qcnnValueIsConstant(bias)) return qcnnChannelValues(bias, rank, axis, channels);
  MlirOperation mul = qcnnDefiningOp(bias, QCNN_OP_MUL);
  if (mlirOperationIsNull(mul)) return NULL;
  MlirValue a = mlirOperationGetOperand(mul, 0), b = mlirOperationGetOperand(mul, 1);
  if (!qcnnValueIsConstant(a) || !qcnnValueIsConstant(b)) return NULL;
  double *va = qcnnChannelValues(a, rank, axis, channels), *vb = qcnnChannelValues(b, rank, axis, channels);
  bool exact = va && vb;
  for (int64_t k = 0; exact && k < channels; k++) {
    double p = va[k] * vb[k];
    exact = fma(va[k], vb[k], -p) == 0;
    va[k] = p;
  }
  free(vb);
  if (!exact) {
    free(va);
    return NULL;
  }
  return va;
}

static bool moveMulPastLinear(MlirOperation op, MlirRewriterBase rw) {
  QcnnOpKind kind = qcnnOpGetKind(op);
  MlirLocation loc = mlirOperationGetLocation(op);
  intptr_t wAxis, yAxis;
  if (!qcnnLinearChannelAxes(op, &wAxis, &yAxis)) return false;
  if (kind == QCNN_OP_GEMM) {
    double alpha, beta;
    if (!qcnnOpGetF64(op, QCNN_ATTR_ALPHA, &alpha) || !qcnnOpGetF64(op, QCNN_ATTR_BETA, &beta) || alpha != 1 || beta != 1)
      return false;
  }
  MlirValue x = mlirOperationGetOperand(op, 0), w = mlirOperationGetOperand(op, 1);
  MlirValue y = mlirOperationGetResult(op, 0);
  intptr_t yRank = mlirShapedTypeGetRank(mlirValueGetType(y));
  int64_t outChannels = qcnnChannelCount(y, yAxis);
  bool hasBias = mlirOperationGetNumOperands(op) > 2;
  MlirValue bias = hasBias ? mlirOperationGetOperand(op, 2) : (MlirValue){NULL};
  intptr_t biasRank = kind == QCNN_OP_CONV ? 1 : yRank, biasAxis = kind == QCNN_OP_CONV ? 0 : yAxis;
  double *b = hasBias ? biasChannelValues(bias, biasRank, biasAxis, outChannels) : NULL;
  if (outChannels < 1 || (hasBias && !b && !qcnnValueIsConstant(bias))) {
    if (hasBias && qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(loc, "the bias of '%s' is neither a constant nor an exact constant product: scales stay before it",
                     qcnnOpKindName(kind));
    free(b);
    return false;
  }

  /* Input side: a scalar only. */
  MlirOperation xMul = qcnnDefiningOp(x, QCNN_OP_MUL);
  MlirValue xIn, xScale;
  double c = 1;
  bool moveX = !mlirOperationIsNull(xMul) && qcnnMatchConstOperand(xMul, true, &xIn, &xScale);
  if (moveX && !qcnnConstantUniform(xScale, &c)) {
    if (qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(loc, "a per-channel scale on the input of '%s' does not factor out of its sums", qcnnOpKindName(kind));
    moveX = false;
  }
  /* Weight side: a scalar or one value per output channel. */
  MlirOperation wMul = qcnnDefiningOp(w, QCNN_OP_MUL);
  MlirValue wIn, wScale;
  double *s = NULL;
  if (!mlirOperationIsNull(wMul) && qcnnMatchConstOperand(wMul, true, &wIn, &wScale))
    s = qcnnChannelValues(wScale, mlirShapedTypeGetRank(mlirValueGetType(w)), wAxis, outChannels);
  if ((!moveX && !s) || qcnnRewriteIsExplain(rw)) {
    free(s);
    free(b);
    return false;
  }
  double *scale = malloc((size_t)outChannels * sizeof *scale);
  for (int64_t k = 0; k < outChannels; k++) scale[k] = c * (s ? s[k] : 1);
  free(s);

  MlirValue operands[2] = {moveX ? xIn : x, s ? wIn : w};
  MlirValue lin = qcnnCloneWithOperands(rw, op, 2, operands, qcnnLinearResultType(op, operands[0], operands[1], wAxis));
  MlirValue mul[2] = {lin, qcnnBuildChannelConstant(rw, loc, yRank, yAxis, outChannels, scale)};
  free(scale);
  MlirValue out = qcnnBuildOp(rw, QCNN_OP_MUL, loc, 2, mul, mlirValueGetType(y), 0, NULL);
  if (hasBias) {
    if (b) {
      MlirValue add[2] = {out, qcnnBuildChannelConstant(rw, loc, yRank, yAxis, outChannels, b)};
      out = qcnnBuildOp(rw, QCNN_OP_ADD, loc, 2, add, mlirValueGetType(y), 0, NULL);
    } else { /* a full [M, N] gemm bias adds as it is */
      MlirValue add[2] = {out, bias};
      out = qcnnBuildOp(rw, QCNN_OP_ADD, loc, 2, add, mlirValueGetType(y), 0, NULL);
    }
  }
  free(b);
  qcnnReplaceOp(rw, op, out);
  return true;
}

const QcnnRewrite qcnnMoveMulPastConvRewrite = {QCNN_OP_CONV, moveMulPastLinear};
const QcnnRewrite qcnnMoveMulPastMatMulRewrite = {QCNN_OP_MATMUL, moveMulPastLinear};
const QcnnRewrite qcnnMoveMulPastGemmRewrite = {QCNN_OP_GEMM, moveMulPastLinear};

MlirPass qcnnCreateMoveMulPastLinearPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnMoveMulPastConvRewrite, &qcnnMoveMulPastMatMulRewrite,
                                                &qcnnMoveMulPastGemmRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 3);
}
