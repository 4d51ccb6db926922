/* Printing IR the same way in every tool. */
#include "qcnn/IR.h"

void qcnnOperationPrint(MlirOperation op, const QcnnPrintOptions *opts, QcnnBuf *out) {
  MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
  if (opts && opts->debugInfo) mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
  if (opts && opts->generic) mlirOpPrintingFlagsPrintGenericOpForm(flags);
  if (opts && opts->elideLargerThan > 0) mlirOpPrintingFlagsElideLargeElementsAttrs(flags, opts->elideLargerThan);
  mlirOperationPrintWithFlags(op, flags, qcnnBufCallback, out);
  mlirOpPrintingFlagsDestroy(flags);
  qcnnBufAppend(out, "\n", 1);
}
