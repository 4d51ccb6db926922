/* qcnn-batchnorm-to-affine: inference batchnorm with constant parameters becomes a per-channel
 * mul + add:  y = x*a + d  with  a = scale/sqrt(var + epsilon),  d = b - mean*a  (computed in double,
 * stored f64, channel axis 1), which the mul/add rewrites then move and absorb into thresholds. */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>

static bool batchNormToAffine(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x = mlirOperationGetOperand(op, 0);
  MlirLocation loc = mlirOperationGetLocation(op);
  int64_t xs[QCNN_MAX_RANK];
  intptr_t rank = qcnnValueShape(x, xs, QCNN_MAX_RANK);
  int64_t channels = qcnnChannelCount(x, 1);
  double epsilon;
  if (rank < 2 || channels < 1 || !qcnnOpGetF64(op, QCNN_ATTR_EPSILON, &epsilon)) return false;
  double *p[4] = {NULL}; /* scale, b, mean, var */
  bool ok = true;
  for (int i = 0; i < 4; i++) ok &= (p[i] = qcnnChannelValues(mlirOperationGetOperand(op, 1 + i), 1, 0, channels)) != NULL;
  if (!ok || qcnnRewriteIsExplain(rw)) {
    if (!ok && qcnnRewriteIsExplain(rw)) qcnnEmitRemark(loc, "batchnorm parameters are not constants: it stays a batchnorm");
    for (int i = 0; i < 4; i++) free(p[i]);
    return false;
  }
  for (int64_t k = 0; k < channels; k++) {
    double a = p[0][k] / sqrt(p[3][k] + epsilon);
    p[0][k] = a;
    p[1][k] = p[1][k] - p[2][k] * a;
  }
  MlirType type = mlirValueGetType(mlirOperationGetResult(op, 0));
  MlirValue mul[2] = {x, qcnnBuildChannelConstant(rw, loc, rank, 1, channels, p[0])};
  MlirValue add[2] = {qcnnBuildOp(rw, QCNN_OP_MUL, loc, 2, mul, type, 0, NULL),
                      qcnnBuildChannelConstant(rw, loc, rank, 1, channels, p[1])};
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, QCNN_OP_ADD, loc, 2, add, type, 0, NULL));
  for (int i = 0; i < 4; i++) free(p[i]);
  return true;
}

const QcnnRewrite qcnnBatchNormToAffineRewrite = {QCNN_OP_BATCHNORM, batchNormToAffine};

MlirPass qcnnCreateBatchNormToAffinePass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnBatchNormToAffineRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
