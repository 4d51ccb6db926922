/* qcnn-cancel-transposes: transpose(transpose(x, p), q) -> transpose(x, r) with r[i] = p[q[i]] (the
 * result's axis i is x's axis p[q[i]]), and a transpose whose permutation is the identity is dropped.
 * An empty perm means the reversed axes (ONNX default). */
#include "StreamlineUtils.h"

static bool cancelTransposes(MlirOperation op, MlirRewriterBase rw) {
  int64_t q[QCNN_MAX_RANK];
  intptr_t n = qcnnRewriteIsExplain(rw) ? -1 : qcnnTransposePermutation(op, q);
  if (n < 0) return false;
  MlirValue x = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0);
  MlirOperation inner = qcnnDefiningOp(x, QCNN_OP_TRANSPOSE);
  int64_t p[QCNN_MAX_RANK];
  if (!mlirOperationIsNull(inner) && qcnnTransposePermutation(inner, p) == n) {
    int64_t r[QCNN_MAX_RANK];
    for (intptr_t i = 0; i < n; i++) r[i] = p[q[i]];
    MlirValue src = mlirOperationGetOperand(inner, 0);
    MlirNamedAttribute perm = qcnnNamedI64Array(mlirOperationGetContext(op), QCNN_ATTR_PERM, n, r);
    MlirType type = qcnnWithElementType(mlirValueGetType(y), mlirShapedTypeGetElementType(mlirValueGetType(src)));
    qcnnReplaceOp(rw, op, qcnnBuildOp(rw, QCNN_OP_TRANSPOSE, mlirOperationGetLocation(op), 1, &src, type, 1, &perm));
    return true;
  }
  bool identity = mlirTypeEqual(mlirValueGetType(x), mlirValueGetType(y));
  for (intptr_t i = 0; i < n; i++) identity &= q[i] == i;
  if (identity) qcnnReplaceOp(rw, op, x);
  return identity;
}

const QcnnRewrite qcnnCancelTransposesRewrite = {QCNN_OP_TRANSPOSE, cancelTransposes};

MlirPass qcnnCreateCancelTransposesPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnCancelTransposesRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
