/* placeholder until the tool lands */
#include "qcnn/IR.h"
#include "qcnn/Support.h"
int main(int argc, char **argv) {
  (void)argc;
  qcnnSetToolName(argv[0]);
  MlirContext ctx = qcnnContextCreate();
  if (mlirContextIsNull(ctx)) return 1;
  qcnnContextDestroy(ctx);
  return 0;
}
