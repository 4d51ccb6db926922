/* qcnn-absorb-div-into-threshold: multithreshold(x / c, T) -> multithreshold(x, T') for a constant
 * c > 0 (scalar or per channel): x/c >= t  <=>  x >= t*c, and T' is the smallest double >= the exact
 * t*c. Exact, unlike div-to-mul's 1/c (1/255 has no binary value), so qcnn-div-to-mul leaves such a
 * div to this rewrite: the typical case is an input normalised by 255 before its quantizer. */
#include "StreamlineUtils.h"


bool qcnnMatchDivIntoThreshold(MlirOperation op, QcnnThresholdMatch *m) {
  if (!qcnnOpIs(op, QCNN_OP_MULTITHRESHOLD) || !qcnnMatchThresholdInput(op, QCNN_OP_DIV, m)) return false;
  MlirOperation div = mlirOpResultGetOwner(mlirOperationGetOperand(op, 0));
  bool ok = mlirValueEqual(mlirOperationGetOperand(div, 0), m->z); /* x / c, not c / x */
  for (int64_t k = 0; ok && k < m->channels; k++) ok = m->c[k] > 0;
  if (!ok) qcnnThresholdMatchFree(m);
  return ok;
}

static bool absorbDiv(MlirOperation op, MlirRewriterBase rw) {
  QcnnThresholdMatch m;
  if (qcnnRewriteIsExplain(rw) || !qcnnMatchDivIntoThreshold(op, &m)) return false;
  qcnnAbsorbIntoThresholds(rw, op, &m, qcnnMulRoundUp);
  return true;
}

const QcnnRewrite qcnnAbsorbDivIntoThresholdRewrite = {QCNN_OP_MULTITHRESHOLD, absorbDiv};

MlirPass qcnnCreateAbsorbDivIntoThresholdPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnAbsorbDivIntoThresholdRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
