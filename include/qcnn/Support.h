/* qcnn support library: diagnostics, growable buffers, file I/O with atomic writes.
 *
 * Diagnostics: every error, warning and remark of every tool goes through one sink. Errors emitted by
 * MLIR itself (parser, verifier, mlirEmitError) reach it through a context handler; warnings and
 * remarks, which the C API cannot emit, are emitted with qcnnEmitWarning/qcnnEmitRemark. The sink
 * prints in MLIR's format (`file:line:col: remark: message`, or the location as MLIR prints it), or,
 * in --verify-diagnostics mode, collects them for checking against expected-* comments. */
#ifndef QCNN_SUPPORT_H
#define QCNN_SUPPORT_H

#include <mlir-c/IR.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*===-- Diagnostics --------------------------------------------------------------------------===*/

typedef enum {
  QcnnSeverityError = 0,
  QcnnSeverityWarning = 1,
  QcnnSeverityNote = 2,
  QcnnSeverityRemark = 3,
} QcnnSeverity;

/* Routes every diagnostic of `ctx` into the qcnn sink. Call once per context. */
void qcnnDiagAttach(MlirContext ctx);
/* Remarks are printed only when enabled (qcnn-opt --qcnn-explain); they are always collected in
 * verify mode. */
void qcnnDiagSetShowRemarks(bool show);
/* Verify mode: diagnostics are collected instead of printed (see qcnnVerifyDiagnostics). */
void qcnnDiagSetCollect(bool collect);
/* Number of errors seen since the last qcnnDiagReset. */
int qcnnDiagErrorCount(void);
void qcnnDiagReset(void);

void qcnnEmitError(MlirLocation loc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void qcnnEmitWarning(MlirLocation loc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void qcnnEmitRemark(MlirLocation loc, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void qcnnEmitDiag(QcnnSeverity sev, MlirLocation loc, const char *fmt, va_list ap);
/* An error with no IR location (command line, unreadable file): `tool: error: message`. */
void qcnnErrorNoLoc(const char *fmt, ...) __attribute__((format(printf, 1, 2)));

/* The ONNX node name of a location (innermost NameLoc), or a null string ref. */
MlirStringRef qcnnLocationName(MlirLocation loc);

/* Checks the collected diagnostics of one input buffer against its `// expected-error@+1 {{...}}`
 * style comments, as mlir-opt --verify-diagnostics does. `bufferName` is the file name the locations
 * carry; `lineOffset` is the line of `text` within that file (split-input-file chunks). Prints every
 * mismatch and returns true when all matched. Clears the collected diagnostics. */
bool qcnnVerifyDiagnostics(const char *bufferName, const char *text, int lineOffset);

/*===-- Growable byte buffer -----------------------------------------------------------------===*/

typedef struct {
  char *data;
  size_t len, cap;
} QcnnBuf;

void qcnnBufAppend(QcnnBuf *b, const void *data, size_t n);
void qcnnBufPrintf(QcnnBuf *b, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void qcnnBufFree(QcnnBuf *b);
/* An MlirStringCallback that appends to the QcnnBuf passed as user data. */
void qcnnBufCallback(MlirStringRef s, void *userData);

/*===-- Files --------------------------------------------------------------------------------===*/

/* Reads a whole file ("-" is stdin). Returns false and reports `tool: error: cannot read ...`. The
 * buffer is NUL-terminated (not counted in len). */
bool qcnnReadFile(const char *path, QcnnBuf *out);
/* Writes `n` bytes to `path` ("-" is stdout) atomically: a temporary file in the same directory is
 * renamed over the target only when complete, so a failure never leaves a partial or clobbered file. */
bool qcnnWriteFileAtomic(const char *path, const void *data, size_t n);

/* The tool name used in location-less messages (set from argv[0] by each tool). */
void qcnnSetToolName(const char *argv0);
const char *qcnnToolName(void);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_SUPPORT_H */
