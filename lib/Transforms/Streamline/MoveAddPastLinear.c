/* qcnn-move-add-past-linear: an offset on the input of a linear op becomes a bias after it:
 *   conv(x + c, W)  ->  conv(x, W) + b',  b'[o] = sum over W[o]'s taps of W[o, i, ...] * c[i of o's group]
 *   matmul/gemm(x + c, W)  ->  linear(x, W) + c * (column sums of W)
 * with c uniform (conv: or per input channel) and W a constant. Every output sums complete windows of
 * x + c, so this is exact — except where conv's zero padding enters a window: padding is not offset by
 * c, so a padded conv keeps its add (remark "padding blocks moving an add past conv"). Gemm only with
 * alpha = 1. */
#include "StreamlineUtils.h"

#include <stdlib.h>

/* b'[o] for conv: W is [O, I/group, k...]. */
static void convOffset(const double *w, const int64_t *ws, intptr_t wr, int64_t group, const double *c, double *out) {
  int64_t taps = 1, perGroup = ws[0] / group;
  for (intptr_t i = 2; i < wr; i++) taps *= ws[i];
  for (int64_t o = 0; o < ws[0]; o++) {
    out[o] = 0;
    for (int64_t i = 0; i < ws[1]; i++)
      for (int64_t t = 0; t < taps; t++) out[o] += w[(o * ws[1] + i) * taps + t] * c[(o / perGroup) * ws[1] + i];
  }
}

static bool moveAddPastLinear(MlirOperation op, MlirRewriterBase rw) {
  QcnnOpKind kind = qcnnOpGetKind(op);
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirValue x = mlirOperationGetOperand(op, 0), w = mlirOperationGetOperand(op, 1), y = mlirOperationGetResult(op, 0);
  MlirOperation def = qcnnDefiningOp(x, QCNN_OP_ADD);
  MlirValue z, c;
  intptr_t wAxis, yAxis, n;
  int64_t ws[QCNN_MAX_RANK], pads[2 * QCNN_MAX_RANK];
  intptr_t wr = qcnnValueShape(w, ws, QCNN_MAX_RANK);
  double alpha = 1;
  if (mlirOperationIsNull(def) || !qcnnMatchConstOperand(def, true, &z, &c) || !qcnnValueIsConstant(w) ||
      !qcnnLinearChannelAxes(op, &wAxis, &yAxis) || wr < 2 ||
      (kind == QCNN_OP_GEMM && (!qcnnOpGetF64(op, QCNN_ATTR_ALPHA, &alpha) || alpha != 1)))
    return false;
  if (kind == QCNN_OP_CONV) {
    intptr_t np = qcnnOpGetI64Array(op, QCNN_ATTR_PADS, pads, 2 * QCNN_MAX_RANK);
    bool padded = np < 0;
    for (intptr_t i = 0; i < np; i++) padded |= pads[i] != 0;
    if (padded) {
      if (qcnnRewriteIsExplain(rw)) qcnnEmitRemark(loc, "padding blocks moving an add past conv");
      return false;
    }
  }
  intptr_t xRank = mlirShapedTypeGetRank(mlirValueGetType(x));
  int64_t inChannels = qcnnChannelCount(x, kind == QCNN_OP_CONV ? 1 : xRank - 1);
  double *cv = NULL, u;
  if (inChannels < 1) return false;
  if (kind == QCNN_OP_CONV) cv = qcnnChannelValues(c, xRank, 1, inChannels);
  else if (qcnnConstantUniform(c, &u)) {
    cv = malloc((size_t)inChannels * sizeof *cv);
    for (int64_t i = 0; i < inChannels; i++) cv[i] = u;
  }
  double *wv = cv ? qcnnReadConstant(w, &n) : NULL;
  if (!wv || qcnnRewriteIsExplain(rw)) {
    free(cv);
    free(wv);
    return false;
  }
  int64_t outChannels = ws[wAxis];
  double *offset = calloc((size_t)outChannels, sizeof *offset);
  if (kind == QCNN_OP_CONV) {
    convOffset(wv, ws, wr, qcnnOpI64Or(op, QCNN_ATTR_GROUP, 1), cv, offset);
  } else { /* 2-D W: the contracted axis is the other one */
    for (int64_t r = 0; r < ws[0]; r++)
      for (int64_t col = 0; col < ws[1]; col++) offset[wAxis == 0 ? r : col] += wv[r * ws[1] + col] * cv[0];
  }
  bool hasBias = mlirOperationGetNumOperands(op) > 2;
  MlirValue operands[3] = {z, w, hasBias ? mlirOperationGetOperand(op, 2) : (MlirValue){NULL}};
  MlirType type = hasBias ? mlirValueGetType(y) : qcnnLinearResultType(op, z, w, wAxis);
  MlirValue lin = qcnnCloneWithOperands(rw, op, hasBias ? 3 : 2, operands, type);
  MlirValue add[2] = {lin, qcnnBuildChannelConstant(rw, loc, mlirShapedTypeGetRank(mlirValueGetType(y)), yAxis,
                                                    outChannels, offset)};
  qcnnReplaceOp(rw, op, qcnnBuildOp(rw, QCNN_OP_ADD, loc, 2, add, mlirValueGetType(y), 0, NULL));
  free(cv);
  free(wv);
  free(offset);
  return true;
}

const QcnnRewrite qcnnMoveAddPastConvRewrite = {QCNN_OP_CONV, moveAddPastLinear};
const QcnnRewrite qcnnMoveAddPastMatMulRewrite = {QCNN_OP_MATMUL, moveAddPastLinear};
const QcnnRewrite qcnnMoveAddPastGemmRewrite = {QCNN_OP_GEMM, moveAddPastLinear};

MlirPass qcnnCreateMoveAddPastLinearPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnMoveAddPastConvRewrite, &qcnnMoveAddPastMatMulRewrite,
                                                &qcnnMoveAddPastGemmRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 3);
}
