/* qcnn-lower-to-dataflow: not implemented yet (being written now; placeholder so the registry builds). */
#include "qcnn/Passes.h"
#include "qcnn/Support.h"

static bool run(MlirOperation op, void *state) {
  (void)state;
  qcnnEmitError(mlirOperationGetLocation(op), "qcnn-lower-to-dataflow is not implemented yet");
  return false;
}

MlirPass qcnnCreateLowerToDataflowPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
