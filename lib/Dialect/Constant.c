/* Constants as arith.constant with dense elements. Storage follows MLIR's DenseElementsAttr layout:
 * i1 packed 8 per byte, other integers in their width rounded up to whole bytes, f32/f64 as
 * such. Reading goes through the raw buffer, so every integer width (si4, ui2, ...) works alike. */
#include "qcnn/IR.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

static MlirStringRef S(const char *s) { return mlirStringRefCreateFromCString(s); }

/* Bytes per stored element (0 for packed i1, -1 for unsupported element types). */
static int storageBytes(MlirType elt) {
  if (mlirTypeIsAF32(elt)) return 4;
  if (mlirTypeIsAF64(elt)) return 8;
  if (!mlirTypeIsAInteger(elt)) return -1;
  unsigned w = mlirIntegerTypeGetWidth(elt);
  if (w == 1) return 0;
  /* MLIR stores widths rounded up to whole bytes: si33 takes 5 bytes, si24 3. */
  return w <= 64 ? (int)((w + 7) / 8) : -1;
}

static void storeInt(void *p, int bytes, int64_t v) {
  uint64_t u = (uint64_t)v;
  memcpy(p, &u, (size_t)bytes); /* the low bytes: little-endian hosts only, as loadElement */
}

MlirOperation qcnnConstantBuild(MlirLocation loc, MlirType tensorType, const double *values, const char *name) {
  (void)name;
  MlirType elt = mlirShapedTypeGetElementType(tensorType);
  int64_t n = qcnnTypeNumElements(tensorType);
  int bytes = storageBytes(elt);
  size_t size = bytes == 0 ? (size_t)(n + 7) / 8 : (size_t)n * (size_t)bytes;
  unsigned char *buf = calloc(size ? size : 1, 1);
  for (int64_t i = 0; i < n; i++) {
    if (mlirTypeIsAF32(elt)) {
      ((float *)buf)[i] = (float)values[i];
    } else if (mlirTypeIsAF64(elt)) {
      ((double *)buf)[i] = values[i];
    } else if (bytes == 0) {
      if (values[i] != 0) buf[i / 8] |= (unsigned char)(1u << (i % 8));
    } else {
      storeInt(buf + i * bytes, bytes, (int64_t)llround(values[i]));
    }
  }
  MlirAttribute value = mlirDenseElementsAttrRawBufferGet(tensorType, size, buf);
  free(buf);
  MlirContext ctx = mlirLocationGetContext(loc);
  MlirOperationState st = mlirOperationStateGet(S("arith.constant"), loc);
  MlirNamedAttribute attr = mlirNamedAttributeGet(mlirIdentifierGet(ctx, S("value")), value);
  mlirOperationStateAddAttributes(&st, 1, &attr);
  mlirOperationStateAddResults(&st, 1, &tensorType);
  return mlirOperationCreate(&st);
}

static MlirAttribute constantAttr(MlirValue v) {
  if (!mlirValueIsAOpResult(v)) return mlirAttributeGetNull();
  MlirOperation def = mlirOpResultGetOwner(v);
  if (!mlirStringRefEqual(mlirIdentifierStr(mlirOperationGetName(def)), S("arith.constant")))
    return mlirAttributeGetNull();
  MlirAttribute a = mlirOperationGetAttributeByName(def, S("value"));
  if (mlirAttributeIsNull(a) || !mlirAttributeIsADenseElements(a)) return mlirAttributeGetNull();
  return a;
}

bool qcnnValueIsConstant(MlirValue v) { return !mlirAttributeIsNull(constantAttr(v)); }

static double loadElement(const unsigned char *raw, int64_t i, MlirType elt, int bytes) {
  if (mlirTypeIsAF32(elt)) return ((const float *)raw)[i];
  if (mlirTypeIsAF64(elt)) return ((const double *)raw)[i];
  if (bytes == 0) return (raw[i / 8] >> (i % 8)) & 1;
  bool isUnsigned = mlirIntegerTypeIsUnsigned(elt);
  unsigned w = mlirIntegerTypeGetWidth(elt);
  const unsigned char *p = raw + i * bytes;
  uint64_t u = 0;
  memcpy(&u, p, (size_t)bytes); /* little-endian hosts only, as MLIR's own storage */
  if (w < 64) u &= (UINT64_C(1) << w) - 1;
  if (isUnsigned) return (double)u;
  /* signless and signed: two's complement of the stored width */
  if (w < 64 && (u >> (w - 1)) & 1) return (double)((int64_t)u - (int64_t)(UINT64_C(1) << w));
  return (double)(int64_t)u;
}

intptr_t qcnnConstantRead(MlirValue v, double *out, intptr_t cap) {
  MlirAttribute a = constantAttr(v);
  if (mlirAttributeIsNull(a)) return -1;
  MlirType t = mlirAttributeGetType(a);
  MlirType elt = mlirShapedTypeGetElementType(t);
  int bytes = storageBytes(elt);
  int64_t n = qcnnTypeNumElements(t);
  if (bytes < 0 || n < 0) return -1;
  const unsigned char *raw = mlirDenseElementsAttrGetRawData(a);
  bool splat = mlirDenseElementsAttrIsSplat(a);
  for (int64_t i = 0; i < n && i < cap; i++) out[i] = loadElement(raw, splat ? 0 : i, elt, bytes);
  return (intptr_t)n;
}
