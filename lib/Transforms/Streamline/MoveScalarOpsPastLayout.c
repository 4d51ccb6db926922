/* qcnn-move-scalar-ops-past-layout: a mul or add by a uniform constant commutes with every op that only
 * moves data (transpose, reshape, flatten, squeeze, unsqueeze, identity):
 *   layout(x * c) -> layout(x) * c,  layout(x + c) -> layout(x) + c.
 * The layout op then moves x's own elements (integers stay integers). A per-channel constant would
 * need its axis followed through the layout change and is left alone. */
#include "StreamlineUtils.h"

static bool moveScalarOps(MlirOperation op, MlirRewriterBase rw) {
  return qcnnMoveElementwisePast(op, rw, QCNN_OP_MUL, QCNN_MOVE_DATA_MOVEMENT) ||
         qcnnMoveElementwisePast(op, rw, QCNN_OP_ADD, QCNN_MOVE_DATA_MOVEMENT);
}

const QcnnRewrite qcnnMoveScalarOpsPastTransposeRewrite = {QCNN_OP_TRANSPOSE, moveScalarOps};
const QcnnRewrite qcnnMoveScalarOpsPastReshapeRewrite = {QCNN_OP_RESHAPE, moveScalarOps};
const QcnnRewrite qcnnMoveScalarOpsPastFlattenRewrite = {QCNN_OP_FLATTEN, moveScalarOps};
const QcnnRewrite qcnnMoveScalarOpsPastSqueezeRewrite = {QCNN_OP_SQUEEZE, moveScalarOps};
const QcnnRewrite qcnnMoveScalarOpsPastUnsqueezeRewrite = {QCNN_OP_UNSQUEEZE, moveScalarOps};
const QcnnRewrite qcnnMoveScalarOpsPastIdentityRewrite = {QCNN_OP_IDENTITY, moveScalarOps};

MlirPass qcnnCreateMoveScalarOpsPastLayoutPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {
      &qcnnMoveScalarOpsPastTransposeRewrite, &qcnnMoveScalarOpsPastReshapeRewrite,
      &qcnnMoveScalarOpsPastFlattenRewrite,   &qcnnMoveScalarOpsPastSqueezeRewrite,
      &qcnnMoveScalarOpsPastUnsqueezeRewrite, &qcnnMoveScalarOpsPastIdentityRewrite,
  };
  return qcnnStreamlinePassCreate(info, rewrites, sizeof rewrites / sizeof rewrites[0]);
}
