/* qcnn-move-add-past-maxpool: maxpool(x + c) -> maxpool(x) + c for a constant c, scalar or per channel
 * (adding the same c to every element of a window keeps its maximum; maxpool ignores padding). */
#include "StreamlineUtils.h"

static bool moveAddPastMaxPool(MlirOperation op, MlirRewriterBase rw) {
  return qcnnMoveElementwisePast(op, rw, QCNN_OP_ADD, QCNN_MOVE_PER_CHANNEL | QCNN_MOVE_DATA_MOVEMENT);
}

const QcnnRewrite qcnnMoveAddPastMaxPoolRewrite = {QCNN_OP_MAXPOOL, moveAddPastMaxPool};

MlirPass qcnnCreateMoveAddPastMaxPoolPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnMoveAddPastMaxPoolRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
