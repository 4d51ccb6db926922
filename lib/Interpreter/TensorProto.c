/* ONNX TensorProto (.pb) files, as the ONNX backend test data stores inputs and expected outputs.
 * Lives with the interpreter (not Support) because it needs the generated protobuf-c bindings. */
#include "qcnn/Interpreter.h"
#include "qcnn/Support.h"
#include "onnx/onnx.pb-c.h"

#include <string.h>

static bool dtypeOf(int32_t onnxType, QcnnDType *out) {
  switch (onnxType) {
  case ONNX__TENSOR_PROTO__DATA_TYPE__FLOAT: *out = QCNN_DTYPE_F32; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__DOUBLE: *out = QCNN_DTYPE_F64; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT8: *out = QCNN_DTYPE_I8; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT16: *out = QCNN_DTYPE_I16; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT32: *out = QCNN_DTYPE_I32; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__INT64: *out = QCNN_DTYPE_I64; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT8: *out = QCNN_DTYPE_U8; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT16: *out = QCNN_DTYPE_U16; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT32: *out = QCNN_DTYPE_U32; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__UINT64: *out = QCNN_DTYPE_U64; return true;
  case ONNX__TENSOR_PROTO__DATA_TYPE__BOOL: *out = QCNN_DTYPE_BOOL; return true;
  default: return false;
  }
}

/* Copies the typed repeated field that holds this data type; false if its length does not match. */
static bool fromTypedField(const Onnx__TensorProto *tp, QcnnArray *a) {
  size_t n = (size_t)a->count;
  switch (a->dtype) {
  case QCNN_DTYPE_F32:
    if (tp->n_float_data != n) return false;
    memcpy(a->data, tp->float_data, n * sizeof(float));
    return true;
  case QCNN_DTYPE_F64:
    if (tp->n_double_data != n) return false;
    memcpy(a->data, tp->double_data, n * sizeof(double));
    return true;
  case QCNN_DTYPE_I64:
    if (tp->n_int64_data != n) return false;
    memcpy(a->data, tp->int64_data, n * sizeof(int64_t));
    return true;
  case QCNN_DTYPE_U32:
  case QCNN_DTYPE_U64:
    if (tp->n_uint64_data != n) return false;
    for (size_t k = 0; k < n; k++) qcnnArraySetI64(a, (int64_t)k, (int64_t)tp->uint64_data[k]);
    return true;
  default: /* int8/16/32, uint8/16, bool: int32_data */
    if (tp->n_int32_data != n) return false;
    for (size_t k = 0; k < n; k++) qcnnArraySetI64(a, (int64_t)k, tp->int32_data[k]);
    return true;
  }
}

bool qcnnTensorProtoRead(const char *path, QcnnArray *out) {
  QcnnBuf buf = {0};
  if (!qcnnReadFile(path, &buf)) return false;
  Onnx__TensorProto *tp = onnx__tensor_proto__unpack(NULL, buf.len, (const uint8_t *)buf.data);
  qcnnBufFree(&buf);
  if (!tp) {
    qcnnErrorNoLoc("%s: not a valid ONNX TensorProto", path);
    return false;
  }
  bool ok = false;
  QcnnDType dt;
  if (!dtypeOf(tp->data_type, &dt)) {
    qcnnErrorNoLoc("%s: unsupported TensorProto data type %d", path, (int)tp->data_type);
  } else if (tp->n_dims > QCNN_MAX_RANK) {
    qcnnErrorNoLoc("%s: rank %zu exceeds the supported %d", path, tp->n_dims, QCNN_MAX_RANK);
  } else if (!qcnnArrayAlloc(out, dt, (int)tp->n_dims, tp->dims)) {
    qcnnErrorNoLoc("%s: invalid or too large shape", path);
  } else if (tp->has_data_location && tp->data_location == ONNX__TENSOR_PROTO__DATA_LOCATION__EXTERNAL) {
    qcnnErrorNoLoc("%s: external tensor data is not supported", path);
  } else if (tp->has_raw_data) {
    size_t bytes = (size_t)out->count * qcnnDTypeSize(dt);
    ok = tp->raw_data.len == bytes;
    if (ok && bytes) memcpy(out->data, tp->raw_data.data, bytes); /* little-endian, as ONNX specifies */
    else qcnnErrorNoLoc("%s: raw_data holds %zu bytes, the shape needs %zu", path, tp->raw_data.len, bytes);
  } else {
    ok = fromTypedField(tp, out);
    if (!ok) qcnnErrorNoLoc("%s: element count does not match the shape", path);
  }
  if (!ok) qcnnArrayFree(out);
  onnx__tensor_proto__free_unpacked(tp, NULL);
  return ok;
}

bool qcnnArrayReadFile(const char *path, QcnnArray *out) {
  size_t n = strlen(path);
  if (n >= 3 && strcmp(path + n - 3, ".pb") == 0) return qcnnTensorProtoRead(path, out);
  return qcnnNpyRead(path, out);
}
