/* qcnn-cancel-reshapes: two shape-only ops in a row (reshape, flatten, squeeze, unsqueeze) whose
 * result has exactly the type of the first one's input are dropped:
 *   squeeze(unsqueeze(x, [2]), [2]) -> x
 * They only relabel the same row-major elements, so the pair is the identity. FINN wraps a batchnorm
 * after a matmul in such a pair; once its mul and add move out, the pair is left empty. */
#include "StreamlineUtils.h"

static bool isShapeOnly(QcnnOpKind kind) {
  return kind == QCNN_OP_RESHAPE || kind == QCNN_OP_FLATTEN || kind == QCNN_OP_SQUEEZE || kind == QCNN_OP_UNSQUEEZE;
}

static bool cancelReshapes(MlirOperation op, MlirRewriterBase rw) {
  MlirValue in = mlirOperationGetOperand(op, 0);
  if (qcnnRewriteIsExplain(rw) || !mlirValueIsAOpResult(in)) return false;
  MlirOperation inner = mlirOpResultGetOwner(in);
  if (!isShapeOnly(qcnnOpGetKind(inner))) return false;
  MlirValue x = mlirOperationGetOperand(inner, 0);
  if (!mlirTypeEqual(mlirValueGetType(x), mlirValueGetType(mlirOperationGetResult(op, 0)))) return false;
  qcnnReplaceOp(rw, op, x);
  return true;
}

const QcnnRewrite qcnnCancelReshapeRewrite = {QCNN_OP_RESHAPE, cancelReshapes};
const QcnnRewrite qcnnCancelFlattenRewrite = {QCNN_OP_FLATTEN, cancelReshapes};
const QcnnRewrite qcnnCancelSqueezeRewrite = {QCNN_OP_SQUEEZE, cancelReshapes};
const QcnnRewrite qcnnCancelUnsqueezeRewrite = {QCNN_OP_UNSQUEEZE, cancelReshapes};

MlirPass qcnnCreateCancelReshapesPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnCancelReshapeRewrite, &qcnnCancelFlattenRewrite,
                                                &qcnnCancelSqueezeRewrite, &qcnnCancelUnsqueezeRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 4);
}
