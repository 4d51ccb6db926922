/* The one diagnostics sink of every qcnn tool. MLIR's own diagnostics arrive through a context
 * handler; qcnn's warnings and remarks (which the C API cannot emit) are created here. Both print in
 * MLIR's format, or are collected for --verify-diagnostics. */
#include "DiagnosticsInternal.h"

#include <mlir-c/Diagnostics.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static bool gShowRemarks, gCollect;
static int gErrors;
QcnnCollectedDiag *qcnnCollected;
size_t qcnnNumCollected;
static size_t gCapCollected;

static const char *severityName(QcnnSeverity s) {
  static const char *names[] = {"error", "warning", "note", "remark"};
  return names[s];
}

bool qcnnLocationFileLineCol(MlirLocation loc, MlirStringRef *file, int *line, int *col) {
  if (mlirLocationIsAFileLineColRange(loc)) {
    *file = mlirIdentifierStr(mlirLocationFileLineColRangeGetFilename(loc));
    *line = mlirLocationFileLineColRangeGetStartLine(loc);
    *col = mlirLocationFileLineColRangeGetStartColumn(loc);
    return true;
  }
  if (mlirLocationIsAName(loc)) return qcnnLocationFileLineCol(mlirLocationNameGetChildLoc(loc), file, line, col);
  if (mlirLocationIsACallSite(loc))
    return qcnnLocationFileLineCol(mlirLocationCallSiteGetCallee(loc), file, line, col);
  if (mlirLocationIsAFused(loc)) {
    unsigned n = mlirLocationFusedGetNumLocations(loc);
    if (n == 0) return false;
    MlirLocation *locs = malloc(n * sizeof *locs);
    mlirLocationFusedGetLocations(loc, locs);
    bool found = false;
    for (unsigned i = 0; i < n && !found; i++) found = qcnnLocationFileLineCol(locs[i], file, line, col);
    free(locs);
    return found;
  }
  return false;
}

MlirStringRef qcnnLocationName(MlirLocation loc) {
  if (mlirLocationIsAName(loc)) {
    MlirStringRef inner = qcnnLocationName(mlirLocationNameGetChildLoc(loc));
    return inner.data ? inner : mlirIdentifierStr(mlirLocationNameGetName(loc));
  }
  if (mlirLocationIsACallSite(loc)) return qcnnLocationName(mlirLocationCallSiteGetCallee(loc));
  return (MlirStringRef){NULL, 0};
}

static char *dupRef(MlirStringRef s) {
  char *p = malloc(s.length + 1);
  memcpy(p, s.data, s.length);
  p[s.length] = '\0';
  return p;
}

/* `file:line:col` when the location points into source text. ONNX nodes are located at
 * NameLoc(node, file:0:0): they print as `model.onnx(conv_0)`, naming the node the user sees in
 * Netron. Anything else prints as MLIR prints it, e.g. `loc("conv_0")`. */
static char *formatWhere(MlirLocation loc) {
  QcnnBuf b = {0};
  MlirStringRef file, name;
  int line, col;
  if (mlirLocationIsNull(loc)) {
    qcnnBufPrintf(&b, "%s", qcnnToolName());
  } else if (qcnnLocationFileLineCol(loc, &file, &line, &col)) {
    qcnnBufPrintf(&b, "%.*s", (int)file.length, file.data);
    if (line > 0)
      qcnnBufPrintf(&b, ":%d:%d", line, col);
    else if ((name = qcnnLocationName(loc)).data)
      qcnnBufPrintf(&b, "(%.*s)", (int)name.length, name.data);
  } else {
    mlirLocationPrint(loc, qcnnBufCallback, &b);
  }
  qcnnBufAppend(&b, NULL, 0);
  return b.data;
}

static void record(QcnnSeverity sev, MlirLocation loc, char *message) {
  if (sev == QcnnSeverityError) gErrors++;
  if (gCollect) {
    if (qcnnNumCollected == gCapCollected) {
      gCapCollected = gCapCollected ? 2 * gCapCollected : 16;
      qcnnCollected = realloc(qcnnCollected, gCapCollected * sizeof *qcnnCollected);
    }
    QcnnCollectedDiag *d = &qcnnCollected[qcnnNumCollected++];
    memset(d, 0, sizeof *d);
    d->severity = sev;
    MlirStringRef file;
    if (!mlirLocationIsNull(loc) && qcnnLocationFileLineCol(loc, &file, &d->line, &d->col)) d->file = dupRef(file);
    d->where = mlirLocationIsNull(loc) ? NULL : formatWhere(loc);
    d->message = message;
    return;
  }
  if (sev != QcnnSeverityRemark || gShowRemarks) {
    char *where = formatWhere(loc);
    fprintf(stderr, "%s: %s: %s\n", where, severityName(sev), message);
    free(where);
  }
  free(message);
}

void qcnnCollectedClear(void) {
  for (size_t i = 0; i < qcnnNumCollected; i++) {
    free(qcnnCollected[i].file);
    free(qcnnCollected[i].where);
    free(qcnnCollected[i].message);
  }
  qcnnNumCollected = 0;
}

static QcnnSeverity fromMlir(MlirDiagnosticSeverity s) {
  switch (s) {
  case MlirDiagnosticError: return QcnnSeverityError;
  case MlirDiagnosticWarning: return QcnnSeverityWarning;
  case MlirDiagnosticNote: return QcnnSeverityNote;
  default: return QcnnSeverityRemark;
  }
}

static void handleOne(MlirDiagnostic d) {
  QcnnBuf msg = {0};
  mlirDiagnosticPrint(d, qcnnBufCallback, &msg);
  qcnnBufAppend(&msg, NULL, 0);
  /* The op dump MLIR attaches to verifier errors is noise in verify mode, as in mlir-opt. */
  if (gCollect && fromMlir(mlirDiagnosticGetSeverity(d)) == QcnnSeverityNote &&
      strncmp(msg.data, "see current operation", 21) == 0) {
    qcnnBufFree(&msg);
    return;
  }
  record(fromMlir(mlirDiagnosticGetSeverity(d)), mlirDiagnosticGetLocation(d), msg.data);
  intptr_t n = mlirDiagnosticGetNumNotes(d);
  for (intptr_t i = 0; i < n; i++) handleOne(mlirDiagnosticGetNote(d, i));
}

static MlirLogicalResult onDiagnostic(MlirDiagnostic d, void *userData) {
  (void)userData;
  handleOne(d);
  return mlirLogicalResultSuccess();
}

void qcnnDiagAttach(MlirContext ctx) { mlirContextAttachDiagnosticHandler(ctx, onDiagnostic, NULL, NULL); }
void qcnnDiagSetShowRemarks(bool show) { gShowRemarks = show; }
void qcnnDiagSetCollect(bool collect) { gCollect = collect; }
int qcnnDiagErrorCount(void) { return gErrors; }
void qcnnDiagReset(void) { gErrors = 0; }

void qcnnEmitDiag(QcnnSeverity sev, MlirLocation loc, const char *fmt, va_list ap) {
  va_list ap2;
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap2);
  va_end(ap2);
  char *text = malloc((size_t)(n > 0 ? n : 0) + 1);
  vsnprintf(text, (size_t)(n > 0 ? n : 0) + 1, fmt, ap);
  if (sev == QcnnSeverityError && !mlirLocationIsNull(loc)) {
    /* Errors go through MLIR's engine so that any handler MLIR itself installs sees them too. */
    mlirEmitError(loc, text);
    free(text);
    return;
  }
  record(sev, loc, text);
}

#define QCNN_DEFINE_EMIT(NAME, SEV)                                                                 \
  void NAME(MlirLocation loc, const char *fmt, ...) {                                               \
    va_list ap;                                                                                      \
    va_start(ap, fmt);                                                                               \
    qcnnEmitDiag(SEV, loc, fmt, ap);                                                                 \
    va_end(ap);                                                                                      \
  }
QCNN_DEFINE_EMIT(qcnnEmitError, QcnnSeverityError)
QCNN_DEFINE_EMIT(qcnnEmitWarning, QcnnSeverityWarning)
QCNN_DEFINE_EMIT(qcnnEmitRemark, QcnnSeverityRemark)

void qcnnErrorNoLoc(const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  qcnnEmitDiag(QcnnSeverityError, (MlirLocation){NULL}, fmt, ap);
  va_end(ap);
}
