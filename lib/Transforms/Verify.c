/* qcnn-verify: the invariants of qcnn/qdf ops that IRDL cannot express (operand counts and attribute
 * kinds are IRDL's job): attribute widths, window-attribute lengths against the input rank, conv
 * groups and weight shapes, matmul/gemm inner dimensions, elementwise broadcasting. (Enumerated
 * strings such as rounding_mode and data_layout are constrained in the IRDL itself.)
 * With integer-only, any qcnn op computing on floats is an error (proves streamlining finished). */
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Shape.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdio.h>
#include <string.h>

typedef struct {
  bool integerOnly;
} VerifyOptions;

typedef struct {
  const VerifyOptions *opts;
  int failures;
} Walk;

/* Reports one violation at the op; returns false so checks can `return fail(...)`. */
#define fail(w, op, ...) ((w)->failures++, qcnnEmitOpError((op), __VA_ARGS__))

/* "1x?x8" for messages. */
static const char *fmtShape(char *buf, size_t cap, intptr_t rank, const int64_t *d) {
  size_t n = 0;
  buf[0] = '\0';
  for (intptr_t i = 0; i < rank && n < cap; i++) {
    if (d[i] == QCNN_DIM_DYNAMIC) n += (size_t)snprintf(buf + n, cap - n, "%s?", i ? "x" : "");
    else n += (size_t)snprintf(buf + n, cap - n, "%s%lld", i ? "x" : "", (long long)d[i]);
  }
  return rank == 0 ? "scalar" : buf;
}

static bool dimsAgree(int64_t a, int64_t b) { return a == b || a == QCNN_DIM_DYNAMIC || b == QCNN_DIM_DYNAMIC; }

/*===-- Attributes ---------------------------------------------------------------------------===*/

static void checkAttrWidths(Walk *w, MlirOperation op) {
  for (intptr_t i = 0; i < mlirOperationGetNumAttributes(op); i++) {
    MlirNamedAttribute na = mlirOperationGetAttribute(op, i);
    MlirStringRef name = mlirIdentifierStr(na.name);
    MlirType t = mlirAttributeGetType(na.attribute);
    if (mlirAttributeIsAInteger(na.attribute) && !(mlirIntegerTypeIsSignless(t) && mlirIntegerTypeGetWidth(t) == 64))
      fail(w, op, "attribute '%.*s' must be a 64-bit signless integer (i64)", (int)name.length, name.data);
    if (mlirAttributeIsAFloat(na.attribute) && !mlirTypeIsAF32(t))
      fail(w, op, "attribute '%.*s' must be a 32-bit float (f32)", (int)name.length, name.data);
  }
}

/*===-- Shapes -------------------------------------------------------------------------------===*/

/* Checks a window attribute's length; returns false (after reporting) if it is wrong. */
static bool checkWindowAttrLen(Walk *w, MlirOperation op, QcnnAttrName attr, intptr_t expect, int64_t *vals,
                               intptr_t spatial) {
  intptr_t n = qcnnOpGetI64Array(op, attr, vals, 2 * QCNN_MAX_RANK);
  if (n == expect) return true;
  fail(w, op, "'%s' has %ld values, expected %ld for %ld spatial dimensions", qcnnAttrNameStr(attr), (long)n,
       (long)expect, (long)spatial);
  return false;
}

/* conv, maxpool, averagepool: NCHW-style input with rank-2 spatial dims. */
static bool checkWindowOp(Walk *w, MlirOperation op, QcnnOpKind kind) {
  int64_t x[QCNN_MAX_RANK], y[QCNN_MAX_RANK];
  intptr_t rank = qcnnValueShape(mlirOperationGetOperand(op, 0), x, QCNN_MAX_RANK);
  intptr_t yrank = qcnnValueShape(mlirOperationGetResult(op, 0), y, QCNN_MAX_RANK);
  if (rank < 0 || rank > QCNN_MAX_RANK) return true;
  if (rank < 3) return fail(w, op, "input must have rank >= 3 (N, C, spatial...), got rank %ld", (long)rank);
  intptr_t s = rank - 2;
  int64_t kernel[2 * QCNN_MAX_RANK], pads[2 * QCNN_MAX_RANK], strides[2 * QCNN_MAX_RANK], dil[2 * QCNN_MAX_RANK];
  bool ok = checkWindowAttrLen(w, op, QCNN_ATTR_KERNEL_SHAPE, s, kernel, s);
  ok &= checkWindowAttrLen(w, op, QCNN_ATTR_PADS, 2 * s, pads, s);
  ok &= checkWindowAttrLen(w, op, QCNN_ATTR_STRIDES, s, strides, s);
  if (kind == QCNN_OP_AVERAGEPOOL) {
    for (intptr_t i = 0; i < s; i++) dil[i] = 1;
  } else {
    ok &= checkWindowAttrLen(w, op, QCNN_ATTR_DILATIONS, s, dil, s);
  }
  if (!ok) return false;

  int64_t outChannels = x[1];
  if (kind == QCNN_OP_CONV) {
    int64_t wt[QCNN_MAX_RANK], group = qcnnOpI64Or(op, QCNN_ATTR_GROUP, 1);
    intptr_t wrank = qcnnValueShape(mlirOperationGetOperand(op, 1), wt, QCNN_MAX_RANK);
    if (group < 1) return fail(w, op, "group must be >= 1, got %lld", (long long)group);
    if (x[1] != QCNN_DIM_DYNAMIC && x[1] % group != 0)
      return fail(w, op, "group %lld does not divide the %lld input channels", (long long)group, (long long)x[1]);
    if (wrank >= 0 && wrank != rank)
      return fail(w, op, "weight has rank %ld, expected %ld like the input", (long)wrank, (long)rank);
    if (wrank >= 0) {
      char b1[96];
      if (wt[0] != QCNN_DIM_DYNAMIC && wt[0] % group != 0)
        return fail(w, op, "group %lld does not divide the %lld output channels of weight %s", (long long)group,
                    (long long)wt[0], fmtShape(b1, sizeof b1, wrank, wt));
      if (x[1] != QCNN_DIM_DYNAMIC && !dimsAgree(wt[1], x[1] / group))
        return fail(w, op, "weight %s has %lld input channels per group, expected %lld (%lld channels / group %lld)",
                    fmtShape(b1, sizeof b1, wrank, wt), (long long)wt[1], (long long)(x[1] / group),
                    (long long)x[1], (long long)group);
      for (intptr_t i = 0; i < s; i++)
        if (!dimsAgree(wt[2 + i], kernel[i]))
          return fail(w, op, "weight %s does not match kernel_shape on spatial axis %ld (%lld)",
                      fmtShape(b1, sizeof b1, wrank, wt), (long)i, (long long)kernel[i]);
      outChannels = wt[0];
      if (mlirOperationGetNumOperands(op) > 2) {
        int64_t b[QCNN_MAX_RANK];
        intptr_t brank = qcnnValueShape(mlirOperationGetOperand(op, 2), b, QCNN_MAX_RANK);
        if (brank >= 0 && (brank != 1 || !dimsAgree(b[0], wt[0])))
          return fail(w, op, "bias must have shape %lld (one per output channel), got %s", (long long)wt[0],
                      fmtShape(b1, sizeof b1, brank, b));
      }
    }
  }
  if (yrank < 0) return true;
  if (yrank != rank) return fail(w, op, "result has rank %ld, expected %ld", (long)yrank, (long)rank);
  if (!dimsAgree(y[0], x[0]) || !dimsAgree(y[1], outChannels))
    return fail(w, op, "result batch/channels are %lld/%lld, expected %lld/%lld", (long long)y[0], (long long)y[1],
                (long long)x[0], (long long)outChannels);
  bool ceilMode = kind != QCNN_OP_CONV && qcnnOpI64Or(op, QCNN_ATTR_CEIL_MODE, 0) != 0;
  for (intptr_t i = 0; i < s; i++) {
    int64_t expect = qcnnWindowOutputSize(x[2 + i], kernel[i], strides[i], dil[i], pads[i], pads[s + i], ceilMode);
    if (expect == -1)
      return fail(w, op, "window (kernel %lld, stride %lld, dilation %lld, pads %lld/%lld) does not fit input extent "
                  "%lld on spatial axis %ld",
                  (long long)kernel[i], (long long)strides[i], (long long)dil[i], (long long)pads[i],
                  (long long)pads[s + i], (long long)x[2 + i], (long)i);
    if (!dimsAgree(y[2 + i], expect))
      return fail(w, op, "result extent %lld on spatial axis %ld, expected %lld", (long long)y[2 + i], (long)i,
                  (long long)expect);
  }
  return true;
}

/* Compares a computed shape with the op's result type. */
static bool checkResultShape(Walk *w, MlirOperation op, intptr_t rank, const int64_t *expect) {
  int64_t y[QCNN_MAX_RANK];
  intptr_t yrank = qcnnValueShape(mlirOperationGetResult(op, 0), y, QCNN_MAX_RANK);
  if (yrank < 0 || yrank > QCNN_MAX_RANK) return true;
  bool ok = yrank == rank;
  for (intptr_t i = 0; ok && i < rank; i++) ok = dimsAgree(y[i], expect[i]);
  char b1[96], b2[96];
  return ok || fail(w, op, "result shape %s differs from the expected %s", fmtShape(b1, sizeof b1, yrank, y),
                    fmtShape(b2, sizeof b2, rank, expect));
}

static bool checkElementwise(Walk *w, MlirOperation op) {
  int64_t a[QCNN_MAX_RANK], b[QCNN_MAX_RANK], out[QCNN_MAX_RANK];
  intptr_t ra = qcnnValueShape(mlirOperationGetOperand(op, 0), a, QCNN_MAX_RANK);
  intptr_t rb = qcnnValueShape(mlirOperationGetOperand(op, 1), b, QCNN_MAX_RANK);
  if (ra < 0 || rb < 0 || ra > QCNN_MAX_RANK || rb > QCNN_MAX_RANK) return true;
  intptr_t r = qcnnBroadcastShapes(ra, a, rb, b, out);
  char b1[96], b2[96];
  if (r < 0)
    return fail(w, op, "operand shapes %s and %s do not broadcast", fmtShape(b1, sizeof b1, ra, a),
                fmtShape(b2, sizeof b2, rb, b));
  return checkResultShape(w, op, r, out);
}

static bool checkMatMul(Walk *w, MlirOperation op) {
  int64_t a[QCNN_MAX_RANK], b[QCNN_MAX_RANK], out[QCNN_MAX_RANK];
  intptr_t ra = qcnnValueShape(mlirOperationGetOperand(op, 0), a, QCNN_MAX_RANK);
  intptr_t rb = qcnnValueShape(mlirOperationGetOperand(op, 1), b, QCNN_MAX_RANK);
  if (ra < 1 || rb < 1 || ra > QCNN_MAX_RANK || rb > QCNN_MAX_RANK) return true;
  int64_t ka = a[ra - 1], kb = rb == 1 ? b[0] : b[rb - 2];
  if (!dimsAgree(ka, kb))
    return fail(w, op, "inner dimensions disagree: %lld (a) vs %lld (b)", (long long)ka, (long long)kb);
  /* numpy matmul: batch dims broadcast, 1-D operands lose their promoted dim. */
  intptr_t ba = ra > 2 ? ra - 2 : 0, bb = rb > 2 ? rb - 2 : 0;
  intptr_t r = qcnnBroadcastShapes(ba, a, bb, b, out);
  if (r < 0) return fail(w, op, "batch dimensions do not broadcast");
  if (ra > 1) out[r++] = a[ra - 2];
  if (rb > 1) out[r++] = b[rb - 1];
  return checkResultShape(w, op, r, out);
}

static bool checkGemm(Walk *w, MlirOperation op) {
  int64_t a[QCNN_MAX_RANK], b[QCNN_MAX_RANK], c[QCNN_MAX_RANK], out[QCNN_MAX_RANK];
  intptr_t ra = qcnnValueShape(mlirOperationGetOperand(op, 0), a, QCNN_MAX_RANK);
  intptr_t rb = qcnnValueShape(mlirOperationGetOperand(op, 1), b, QCNN_MAX_RANK);
  if (ra < 0 || rb < 0) return true;
  if (ra != 2 || rb != 2) return fail(w, op, "operands must be 2-D, got ranks %ld and %ld", (long)ra, (long)rb);
  bool ta = qcnnOpI64Or(op, QCNN_ATTR_TRANS_A, 0) != 0, tb = qcnnOpI64Or(op, QCNN_ATTR_TRANS_B, 0) != 0;
  int64_t m = a[ta ? 1 : 0], ka = a[ta ? 0 : 1], kb = b[tb ? 1 : 0], n = b[tb ? 0 : 1];
  if (!dimsAgree(ka, kb))
    return fail(w, op, "inner dimensions disagree: %lld (a) vs %lld (b) with trans_a=%d trans_b=%d", (long long)ka,
                (long long)kb, ta, tb);
  int64_t mn[2] = {m, n};
  if (mlirOperationGetNumOperands(op) > 2) {
    intptr_t rc = qcnnValueShape(mlirOperationGetOperand(op, 2), c, QCNN_MAX_RANK);
    char b1[96], b2[96];
    if (rc >= 0 && rc <= QCNN_MAX_RANK &&
        (qcnnBroadcastShapes(rc, c, 2, mn, out) != 2 || !dimsAgree(out[0], m) || !dimsAgree(out[1], n)))
      return fail(w, op, "c shape %s does not broadcast to %s", fmtShape(b1, sizeof b1, rc, c),
                  fmtShape(b2, sizeof b2, 2, mn));
  }
  return checkResultShape(w, op, 2, mn);
}

/* Checks against a dynamic dimension always pass; say so (printed with --qcnn-explain). */
static void remarkDynamic(MlirOperation op) {
  intptr_t nOperands = mlirOperationGetNumOperands(op);
  for (intptr_t i = 0; i < nOperands + mlirOperationGetNumResults(op); i++) {
    MlirType t = mlirValueGetType(i < nOperands ? mlirOperationGetOperand(op, i) : mlirOperationGetResult(op, i - nOperands));
    if (!mlirTypeIsARankedTensor(t) || mlirShapedTypeHasStaticShape(t)) continue;
    MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
    qcnnEmitRemark(mlirOperationGetLocation(op), "'%.*s' op shape checks are partial: %s %ld has a dynamic dimension",
                   (int)name.length, name.data, i < nOperands ? "operand" : "result",
                   (long)(i < nOperands ? i : i - nOperands));
    return;
  }
}

/*===-- Integer region -----------------------------------------------------------------------===*/

static void checkIntegerOnly(Walk *w, MlirOperation op) {
  for (intptr_t i = 0; i < mlirOperationGetNumResults(op); i++) {
    MlirType t = mlirValueGetType(mlirOperationGetResult(op, i));
    if (mlirTypeIsAShaped(t) && mlirTypeIsAFloat(mlirShapedTypeGetElementType(t))) {
      MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
      qcnnEmitError(mlirOperationGetLocation(op), "float op '%.*s' remains in the integer region", (int)name.length,
                    name.data);
      w->failures++;
      return;
    }
  }
}

static MlirWalkResult visit(MlirOperation op, void *ud) {
  Walk *w = ud;
  QcnnOpKind kind = qcnnOpGetKind(op);
  if (kind == QCNN_OP_UNKNOWN) return MlirWalkResultAdvance;
  checkAttrWidths(w, op);
  bool shapeChecked = true;
  switch (kind) {
  case QCNN_OP_CONV:
  case QCNN_OP_MAXPOOL:
  case QCNN_OP_AVERAGEPOOL: checkWindowOp(w, op, kind); break;
  case QCNN_OP_MATMUL: checkMatMul(w, op); break;
  case QCNN_OP_GEMM: checkGemm(w, op); break;
  case QCNN_OP_ADD:
  case QCNN_OP_SUB:
  case QCNN_OP_MUL:
  case QCNN_OP_DIV: checkElementwise(w, op); break;
  default: shapeChecked = false; break;
  }
  if (shapeChecked) remarkDynamic(op);
  if (w->opts->integerOnly) checkIntegerOnly(w, op);
  return MlirWalkResultAdvance;
}

static bool run(MlirOperation op, void *state) {
  Walk w = {state, 0};
  mlirOperationWalk(op, visit, &w, MlirWalkPreOrder);
  return w.failures == 0;
}

MlirPass qcnnCreateVerifyPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  VerifyOptions o = {qcnnPassOptionBool(options, "integer-only")};
  return qcnnPassCreate(info, run, &o, sizeof o);
}
