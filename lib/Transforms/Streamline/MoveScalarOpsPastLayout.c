/* qcnn-move-scalar-ops-past-layout: a mul or add by a uniform constant commutes with every op that only
 * moves data (transpose, reshape, flatten, squeeze, unsqueeze, identity):
 *   layout(x * c) -> layout(x) * c,  layout(x + c) -> layout(x) + c.
 * The layout op then moves x's own elements (integers stay integers). A per-channel constant (varying
 * along axis 1) moves too where the op keeps axis 1 in place: identity, and a squeeze or unsqueeze of
 * axes >= 2 (FINN wraps a batchnorm after a matmul so: unsqueeze, batchnorm, squeeze). Elsewhere its
 * axis would need following through the layout change, and it is left alone. */
#include "StreamlineUtils.h"

/* Whether `op` leaves axes 0 and 1 of its input where they are. */
static bool keepsChannelAxis(MlirOperation op) {
  QcnnOpKind kind = qcnnOpGetKind(op);
  if (kind == QCNN_OP_IDENTITY) return true;
  if (kind != QCNN_OP_SQUEEZE && kind != QCNN_OP_UNSQUEEZE) return false;
  /* squeeze's axes index its input, unsqueeze's its result */
  MlirValue v = kind == QCNN_OP_SQUEEZE ? mlirOperationGetOperand(op, 0) : mlirOperationGetResult(op, 0);
  int64_t axes[QCNN_MAX_RANK], axis;
  intptr_t n = qcnnOpGetI64Array(op, QCNN_ATTR_AXES, axes, QCNN_MAX_RANK);
  intptr_t rank = mlirShapedTypeGetRank(mlirValueGetType(v));
  if (n <= 0) return false; /* squeeze without axes drops every 1, possibly axis 0 */
  for (intptr_t i = 0; i < n; i++)
    if (!qcnnNormalizeAxis(axes[i], rank, &axis) || axis < 2) return false;
  return true;
}

static bool moveScalarOps(MlirOperation op, MlirRewriterBase rw) {
  unsigned flags = QCNN_MOVE_DATA_MOVEMENT | (keepsChannelAxis(op) ? QCNN_MOVE_PER_CHANNEL : 0);
  return qcnnMoveElementwisePast(op, rw, QCNN_OP_MUL, flags) || qcnnMoveElementwisePast(op, rw, QCNN_OP_ADD, flags);
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
