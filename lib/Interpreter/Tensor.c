/* Tensors: storage, conformance to IR types, conversion to and from file-level arrays. */
#include "Eval.h"

#include <math.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

bool qcnnElementIsInt(MlirType elt) { return mlirTypeIsAInteger(elt) || qcnnTypeIsBipolar(elt); }

void qcnnElementRange(MlirType elt, int64_t *lo, int64_t *hi) {
  if (qcnnTypeIsBipolar(elt)) {
    *lo = -1, *hi = 1;
    return;
  }
  unsigned w = mlirIntegerTypeGetWidth(elt);
  if (w == 1 && !mlirIntegerTypeIsSigned(elt)) {
    *lo = 0, *hi = 1; /* i1 and ui1: booleans */
  } else if (mlirIntegerTypeIsUnsigned(elt)) {
    *lo = 0, *hi = w >= 63 ? INT64_MAX : (INT64_C(1) << w) - 1;
  } else {
    *lo = w >= 64 ? INT64_MIN : -(INT64_C(1) << (w - 1));
    *hi = w >= 64 ? INT64_MAX : (INT64_C(1) << (w - 1)) - 1;
  }
}

static bool tensorAlloc(QcnnTensor *t, bool isInt, int rank, const int64_t *shape, bool zeroed) {
  memset(t, 0, sizeof *t);
  if (rank < 0 || rank > QCNN_MAX_RANK) return false;
  t->isInt = isInt;
  t->rank = rank;
  t->count = 1;
  for (int d = 0; d < rank; d++) {
    if (shape[d] < 0) return false;
    t->shape[d] = shape[d];
    t->count *= shape[d];
  }
  size_t n = t->count ? (size_t)t->count : 1, esz = isInt ? sizeof *t->i : sizeof *t->f;
  void *p = !zeroed ? (n <= SIZE_MAX / esz ? malloc(n * esz) : NULL) : calloc(n, esz);
  if (isInt) t->i = p;
  else t->f = p;
  return p;
}

bool qcnnTensorAlloc(QcnnTensor *t, bool isInt, int rank, const int64_t *shape) {
  return tensorAlloc(t, isInt, rank, shape, true);
}

bool qcnnTensorAllocUninit(QcnnTensor *t, bool isInt, int rank, const int64_t *shape) {
  return tensorAlloc(t, isInt, rank, shape, false);
}

void qcnnTensorFree(QcnnTensor *t) {
  free(t->f);
  free(t->i);
  t->f = NULL;
  t->i = NULL;
}

bool qcnnTensorClone(const QcnnTensor *src, QcnnTensor *dst) {
  if (!qcnnTensorAlloc(dst, src->isInt, src->rank, src->shape)) return false;
  dst->elementType = src->elementType;
  if (src->isInt) memcpy(dst->i, src->i, (size_t)src->count * sizeof *dst->i);
  else memcpy(dst->f, src->f, (size_t)src->count * sizeof *dst->f);
  return true;
}

void qcnnEvalTypeStr(MlirType t, QcnnBuf *b) { mlirTypePrint(t, qcnnBufCallback, b); }

/* Formats "NxMx..." for a message. */
static void shapeStr(int rank, const int64_t *shape, QcnnBuf *b) {
  if (rank == 0) qcnnBufPrintf(b, "scalar");
  for (int d = 0; d < rank; d++) qcnnBufPrintf(b, "%s%lld", d ? "x" : "", (long long)shape[d]);
}

bool qcnnTensorConform(QcnnTensor *t, MlirType type, MlirLocation loc, const char *what) {
  QcnnBuf ts = {0}, ss = {0};
  qcnnEvalTypeStr(type, &ts);
  bool ok = false;
  if (!mlirTypeIsARankedTensor(type) || !mlirShapedTypeHasStaticShape(type)) {
    qcnnEmitError(loc, "%s: type %s is not a statically shaped tensor", what, ts.data);
    goto done;
  }
  bool shapeOk = mlirShapedTypeGetRank(type) == t->rank;
  for (int d = 0; shapeOk && d < t->rank; d++) shapeOk = mlirShapedTypeGetDimSize(type, d) == t->shape[d];
  if (!shapeOk) {
    shapeStr(t->rank, t->shape, &ss);
    qcnnEmitError(loc, "%s: shape mismatch: value is %s but the type is %s", what, ss.data, ts.data);
    goto done;
  }
  MlirType elt = mlirShapedTypeGetElementType(type);
  if (qcnnElementIsInt(elt)) {
    int64_t lo, hi;
    qcnnElementRange(elt, &lo, &hi);
    bool bipolar = qcnnTypeIsBipolar(elt);
    int64_t *vals = t->isInt ? t->i : malloc((t->count ? (size_t)t->count : 1) * sizeof *vals);
    for (int64_t k = 0; k < t->count; k++) {
      double f = t->isInt ? 0 : t->f[k];
      if (!t->isInt) {
        if (!(f == nearbyint(f)) || f < -9.2e18 || f > 9.2e18) {
          qcnnEmitError(loc, "%s: value %.9g at flat index %lld is not an integer, as %s requires", what, f,
                        (long long)k, ts.data);
          free(vals);
          goto done;
        }
        vals[k] = (int64_t)f;
      }
      if (vals[k] < lo || vals[k] > hi || (bipolar && vals[k] == 0)) {
        qcnnEmitError(loc, "%s: value %lld at flat index %lld is out of range for %s", what, (long long)vals[k],
                      (long long)k, ts.data);
        if (!t->isInt) free(vals);
        goto done;
      }
    }
    if (!t->isInt) {
      free(t->f);
      t->f = NULL;
      t->i = vals;
      t->isInt = true;
    }
  } else if (mlirTypeIsAFloat(elt)) {
    if (t->isInt) {
      double *vals = malloc((t->count ? (size_t)t->count : 1) * sizeof *vals);
      for (int64_t k = 0; k < t->count; k++) vals[k] = (double)t->i[k];
      free(t->i);
      t->i = NULL;
      t->f = vals;
      t->isInt = false;
    }
  } else {
    qcnnEmitError(loc, "%s: unsupported element type in %s", what, ts.data);
    goto done;
  }
  t->elementType = elt;
  ok = true;
done:
  qcnnBufFree(&ts);
  qcnnBufFree(&ss);
  return ok;
}

bool qcnnTensorFromArray(const QcnnArray *a, MlirType type, MlirLocation loc, const char *what, QcnnTensor *out) {
  MlirType elt = mlirTypeIsAShaped(type) ? mlirShapedTypeGetElementType(type) : type;
  bool wantInt = qcnnElementIsInt(elt);
  if (wantInt == qcnnDTypeIsFloat(a->dtype)) {
    QcnnBuf ts = {0};
    qcnnEvalTypeStr(type, &ts);
    qcnnEmitError(loc, "%s: wrong dtype: %s data for a value of type %s (needs %s data)", what,
                  qcnnDTypeName(a->dtype), ts.data, wantInt ? "integer or bool" : "float32 or float64");
    qcnnBufFree(&ts);
    return false;
  }
  if (!qcnnTensorAlloc(out, wantInt, a->rank, a->shape)) return false;
  for (int64_t k = 0; k < a->count; k++) {
    if (wantInt) out->i[k] = qcnnArrayGetI64(a, k);
    else out->f[k] = qcnnArrayGetF64(a, k);
  }
  if (!qcnnTensorConform(out, type, loc, what)) {
    qcnnTensorFree(out);
    return false;
  }
  return true;
}

static QcnnDType dtypeFor(MlirType elt) {
  if (mlirTypeIsAF64(elt)) return QCNN_DTYPE_F64;
  if (!qcnnElementIsInt(elt)) return QCNN_DTYPE_F32;
  if (qcnnTypeIsBipolar(elt)) return QCNN_DTYPE_I8;
  unsigned w = mlirIntegerTypeGetWidth(elt);
  if (w == 1 && !mlirIntegerTypeIsSigned(elt)) return QCNN_DTYPE_BOOL;
  bool u = mlirIntegerTypeIsUnsigned(elt);
  if (w <= 8) return u ? QCNN_DTYPE_U8 : QCNN_DTYPE_I8;
  if (w <= 16) return u ? QCNN_DTYPE_U16 : QCNN_DTYPE_I16;
  if (w <= 32) return u ? QCNN_DTYPE_U32 : QCNN_DTYPE_I32;
  return u ? QCNN_DTYPE_U64 : QCNN_DTYPE_I64;
}

bool qcnnTensorToArray(const QcnnTensor *t, QcnnArray *out) {
  QcnnDType dt = mlirTypeIsNull(t->elementType) ? (t->isInt ? QCNN_DTYPE_I64 : QCNN_DTYPE_F64) : dtypeFor(t->elementType);
  if (!qcnnArrayAlloc(out, dt, t->rank, t->shape)) return false;
  for (int64_t k = 0; k < t->count; k++) {
    if (t->isInt) qcnnArraySetI64(out, k, t->i[k]);
    else qcnnArraySetF64(out, k, t->f[k]);
  }
  return true;
}
