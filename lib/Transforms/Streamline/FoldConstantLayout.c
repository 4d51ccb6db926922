/* qcnn-fold-constant-layout: a layout op (transpose, reshape, flatten, squeeze, unsqueeze, identity)
 * of a constant becomes the constant it computes, keeping the constant's element type:
 *   transpose(W, perm) -> W'   with W'[i_0..i_n] = W[i at axis perm[k] = i_k]
 *   reshape/flatten/squeeze/unsqueeze/identity(W) -> W with the result's shape (same row-major data)
 * qcnn-tidy folds these too, but streamlining needs it inside the fixpoint: a weight exported
 * transposed (PyTorch's Linear as MatMul(x, W^T)) hides the integer weight constant, and with it the
 * per-channel scale, from the rewrites on the linear op. Exact: elements are only moved (integers up
 * to 53 bits and floats are held exactly as doubles; wider integers are left alone). */
#include "StreamlineUtils.h"

#include <stdlib.h>

static bool exactAsDouble(MlirType elt) {
  return mlirTypeIsAF32(elt) || mlirTypeIsAF64(elt) || (mlirTypeIsAInteger(elt) && mlirIntegerTypeGetWidth(elt) <= 53);
}

/* v (of x's shape) permuted as `op`'s transpose does; false if its permutation is malformed. */
static bool transposeValues(MlirOperation op, const double *v, double *out) {
  int64_t perm[QCNN_MAX_RANK], d[QCNN_MAX_RANK], stride[QCNN_MAX_RANK], idx[QCNN_MAX_RANK] = {0};
  intptr_t r = qcnnTransposePermutation(op, perm);
  if (r < 0 || qcnnValueShape(mlirOperationGetOperand(op, 0), d, QCNN_MAX_RANK) != r) return false;
  for (intptr_t i = r - 1, s = 1; i >= 0; s *= d[i--]) stride[i] = s;
  int64_t n = qcnnShapeNumElements(r, d);
  for (int64_t k = 0; k < n; k++) {
    int64_t src = 0;
    for (intptr_t i = 0; i < r; i++) src += idx[i] * stride[perm[i]];
    out[k] = v[src];
    for (intptr_t i = r - 1; i >= 0 && ++idx[i] == d[perm[i]]; i--) idx[i] = 0; /* next output index */
  }
  return true;
}

static bool foldConstantLayout(MlirOperation op, MlirRewriterBase rw) {
  MlirValue c = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0);
  MlirType elt = mlirShapedTypeGetElementType(mlirValueGetType(c));
  if (qcnnRewriteIsExplain(rw) || !qcnnValueIsConstant(c) || !exactAsDouble(elt) ||
      qcnnTypeNumElements(mlirValueGetType(y)) < 0)
    return false;
  intptr_t n;
  double *v = qcnnReadConstant(c, &n), *out = v;
  if (v && qcnnOpGetKind(op) == QCNN_OP_TRANSPOSE) {
    out = malloc((size_t)(n ? n : 1) * sizeof *out);
    if (!transposeValues(op, v, out)) {
      free(out);
      out = NULL;
    }
  }
  if (out)
    qcnnReplaceOp(rw, op, qcnnBuildConstant(rw, mlirOperationGetLocation(op), qcnnWithElementType(mlirValueGetType(y), elt), out));
  if (out != v) free(out);
  free(v);
  return out != NULL;
}

const QcnnRewrite qcnnFoldConstantTransposeRewrite = {QCNN_OP_TRANSPOSE, foldConstantLayout};
const QcnnRewrite qcnnFoldConstantReshapeRewrite = {QCNN_OP_RESHAPE, foldConstantLayout};
const QcnnRewrite qcnnFoldConstantFlattenRewrite = {QCNN_OP_FLATTEN, foldConstantLayout};
const QcnnRewrite qcnnFoldConstantSqueezeRewrite = {QCNN_OP_SQUEEZE, foldConstantLayout};
const QcnnRewrite qcnnFoldConstantUnsqueezeRewrite = {QCNN_OP_UNSQUEEZE, foldConstantLayout};
const QcnnRewrite qcnnFoldConstantIdentityRewrite = {QCNN_OP_IDENTITY, foldConstantLayout};

MlirPass qcnnCreateFoldConstantLayoutPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {
      &qcnnFoldConstantTransposeRewrite, &qcnnFoldConstantReshapeRewrite,   &qcnnFoldConstantFlattenRewrite,
      &qcnnFoldConstantSqueezeRewrite,   &qcnnFoldConstantUnsqueezeRewrite, &qcnnFoldConstantIdentityRewrite,
  };
  return qcnnStreamlinePassCreate(info, rewrites, sizeof rewrites / sizeof rewrites[0]);
}
