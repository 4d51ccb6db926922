/* Ops that stay on the host by design, reported by qcnn-streamline's explain step so that a user does
 * not wait for them to become integer: softmax (exp and a division; it ends the integer region, and
 * an argmax over the logits gives the same label without it). */
#include "StreamlineUtils.h"

static bool explainSoftmax(MlirOperation op, MlirRewriterBase rw) {
  if (qcnnRewriteIsExplain(rw))
    qcnnEmitRemark(mlirOperationGetLocation(op), "softmax stays on the host in float: the integer region ends before it");
  return false;
}

const QcnnRewrite qcnnExplainSoftmaxRewrite = {QCNN_OP_SOFTMAX, explainSoftmax};
