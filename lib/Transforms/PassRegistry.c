/* The registry of qcnn passes (include/qcnn/Passes.def) and the helper that makes an MlirPass of a C
 * run function. */
#include "qcnn/Passes.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define QCNN_PASS_OPTION(TYPE, NAME, DEFAULT, HELP) {QcnnOption##TYPE##_, NAME, DEFAULT, HELP},
#define QcnnOptionBOOL_ QcnnOptionBool
#define QcnnOptionINT_ QcnnOptionInt
#define QcnnOptionDOUBLE_ QcnnOptionDouble
#define QcnnOptionSTRING_ QcnnOptionString

/* One option table per pass; the trailing entry (name == NULL) also makes an empty list valid C. */
#define QCNN_PASS(ARGUMENT, CONSTRUCTOR, ANCHOR, DESCRIPTION, ...) \
  static const QcnnPassOptionSpec CONSTRUCTOR##Options[] = {__VA_ARGS__{0, NULL, NULL, NULL}};
#include "qcnn/Passes.def"

static const QcnnPassInfo kPasses[] = {
#define QCNN_PASS(ARGUMENT, CONSTRUCTOR, ANCHOR, DESCRIPTION, ...) \
  {ARGUMENT, CONSTRUCTOR, ANCHOR, DESCRIPTION, CONSTRUCTOR##Options},
#include "qcnn/Passes.def"
};
enum { kNumPasses = sizeof kPasses / sizeof kPasses[0] };

intptr_t qcnnPassRegistrySize(void) { return kNumPasses; }
const QcnnPassInfo *qcnnPassRegistryGet(intptr_t i) { return &kPasses[i]; }

const QcnnPassInfo *qcnnPassLookup(MlirStringRef argument) {
  for (int i = 0; i < kNumPasses; i++)
    if (strlen(kPasses[i].argument) == argument.length &&
        memcmp(kPasses[i].argument, argument.data, argument.length) == 0)
      return &kPasses[i];
  return NULL;
}

void qcnnPassRegistryDescribe(QcnnBuf *out) {
  static const char *typeNames[] = {"bool", "int", "double", "string"};
  for (int i = 0; i < kNumPasses; i++) {
    const QcnnPassInfo *p = &kPasses[i];
    qcnnBufPrintf(out, "  --%-28s %s (on %s)\n", p->argument, p->description, p->anchor);
    for (const QcnnPassOptionSpec *o = p->options; o->name; o++) {
      char head[64];
      snprintf(head, sizeof head, "%s=<%s>", o->name, typeNames[o->type]);
      qcnnBufPrintf(out, "      %-26s %s (default: %s)\n", head, o->help, o->dflt);
    }
  }
}

/*===-- Passes written in C ------------------------------------------------------------------===*/

typedef struct {
  QcnnPassRunFn run;
  size_t size;
  void *state;
} PassData;

static PassData *passDataCreate(QcnnPassRunFn run, const void *state, size_t size) {
  PassData *d = malloc(sizeof *d);
  d->run = run;
  d->size = size;
  d->state = size ? malloc(size) : NULL;
  if (size) memcpy(d->state, state, size);
  return d;
}

static void passConstruct(void *ud) { (void)ud; }
static void passDestruct(void *ud) {
  PassData *d = ud;
  free(d->state);
  free(d);
}
static MlirLogicalResult passInitialize(MlirContext ctx, void *ud) {
  (void)ctx;
  (void)ud;
  return mlirLogicalResultSuccess();
}
static void *passClone(void *ud) {
  const PassData *d = ud;
  return passDataCreate(d->run, d->state, d->size);
}
static void passRun(MlirOperation op, MlirExternalPass pass, void *ud) {
  PassData *d = ud;
  if (!d->run(op, d->state)) mlirExternalPassSignalFailure(pass);
}

/* Allocated on first use and kept for the process: MLIR compares pass TypeIDs for as long as any
 * pass manager lives. */
static MlirTypeIDAllocator gTypeIds;
static MlirTypeID gPassTypeIds[kNumPasses];

MlirPass qcnnPassCreate(const QcnnPassInfo *info, QcnnPassRunFn run, const void *state, size_t stateSize) {
  intptr_t index = info - kPasses;
  if (!gTypeIds.ptr) gTypeIds = mlirTypeIDAllocatorCreate();
  if (!gPassTypeIds[index].ptr) gPassTypeIds[index] = mlirTypeIDAllocatorAllocateTypeID(gTypeIds);
  MlirExternalPassCallbacks cb = {passConstruct, passDestruct, passInitialize, passClone, passRun};
  MlirStringRef name = mlirStringRefCreateFromCString(info->argument);
  return mlirCreateExternalPass(gPassTypeIds[index], name, name, mlirStringRefCreateFromCString(info->description),
                                mlirStringRefCreateFromCString(info->anchor), 0, NULL, cb,
                                passDataCreate(run, state, stateSize));
}
