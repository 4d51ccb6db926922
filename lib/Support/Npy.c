/* .npy read/write. The header is a Python dict literal; only the three keys NumPy writes are read,
 * and only the dtypes qcnn tensors map to are accepted. */
#include "qcnn/Npy.h"
#include "qcnn/Support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static const struct {
  const char *descr, *name;
  size_t size;
  bool isFloat;
} kDTypes[] = {
    [QCNN_DTYPE_F32] = {"f4", "float32", 4, true},  [QCNN_DTYPE_F64] = {"f8", "float64", 8, true},
    [QCNN_DTYPE_I8] = {"i1", "int8", 1, false},     [QCNN_DTYPE_I16] = {"i2", "int16", 2, false},
    [QCNN_DTYPE_I32] = {"i4", "int32", 4, false},   [QCNN_DTYPE_I64] = {"i8", "int64", 8, false},
    [QCNN_DTYPE_U8] = {"u1", "uint8", 1, false},    [QCNN_DTYPE_U16] = {"u2", "uint16", 2, false},
    [QCNN_DTYPE_U32] = {"u4", "uint32", 4, false},  [QCNN_DTYPE_U64] = {"u8", "uint64", 8, false},
    [QCNN_DTYPE_BOOL] = {"b1", "bool", 1, false},
};
enum { kNumDTypes = sizeof kDTypes / sizeof kDTypes[0] };

size_t qcnnDTypeSize(QcnnDType t) { return kDTypes[t].size; }
const char *qcnnDTypeName(QcnnDType t) { return kDTypes[t].name; }
bool qcnnDTypeIsFloat(QcnnDType t) { return kDTypes[t].isFloat; }

bool qcnnArrayAlloc(QcnnArray *a, QcnnDType dtype, int rank, const int64_t *shape) {
  memset(a, 0, sizeof *a);
  if (rank < 0 || rank > QCNN_MAX_RANK) return false;
  a->dtype = dtype;
  a->rank = rank;
  a->count = 1;
  for (int d = 0; d < rank; d++) {
    if (shape[d] < 0) return false;
    a->shape[d] = shape[d];
    a->count *= shape[d];
  }
  a->data = calloc(a->count ? (size_t)a->count : 1, kDTypes[dtype].size);
  return a->data != NULL;
}

void qcnnArrayFree(QcnnArray *a) {
  free(a->data);
  a->data = NULL;
}

double qcnnArrayGetF64(const QcnnArray *a, int64_t k) {
  switch (a->dtype) {
  case QCNN_DTYPE_F32: return ((const float *)a->data)[k];
  case QCNN_DTYPE_F64: return ((const double *)a->data)[k];
  case QCNN_DTYPE_U64: return (double)((const uint64_t *)a->data)[k];
  default: return (double)qcnnArrayGetI64(a, k);
  }
}

int64_t qcnnArrayGetI64(const QcnnArray *a, int64_t k) {
  switch (a->dtype) {
  case QCNN_DTYPE_F32:
  case QCNN_DTYPE_F64: return (int64_t)qcnnArrayGetF64(a, k);
  case QCNN_DTYPE_I8: return ((const int8_t *)a->data)[k];
  case QCNN_DTYPE_I16: return ((const int16_t *)a->data)[k];
  case QCNN_DTYPE_I32: return ((const int32_t *)a->data)[k];
  case QCNN_DTYPE_I64: return ((const int64_t *)a->data)[k];
  case QCNN_DTYPE_U8: return ((const uint8_t *)a->data)[k];
  case QCNN_DTYPE_U16: return ((const uint16_t *)a->data)[k];
  case QCNN_DTYPE_U32: return ((const uint32_t *)a->data)[k];
  case QCNN_DTYPE_U64: return (int64_t)((const uint64_t *)a->data)[k];
  case QCNN_DTYPE_BOOL: return ((const uint8_t *)a->data)[k] != 0;
  }
  return 0;
}

void qcnnArraySetF64(QcnnArray *a, int64_t k, double v) {
  if (a->dtype == QCNN_DTYPE_F32) ((float *)a->data)[k] = (float)v;
  else if (a->dtype == QCNN_DTYPE_F64) ((double *)a->data)[k] = v;
  else qcnnArraySetI64(a, k, (int64_t)v);
}

void qcnnArraySetI64(QcnnArray *a, int64_t k, int64_t v) {
  switch (a->dtype) {
  case QCNN_DTYPE_F32: ((float *)a->data)[k] = (float)v; break;
  case QCNN_DTYPE_F64: ((double *)a->data)[k] = (double)v; break;
  case QCNN_DTYPE_I8: ((int8_t *)a->data)[k] = (int8_t)v; break;
  case QCNN_DTYPE_I16: ((int16_t *)a->data)[k] = (int16_t)v; break;
  case QCNN_DTYPE_I32: ((int32_t *)a->data)[k] = (int32_t)v; break;
  case QCNN_DTYPE_I64: ((int64_t *)a->data)[k] = v; break;
  case QCNN_DTYPE_U8: ((uint8_t *)a->data)[k] = (uint8_t)v; break;
  case QCNN_DTYPE_U16: ((uint16_t *)a->data)[k] = (uint16_t)v; break;
  case QCNN_DTYPE_U32: ((uint32_t *)a->data)[k] = (uint32_t)v; break;
  case QCNN_DTYPE_U64: ((uint64_t *)a->data)[k] = (uint64_t)v; break;
  case QCNN_DTYPE_BOOL: ((uint8_t *)a->data)[k] = v != 0; break;
  }
}

/*===-- Header parsing -----------------------------------------------------------------------===*/

/* Finds the value text after `'key':` in the header dict. */
static const char *findKey(const char *hdr, const char *key) {
  char pat[32];
  snprintf(pat, sizeof pat, "'%s'", key);
  const char *p = strstr(hdr, pat);
  if (!p) return NULL;
  p += strlen(pat);
  while (*p == ' ') p++;
  if (*p != ':') return NULL;
  p++;
  while (*p == ' ') p++;
  return p;
}

static bool parseDescr(const char *p, QcnnDType *out) {
  if (*p != '\'' && *p != '"') return false;
  char order = p[1];
  const char *code = p + 2;
  if (order != '<' && order != '|' && order != '=') return false; /* big-endian unsupported */
  for (int t = 0; t < kNumDTypes; t++) {
    if (strncmp(code, kDTypes[t].descr, 2) == 0 && (code[2] == '\'' || code[2] == '"')) {
      /* single-byte types are written with '|', wider ones need little-endian '<' (or native '=') */
      if (order == '|' && kDTypes[t].size != 1) return false;
      *out = (QcnnDType)t;
      return true;
    }
  }
  return false;
}

static bool parseShape(const char *p, QcnnArray *a) {
  if (*p++ != '(') return false;
  a->rank = 0;
  a->count = 1;
  for (;;) {
    while (*p == ' ' || *p == ',') p++;
    if (*p == ')') return true;
    char *end;
    long long d = strtoll(p, &end, 10);
    if (end == p || d < 0 || a->rank == QCNN_MAX_RANK) return false;
    if (d > 0 && a->count > INT64_MAX / d) return false;
    a->shape[a->rank++] = d;
    a->count *= d;
    p = end;
    while (*p == 'L' || *p == ' ') p++;
    if (*p != ',' && *p != ')') return false;
  }
}

/* Fortran-order arrays are reordered to C order on reading. */
bool qcnnNpyParse(const void *data, size_t size, const char *name, QcnnArray *out) {
  const unsigned char *b = data;
  memset(out, 0, sizeof *out);
  if (size < 10 || memcmp(b, "\x93NUMPY", 6) != 0) {
    qcnnErrorNoLoc("%s: not a .npy file (bad magic)", name);
    return false;
  }
  size_t hlen, hoff;
  if (b[6] == 1) {
    hlen = b[8] | (size_t)b[9] << 8;
    hoff = 10;
  } else if ((b[6] == 2 || b[6] == 3) && size >= 12) {
    hlen = b[8] | (size_t)b[9] << 8 | (size_t)b[10] << 16 | (size_t)b[11] << 24;
    hoff = 12;
  } else {
    qcnnErrorNoLoc("%s: unsupported .npy format version %d", name, b[6]);
    return false;
  }
  if (hoff + hlen > size) {
    qcnnErrorNoLoc("%s: truncated .npy header", name);
    return false;
  }
  char *hdr = malloc(hlen + 1);
  memcpy(hdr, b + hoff, hlen);
  hdr[hlen] = 0;
  const char *descr = findKey(hdr, "descr"), *fortran = findKey(hdr, "fortran_order"),
             *shape = findKey(hdr, "shape");
  QcnnDType dtype = QCNN_DTYPE_F32;
  bool ok = true;
  if (!descr || !parseDescr(descr, &dtype)) {
    qcnnErrorNoLoc("%s: unsupported .npy dtype (need little-endian float32/64, int8-64, uint8-64 or bool)",
                   name);
    ok = false;
  } else if (!fortran || (strncmp(fortran, "False", 5) != 0 && strncmp(fortran, "True", 4) != 0)) {
    qcnnErrorNoLoc("%s: malformed fortran_order in .npy header", name);
    ok = false;
  } else if (!shape || !parseShape(shape, out)) {
    qcnnErrorNoLoc("%s: malformed shape in .npy header", name);
    ok = false;
  }
  bool colMajor = ok && strncmp(fortran, "True", 4) == 0;
  free(hdr);
  if (!ok) return false;
  QcnnArray a;
  if (!qcnnArrayAlloc(&a, dtype, out->rank, out->shape)) {
    qcnnErrorNoLoc("%s: array too large", name);
    return false;
  }
  size_t bytes = (size_t)a.count * kDTypes[dtype].size;
  if (size - hoff - hlen < bytes) {
    qcnnErrorNoLoc("%s: truncated .npy data (%zu bytes, need %zu)", name, size - hoff - hlen, bytes);
    qcnnArrayFree(&a);
    return false;
  }
  if (colMajor) {
    /* Reorder to C order: element k (row-major) sits at the column-major offset of its index. */
    size_t es = kDTypes[dtype].size;
    for (int64_t k = 0; k < a.count; k++) {
      int64_t rest = k, off = 0, stride = 1;
      int64_t idx[QCNN_MAX_RANK];
      for (int d = a.rank - 1; d >= 0; d--) idx[d] = rest % a.shape[d], rest /= a.shape[d];
      for (int d = 0; d < a.rank; d++) off += idx[d] * stride, stride *= a.shape[d];
      memcpy((char *)a.data + (size_t)k * es, b + hoff + hlen + (size_t)off * es, es);
    }
  } else {
    memcpy(a.data, b + hoff + hlen, bytes);
  }
  *out = a;
  return true;
}

bool qcnnNpyRead(const char *path, QcnnArray *out) {
  QcnnBuf buf = {0};
  if (!qcnnReadFile(path, &buf)) return false;
  bool ok = qcnnNpyParse(buf.data, buf.len, path, out);
  qcnnBufFree(&buf);
  return ok;
}

bool qcnnNpyWrite(const char *path, const QcnnArray *a) {
  QcnnBuf hdr = {0};
  const char *order = kDTypes[a->dtype].size == 1 ? "|" : "<";
  qcnnBufPrintf(&hdr, "{'descr': '%s%s', 'fortran_order': False, 'shape': (", order, kDTypes[a->dtype].descr);
  for (int d = 0; d < a->rank; d++) qcnnBufPrintf(&hdr, "%lld,%s", (long long)a->shape[d], d + 1 < a->rank ? " " : "");
  qcnnBufPrintf(&hdr, "), }");
  /* NumPy pads the 10-byte preamble plus header to a multiple of 64, ending in '\n'. */
  while ((10 + hdr.len + 1) % 64) qcnnBufAppend(&hdr, " ", 1);
  qcnnBufAppend(&hdr, "\n", 1);
  QcnnBuf file = {0};
  unsigned char pre[10] = {0x93, 'N', 'U', 'M', 'P', 'Y', 1, 0, (unsigned char)(hdr.len & 0xff),
                           (unsigned char)(hdr.len >> 8)};
  qcnnBufAppend(&file, pre, sizeof pre);
  qcnnBufAppend(&file, hdr.data, hdr.len);
  qcnnBufAppend(&file, a->data, (size_t)a->count * kDTypes[a->dtype].size);
  bool ok = qcnnWriteFileAtomic(path, file.data, file.len);
  qcnnBufFree(&hdr);
  qcnnBufFree(&file);
  return ok;
}
