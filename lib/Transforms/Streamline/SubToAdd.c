/* qcnn-sub-to-add: x - c  ->  x + (-c) for a constant c, so that the add rewrites (collapse, move,
 * absorb into thresholds) see one kind of op. Negation is exact. c - x is left alone. */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>

static bool subToAdd(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x, c;
  if (qcnnRewriteIsExplain(rw) || !qcnnMatchConstOperand(op, false, &x, &c)) return false;
  intptr_t n;
  double *v = qcnnReadConstant(c, &n);
  if (!v) return false;
  /* -c must fit c's type: unsigned types and a signed minimum (-(-128) in si8) go to f64. */
  MlirType type = mlirValueGetType(c), elt = mlirShapedTypeGetElementType(type);
  bool fits = !mlirTypeIsAInteger(elt) || mlirIntegerTypeIsSigned(elt) || mlirIntegerTypeIsSignless(elt);
  for (intptr_t i = 0; i < n; i++) {
    fits &= !mlirTypeIsAInteger(elt) || v[i] > -ldexp(1, (int)mlirIntegerTypeGetWidth(elt) - 1);
    v[i] = -v[i];
  }
  MlirLocation loc = mlirOperationGetLocation(op);
  if (!fits) type = qcnnWithElementType(type, mlirF64TypeGet(mlirLocationGetContext(loc)));
  MlirValue operands[2] = {x, qcnnBuildConstant(rw, loc, type, v)};
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
