/* qcnn-absorb-relu-into-threshold: multithreshold(layout*(relu(x)), T) -> multithreshold(layout*(x), T)
 * when every threshold is positive: for x < 0 both count no threshold (relu(x) = 0 < t), elsewhere
 * relu(x) = x; relu commutes with the data-movement ops between (a Flatten or Reshape before the
 * quantizer, which keeps convert-quant from absorbing the Relu itself).
 * A Relu that reaches no multithreshold this way has no quantizer after it: it stays a float op and
 * so does what follows, which the explain pass reports at the node. */
#include "StreamlineUtils.h"

#include <stdlib.h>

/* The single-use Relu that `v` is, through single-use layout ops, or a null op. */
static MlirOperation reluBehindLayout(MlirValue v) {
  while (mlirValueIsAOpResult(v) && qcnnHasOneUse(v)) {
    MlirOperation def = mlirOpResultGetOwner(v);
    QcnnOpKind k = qcnnOpGetKind(def);
    if (k == QCNN_OP_RELU) return def;
    if (!qcnnIsLayoutKind(k)) break;
    v = mlirOperationGetOperand(def, 0);
  }
  return (MlirOperation){NULL};
}

static bool absorbRelu(MlirOperation op, MlirRewriterBase rw) {
  MlirOperation relu = reluBehindLayout(mlirOperationGetOperand(op, 0));
  intptr_t n;
  double *t = mlirOperationIsNull(relu) ? NULL : qcnnReadConstant(mlirOperationGetOperand(op, 1), &n);
  bool positive = t != NULL;
  for (intptr_t i = 0; positive && i < n; i++) positive = t[i] > 0;
  free(t);
  if (!positive || qcnnRewriteIsExplain(rw)) return false;
  qcnnReplaceOp(rw, relu, mlirOperationGetOperand(relu, 0));
  return true;
}

/* Explain only: a Relu whose result reaches no multithreshold. */
static bool explainRelu(MlirOperation op, MlirRewriterBase rw) {
  if (!qcnnRewriteIsExplain(rw)) return false;
  MlirValue v = mlirOperationGetResult(op, 0);
  for (;;) {
    MlirOpOperand use = mlirValueGetFirstUse(v);
    if (mlirOpOperandIsNull(use) || !qcnnHasOneUse(v)) break;
    MlirOperation user = mlirOpOperandGetOwner(use);
    if (qcnnOpIs(user, QCNN_OP_MULTITHRESHOLD)) return false;
    if (!qcnnIsLayoutKind(qcnnOpGetKind(user))) break;
    v = mlirOperationGetResult(user, 0);
  }
  qcnnEmitRemark(mlirOperationGetLocation(op), "Relu without a quantizer after it stays a float op, and so do the "
                                               "layers it feeds (add an activation Quant after it)");
  return false;
}

const QcnnRewrite qcnnAbsorbReluIntoThresholdRewrite = {QCNN_OP_MULTITHRESHOLD, absorbRelu};
const QcnnRewrite qcnnExplainReluRewrite = {QCNN_OP_RELU, explainRelu};

MlirPass qcnnCreateAbsorbReluIntoThresholdPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnAbsorbReluIntoThresholdRewrite, &qcnnExplainReluRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 2);
}
