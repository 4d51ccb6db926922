/* qdf-set-folding: not implemented yet (being written now; placeholder so the registry builds). */
#include "qcnn/Passes.h"
#include "qcnn/Support.h"

static bool run(MlirOperation op, void *state) {
  (void)state;
  qcnnEmitError(mlirOperationGetLocation(op), "qdf-set-folding is not implemented yet");
  return false;
}

MlirPass qcnnCreateSetFoldingPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
