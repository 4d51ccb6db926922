/* qcnn-round-thresholds: a multithreshold on an integer input compares integers with its thresholds,
 * and for an integer x, x >= t <=> x >= ceil(t). So thresholds become ceil(t) clipped to [lo, hi + 1]
 * of the input type (below lo always passes, above hi never), stored in the narrowest signed integer
 * type holding that range: the form the hardware threshold unit takes. */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>

/* Value range of an integer element type (semantics.md: signless as signed, i1 as {0, 1}). */
static bool integerRange(MlirType elt, double *lo, double *hi) {
  if (!mlirTypeIsAInteger(elt)) return false;
  unsigned w = mlirIntegerTypeGetWidth(elt);
  if (w > 62) return false;
  bool isUnsigned = mlirIntegerTypeIsUnsigned(elt) || w == 1;
  *lo = isUnsigned ? 0 : -ldexp(1, (int)w - 1);
  *hi = isUnsigned ? ldexp(1, (int)w) - 1 : ldexp(1, (int)w - 1) - 1;
  return true;
}

static bool roundThresholds(MlirOperation op, MlirRewriterBase rw) {
  MlirValue x = mlirOperationGetOperand(op, 0), th = mlirOperationGetOperand(op, 1);
  double lo, hi;
  if (qcnnRewriteIsExplain(rw) || !integerRange(mlirShapedTypeGetElementType(mlirValueGetType(x)), &lo, &hi))
    return false;
  intptr_t n;
  double *t = qcnnReadConstant(th, &n);
  if (!t) return false;
  for (intptr_t i = 0; i < n; i++) t[i] = fmin(fmax(ceil(t[i]), lo), hi + 1);
  unsigned bits = 2;
  while (-ldexp(1, (int)bits - 1) > lo || ldexp(1, (int)bits - 1) - 1 < hi + 1) bits++;
  MlirContext ctx = mlirOperationGetContext(op);
  MlirType type = qcnnWithElementType(mlirValueGetType(th), mlirIntegerTypeSignedGet(ctx, bits));
  bool changed = !mlirTypeEqual(type, mlirValueGetType(th));
  double *old = changed ? NULL : qcnnReadConstant(th, &n);
  for (intptr_t i = 0; old && i < n; i++) changed |= old[i] != t[i];
  free(old);
  if (changed) qcnnReplaceOperand(rw, op, 1, qcnnBuildConstant(rw, mlirOperationGetLocation(op), type, t));
  free(t);
  return changed;
}

const QcnnRewrite qcnnRoundThresholdsRewrite = {QCNN_OP_MULTITHRESHOLD, roundThresholds};

MlirPass qcnnCreateRoundThresholdsPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnRoundThresholdsRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
