/* qdf-estimate: not implemented yet (being written now; placeholder so the registry builds). */
#include "qcnn/Passes.h"
#include "qcnn/Support.h"

static bool run(MlirOperation op, void *state) {
  (void)state;
  qcnnEmitError(mlirOperationGetLocation(op), "qdf-estimate is not implemented yet");
  return false;
}

MlirPass qcnnCreateEstimatePass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
