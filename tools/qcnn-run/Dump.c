#define _POSIX_C_SOURCE 200809L
/* --dump-intermediates: every op result as DIR/<ONNX node name>.npy. */
#include "Run.h"
#include "qcnn/IR.h"

#include <errno.h>
#include <string.h>
#include <sys/stat.h>

void qcnnResultName(MlirOperation op, intptr_t resultIndex, QcnnBuf *out) {
  MlirStringRef name = qcnnLocationName(mlirOperationGetLocation(op));
  if (name.data) qcnnBufAppend(out, name.data, name.length);
  else qcnnBufPrintf(out, "%s", qcnnOpKindName(qcnnOpGetKind(op)));
  if (resultIndex > 0) qcnnBufPrintf(out, "#%ld", (long)resultIndex);
}

bool qcnnDumpInit(QcnnDumpState *s, const char *dir) {
  memset(s, 0, sizeof *s);
  s->dir = dir;
  if (mkdir(dir, 0777) != 0 && errno != EEXIST) {
    qcnnErrorNoLoc("cannot create directory '%s': %s", dir, strerror(errno));
    return false;
  }
  return true;
}

static bool used(const QcnnBuf *names, const char *name) {
  for (size_t off = 0; off < names->len; off += strlen(names->data + off) + 1)
    if (strcmp(names->data + off, name) == 0) return true;
  return false;
}

bool qcnnDumpResult(void *state, MlirOperation op, intptr_t resultIndex, const QcnnTensor *value) {
  QcnnDumpState *s = state;
  if (resultIndex == 0) s->numOps++;
  QcnnBuf name = {0}, file = {0};
  if (!qcnnLocationName(mlirOperationGetLocation(op)).data) qcnnBufPrintf(&name, "op%lld_", (long long)s->numOps);
  qcnnResultName(op, resultIndex, &name);
  /* File names: keep [A-Za-z0-9._-], map the rest (/, :, #, spaces) to '_'; disambiguate repeats. */
  for (char *p = name.data; *p; p++)
    if (!((*p >= 'a' && *p <= 'z') || (*p >= 'A' && *p <= 'Z') || (*p >= '0' && *p <= '9') || strchr("._-", *p)))
      *p = '_';
  size_t base = strlen(name.data);
  for (int n = 2; used(&s->usedNames, name.data); n++) {
    name.len = base;
    qcnnBufPrintf(&name, "_%d", n);
  }
  qcnnBufAppend(&s->usedNames, name.data, strlen(name.data) + 1);
  qcnnBufPrintf(&file, "%s/%s.npy", s->dir, name.data);
  QcnnArray a;
  bool ok = qcnnTensorToArray(value, &a) && qcnnNpyWrite(file.data, &a);
  qcnnArrayFree(&a);
  qcnnBufFree(&name);
  qcnnBufFree(&file);
  return ok;
}

void qcnnDumpFree(QcnnDumpState *s) { qcnnBufFree(&s->usedNames); }
