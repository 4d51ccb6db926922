/* qcnn-sub-to-add: x - c  ->  x + (-c) for a constant c, so that the add rewrites (collapse, move,
 * absorb into thresholds) see one kind of op. Negation is exact. c - x is left alone. */
#include "StreamlineUtils.h"

#include <stdlib.h>

static bool subToAdd(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x, c;
  if (qcnnRewriteIsExplain(rw) || !qcnnMatchConstOperand(op, false, &x, &c)) return false;
  intptr_t n;
  double *v = qcnnReadConstant(c, &n);
  if (!v) return false;
  for (intptr_t i = 0; i < n; i++) v[i] = -v[i];
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirValue operands[2] = {x, qcnnBuildConstant(rw, loc, mlirValueGetType(c), v)};
  free(v);
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, QCNN_OP_ADD, loc, 2, operands, mlirValueGetType(mlirOperationGetResult(op, 0)), 0, NULL));
  return true;
}

const QcnnRewrite qcnnSubToAddRewrite = {QCNN_OP_SUB, subToAdd};

MlirPass qcnnCreateSubToAddPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnSubToAddRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
