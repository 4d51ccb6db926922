/* qcnn-lower-to-dataflow: the ops qcnn-partition marked qcnn.region = "dataflow" become qdf processes
 * between qdf.input and qdf.output DMA boundaries; host ops stay (docs/dataflow.md).
 *
 * Every dataflow value is mapped to the stream that carries it and a layout: NHWC (the value's
 * row-major contents are the stream's) or NCHW (the value is the NCHW transpose of the stream's NHWC
 * map), so the transposes around NCHW maxpool / global_acc_pool are absorbed rather than lowered.
 * New ops are inserted beside the originals, which stay untouched until every op has lowered: on an
 * error the new ops are erased and the function is left as it was. */
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Shape.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define REGION_ATTR "qcnn.region" /* as qcnn-partition writes it */

typedef enum { LAYOUT_NHWC, LAYOUT_NCHW } Layout;

typedef struct {
  MlirValue orig;       /* the qcnn value */
  MlirValue stream;     /* the qdf stream carrying it; null while `pending` */
  Layout layout;
  MlirOperation pending; /* a matmul/gemm waiting for the multithreshold that fuses into its mvau */
} Entry;

typedef struct {
  MlirContext ctx;
  MlirBlock block;
  MlirOperation cursor; /* new ops go before the op being lowered */
  Entry *map;
  intptr_t nMap, capMap;
  MlirOperation *created;
  intptr_t nCreated, capCreated;
} Lowering;

/*===-- Helpers ----------------------------------------------------------------------------===*/

static bool inDataflow(MlirOperation op) {
  if (mlirOperationIsNull(op)) return false;
  MlirAttribute a = mlirOperationGetAttributeByName(op, mlirStringRefCreateFromCString(REGION_ATTR));
  return !mlirAttributeIsNull(a) && mlirAttributeIsAString(a) &&
         mlirStringRefEqual(mlirStringAttrGetValue(a), mlirStringRefCreateFromCString("dataflow"));
}

/* One error naming the node (location) and the op; returns false. */
static bool refuse(MlirOperation op, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static bool refuse(MlirOperation op, const char *fmt, ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  qcnnEmitError(mlirOperationGetLocation(op), "cannot lower '%.*s' to dataflow: %s", (int)name.length, name.data,
                msg);
  return false;
}

static MlirType eltOf(MlirValue v) { return mlirShapedTypeGetElementType(mlirValueGetType(v)); }

/* QONNX datatype name of an element type: UINT8, INT4, BIPOLAR, BINARY. */
static void dtypeName(MlirType elt, char *buf, size_t cap) {
  if (qcnnTypeIsBipolar(elt)) snprintf(buf, cap, "BIPOLAR");
  else if (mlirIntegerTypeGetWidth(elt) == 1 && mlirIntegerTypeIsSignless(elt)) snprintf(buf, cap, "BINARY");
  else snprintf(buf, cap, "%s%u", mlirIntegerTypeIsUnsigned(elt) ? "UINT" : "INT", mlirIntegerTypeGetWidth(elt));
}

static MlirNamedAttribute namedDtype(MlirContext ctx, QcnnAttrName name, MlirType elt) {
  char buf[32];
  dtypeName(elt, buf, sizeof buf);
  return qcnnNamedString(ctx, name, buf);
}

static MlirNamedAttribute namedPair(MlirContext ctx, QcnnAttrName name, int64_t a, int64_t b) {
  int64_t v[2] = {a, b};
  return qcnnNamedI64Array(ctx, name, 2, v);
}

static Entry *lookup(Lowering *L, MlirValue v) {
  for (intptr_t i = 0; i < L->nMap; i++)
    if (mlirValueEqual(L->map[i].orig, v)) return &L->map[i];
  return NULL;
}

static void bind(Lowering *L, MlirValue orig, MlirValue stream, Layout layout, MlirOperation pending) {
  if (L->nMap == L->capMap) L->map = realloc(L->map, (size_t)(L->capMap = L->capMap ? 2 * L->capMap : 32) * sizeof *L->map);
  L->map[L->nMap++] = (Entry){orig, stream, layout, pending};
}

/* Inserts `op` before the op being lowered and remembers it for the rollback. */
static MlirOperation insert(Lowering *L, MlirOperation op) {
  mlirBlockInsertOwnedOperationBefore(L->block, L->cursor, op);
  if (L->nCreated == L->capCreated)
    L->created = realloc(L->created, (size_t)(L->capCreated = L->capCreated ? 2 * L->capCreated : 32) * sizeof *L->created);
  L->created[L->nCreated++] = op;
  return op;
}

/* A qdf process with one stream result carrying `normal` (channels last) at one element per word. */
static MlirValue emit(Lowering *L, QcnnOpKind kind, MlirLocation loc, intptr_t nOperands, const MlirValue *operands,
                      MlirType normal, intptr_t nAttrs, const MlirNamedAttribute *attrs) {
  MlirType t = qcnnStreamTypeFold(normal, 1);
  return mlirOperationGetResult(insert(L, qcnnOpBuild(kind, loc, nOperands, operands, 1, &t, nAttrs, attrs)), 0);
}

/* The stream of data operand `i` of `op`: a dataflow value's, or a new qdf.input for a host tensor. */
static Entry *operandStream(Lowering *L, MlirOperation op, intptr_t i) {
  MlirValue v = mlirOperationGetOperand(op, i);
  Entry *e = lookup(L, v);
  if (e) return e;
  if (qcnnValueIsConstant(v)) {
    refuse(op, "operand %ld is a constant, not a stream", (long)i);
    return NULL;
  }
  MlirType t = qcnnStreamTypeFold(mlirValueGetType(v), 1);
  if (mlirTypeIsNull(t)) {
    refuse(op, "operand %ld is not a static integer tensor", (long)i);
    return NULL;
  }
  MlirOperation in = insert(L, qcnnOpBuild(QCNN_OP_QDF_INPUT, mlirOperationGetLocation(op), 1, &v, 1, &t, 0, NULL));
  qcnnQdfSetDmaShapes(in);
  bind(L, v, mlirOperationGetResult(in, 0), LAYOUT_NHWC, (MlirOperation){NULL});
  return &L->map[L->nMap - 1];
}

/* operandStream for an op that reads its operand in one layout only. */
static Entry *streamIn(Lowering *L, MlirOperation op, intptr_t i, Layout layout, const char *why) {
  Entry *e = operandStream(L, op, i);
  if (e && e->layout != layout) {
    refuse(op, "%s", why);
    return NULL;
  }
  return e;
}

static intptr_t shapeOf(MlirValue v, int64_t *d) { return qcnnValueShape(v, d, QCNN_MAX_RANK); }

static bool singleUser(MlirValue v, MlirOperation *user) {
  MlirOpOperand u = mlirValueGetFirstUse(v);
  if (mlirOpOperandIsNull(u) || !mlirOpOperandIsNull(mlirOpOperandGetNextUse(u))) return false;
  *user = mlirOpOperandGetOwner(u);
  return true;
}

static bool allEqual(const int64_t *v, intptr_t n, int64_t x) {
  for (intptr_t i = 0; i < n; i++)
    if (v[i] != x) return false;
  return true;
}

/*===-- Layout ops ---------------------------------------------------------------------------===*/

static bool lowerIdentity(Lowering *L, MlirOperation op) {
  Entry *e = operandStream(L, op, 0);
  if (!e) return false;
  bind(L, mlirOperationGetResult(op, 0), e->stream, e->layout, (MlirOperation){NULL});
  return true;
}

static bool lowerTranspose(Lowering *L, MlirOperation op) {
  Entry *e = operandStream(L, op, 0);
  if (!e) return false;
  int64_t perm[QCNN_MAX_RANK];
  intptr_t n = qcnnOpGetI64Array(op, QCNN_ATTR_PERM, perm, QCNN_MAX_RANK);
  static const int64_t toNCHW[4] = {0, 3, 1, 2}, toNHWC[4] = {0, 2, 3, 1};
  bool isToNCHW = n == 4 && !memcmp(perm, toNCHW, sizeof toNCHW);
  bool isToNHWC = n == 4 && !memcmp(perm, toNHWC, sizeof toNHWC);
  if (!(isToNCHW && e->layout == LAYOUT_NHWC) && !(isToNHWC && e->layout == LAYOUT_NCHW))
    return refuse(op, "only the NHWC <-> NCHW transposes around NCHW ops stream (they are absorbed)");
  bind(L, mlirOperationGetResult(op, 0), e->stream, isToNCHW ? LAYOUT_NCHW : LAYOUT_NHWC, (MlirOperation){NULL});
  return true;
}

/* reshape/flatten keep row-major contents: the stream is retyped to the new shape. */
static bool lowerReshape(Lowering *L, MlirOperation op) {
  MlirValue x = mlirOperationGetOperand(op, 0);
  Entry *e = operandStream(L, op, 0);
  if (!e) return false;
  int64_t d[QCNN_MAX_RANK];
  intptr_t rank = shapeOf(x, d);
  if (e->layout == LAYOUT_NCHW && !(rank == 4 && d[2] == 1 && d[3] == 1))
    return refuse(op, "reshaping an NCHW view with H, W > 1 reorders the stream");
  MlirOperation user;
  if (!singleUser(x, &user)) return refuse(op, "the reshaped stream has other readers");
  MlirType t = qcnnStreamTypeFold(mlirValueGetType(mlirOperationGetResult(op, 0)), 1);
  if (mlirTypeIsNull(t)) return refuse(op, "the result is not a static integer tensor");
  mlirValueSetType(e->stream, t);
  MlirOperation producer = mlirOpResultGetOwner(e->stream);
  if (qcnnOpIs(producer, QCNN_OP_QDF_INPUT)) qcnnQdfSetDmaShapes(producer);
  bind(L, mlirOperationGetResult(op, 0), e->stream, LAYOUT_NHWC, (MlirOperation){NULL});
  return true;
}

/*===-- Compute ops --------------------------------------------------------------------------===*/

static bool lowerIm2Col(Lowering *L, MlirOperation op) {
  Entry *e = streamIn(L, op, 0, LAYOUT_NHWC, "im2col reads an NHWC stream");
  if (!e) return false;
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirValue x = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0);
  int64_t xd[QCNN_MAX_RANK], yd[QCNN_MAX_RANK], pads[4], k[2], s[2], dil[2];
  if (shapeOf(x, xd) != 4 || shapeOf(y, yd) != 4 || qcnnOpGetI64Array(op, QCNN_ATTR_PAD_AMOUNT, pads, 4) != 4 ||
      qcnnOpGetI64Array(op, QCNN_ATTR_KERNEL_SIZE, k, 2) != 2 || qcnnOpGetI64Array(op, QCNN_ATTR_STRIDE, s, 2) != 2 ||
      qcnnOpGetI64Array(op, QCNN_ATTR_DILATIONS, dil, 2) != 2)
    return refuse(op, "expected a rank-4 NHWC im2col with 2-d window attributes");
  int64_t c = xd[3], h = xd[1] + pads[0] + pads[2], w = xd[2] + pads[1] + pads[3];
  MlirValue in = e->stream;
  if (!allEqual(pads, 4, 0)) {
    MlirNamedAttribute attrs[] = {qcnnNamedI64(L->ctx, QCNN_ATTR_CHANNELS, c),
                                  namedPair(L->ctx, QCNN_ATTR_IFM_DIM, xd[1], xd[2]),
                                  qcnnNamedI64Array(L->ctx, QCNN_ATTR_PADS, 4, pads),
                                  qcnnNamedI64(L->ctx, QCNN_ATTR_SIMD, 1),
                                  qcnnNamedI64(L->ctx, QCNN_ATTR_VALUE, qcnnOpI64Or(op, QCNN_ATTR_PAD_VALUE, 0))};
    int64_t pd[4] = {1, h, w, c};
    in = emit(L, QCNN_OP_QDF_PAD, loc, 1, &in, qcnnTensorType(4, pd, eltOf(x)), 5, attrs);
  }
  MlirNamedAttribute attrs[] = {qcnnNamedI64(L->ctx, QCNN_ATTR_CHANNELS, c),
                                qcnnNamedI64Array(L->ctx, QCNN_ATTR_DILATION, 2, dil),
                                namedPair(L->ctx, QCNN_ATTR_IFM_DIM, h, w),
                                qcnnNamedI64Array(L->ctx, QCNN_ATTR_KERNEL, 2, k),
                                namedPair(L->ctx, QCNN_ATTR_OFM_DIM, yd[1], yd[2]),
                                qcnnNamedI64(L->ctx, QCNN_ATTR_SIMD, 1),
                                qcnnNamedI64Array(L->ctx, QCNN_ATTR_STRIDE, 2, s)};
  bind(L, y, emit(L, QCNN_OP_QDF_SWG, loc, 1, &in, mlirValueGetType(y), 7, attrs), LAYOUT_NHWC, (MlirOperation){NULL});
  return true;
}

/* The act_val of a multithreshold y = out_scale * count + out_bias: out_bias when out_scale is 1; 0
 * for the bipolar y = 2 * count - 1 (a bipolar stream holds the bit b as 2b - 1). False otherwise. */
static bool activationValue(MlirOperation thr, int64_t *actVal) {
  double scale = 0, bias = 0;
  if (!qcnnOpGetF64(thr, QCNN_ATTR_OUT_SCALE, &scale) || !qcnnOpGetF64(thr, QCNN_ATTR_OUT_BIAS, &bias)) return false;
  *actVal = (int64_t)bias;
  if (scale == 1) return bias == (double)*actVal;
  *actVal = 0;
  return scale == 2 && bias == -1 && qcnnTypeIsBipolar(eltOf(mlirOperationGetResult(thr, 0)));
}

/* True when the only reader of `y` is a dataflow multithreshold that can fuse into an mvau. */
static bool fusesThreshold(MlirValue y) {
  MlirOperation user;
  return singleUser(y, &user) && inDataflow(user) && qcnnOpIs(user, QCNN_OP_MULTITHRESHOLD) &&
         mlirValueEqual(mlirOperationGetOperand(user, 0), y);
}

/* matmul [.., K] x [K, N] or gemm [1, K] x B (no bias, alpha 1): checked here, built as an mvau now
 * or by the multithreshold that follows. */
static bool lowerLinear(Lowering *L, MlirOperation op) {
  Entry *e = streamIn(L, op, 0, LAYOUT_NHWC, "the matrix input must be an NHWC (channels-last) stream");
  if (!e) return false;
  MlirValue a = mlirOperationGetOperand(op, 0), b = mlirOperationGetOperand(op, 1), y = mlirOperationGetResult(op, 0);
  int64_t ad[QCNN_MAX_RANK], bd[QCNN_MAX_RANK];
  intptr_t ar = shapeOf(a, ad);
  if (!qcnnValueIsConstant(b) || shapeOf(b, bd) != 2) return refuse(op, "the weights must be a rank-2 constant");
  if (qcnnOpIs(op, QCNN_OP_GEMM)) {
    double alpha = 0;
    if (mlirOperationGetNumOperands(op) > 2) return refuse(op, "a gemm with a bias (C) has no mvau form");
    if (!qcnnOpGetF64(op, QCNN_ATTR_ALPHA, &alpha) || alpha != 1 || qcnnOpI64Or(op, QCNN_ATTR_TRANS_A, 0) != 0 ||
        ar != 2)
      return refuse(op, "only gemm with alpha = 1, trans_a = 0 on a [1, K] input streams");
  }
  bool transB = qcnnOpIs(op, QCNN_OP_GEMM) && qcnnOpI64Or(op, QCNN_ATTR_TRANS_B, 0) != 0;
  int64_t mw = transB ? bd[1] : bd[0];
  if (ar < 2 || ad[ar - 1] != mw || ad[0] != 1) return refuse(op, "input [1, ..., K] does not match the weights");
  if (qcnnElementBits(eltOf(b)) < 0 || qcnnElementBits(eltOf(a)) < 0 || qcnnElementBits(eltOf(y)) < 0)
    return refuse(op, "input, weights and result must be integers");
  if (transB && qcnnConstantRead(b, NULL, 0) != bd[0] * bd[1]) return refuse(op, "the weights cannot be read");
  bind(L, y, (MlirValue){NULL}, LAYOUT_NHWC, op);
  return true;
}

/* The mvau of a pending matmul/gemm `lin`, with thresholds `thr` (a multithreshold op) or none. */
static MlirValue buildMvau(Lowering *L, MlirOperation lin, MlirOperation thr) {
  MlirValue a = mlirOperationGetOperand(lin, 0), b = mlirOperationGetOperand(lin, 1);
  MlirOperation last = mlirOperationIsNull(thr) ? lin : thr;
  MlirValue y = mlirOperationGetResult(last, 0);
  MlirLocation loc = mlirOperationGetLocation(lin);
  int64_t ad[QCNN_MAX_RANK], bd[2];
  intptr_t ar = shapeOf(a, ad);
  shapeOf(b, bd);
  bool transB = qcnnOpIs(lin, QCNN_OP_GEMM) && qcnnOpI64Or(lin, QCNN_ATTR_TRANS_B, 0) != 0;
  int64_t mw = transB ? bd[1] : bd[0], mh = transB ? bd[0] : bd[1];
  MlirValue w = b;
  if (transB) { /* weights are [mw, mh]: B^T */
    double *v = malloc((size_t)(mw * mh) * sizeof *v), *t = malloc((size_t)(mw * mh) * sizeof *t);
    qcnnConstantRead(b, v, mw * mh);
    for (int64_t i = 0; i < mh; i++)
      for (int64_t j = 0; j < mw; j++) t[j * mh + i] = v[i * mw + j];
    int64_t td[2] = {mw, mh};
    w = mlirOperationGetResult(insert(L, qcnnConstantBuild(loc, qcnnTensorType(2, td, eltOf(b)), t, "weights")), 0);
    free(v);
    free(t);
  }
  MlirValue operands[3] = {lookup(L, a)->stream, w, {NULL}};
  char outDtype[32];
  int64_t actVal = 0;
  if (mlirOperationIsNull(thr)) {
    dtypeName(eltOf(y), outDtype, sizeof outDtype);
  } else {
    MlirStringRef s = qcnnOpGetString(thr, QCNN_ATTR_OUT_DTYPE);
    snprintf(outDtype, sizeof outDtype, "%.*s", (int)s.length, s.data);
    activationValue(thr, &actVal);
    operands[2] = mlirOperationGetOperand(thr, 1);
  }
  MlirNamedAttribute attrs[] = {
      qcnnNamedI64(L->ctx, QCNN_ATTR_ACT_VAL, actVal),
      namedDtype(L->ctx, QCNN_ATTR_INPUT_DTYPE, eltOf(a)),
      qcnnNamedString(L->ctx, QCNN_ATTR_MEM_STYLE, "auto"),
      qcnnNamedI64(L->ctx, QCNN_ATTR_MH, mh),
      qcnnNamedI64(L->ctx, QCNN_ATTR_MW, mw),
      qcnnNamedI64Array(L->ctx, QCNN_ATTR_NUM_INPUT_VECTORS, ar - 1, ad),
      qcnnNamedString(L->ctx, QCNN_ATTR_OUTPUT_DTYPE, outDtype),
      qcnnNamedI64(L->ctx, QCNN_ATTR_PE, 1),
      qcnnNamedI64(L->ctx, QCNN_ATTR_SIMD, 1),
      namedDtype(L->ctx, QCNN_ATTR_WEIGHT_DTYPE, eltOf(b)),
  };
  return emit(L, QCNN_OP_QDF_MVAU, loc, mlirOperationIsNull(thr) ? 2 : 3, operands, mlirValueGetType(y), 10, attrs);
}

static bool lowerMultiThreshold(Lowering *L, MlirOperation op) {
  MlirValue x = mlirOperationGetOperand(op, 0), t = mlirOperationGetOperand(op, 1), y = mlirOperationGetResult(op, 0);
  Entry *e = operandStream(L, op, 0);
  if (!e) return false;
  int64_t xd[QCNN_MAX_RANK], td[QCNN_MAX_RANK];
  intptr_t xr = shapeOf(x, xd);
  MlirStringRef layout = qcnnOpGetString(op, QCNN_ATTR_DATA_LAYOUT);
  bool nhwc = layout.data && mlirStringRefEqual(layout, mlirStringRefCreateFromCString("NHWC"));
  /* The thresholded channel axis must be the stream's last (channel) axis. */
  bool channelsLast = xr == 2 ? e->layout == LAYOUT_NHWC
                              : xr == 4 && (nhwc ? e->layout == LAYOUT_NHWC : e->layout == LAYOUT_NCHW);
  if (!channelsLast) return refuse(op, "the thresholded channel axis is not the stream's channel axis");
  int64_t actVal;
  if (!activationValue(op, &actVal))
    return refuse(op, "out_scale must be 1 with an integer out_bias (or 2 with out_bias -1 for a bipolar result)");
  if (!qcnnValueIsConstant(t) || shapeOf(t, td) != 2 || qcnnElementBits(eltOf(t)) < 0)
    return refuse(op, "the thresholds must be an integer rank-2 constant");
  if (e->pending.ptr) {
    bind(L, y, buildMvau(L, e->pending, op), LAYOUT_NHWC, (MlirOperation){NULL});
    return true;
  }
  int64_t c = e->layout == LAYOUT_NCHW ? xd[1] : xd[xr - 1];
  /* Input vectors: the non-channel dims in stream (NHWC) order. */
  int64_t nv[3] = {xd[0], 1, 1};
  if (xr == 4) nv[1] = xd[e->layout == LAYOUT_NCHW ? 2 : 1], nv[2] = xd[e->layout == LAYOUT_NCHW ? 3 : 2];
  MlirStringRef s = qcnnOpGetString(op, QCNN_ATTR_OUT_DTYPE);
  char outDtype[32];
  snprintf(outDtype, sizeof outDtype, "%.*s", (int)s.length, s.data);
  MlirNamedAttribute attrs[] = {qcnnNamedI64(L->ctx, QCNN_ATTR_ACT_VAL, actVal),
                                qcnnNamedI64(L->ctx, QCNN_ATTR_CHANNELS, c),
                                qcnnNamedI64Array(L->ctx, QCNN_ATTR_NUM_INPUT_VECTORS, xr - 1, nv),
                                qcnnNamedString(L->ctx, QCNN_ATTR_OUTPUT_DTYPE, outDtype),
                                qcnnNamedI64(L->ctx, QCNN_ATTR_PE, 1)};
  MlirValue operands[2] = {e->stream, t};
  MlirType normal = mlirValueGetType(y);
  if (e->layout == LAYOUT_NCHW) {
    int64_t nd[4] = {xd[0], xd[2], xd[3], xd[1]};
    normal = qcnnTensorType(4, nd, eltOf(y));
  }
  bind(L, y, emit(L, QCNN_OP_QDF_THRESHOLD, mlirOperationGetLocation(op), 2, operands, normal, 5, attrs), e->layout,
       (MlirOperation){NULL});
  return true;
}

static bool lowerMaxPool(Lowering *L, MlirOperation op) {
  Entry *e = streamIn(L, op, 0, LAYOUT_NCHW, "maxpool (NCHW) must read the NCHW view of a stream");
  if (!e) return false;
  MlirValue x = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0);
  int64_t xd[QCNN_MAX_RANK], yd[QCNN_MAX_RANK], k[2], s[2], dil[2], pads[4];
  if (shapeOf(x, xd) != 4 || shapeOf(y, yd) != 4 || qcnnOpGetI64Array(op, QCNN_ATTR_KERNEL_SHAPE, k, 2) != 2 ||
      qcnnOpGetI64Array(op, QCNN_ATTR_STRIDES, s, 2) != 2 || qcnnOpGetI64Array(op, QCNN_ATTR_DILATIONS, dil, 2) != 2 ||
      qcnnOpGetI64Array(op, QCNN_ATTR_PADS, pads, 4) != 4)
    return refuse(op, "expected a 2-d maxpool");
  if (k[0] < 1 || k[1] < 1 || s[0] < 1 || s[1] < 1) return refuse(op, "kernel and strides must be >= 1");
  if (!allEqual(pads, 4, 0) || !allEqual(dil, 2, 1) || yd[2] != (xd[2] - k[0]) / s[0] + 1 ||
      yd[3] != (xd[3] - k[1]) / s[1] + 1)
    return refuse(op, "only unpadded, undilated pooling with floor output size streams");
  MlirNamedAttribute attrs[] = {qcnnNamedI64(L->ctx, QCNN_ATTR_CHANNELS, xd[1]),
                                namedPair(L->ctx, QCNN_ATTR_IFM_DIM, xd[2], xd[3]),
                                qcnnNamedI64Array(L->ctx, QCNN_ATTR_KERNEL, 2, k), qcnnNamedI64(L->ctx, QCNN_ATTR_PE, 1),
                                qcnnNamedI64Array(L->ctx, QCNN_ATTR_STRIDE, 2, s)};
  int64_t nd[4] = {1, yd[2], yd[3], yd[1]};
  bind(L, y,
       emit(L, QCNN_OP_QDF_MAXPOOL, mlirOperationGetLocation(op), 1, &e->stream, qcnnTensorType(4, nd, eltOf(y)), 5,
            attrs),
       LAYOUT_NCHW, (MlirOperation){NULL});
  return true;
}

static bool lowerAccPool(Lowering *L, MlirOperation op) {
  Entry *e = streamIn(L, op, 0, LAYOUT_NCHW, "global_acc_pool (NCHW) must read the NCHW view of a stream");
  if (!e) return false;
  MlirValue x = mlirOperationGetOperand(op, 0), y = mlirOperationGetResult(op, 0);
  int64_t xd[QCNN_MAX_RANK];
  if (shapeOf(x, xd) != 4) return refuse(op, "expected a rank-4 input");
  MlirNamedAttribute attrs[] = {qcnnNamedI64(L->ctx, QCNN_ATTR_CHANNELS, xd[1]),
                                namedPair(L->ctx, QCNN_ATTR_IFM_DIM, xd[2], xd[3]), qcnnNamedI64(L->ctx, QCNN_ATTR_PE, 1)};
  int64_t nd[4] = {1, 1, 1, xd[1]};
  bind(L, y,
       emit(L, QCNN_OP_QDF_ACCPOOL, mlirOperationGetLocation(op), 1, &e->stream, qcnnTensorType(4, nd, eltOf(y)), 3,
            attrs),
       LAYOUT_NCHW, (MlirOperation){NULL});
  return true;
}

/* topk (values unused) / argmax along the last axis of a [1, N] stream -> labelselect. */
static bool lowerLabelSelect(Lowering *L, MlirOperation op) {
  Entry *e = streamIn(L, op, 0, LAYOUT_NHWC, "label selection reads a [1, N] stream");
  if (!e) return false;
  MlirValue x = mlirOperationGetOperand(op, 0);
  bool topk = qcnnOpIs(op, QCNN_OP_TOPK);
  MlirValue y = mlirOperationGetResult(op, topk ? 1 : 0);
  int64_t xd[QCNN_MAX_RANK];
  intptr_t xr = shapeOf(x, xd);
  int64_t axis = qcnnOpI64Or(op, QCNN_ATTR_AXIS, 0), k = topk ? qcnnOpI64Or(op, QCNN_ATTR_K, 0) : 1;
  if (xr != 2 || xd[0] != 1 || (axis != 1 && axis != -1))
    return refuse(op, "only label selection along the last axis of a [1, N] input streams");
  if (topk && (qcnnOpI64Or(op, QCNN_ATTR_LARGEST, 1) != 1 || !mlirOpOperandIsNull(mlirValueGetFirstUse(mlirOperationGetResult(op, 0)))))
    return refuse(op, "only a topk of the largest values whose values result is unused streams");
  if (!topk && qcnnOpI64Or(op, QCNN_ATTR_SELECT_LAST_INDEX, 0) != 0)
    return refuse(op, "select_last_index = 1 has no labelselect form");
  MlirNamedAttribute attrs[] = {qcnnNamedI64(L->ctx, QCNN_ATTR_K, k), qcnnNamedI64(L->ctx, QCNN_ATTR_LABELS, xd[1]),
                                qcnnNamedI64(L->ctx, QCNN_ATTR_PE, 1)};
  int64_t nd[2] = {1, k};
  bind(L, y,
       emit(L, QCNN_OP_QDF_LABELSELECT, mlirOperationGetLocation(op), 1, &e->stream, qcnnTensorType(2, nd, eltOf(y)),
            3, attrs),
       LAYOUT_NHWC, (MlirOperation){NULL});
  return true;
}

static bool lowerAdd(Lowering *L, MlirOperation op) {
  /* Copies: the second lookup may add an entry (a qdf.input) and move the map. */
  Entry *pa = operandStream(L, op, 0);
  if (!pa) return false;
  Entry ea = *pa, *pb = operandStream(L, op, 1);
  if (!pb) return false;
  Entry eb = *pb, *a = &ea, *b = &eb;
  MlirValue y = mlirOperationGetResult(op, 0);
  int64_t ad[QCNN_MAX_RANK], bd[QCNN_MAX_RANK], yd[QCNN_MAX_RANK];
  intptr_t r = shapeOf(y, yd);
  if (shapeOf(mlirOperationGetOperand(op, 0), ad) != r || shapeOf(mlirOperationGetOperand(op, 1), bd) != r ||
      memcmp(ad, yd, (size_t)r * sizeof *ad) || memcmp(bd, yd, (size_t)r * sizeof *bd) || a->layout != b->layout)
    return refuse(op, "only the sum of two streams of the same shape and layout streams (no broadcasting)");
  MlirType normal = qcnnStreamTensor(mlirValueGetType(a->stream));
  int64_t nd[QCNN_MAX_RANK + 1];
  intptr_t nr = qcnnTypeShape(normal, nd, QCNN_MAX_RANK + 1) - 1; /* drop the elements-per-word dim (1) */
  MlirNamedAttribute attrs[] = {qcnnNamedI64(L->ctx, QCNN_ATTR_CHANNELS, nd[nr - 1]), qcnnNamedI64(L->ctx, QCNN_ATTR_PE, 1)};
  MlirValue operands[2] = {a->stream, b->stream};
  bind(L, y,
       emit(L, QCNN_OP_QDF_ADD_STREAMS, mlirOperationGetLocation(op), 2, operands, qcnnTensorType(nr, nd, eltOf(y)), 2,
            attrs),
       a->layout, (MlirOperation){NULL});
  return true;
}

static bool lowerOp(Lowering *L, MlirOperation op) {
  for (intptr_t r = 0; r < mlirOperationGetNumResults(op); r++)
    if (mlirTypeIsNull(qcnnStreamTypeFold(mlirValueGetType(mlirOperationGetResult(op, r)), 1)))
      return refuse(op, "result %ld is not a static integer tensor", (long)r);
  switch (qcnnOpGetKind(op)) {
  case QCNN_OP_IDENTITY: return lowerIdentity(L, op);
  case QCNN_OP_TRANSPOSE: return lowerTranspose(L, op);
  case QCNN_OP_RESHAPE:
  case QCNN_OP_FLATTEN: return lowerReshape(L, op);
  case QCNN_OP_IM2COL: return lowerIm2Col(L, op);
  case QCNN_OP_MATMUL:
  case QCNN_OP_GEMM: { /* pending only when its single reader is the multithreshold that fuses it */
    if (!lowerLinear(L, op)) return false;
    MlirValue y = mlirOperationGetResult(op, 0);
    if (fusesThreshold(y)) return true;
    MlirValue s = buildMvau(L, op, (MlirOperation){NULL});
    *lookup(L, y) = (Entry){y, s, LAYOUT_NHWC, {NULL}};
    return true;
  }
  case QCNN_OP_MULTITHRESHOLD: return lowerMultiThreshold(L, op);
  case QCNN_OP_MAXPOOL: return lowerMaxPool(L, op);
  case QCNN_OP_GLOBAL_ACC_POOL: return lowerAccPool(L, op);
  case QCNN_OP_TOPK:
  case QCNN_OP_ARGMAX: return lowerLabelSelect(L, op);
  case QCNN_OP_ADD: return lowerAdd(L, op);
  default: return refuse(op, "no qdf process implements this op");
  }
}

/*===-- Boundaries and fan-out ---------------------------------------------------------------===*/

/* Host readers of a dataflow value read it through a qdf.output (and a host transpose back from
 * the stream's NHWC for an NCHW view). */
static void connectHostReaders(Lowering *L, MlirOperation op) {
  for (intptr_t r = 0; r < mlirOperationGetNumResults(op); r++) {
    MlirValue v = mlirOperationGetResult(op, r);
    Entry *e = lookup(L, v);
    bool hostReader = false;
    for (MlirOpOperand u = mlirValueGetFirstUse(v); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u))
      hostReader |= !inDataflow(mlirOpOperandGetOwner(u));
    if (!e || !hostReader) continue;
    MlirLocation loc = mlirOperationGetLocation(op);
    MlirType t = mlirValueGetType(v);
    if (e->layout == LAYOUT_NCHW) {
      int64_t d[QCNN_MAX_RANK];
      shapeOf(v, d);
      int64_t nd[4] = {d[0], d[2], d[3], d[1]};
      t = qcnnTensorType(4, nd, eltOf(v));
    }
    MlirOperation out = qcnnOpBuild(QCNN_OP_QDF_OUTPUT, loc, 1, &e->stream, 1, &t, 0, NULL);
    mlirBlockInsertOwnedOperationAfter(L->block, op, out);
    qcnnQdfSetDmaShapes(out);
    MlirValue host = mlirOperationGetResult(out, 0);
    if (e->layout == LAYOUT_NCHW) {
      int64_t perm[4] = {0, 3, 1, 2};
      MlirNamedAttribute attrs[] = {qcnnNamedI64Array(L->ctx, QCNN_ATTR_PERM, 4, perm),
                                    mlirNamedAttributeGet(mlirIdentifierGet(L->ctx, mlirStringRefCreateFromCString(REGION_ATTR)),
                                                          mlirStringAttrGet(L->ctx, mlirStringRefCreateFromCString("host")))};
      MlirType vt = mlirValueGetType(v);
      MlirOperation tr = qcnnOpBuild(QCNN_OP_TRANSPOSE, loc, 1, &host, 1, &vt, 2, attrs);
      mlirBlockInsertOwnedOperationAfter(L->block, out, tr);
      host = mlirOperationGetResult(tr, 0);
    }
    /* Rewire host uses only (collected first: rewiring edits the use list). */
    intptr_t n = 0;
    for (MlirOpOperand u = mlirValueGetFirstUse(v); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u)) n++;
    MlirOpOperand *uses = malloc((size_t)n * sizeof *uses);
    n = 0;
    for (MlirOpOperand u = mlirValueGetFirstUse(v); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u)) uses[n++] = u;
    for (intptr_t i = 0; i < n; i++) {
      MlirOperation owner = mlirOpOperandGetOwner(uses[i]);
      if (!inDataflow(owner)) mlirOperationSetOperand(owner, mlirOpOperandGetOperandNumber(uses[i]), host);
    }
    free(uses);
  }
}

/* A stream with several readers gets a qdf.duplicate with one output per reader. */
static void insertDuplicates(Lowering *L, MlirValue s) {
  intptr_t n = 0;
  for (MlirOpOperand u = mlirValueGetFirstUse(s); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u)) n++;
  if (n < 2) return;
  MlirOpOperand *uses = malloc((size_t)n * sizeof *uses);
  MlirType *types = malloc((size_t)n * sizeof *types);
  n = 0;
  for (MlirOpOperand u = mlirValueGetFirstUse(s); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u)) {
    types[n] = mlirValueGetType(s);
    uses[n++] = u;
  }
  MlirOperation producer = mlirOpResultGetOwner(s);
  MlirNamedAttribute attr = qcnnNamedI64(L->ctx, QCNN_ATTR_NUM_OUTPUTS, n);
  MlirOperation dup = qcnnOpBuild(QCNN_OP_QDF_DUPLICATE, mlirOperationGetLocation(producer), 1, &s, n, types, 1, &attr);
  mlirBlockInsertOwnedOperationAfter(L->block, producer, dup);
  /* Output i goes to the i-th reader in block order (insertion sort: few readers). */
  for (intptr_t i = 1; i < n; i++)
    for (intptr_t j = i; j > 0 && mlirOperationIsBeforeInBlock(mlirOpOperandGetOwner(uses[j]), mlirOpOperandGetOwner(uses[j - 1])); j--) {
      MlirOpOperand t = uses[j];
      uses[j] = uses[j - 1];
      uses[j - 1] = t;
    }
  for (intptr_t i = 0; i < n; i++)
    mlirOperationSetOperand(mlirOpOperandGetOwner(uses[i]), mlirOpOperandGetOperandNumber(uses[i]),
                            mlirOperationGetResult(dup, i));
  free(uses);
  free(types);
}

static bool isDataflowOp(MlirOperation op) { return inDataflow(op); }

static bool run(MlirOperation func, void *state) {
  (void)state;
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(func, isDataflowOp, &n);
  Lowering L = {.ctx = mlirOperationGetContext(func)};
  bool ok = true;
  for (intptr_t i = 0; i < n && ok; i++) {
    L.block = mlirOperationGetBlock(ops[i]);
    L.cursor = ops[i];
    ok = lowerOp(&L, ops[i]);
  }
  if (!ok) { /* leave the function as it was */
    for (intptr_t i = L.nCreated; i-- > 0;) mlirOperationDestroy(L.created[i]);
  } else {
    for (intptr_t i = 0; i < n; i++) connectHostReaders(&L, ops[i]);
    for (intptr_t i = n; i-- > 0;) mlirOperationDestroy(ops[i]);
    for (intptr_t i = 0; i < L.nCreated; i++)
      if (mlirOperationGetNumResults(L.created[i]) == 1 &&
          qcnnTypeIsStream(mlirValueGetType(mlirOperationGetResult(L.created[i], 0))))
        insertDuplicates(&L, mlirOperationGetResult(L.created[i], 0));
  }
  free(ops);
  free(L.map);
  free(L.created);
  return ok;
}

MlirPass qcnnCreateLowerToDataflowPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
