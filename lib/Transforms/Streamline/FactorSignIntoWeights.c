/* qcnn-factor-sign-into-weights: a per-output-channel scale with negative entries after a linear op
 * (typically a batchnorm with negative gamma) is split into its sign, folded into the weights, and its
 * magnitude:
 *   linear(x, W) * c  ->  linear(x, W') * |c|,  W'[o] = sign(c[o]) * W[o]
 * exact (negation), for conv/matmul/gemm without bias and with constant W. The non-negative |c| can
 * then move past maxpool and be absorbed into a threshold, which a mixed-sign c cannot (one
 * multithreshold has one out_scale). Integer weights widen by one bit when a negated value needs it
 * (-(-2) in si2). */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>

/* The element type for the negated integer weights: W's type if all values fit, else a signed type
 * one bit wider. */
static MlirType weightType(MlirType wType, const double *v, intptr_t n) {
  MlirType elt = mlirShapedTypeGetElementType(wType);
  if (!mlirTypeIsAInteger(elt)) return wType;
  unsigned w = mlirIntegerTypeGetWidth(elt);
  bool isUnsigned = mlirIntegerTypeIsUnsigned(elt);
  double lo = isUnsigned ? 0 : -ldexp(1, (int)w - 1), hi = isUnsigned ? ldexp(1, (int)w) - 1 : ldexp(1, (int)w - 1) - 1;
  bool fits = true;
  for (intptr_t i = 0; i < n; i++) fits &= v[i] >= lo && v[i] <= hi;
  if (fits) return wType;
  return qcnnWithElementType(wType, mlirIntegerTypeSignedGet(mlirTypeGetContext(wType), w + 1));
}

static bool factorSign(MlirOperation op, MlirRewriterBase rw) {
  MlirValue y, c;
  intptr_t wAxis, yAxis, n;
  if (qcnnRewriteIsExplain(rw) || !qcnnMatchConstOperand(op, true, &y, &c) || !qcnnHasOneUse(y) ||
      !mlirValueIsAOpResult(y))
    return false;
  MlirOperation lin = mlirOpResultGetOwner(y);
  QcnnOpKind kind = qcnnOpGetKind(lin);
  if ((kind != QCNN_OP_CONV && kind != QCNN_OP_MATMUL && kind != QCNN_OP_GEMM) || mlirOperationGetNumOperands(lin) != 2 ||
      !qcnnLinearChannelAxes(lin, &wAxis, &yAxis))
    return false;
  MlirValue w = mlirOperationGetOperand(lin, 1);
  int64_t ws[QCNN_MAX_RANK];
  intptr_t wr = qcnnValueShape(w, ws, QCNN_MAX_RANK);
  int64_t channels = qcnnChannelCount(y, yAxis);
  double *cv = channels > 0 && wr > wAxis && ws[wAxis] == channels
                   ? qcnnChannelValues(c, mlirShapedTypeGetRank(mlirValueGetType(y)), yAxis, channels)
                   : NULL;
  double *wv = cv ? qcnnReadConstant(w, &n) : NULL;
  bool negative = false;
  for (int64_t k = 0; wv && k < channels; k++) negative |= cv[k] < 0;
  if (!negative) {
    free(cv);
    free(wv);
    return false;
  }
  int64_t inner = 1;
  for (intptr_t i = wAxis + 1; i < wr; i++) inner *= ws[i];
  for (intptr_t i = 0; i < n; i++)
    if (cv[(i / inner) % channels] < 0) wv[i] = -wv[i];
  for (int64_t k = 0; k < channels; k++) cv[k] = fabs(cv[k]);
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirValue operands[2] = {mlirOperationGetOperand(lin, 0),
                           qcnnBuildConstant(rw, mlirOperationGetLocation(lin), weightType(mlirValueGetType(w), wv, n), wv)};
  MlirValue newLin = qcnnCloneWithOperands(rw, lin, 2, operands, qcnnLinearResultType(lin, operands[0], operands[1], wAxis));
  MlirValue mul[2] = {newLin, qcnnBuildChannelConstant(rw, loc, mlirShapedTypeGetRank(mlirValueGetType(y)), yAxis, channels, cv)};
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, QCNN_OP_MUL, loc, 2, mul, mlirValueGetType(mlirOperationGetResult(op, 0)), 0, NULL));
  free(cv);
  free(wv);
  return true;
}

const QcnnRewrite qcnnFactorSignIntoWeightsRewrite = {QCNN_OP_MUL, factorSign};

MlirPass qcnnCreateFactorSignIntoWeightsPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnFactorSignIntoWeightsRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
