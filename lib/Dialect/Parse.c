/* Parsing textual (or bytecode) IR into a module whose locations carry the source's real name. */
#include "qcnn/IR.h"

#include <mlir-c/Diagnostics.h>
#include <stdlib.h>
#include <string.h>

static const char kManyOps[] = "source must contain a single top-level operation";

/* Swallows only the "several top-level ops" complaint; every other diagnostic goes on to the sink. */
static MlirLogicalResult catchManyOps(MlirDiagnostic d, void *ud) {
  QcnnBuf msg = {0};
  mlirDiagnosticPrint(d, qcnnBufCallback, &msg);
  bool match = msg.len >= sizeof kManyOps - 1 && memcmp(msg.data, kManyOps, sizeof kManyOps - 1) == 0;
  qcnnBufFree(&msg);
  if (match) *(bool *)ud = true;
  return match ? mlirLogicalResultSuccess() : mlirLogicalResultFailure();
}

/* mlirModuleCreateParse names its source "-"; give such locations the real file name. */
static MlirLocation rename(MlirLocation loc, MlirStringRef file) {
  MlirContext ctx = mlirLocationGetContext(loc);
  if (mlirLocationIsAFileLineColRange(loc)) {
    MlirStringRef f = mlirIdentifierStr(mlirLocationFileLineColRangeGetFilename(loc));
    if (f.length != 1 || f.data[0] != '-') return loc;
    return mlirLocationFileLineColGet(ctx, file, (unsigned)mlirLocationFileLineColRangeGetStartLine(loc),
                                      (unsigned)mlirLocationFileLineColRangeGetStartColumn(loc));
  }
  if (mlirLocationIsAName(loc))
    return mlirLocationNameGet(ctx, mlirIdentifierStr(mlirLocationNameGetName(loc)),
                               rename(mlirLocationNameGetChildLoc(loc), file));
  if (mlirLocationIsACallSite(loc))
    return mlirLocationCallSiteGet(rename(mlirLocationCallSiteGetCallee(loc), file),
                                   rename(mlirLocationCallSiteGetCaller(loc), file));
  if (mlirLocationIsAFused(loc)) {
    unsigned n = mlirLocationFusedGetNumLocations(loc);
    MlirLocation *locs = malloc((n ? n : 1) * sizeof *locs);
    mlirLocationFusedGetLocations(loc, locs);
    for (unsigned i = 0; i < n; i++) locs[i] = rename(locs[i], file);
    MlirLocation fused = mlirLocationFusedGet(ctx, n, locs, mlirLocationFusedGetMetadata(loc));
    free(locs);
    return fused;
  }
  return loc;
}

static MlirWalkResult renameOp(MlirOperation op, void *ud) {
  MlirStringRef file = *(MlirStringRef *)ud;
  mlirOperationSetLocation(op, rename(mlirOperationGetLocation(op), file));
  for (intptr_t r = 0; r < mlirOperationGetNumRegions(op); r++)
    for (MlirBlock b = mlirRegionGetFirstBlock(mlirOperationGetRegion(op, r)); !mlirBlockIsNull(b);
         b = mlirBlockGetNextInRegion(b))
      for (intptr_t a = 0; a < mlirBlockGetNumArguments(b); a++) {
        MlirValue arg = mlirBlockGetArgument(b, a);
        mlirBlockArgumentSetLocation(arg, rename(mlirValueGetLocation(arg), file));
      }
  return MlirWalkResultAdvance;
}

MlirModule qcnnModuleParse(MlirContext ctx, MlirStringRef text, const char *sourceName) {
  MlirStringRef file = mlirStringRefCreateFromCString(sourceName);
  bool manyOps = false;
  MlirDiagnosticHandlerID id = mlirContextAttachDiagnosticHandler(ctx, catchManyOps, &manyOps, NULL);
  MlirOperation op = mlirOperationCreateParse(ctx, text, file);
  mlirContextDetachDiagnosticHandler(ctx, id);
  if (!mlirOperationIsNull(op)) {
    MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
    if (name.length == 14 && memcmp(name.data, "builtin.module", 14) == 0) return mlirModuleFromOperation(op);
    /* One other top-level op: wrap it in a module, as mlir-opt does. */
    MlirModule m = mlirModuleCreateEmpty(mlirLocationFileLineColGet(ctx, file, 0, 0));
    mlirBlockAppendOwnedOperation(mlirModuleGetBody(m), op);
    return m;
  }
  if (!manyOps) return (MlirModule){NULL};
  /* Several top-level ops (or none) parsed and verified fine: parse again with implicit wrapping. */
  MlirModule m = mlirModuleCreateParse(ctx, text);
  if (!mlirModuleIsNull(m)) mlirOperationWalk(mlirModuleGetOperation(m), renameOp, &file, MlirWalkPreOrder);
  return m;
}
