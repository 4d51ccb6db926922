/* qcnn-absorb-add-into-threshold: multithreshold(x + c, T) -> multithreshold(x, T') with
 * T' = T - c per channel (x + c >= t  <=>  x >= t - c). T' is the smallest double >= the exact
 * difference, so the comparison stays exact for every value the interpreter holds. */
#include "StreamlineUtils.h"


static bool absorbAdd(MlirOperation op, MlirRewriterBase rw) {
  QcnnThresholdMatch m;
  if (qcnnRewriteIsExplain(rw) || !qcnnMatchThresholdInput(op, QCNN_OP_ADD, &m)) return false;
  qcnnAbsorbIntoThresholds(rw, op, &m, qcnnSubRoundUp);
  return true;
}

const QcnnRewrite qcnnAbsorbAddIntoThresholdRewrite = {QCNN_OP_MULTITHRESHOLD, absorbAdd};

MlirPass qcnnCreateAbsorbAddIntoThresholdPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnAbsorbAddIntoThresholdRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
