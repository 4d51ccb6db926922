/* qcnn-absorb-mul-into-threshold: multithreshold(x * c, T) -> multithreshold(x, T') per channel.
 *  - c > 0 everywhere: x*c >= t  <=>  x >= t/c; T' is the smallest double >= the exact t/c.
 *  - c < 0 everywhere (sign factoring): x*c >= t  <=>  x <= t/c, so the count of thresholds passed is
 *    numT - #{t : x >= T'} with T' the smallest double > t/c; out_scale is negated and out_bias gains
 *    out_scale * numT (when that is exact in f32).
 * A zero or a mixed-sign c cannot be absorbed (remark naming the node). */
#include "StreamlineUtils.h"

#include <math.h>

/* The smallest double strictly above the exact t/c, for c < 0. */
static double divRoundAboveNegative(double t, double c) {
  double q = t / c;
  /* c < 0: q*c - t < 0 exactly when q lies above t/c. */
  return fma(q, c, -t) < 0 ? q : nextafter(q, INFINITY);
}

static bool absorbMul(MlirOperation op, MlirRewriterBase rw) {
  QcnnThresholdMatch m;
  if (!qcnnMatchThresholdInput(op, QCNN_OP_MUL, &m)) return false;
  int64_t pos = 0, neg = 0;
  for (int64_t k = 0; k < m.channels; k++) pos += m.c[k] > 0, neg += m.c[k] < 0;
  MlirLocation loc = mlirOperationGetLocation(op);
  double outScale = 0, outBias = 0, newBias = 0;
  bool ok = qcnnOpGetF64(op, QCNN_ATTR_OUT_SCALE, &outScale) && qcnnOpGetF64(op, QCNN_ATTR_OUT_BIAS, &outBias);
  newBias = outBias + outScale * (double)m.numT;
  const char *why = pos + neg < m.channels      ? "a zero scale before a threshold cannot be absorbed"
                    : pos && neg                ? "a negative scale before a threshold (mixed signs across channels) cannot be absorbed"
                    : neg && (float)newBias != newBias ? "a negative scale before a threshold needs an out_bias that f32 cannot hold"
                                                : NULL;
  if (!ok || why || qcnnRewriteIsExplain(rw)) {
    if (ok && why && qcnnRewriteIsExplain(rw)) qcnnEmitRemark(loc, "%s", why);
    qcnnThresholdMatchFree(&m);
    return false;
  }
  if (neg) {
    MlirContext ctx = mlirOperationGetContext(op);
    mlirRewriterBaseStartOpModification(rw, op);
    qcnnOpSetAttr(op, QCNN_ATTR_OUT_SCALE, mlirFloatAttrDoubleGet(ctx, mlirF32TypeGet(ctx), -outScale));
    qcnnOpSetAttr(op, QCNN_ATTR_OUT_BIAS, mlirFloatAttrDoubleGet(ctx, mlirF32TypeGet(ctx), newBias));
    mlirRewriterBaseFinalizeOpModification(rw, op);
  }
  qcnnAbsorbIntoThresholds(rw, op, &m, neg ? divRoundAboveNegative : qcnnDivRoundUp);
  return true;
}

const QcnnRewrite qcnnAbsorbMulIntoThresholdRewrite = {QCNN_OP_MULTITHRESHOLD, absorbMul};

MlirPass qcnnCreateAbsorbMulIntoThresholdPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnAbsorbMulIntoThresholdRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
