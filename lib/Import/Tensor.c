/* Decoding of ONNX TensorProtos (initializers, Constant values) into known constants: raw_data in
 * little-endian storage, or the typed fields (float_data, int32_data — which also carries int8, uint8,
 * int16, uint16 and bool —, int64_data, double_data, uint64_data). */
#include "ImportInternal.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

ImpConst *impConstNew(int64_t n) {
  ImpConst *k = calloc(1, sizeof(ImpConst));
  k->n = n;
  k->data = calloc(n > 0 ? (size_t)n : 1, sizeof(double));
  return k;
}

void impConstFree(ImpConst *k) {
  if (!k) return;
  free(k->data);
  free(k);
}

int64_t impToI64(double d) {
  if (d >= 9.2233720368547758e18) return INT64_MAX;
  if (d <= -9.2233720368547758e18) return INT64_MIN;
  return (int64_t)d;
}

MlirType impElementType(MlirContext ctx, int32_t dataType) {
  switch (dataType) {
  case ONNX__TENSOR_PROTO__DATA_TYPE__FLOAT: return mlirF32TypeGet(ctx);
  case ONNX__TENSOR_PROTO__DATA_TYPE__DOUBLE: return mlirF64TypeGet(ctx);
  case ONNX__TENSOR_PROTO__DATA_TYPE__BOOL: return mlirIntegerTypeGet(ctx, 1);
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT8: return mlirIntegerTypeSignedGet(ctx, 8);
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT16: return mlirIntegerTypeSignedGet(ctx, 16);
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT32: return mlirIntegerTypeSignedGet(ctx, 32);
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT64: return mlirIntegerTypeSignedGet(ctx, 64);
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT8: return mlirIntegerTypeUnsignedGet(ctx, 8);
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT16: return mlirIntegerTypeUnsignedGet(ctx, 16);
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT32: return mlirIntegerTypeUnsignedGet(ctx, 32);
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT64: return mlirIntegerTypeUnsignedGet(ctx, 64);
  default: return (MlirType){NULL};
  }
}

/* Bytes per element in raw_data (bool is one byte per element there). */
static size_t rawBytes(int32_t dt) {
  switch (dt) {
  case ONNX__TENSOR_PROTO__DATA_TYPE__BOOL:
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT8:
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT8: return 1;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT16:
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT16: return 2;
  case ONNX__TENSOR_PROTO__DATA_TYPE__FLOAT:
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT32:
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT32: return 4;
  default: return 8;
  }
}

static double rawElement(const uint8_t *p, int32_t dt) {
  switch (dt) {
  case ONNX__TENSOR_PROTO__DATA_TYPE__FLOAT: { float v; memcpy(&v, p, 4); return v; }
  case ONNX__TENSOR_PROTO__DATA_TYPE__DOUBLE: { double v; memcpy(&v, p, 8); return v; }
  case ONNX__TENSOR_PROTO__DATA_TYPE__BOOL: return *p != 0;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT8: return (int8_t)*p;
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT8: return *p;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT16: { int16_t v; memcpy(&v, p, 2); return v; }
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT16: { uint16_t v; memcpy(&v, p, 2); return v; }
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT32: { int32_t v; memcpy(&v, p, 4); return v; }
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT32: { uint32_t v; memcpy(&v, p, 4); return v; }
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT64: { int64_t v; memcpy(&v, p, 8); return (double)v; }
  default: { uint64_t v; memcpy(&v, p, 8); return (double)v; }
  }
}

/* Number of values in the typed field that holds `dt`, and the i-th of them. */
static size_t typedCount(const Onnx__TensorProto *t, int32_t dt) {
  switch (dt) {
  case ONNX__TENSOR_PROTO__DATA_TYPE__FLOAT: return t->n_float_data;
  case ONNX__TENSOR_PROTO__DATA_TYPE__DOUBLE: return t->n_double_data;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT64: return t->n_int64_data;
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT32:
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT64: return t->n_uint64_data;
  default: return t->n_int32_data;
  }
}

static double typedElement(const Onnx__TensorProto *t, int32_t dt, size_t i) {
  switch (dt) {
  case ONNX__TENSOR_PROTO__DATA_TYPE__FLOAT: return t->float_data[i];
  case ONNX__TENSOR_PROTO__DATA_TYPE__DOUBLE: return t->double_data[i];
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT64: return (double)t->int64_data[i];
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT32:
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT64: return (double)t->uint64_data[i];
  default: return t->int32_data[i];
  }
}

bool impDecodeTensor(Importer *im, const Onnx__TensorProto *t, MlirLocation loc, const char *what,
                     QcnnShape *shape, MlirType *elt, ImpConst **out) {
  if (t->has_data_location && t->data_location == ONNX__TENSOR_PROTO__DATA_LOCATION__EXTERNAL) {
    qcnnEmitError(loc, "%s: external-data tensors are not supported (save the model with the weights inside)",
                  what);
    return false;
  }
  int32_t dt = t->has_data_type ? t->data_type : 0;
  *elt = impElementType(im->ctx, dt);
  if (mlirTypeIsNull(*elt)) {
    qcnnEmitError(loc, "%s: unsupported tensor data type %d", what, (int)dt);
    return false;
  }
  if (t->n_dims > QCNN_MAX_RANK) {
    qcnnEmitError(loc, "%s: rank %zu exceeds the supported maximum of %d", what, t->n_dims, QCNN_MAX_RANK);
    return false;
  }
  shape->rank = (int)t->n_dims;
  int64_t n = 1;
  for (size_t i = 0; i < t->n_dims; i++) {
    if (t->dims[i] < 0 || (t->dims[i] > 0 && n > INT64_MAX / 4 / t->dims[i])) {
      qcnnEmitError(loc, "%s: invalid dimension %lld", what, (long long)t->dims[i]);
      return false;
    }
    shape->dims[i] = t->dims[i];
    n *= t->dims[i];
  }
  size_t have = t->has_raw_data ? t->raw_data.len / rawBytes(dt) : typedCount(t, dt);
  if (t->has_raw_data && t->raw_data.len % rawBytes(dt) != 0) have = (size_t)-1;
  if (have != (size_t)n) {
    qcnnEmitError(loc, "%s: holds %lld values of its type but its shape needs %lld", what,
                  have == (size_t)-1 ? -1LL : (long long)have, (long long)n);
    return false;
  }
  ImpConst *k = impConstNew(n);
  for (int64_t i = 0; i < n; i++)
    k->data[i] = t->has_raw_data ? rawElement(t->raw_data.data + (size_t)i * rawBytes(dt), dt)
                                 : typedElement(t, dt, (size_t)i);
  *out = k;
  return true;
}
