/* Plain n-dimensional arrays as stored in NumPy .npy files (format 1.0-3.0, little-endian, C order).
 * This is the file-level representation the tools read and write; the interpreter converts it to and
 * from its own typed tensors. */
#ifndef QCNN_NPY_H
#define QCNN_NPY_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#include "qcnn/Shape.h" /* QCNN_MAX_RANK */

typedef enum {
  QCNN_DTYPE_F32,
  QCNN_DTYPE_F64,
  QCNN_DTYPE_I8,
  QCNN_DTYPE_I16,
  QCNN_DTYPE_I32,
  QCNN_DTYPE_I64,
  QCNN_DTYPE_U8,
  QCNN_DTYPE_U16,
  QCNN_DTYPE_U32,
  QCNN_DTYPE_U64,
  QCNN_DTYPE_BOOL,
} QcnnDType;

typedef struct {
  QcnnDType dtype;
  int rank;
  int64_t shape[QCNN_MAX_RANK];
  int64_t count; /* product of shape (1 for rank 0) */
  void *data;    /* count elements of dtype, owned */
} QcnnArray;

size_t qcnnDTypeSize(QcnnDType t);
/* NumPy's name ("float32", "int8", "bool", ...). */
const char *qcnnDTypeName(QcnnDType t);
bool qcnnDTypeIsFloat(QcnnDType t);

/* Allocates zeroed storage for the given dtype and shape. */
bool qcnnArrayAlloc(QcnnArray *a, QcnnDType dtype, int rank, const int64_t *shape);
void qcnnArrayFree(QcnnArray *a);
/* Element k as double / as int64 (GetI64 truncates floats toward zero). */
double qcnnArrayGetF64(const QcnnArray *a, int64_t k);
int64_t qcnnArrayGetI64(const QcnnArray *a, int64_t k);
void qcnnArraySetF64(QcnnArray *a, int64_t k, double v);
void qcnnArraySetI64(QcnnArray *a, int64_t k, int64_t v);

/* Parses an in-memory .npy file; `name` is used in error messages. Reports and returns false on a
 * malformed or unsupported file (big-endian, Fortran order, object or other dtypes). */
bool qcnnNpyParse(const void *data, size_t size, const char *name, QcnnArray *out);
bool qcnnNpyRead(const char *path, QcnnArray *out);
/* Writes format 1.0 atomically (no partial file on failure). */
bool qcnnNpyWrite(const char *path, const QcnnArray *a);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_NPY_H */
