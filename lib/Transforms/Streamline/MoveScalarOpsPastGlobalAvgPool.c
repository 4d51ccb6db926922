/* qcnn-move-scalar-ops-past-global-avg-pool: the mean over the spatial axes is linear per channel, so
 *   gap(x * c) -> gap(x) * c  and  gap(x + c) -> gap(x) + c  for c uniform or per channel.
 * The pool keeps its (float) result type: the mean of integers is not an integer until gap folding
 * turns it into an accumulating pool and a 1/(H*W) scale. */
#include "StreamlineUtils.h"

static bool moveMul(MlirOperation op, MlirRewriterBase rw) {
  return qcnnMoveElementwisePast(op, rw, QCNN_OP_MUL, QCNN_MOVE_PER_CHANNEL);
}
static bool moveAdd(MlirOperation op, MlirRewriterBase rw) {
  return qcnnMoveElementwisePast(op, rw, QCNN_OP_ADD, QCNN_MOVE_PER_CHANNEL);
}

const QcnnRewrite qcnnMoveMulPastGlobalAvgPoolRewrite = {QCNN_OP_GLOBAL_AVG_POOL, moveMul};
const QcnnRewrite qcnnMoveAddPastGlobalAvgPoolRewrite = {QCNN_OP_GLOBAL_AVG_POOL, moveAdd};

MlirPass qcnnCreateMoveScalarOpsPastGlobalAvgPoolPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnMoveMulPastGlobalAvgPoolRewrite,
                                                &qcnnMoveAddPastGlobalAvgPoolRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 2);
}
