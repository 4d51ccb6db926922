/* qcnn-div-to-mul: x / c  ->  x * (1/c) for a float x and a constant c, so that the mul rewrites see
 * one kind of op. 1/c is kept in double (exact when c is a power of two, else within 2^-53 relative,
 * far inside the 1e-5 float tolerance of DESIGN §8). Integer division truncates, so an integer x is
 * left alone; so is a zero divisor (remark), and a positive divisor feeding a multithreshold, which
 * qcnn-absorb-div-into-threshold folds exactly. */
#include "StreamlineUtils.h"

#include <stdlib.h>

/* Whether the only user of the div is a multithreshold that absorbs it exactly. */
static bool absorbedByThreshold(MlirOperation op) {
  MlirValue y = mlirOperationGetResult(op, 0);
  QcnnThresholdMatch m;
  if (!qcnnHasOneUse(y) || !qcnnMatchDivIntoThreshold(mlirOpOperandGetOwner(mlirValueGetFirstUse(y)), &m)) return false;
  qcnnThresholdMatchFree(&m);
  return true;
}

static bool divToMul(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x, c;
  if (!qcnnMatchConstOperand(op, false, &x, &c) || absorbedByThreshold(op)) return false;
  if (!mlirTypeIsAFloat(mlirShapedTypeGetElementType(mlirValueGetType(x)))) return false;
  intptr_t n;
  double *v = qcnnReadConstant(c, &n);
  if (!v) return false;
  bool zero = false;
  for (intptr_t i = 0; i < n; i++) zero |= v[i] == 0;
  MlirLocation loc = mlirOperationGetLocation(op);
  if (zero || qcnnRewriteIsExplain(rw)) {
    if (zero && qcnnRewriteIsExplain(rw)) qcnnEmitRemark(loc, "division by a constant containing zero is not turned into a multiplication");
    free(v);
    return false;
  }
  for (intptr_t i = 0; i < n; i++) v[i] = 1.0 / v[i];
  MlirType type = qcnnWithElementType(mlirValueGetType(c), mlirF64TypeGet(mlirLocationGetContext(loc)));
  MlirValue operands[2] = {x, qcnnBuildConstant(rw, loc, type, v)};
  free(v);
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, QCNN_OP_MUL, loc, 2, operands, mlirValueGetType(mlirOperationGetResult(op, 0)), 0, NULL));
  return true;
}

const QcnnRewrite qcnnDivToMulRewrite = {QCNN_OP_DIV, divToMul};

MlirPass qcnnCreateDivToMulPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnDivToMulRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
