/* qcnn-collapse-repeated-mul: (x * a) * b  ->  x * (a*b) for constants a, b (any broadcastable
 * shapes). The product of two float32 constants is exact in the f64 result constant. */
#include "StreamlineUtils.h"

static double times(double a, double b) { return a * b; }

static bool collapseMul(MlirOperation op, MlirRewriterBase rw) {
  return !qcnnRewriteIsExplain(rw) && qcnnCollapseRepeated(op, rw, times);
}

const QcnnRewrite qcnnCollapseRepeatedMulRewrite = {QCNN_OP_MUL, collapseMul};

MlirPass qcnnCreateCollapseRepeatedMulPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnCollapseRepeatedMulRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
