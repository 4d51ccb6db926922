/* The qcnn reference interpreter: executes a func.func of qcnn ops on concrete tensors.
 *
 * A value is a QcnnTensor: its IR element type (f32, siN/uiN/iN, !qcnn.bipolar) decides the storage —
 * int64 for integer and bipolar element types, double for floats — so integer graphs compute exactly
 * and float graphs in double precision. Exact semantics of every op: docs/semantics.md. */
#ifndef QCNN_INTERPRETER_H
#define QCNN_INTERPRETER_H

#include <mlir-c/IR.h>
#include "qcnn/Npy.h"
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

typedef struct {
  MlirType elementType; /* null while an op evaluator is still building the tensor */
  bool isInt;           /* storage: `i` when true, `f` otherwise */
  int rank;
  int64_t shape[QCNN_MAX_RANK];
  int64_t count;
  double *f;
  int64_t *i;
} QcnnTensor;

/*===-- Tensors ------------------------------------------------------------------------------===*/

/* True for element types stored as int64 (builtin integers and !qcnn.bipolar). */
bool qcnnElementIsInt(MlirType elt);
/* Value range of an integer-stored element type: siN/iN two's complement, uiN unsigned, i1 {0,1},
 * bipolar {-1,+1} (as [-1,1]; 0 is excluded separately). */
void qcnnElementRange(MlirType elt, int64_t *lo, int64_t *hi);

/* Zeroed tensor with the given storage and shape (element type left null). */
bool qcnnTensorAlloc(QcnnTensor *t, bool isInt, int rank, const int64_t *shape);
void qcnnTensorFree(QcnnTensor *t);
bool qcnnTensorClone(const QcnnTensor *src, QcnnTensor *dst);
static inline double qcnnTensorGetF(const QcnnTensor *t, int64_t k) { return t->isInt ? (double)t->i[k] : t->f[k]; }

/* Makes `t` a value of the static tensor type `type`: checks the shape, converts the storage to the
 * element type's and checks that every value is representable (integral and in range for integer
 * types, ±1 for bipolar). On failure reports at `loc` (prefixed by `what`) and returns false. */
bool qcnnTensorConform(QcnnTensor *t, MlirType type, MlirLocation loc, const char *what);

/* From a file-level array to a value of `type` (shape must match; integer element types need integer
 * or bool data, float element types float data). */
bool qcnnTensorFromArray(const QcnnArray *a, MlirType type, MlirLocation loc, const char *what, QcnnTensor *out);
/* To an array of the dtype that holds the element type (f32→float32, f64→float64, siN/iN→smallest
 * intK, uiN→smallest uintK, i1→bool, bipolar→int8). */
bool qcnnTensorToArray(const QcnnTensor *t, QcnnArray *out);

/* Reads an ONNX TensorProto (.pb, as in the ONNX backend test data). */
bool qcnnTensorProtoRead(const char *path, QcnnArray *out);
/* .npy or .pb by extension. */
bool qcnnArrayReadFile(const char *path, QcnnArray *out);

/*===-- Execution ----------------------------------------------------------------------------===*/

/* Values that depend only on constants (quantized weights, transposed weights, folded shapes), kept
 * between runs of one function so repeated runs compute them once. Valid for the function it was first
 * used with, as long as that function is not modified. */
typedef struct QcnnInterpretCache QcnnInterpretCache;
QcnnInterpretCache *qcnnInterpretCacheCreate(void);
void qcnnInterpretCacheDestroy(QcnnInterpretCache *cache);

typedef struct {
  /* Called for every result of every executed qcnn/qdf op, in program order (ops whose results come
   * from `cache` are not executed). Returning false stops execution (qcnnInterpret then fails without
   * a further message). */
  bool (*onResult)(void *userData, MlirOperation op, intptr_t resultIndex, const QcnnTensor *value);
  void *userData;
  /* Optional: filled by the first run, used by the next ones. */
  QcnnInterpretCache *cache;
} QcnnInterpretOptions;

/* The function to run in a module: @main, else the only func.func. Reports and returns a null op. */
MlirOperation qcnnInterpretFindEntry(MlirModule module);
/* The ONNX name of argument / result `i` (its `qcnn.name` attribute), or a null string ref. */
MlirStringRef qcnnFuncArgName(MlirOperation func, intptr_t i);
MlirStringRef qcnnFuncResultName(MlirOperation func, intptr_t i);

/* Runs `func` on `args` (conformed to the argument types by the caller). On success `results` (array of
 * the function's result count) holds owned tensors. Every failure is reported with the op location. */
bool qcnnInterpret(MlirOperation func, const QcnnTensor *args, QcnnTensor *results, const QcnnInterpretOptions *opts);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_INTERPRETER_H */
