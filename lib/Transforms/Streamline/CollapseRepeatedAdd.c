/* qcnn-collapse-repeated-add: (x + a) + b  ->  x + (a+b) for constants a, b (any broadcastable
 * shapes). The sum is taken in double: exact for float32 constants within 29 binades of each other. */
#include "StreamlineUtils.h"

static double plus(double a, double b) { return a + b; }

static bool collapseAdd(MlirOperation op, MlirRewriterBase rw) {
  return !qcnnRewriteIsExplain(rw) && qcnnCollapseRepeated(op, rw, plus);
}

const QcnnRewrite qcnnCollapseRepeatedAddRewrite = {QCNN_OP_ADD, collapseAdd};

MlirPass qcnnCreateCollapseRepeatedAddPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnCollapseRepeatedAddRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
