/* Pieces of qcnn-run shared between its files: comparing tensors, dumping intermediates, the
 * equivalence harness. */
#ifndef QCNN_TOOLS_RUN_H
#define QCNN_TOOLS_RUN_H

#include "qcnn/Interpreter.h"
#include "qcnn/Support.h"

typedef struct {
  double rtol, atol;
} QcnnTolerance;

/* Compares `got` with `expected` (same shape required; the caller checks). Integers compare exactly
 * when both sides are integer-stored; otherwise |got - expected| <= atol + rtol·|expected| (NaN equals
 * NaN). Returns the number of differing elements and the first one's flat index. */
int64_t qcnnCompareValues(const QcnnTensor *got, const QcnnTensor *expected, QcnnTolerance tol, int64_t *first);
bool qcnnSameShape(const QcnnTensor *a, const QcnnTensor *b);
/* "[i, j, k]" for a flat index, and "1x3x4" for a shape. */
void qcnnFormatIndex(const QcnnTensor *t, int64_t flat, QcnnBuf *out);
void qcnnFormatShape(const QcnnTensor *t, QcnnBuf *out);
/* Prints one value as the message needs it (exact integers, %.9g floats). */
void qcnnFormatValue(const QcnnTensor *t, int64_t flat, QcnnBuf *out);

/* --print: writes `name: TYPE = [[...]]` to stdout, eliding long dimensions when `t` has more than
 * `limit` elements. */
void qcnnPrintResult(const char *name, MlirType type, const QcnnTensor *t, int64_t limit);

/* --dump-intermediates: an onResult callback writing DIR/<op name>.npy. */
typedef struct {
  const char *dir;
  QcnnBuf usedNames; /* NUL-separated names already written */
  int64_t numOps;
} QcnnDumpState;
bool qcnnDumpInit(QcnnDumpState *s, const char *dir);
bool qcnnDumpResult(void *state, MlirOperation op, intptr_t resultIndex, const QcnnTensor *value);
void qcnnDumpFree(QcnnDumpState *s);

/* The display name of an op result: its location name (ONNX node), `#r` for results after the first. */
void qcnnResultName(MlirOperation op, intptr_t resultIndex, QcnnBuf *out);

typedef struct {
  int64_t trials;
  uint64_t seed;
  double floatLo, floatHi;
  QcnnTolerance tol;
} QcnnEquivOptions;
/* Runs both functions on the same random inputs; prints the first difference. Returns 0 when
 * equivalent, 1 otherwise (or on error). */
int qcnnRunEquiv(MlirOperation before, MlirOperation after, const QcnnEquivOptions *opts);

#endif /* QCNN_TOOLS_RUN_H */
