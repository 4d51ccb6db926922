/* qdf-verify: the rules of the qdf form IRDL cannot express (docs/dataflow.md, "Verifier rules"):
 * folding divides its dimension, word width = elements per word x element bits, the element count of
 * every stream matches the op's attributes, each port's elements per word match the op's folding (a
 * mismatch means a missing qdf.dwc), a stream has exactly one reader, weights/thresholds have the
 * op's shape, and nothing in a qdf op is a float. Every error names the op and the rule. */
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Shape.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>

typedef struct {
  MlirOperation op;
  int failures;
} Check;

static void fail(Check *c, const char *rule, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void fail(Check *c, const char *rule, const char *fmt, ...) {
  char msg[400];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(c->op));
  qcnnEmitError(mlirOperationGetLocation(c->op), "'%.*s' op %s: %s", (int)name.length, name.data, rule, msg);
  c->failures++;
}

static int64_t attr(MlirOperation op, QcnnAttrName name) { return qcnnOpI64Or(op, name, -1); }

/* Product of an i64 array attribute (-1 if missing). */
static int64_t attrProduct(MlirOperation op, QcnnAttrName name) {
  int64_t d[QCNN_MAX_RANK];
  intptr_t n = qcnnOpGetI64Array(op, name, d, QCNN_MAX_RANK);
  return n < 0 ? -1 : qcnnShapeNumElements(n, d);
}

static int64_t streamCount(MlirValue v) { return qcnnTypeNumElements(qcnnStreamTensor(mlirValueGetType(v))); }

/*===-- Rules ----------------------------------------------------------------------------------===*/

/* `dim % fold == 0` for a folding attribute. */
static void checkFold(Check *c, QcnnAttrName foldAttr, QcnnAttrName dimAttr) {
  int64_t f = attr(c->op, foldAttr), d = attr(c->op, dimAttr);
  if (f < 1 || d < 1 || d % f != 0)
    fail(c, "folding", "%s = %lld must be >= 1 and divide %s = %lld", qcnnAttrNameStr(foldAttr), (long long)f,
         qcnnAttrNameStr(dimAttr), (long long)d);
}

static bool isFloatType(MlirType t) {
  if (mlirTypeIsAShaped(t)) t = mlirShapedTypeGetElementType(t);
  return mlirTypeIsAFloat(t);
}

/* Every stream: an integer element type and width = elems per word x bits. No float operand/result. */
static void checkTypes(Check *c) {
  for (int side = 0; side < 2; side++) {
    intptr_t n = side ? mlirOperationGetNumResults(c->op) : mlirOperationGetNumOperands(c->op);
    for (intptr_t i = 0; i < n; i++) {
      MlirValue v = side ? mlirOperationGetResult(c->op, i) : mlirOperationGetOperand(c->op, i);
      MlirType t = mlirValueGetType(v);
      const char *what = side ? "result" : "operand";
      if (!qcnnTypeIsStream(t)) {
        if (isFloatType(t)) fail(c, "no float", "%s %ld is a float tensor", what, (long)i);
        continue;
      }
      MlirType folded = qcnnStreamTensor(t);
      int64_t bits = qcnnElementBits(mlirShapedTypeGetElementType(folded));
      if (bits < 0) {
        fail(c, "no float", "%s %ld streams non-integer elements", what, (long)i);
        continue;
      }
      int64_t e = qcnnStreamElemsPerWord(t), w = qcnnStreamWidth(t);
      if (qcnnTypeNumElements(folded) < 0) fail(c, "stream width", "%s %ld has a dynamic shape", what, (long)i);
      else if (w != e * bits)
        fail(c, "stream width", "%s %ld is %lld bits wide, expected %lld elements per word x %lld bits = %lld",
             what, (long)i, (long long)w, (long long)e, (long long)bits, (long long)(e * bits));
    }
  }
}

/* Each port's elements per word against the op's folding. */
static void checkPorts(Check *c) {
  for (int p = 0; p < qcnnQdfNumInputPorts(c->op); p++) {
    int64_t want = qcnnQdfInElemsPerWord(c->op, p), have = qcnnStreamElemsPerWord(mlirValueGetType(qcnnQdfInputPort(c->op, p)));
    if (want != have)
      fail(c, "elements per word", "input %d carries %lld elements per word but the op reads %lld (missing qdf.dwc?)", p,
           (long long)have, (long long)want);
  }
  for (int p = 0; p < qcnnQdfNumOutputPorts(c->op); p++) {
    MlirValue v = qcnnQdfOutputPort(c->op, p);
    int64_t want = qcnnQdfOutElemsPerWord(c->op, p), have = qcnnStreamElemsPerWord(mlirValueGetType(v));
    if (want != have)
      fail(c, "elements per word", "output %d carries %lld elements per word but the op writes %lld", p,
           (long long)have, (long long)want);
    intptr_t readers = 0;
    for (MlirOpOperand u = mlirValueGetFirstUse(v); !mlirOpOperandIsNull(u); u = mlirOpOperandGetNextUse(u)) readers++;
    if (readers != 1)
      fail(c, "one reader", "output %d has %ld readers; a stream has exactly one (fan out with qdf.duplicate)", p,
           (long)readers);
  }
}

static void expectCount(Check *c, const char *port, int64_t have, int64_t want) {
  if (have != want)
    fail(c, "element count", "%s stream has %lld elements per frame, the attributes give %lld", port, (long long)have,
         (long long)want);
}

static void expectShape(Check *c, const char *what, MlirValue v, int64_t d0, int64_t d1, bool d0MayBe1) {
  int64_t d[QCNN_MAX_RANK];
  if (qcnnValueShape(v, d, QCNN_MAX_RANK) != 2 || !(d[0] == d0 || (d0MayBe1 && d[0] == 1)) || (d1 >= 0 && d[1] != d1))
    fail(c, "shape", "%s must be [%lld%s, %s]", what, (long long)d0, d0MayBe1 ? " or 1" : "",
         d1 >= 0 ? "matching" : "steps");
}

/* Window output extent (unpadded, floor). */
static int64_t windowOut(int64_t in, int64_t k, int64_t s, int64_t dil) { return (in - dil * (k - 1) - 1) / s + 1; }

static void checkOp(Check *c) {
  MlirOperation op = c->op;
  checkTypes(c);
  MlirValue x = mlirOperationGetNumOperands(op) ? mlirOperationGetOperand(op, 0) : (MlirValue){NULL};
  MlirValue y = mlirOperationGetNumResults(op) ? mlirOperationGetResult(op, 0) : (MlirValue){NULL};
  int64_t ch = attr(op, QCNN_ATTR_CHANNELS), ifm = attrProduct(op, QCNN_ATTR_IFM_DIM);
  int64_t k[2] = {0}, s[2] = {0}, dil[2] = {1, 1}, in[2] = {0}, pads[4] = {0};
  switch (qcnnOpGetKind(op)) {
  case QCNN_OP_QDF_INPUT:
  case QCNN_OP_QDF_OUTPUT: {
    bool isIn = qcnnOpIs(op, QCNN_OP_QDF_INPUT);
    MlirValue host = isIn ? x : y, stream = isIn ? y : x;
    int64_t folded[QCNN_MAX_RANK + 1], have[QCNN_MAX_RANK + 1];
    intptr_t nf = qcnnOpGetI64Array(op, QCNN_ATTR_FOLDED_SHAPE, folded, QCNN_MAX_RANK + 1);
    intptr_t nh = qcnnTypeShape(qcnnStreamTensor(mlirValueGetType(stream)), have, QCNN_MAX_RANK + 1);
    bool same = nf == nh;
    for (intptr_t i = 0; same && i < nf; i++) same = folded[i] == have[i];
    if (!same) fail(c, "DMA shapes", "folded_shape differs from the stream's folded tensor");
    if (attrProduct(op, QCNN_ATTR_NORMAL_SHAPE) != qcnnTypeNumElements(mlirValueGetType(host)))
      fail(c, "DMA shapes", "normal_shape has not the host tensor's element count");
    expectCount(c, isIn ? "output" : "input", streamCount(stream), qcnnTypeNumElements(mlirValueGetType(host)));
    return;
  }
  case QCNN_OP_QDF_MVAU: {
    checkFold(c, QCNN_ATTR_SIMD, QCNN_ATTR_MW);
    checkFold(c, QCNN_ATTR_PE, QCNN_ATTR_MH);
    int64_t mw = attr(op, QCNN_ATTR_MW), mh = attr(op, QCNN_ATTR_MH), nv = attrProduct(op, QCNN_ATTR_NUM_INPUT_VECTORS);
    expectCount(c, "input", streamCount(x), nv * mw);
    expectCount(c, "output", streamCount(y), nv * mh);
    expectShape(c, "weights", mlirOperationGetOperand(op, 1), mw, mh, false);
    if (mlirOperationGetNumOperands(op) > 2) expectShape(c, "thresholds", mlirOperationGetOperand(op, 2), mh, -1, true);
    return;
  }
  case QCNN_OP_QDF_THRESHOLD: {
    checkFold(c, QCNN_ATTR_PE, QCNN_ATTR_CHANNELS);
    int64_t nv = attrProduct(op, QCNN_ATTR_NUM_INPUT_VECTORS);
    expectCount(c, "input", streamCount(x), nv * ch);
    expectCount(c, "output", streamCount(y), nv * ch);
    expectShape(c, "thresholds", mlirOperationGetOperand(op, 1), ch, -1, true);
    return;
  }
  case QCNN_OP_QDF_SWG: {
    checkFold(c, QCNN_ATTR_SIMD, QCNN_ATTR_CHANNELS);
    qcnnOpGetI64Array(op, QCNN_ATTR_KERNEL, k, 2);
    qcnnOpGetI64Array(op, QCNN_ATTR_STRIDE, s, 2);
    qcnnOpGetI64Array(op, QCNN_ATTR_DILATION, dil, 2);
    qcnnOpGetI64Array(op, QCNN_ATTR_IFM_DIM, in, 2);
    int64_t ofm = attrProduct(op, QCNN_ATTR_OFM_DIM);
    if (k[0] < 1 || k[1] < 1 || s[0] < 1 || s[1] < 1 || dil[0] < 1 || dil[1] < 1 ||
        ofm != windowOut(in[0], k[0], s[0], dil[0]) * windowOut(in[1], k[1], s[1], dil[1]))
      fail(c, "window", "ofm_dim does not follow from ifm_dim, kernel, stride and dilation");
    expectCount(c, "input", streamCount(x), ifm * ch);
    expectCount(c, "output", streamCount(y), ofm * k[0] * k[1] * ch);
    return;
  }
  case QCNN_OP_QDF_PAD:
    checkFold(c, QCNN_ATTR_SIMD, QCNN_ATTR_CHANNELS);
    qcnnOpGetI64Array(op, QCNN_ATTR_IFM_DIM, in, 2);
    if (qcnnOpGetI64Array(op, QCNN_ATTR_PADS, pads, 4) != 4 || pads[0] < 0 || pads[1] < 0 || pads[2] < 0 || pads[3] < 0)
      fail(c, "window", "pads must be 4 values >= 0 (begins, ends of H, W)");
    expectCount(c, "input", streamCount(x), ifm * ch);
    expectCount(c, "output", streamCount(y), (in[0] + pads[0] + pads[2]) * (in[1] + pads[1] + pads[3]) * ch);
    return;
  case QCNN_OP_QDF_MAXPOOL:
    checkFold(c, QCNN_ATTR_PE, QCNN_ATTR_CHANNELS);
    qcnnOpGetI64Array(op, QCNN_ATTR_KERNEL, k, 2);
    qcnnOpGetI64Array(op, QCNN_ATTR_STRIDE, s, 2);
    qcnnOpGetI64Array(op, QCNN_ATTR_IFM_DIM, in, 2);
    if (k[0] < 1 || k[1] < 1 || s[0] < 1 || s[1] < 1) {
      fail(c, "window", "kernel and stride must be >= 1");
      return;
    }
    expectCount(c, "input", streamCount(x), ifm * ch);
    expectCount(c, "output", streamCount(y), windowOut(in[0], k[0], s[0], 1) * windowOut(in[1], k[1], s[1], 1) * ch);
    return;
  case QCNN_OP_QDF_ACCPOOL:
    checkFold(c, QCNN_ATTR_PE, QCNN_ATTR_CHANNELS);
    expectCount(c, "input", streamCount(x), ifm * ch);
    expectCount(c, "output", streamCount(y), ch);
    return;
  case QCNN_OP_QDF_ADD_STREAMS:
    checkFold(c, QCNN_ATTR_PE, QCNN_ATTR_CHANNELS);
    expectCount(c, "second input", streamCount(mlirOperationGetOperand(op, 1)), streamCount(x));
    expectCount(c, "output", streamCount(y), streamCount(x));
    return;
  case QCNN_OP_QDF_LABELSELECT:
    checkFold(c, QCNN_ATTR_PE, QCNN_ATTR_LABELS);
    if (attr(op, QCNN_ATTR_K) < 1 || attr(op, QCNN_ATTR_K) > attr(op, QCNN_ATTR_LABELS))
      fail(c, "window", "k must be in [1, labels]");
    expectCount(c, "input", streamCount(x), attr(op, QCNN_ATTR_LABELS));
    expectCount(c, "output", streamCount(y), attr(op, QCNN_ATTR_K));
    return;
  case QCNN_OP_QDF_DWC: {
    int64_t bits = qcnnElementBits(mlirShapedTypeGetElementType(qcnnStreamTensor(mlirValueGetType(x))));
    int64_t iw = attr(op, QCNN_ATTR_IN_WIDTH), ow = attr(op, QCNN_ATTR_OUT_WIDTH);
    if (bits > 0 && (iw < bits || ow < bits || iw % bits || ow % bits))
      fail(c, "folding", "in_width = %lld and out_width = %lld must be multiples of the %lld-bit elements",
           (long long)iw, (long long)ow, (long long)bits);
    expectCount(c, "output", streamCount(y), streamCount(x));
    return;
  }
  case QCNN_OP_QDF_DUPLICATE:
    if (attr(op, QCNN_ATTR_NUM_OUTPUTS) != mlirOperationGetNumResults(op))
      fail(c, "fan-out", "num_outputs = %lld but the op has %ld results", (long long)attr(op, QCNN_ATTR_NUM_OUTPUTS),
           (long)mlirOperationGetNumResults(op));
    return;
  default: return;
  }
}

static bool run(MlirOperation func, void *state) {
  (void)state;
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(func, qcnnOpIsQdf, &n);
  int failures = 0;
  for (intptr_t i = 0; i < n; i++) {
    Check c = {ops[i], 0};
    checkOp(&c);
    if (!c.failures) checkPorts(&c);
    failures += c.failures;
  }
  free(ops);
  return failures == 0;
}

MlirPass qcnnCreateQdfVerifyPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
