/* qcnn-absorb-add-into-threshold: multithreshold(x + c, T) -> multithreshold(x, T') with
 * T' = T - c per channel (x + c >= t  <=>  x >= t - c). T' is the smallest double >= the exact
 * difference, so the comparison stays exact for every value the interpreter holds. */
#include "StreamlineUtils.h"

#include <stdlib.h>

static bool absorbAdd(MlirOperation op, MlirRewriterBase rw) {
  QcnnThresholdMatch m;
  if (qcnnRewriteIsExplain(rw) || !qcnnMatchThresholdInput(op, QCNN_OP_ADD, &m)) return false;
  double *t = malloc((size_t)(m.outRows * m.numT) * sizeof *t);
  for (int64_t k = 0; k < m.outRows; k++)
    for (int64_t j = 0; j < m.numT; j++)
      t[k * m.numT + j] = qcnnSubRoundUp(m.t[(m.rows == 1 ? 0 : k) * m.numT + j], m.c[k]);
  qcnnSetThresholdInput(rw, op, &m, t);
  free(t);
  qcnnThresholdMatchFree(&m);
  return true;
}

const QcnnRewrite qcnnAbsorbAddIntoThresholdRewrite = {QCNN_OP_MULTITHRESHOLD, absorbAdd};

MlirPass qcnnCreateAbsorbAddIntoThresholdPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnAbsorbAddIntoThresholdRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
