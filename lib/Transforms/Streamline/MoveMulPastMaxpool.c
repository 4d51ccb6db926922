/* qcnn-move-mul-past-maxpool: maxpool(x * c) -> maxpool(x) * c for a constant c >= 0, scalar or per
 * channel (max commutes with a non-negative scaling, and padding never wins a max). A negative factor
 * would turn max into min: it stays, with a remark. */
#include "StreamlineUtils.h"

static bool moveMulPastMaxPool(MlirOperation op, MlirRewriterBase rw) {
  return qcnnMoveElementwisePast(op, rw, QCNN_OP_MUL,
                                 QCNN_MOVE_PER_CHANNEL | QCNN_MOVE_NON_NEGATIVE | QCNN_MOVE_DATA_MOVEMENT);
}

const QcnnRewrite qcnnMoveMulPastMaxPoolRewrite = {QCNN_OP_MAXPOOL, moveMulPastMaxPool};

MlirPass qcnnCreateMoveMulPastMaxPoolPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnMoveMulPastMaxPoolRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
