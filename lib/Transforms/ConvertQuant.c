/* qcnn-convert-quant: makes quantization explicit.
 *  - A Quant of a constant (a weight) becomes the integer constant q (siN/uiN) times its scale; a
 *    bipolar one (BipolarQuant, or 1-bit signed Quant) an si2 constant of +-1 times its scale.
 *  - A Quant of a computed value (an activation) becomes qcnn.multithreshold (integer or !qcnn.bipolar
 *    result), minus its zero point if any, times its scale. A Relu feeding an unsigned, positive-scale,
 *    zero-point-0 Quant is absorbed: the threshold form already maps every negative input to level 0.
 * Both use the same exact level boundaries: q >= m holds iff x/s + z compares with an integer or
 * half-integer c (>= or >, by the rounding mode), i.e. x against s·(c - z), computed exactly as a
 * dyadic number (qcnn/Rational.h). Thresholds are stored as f64, the smallest double admitting exactly
 * the inputs that reach the level, so they are exact for every value the interpreter holds
 * (docs/streamlining.md). A Quant that cannot be converted gets a remark saying why and is left. */
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Rational.h"
#include "qcnn/Shape.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Weights (and int32 biases) up to 32 bits; activations need 2^N - 1 thresholds per channel. */
enum { kMaxBits = 32, kMaxActivationBits = 16 };

typedef enum { R_ROUND, R_CEIL, R_FLOOR, R_UP, R_DOWN, R_HALF_UP, R_HALF_DOWN, R_COUNT } Rounding;

/* What one Quant means, once its operands are known constants. */
typedef struct {
  MlirOperation op;
  Rounding rounding;
  bool isSigned, bipolar;
  bool signOfX; /* BipolarQuant: +1 iff x >= 0, whatever the scale's sign (docs/semantics.md) */
  int bits;
  double zero;        /* zero point z: v = x/s + z, y = (q - z)·s */
  int64_t lo, hi;     /* integer levels */
  int64_t steps, stepSize; /* lo + stepSize * (number of boundaries reached): bipolar is -1 + 2 * [x/s >= 0] */
  double *scale;      /* scale values */
  int64_t numScale;
  int64_t xShape[QCNN_MAX_RANK], sShape[QCNN_MAX_RANK]; /* scale right-aligned to x's rank */
  intptr_t rank;
} Quant;

static void quantFree(Quant *q) { free(q->scale); }

/* Remarks name the ONNX node too: the sink prints the file location, not the name. */
static bool reject(MlirOperation op, const char *why) {
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirStringRef name = qcnnLocationName(loc);
  qcnnEmitRemark(loc, "%s%s%.*s%s not converted: %s", qcnnOpIs(op, QCNN_OP_BIPOLAR_QUANT) ? "BipolarQuant" : "Quant",
                 name.data ? " '" : "", name.data ? (int)name.length : 0, name.data ? name.data : "",
                 name.data ? "'" : "", why);
  return false;
}

/* Reads a whole constant operand; NULL (no remark) if it is not one. */
static double *readConstant(MlirValue v, int64_t *n) {
  *n = qcnnTypeNumElements(mlirValueGetType(v));
  if (*n < 0 || !qcnnValueIsConstant(v)) return NULL;
  double *out = malloc((size_t)(*n ? *n : 1) * sizeof *out);
  if (out && qcnnConstantRead(v, out, (intptr_t)*n) == (intptr_t)*n) return out;
  free(out);
  return NULL;
}

static bool readScalar(MlirValue v, double *out) {
  int64_t n;
  double *vals = readConstant(v, &n);
  bool ok = vals && n == 1;
  if (ok) *out = vals[0];
  free(vals);
  return ok;
}

static bool parseRounding(MlirOperation op, Rounding *out) {
  static const char *const names[R_COUNT] = {"ROUND", "CEIL", "FLOOR", "UP", "DOWN", "HALF_UP", "HALF_DOWN"};
  MlirStringRef s = qcnnOpGetString(op, QCNN_ATTR_ROUNDING_MODE);
  for (int r = 0; s.data && r < R_COUNT; r++)
    if (mlirStringRefEqual(s, mlirStringRefCreateFromCString(names[r]))) {
      *out = (Rounding)r;
      return true;
    }
  return false;
}

/* Bit width, signedness, range and rounding of a Quant (BipolarQuant has none: +-1 by sign). */
static bool analyzeLevels(MlirOperation op, Quant *q) {
  q->bipolar = q->signOfX = qcnnOpIs(op, QCNN_OP_BIPOLAR_QUANT);
  q->isSigned = true;
  q->bits = 1;
  if (!q->bipolar) {
    double bits;
    if (!readScalar(mlirOperationGetOperand(op, 2), &q->zero) || q->zero - q->zero != 0)
      return reject(op, "the zero point is not a finite scalar constant");
    if (!readScalar(mlirOperationGetOperand(op, 3), &bits)) return reject(op, "the bit width is not a scalar constant");
    if (bits != (double)(int)bits || bits < 1 || bits > kMaxBits) {
      char why[96];
      snprintf(why, sizeof why, "bit width %g is not an integer in [1, %d]", bits, kMaxBits);
      return reject(op, why);
    }
    q->bits = (int)bits;
    q->isSigned = qcnnOpI64Or(op, QCNN_ATTR_SIGNED, 1) != 0;
    q->bipolar = q->isSigned && q->bits == 1; /* QONNX executes a 1-bit signed Quant as bipolar */
    if (!parseRounding(op, &q->rounding)) return reject(op, "unknown rounding mode");
  }
  if (q->bipolar) {
    q->lo = -1, q->hi = 1, q->steps = 1, q->stepSize = 2;
    return true;
  }
  bool narrow = qcnnOpI64Or(op, QCNN_ATTR_NARROW, 0) != 0;
  q->lo = q->isSigned ? -(INT64_C(1) << (q->bits - 1)) + narrow : 0;
  q->hi = q->isSigned ? (INT64_C(1) << (q->bits - 1)) - 1 : (INT64_C(1) << q->bits) - 1 - narrow;
  q->steps = q->hi - q->lo, q->stepSize = 1;
  return q->hi > q->lo || reject(op, "the quantizer has a single level");
}

/* Checks everything both rewrites need; on failure remarks why and returns false. */
static bool analyze(MlirOperation op, Quant *q) {
  memset(q, 0, sizeof *q);
  q->op = op;
  MlirValue x = mlirOperationGetOperand(op, 0), s = mlirOperationGetOperand(op, 1);
  if (!(q->scale = readConstant(s, &q->numScale))) return reject(op, "the scale is not a constant");
  if (!analyzeLevels(op, q)) return false;
  for (int64_t i = 0; i < q->numScale; i++)
    if (!(q->scale[i] != 0 && q->scale[i] - q->scale[i] == 0)) return reject(op, "a scale is zero or not finite");
  int64_t sShape[QCNN_MAX_RANK];
  q->rank = qcnnValueShape(x, q->xShape, QCNN_MAX_RANK);
  intptr_t sRank = qcnnValueShape(s, sShape, QCNN_MAX_RANK);
  if (q->rank < 0 || q->rank > QCNN_MAX_RANK || qcnnTypeNumElements(mlirValueGetType(x)) < 0 || sRank > q->rank)
    return reject(op, "the input shape is not static or the scale has a higher rank");
  for (intptr_t d = 0; d < q->rank; d++) {
    intptr_t sd = d - (q->rank - sRank);
    q->sShape[d] = sd < 0 ? 1 : sShape[sd];
    if (q->sShape[d] != 1 && q->sShape[d] != q->xShape[d])
      return reject(op, "the scale does not broadcast to the input without growing it");
  }
  return true;
}

/* Index into the scale of element k of x (numpy broadcasting). */
static int64_t scaleIndex(const Quant *q, int64_t k) {
  int64_t idx = 0, stride = 1;
  for (intptr_t d = q->rank - 1; d >= 0; d--) {
    int64_t coord = k % q->xShape[d];
    k /= q->xShape[d];
    if (q->sShape[d] != 1) idx += coord * stride;
    stride *= q->sShape[d];
  }
  return idx;
}

/* round(x/s) >= m iff x/s >= c (strict: x/s > c), c = half2/2: the rounding table, level by level. */
static void levelBoundary(Rounding r, int64_t m, int64_t *half2, bool *strict) {
  switch (r) {
  case R_FLOOR: *half2 = 2 * m, *strict = false; return;
  case R_CEIL: *half2 = 2 * m - 2, *strict = true; return;
  case R_ROUND: *half2 = 2 * m - 1, *strict = m % 2 != 0; return; /* a tie goes to the even one of m-1, m */
  case R_HALF_UP: *half2 = 2 * m - 1, *strict = m <= 0; return;   /* ties away from zero */
  case R_HALF_DOWN: *half2 = 2 * m - 1, *strict = m >= 1; return; /* ties toward zero */
  case R_UP: *half2 = m >= 1 ? 2 * m - 2 : 2 * m, *strict = m >= 1; return;
  case R_DOWN: *half2 = m >= 1 ? 2 * m : 2 * m - 2, *strict = m <= 0; return;
  case R_COUNT: break;
  }
  *half2 = 0, *strict = false; /* unreachable: parseRounding admits only the modes above */
}

/* With s < 0 a Quant's level falls as x rises. */
static bool flips(const Quant *q, double s) { return s < 0 && !q->signOfX; }

/* The boundary of step j (reaching level lo + stepSize·(j+1)) in input units, b = s·(c − z), exactly;
 * when the scale flips the comparison, x <= b. Bipolar: +1 iff x/s + z >= 0 (BipolarQuant: iff x >= 0). */
static bool boundaryInX(const Quant *q, double s, int64_t j, QcnnDyadic *b, bool *strict) {
  int64_t half2 = 0;
  QcnnDyadic ds, dz, c;
  *strict = false;
  if (!q->bipolar) levelBoundary(q->rounding, q->lo + 1 + j, &half2, strict);
  return qcnnDyadicFromDouble(s, &ds) && qcnnDyadicFromDouble(-q->zero, &dz) &&
         qcnnDyadicAdd(qcnnDyadicGet(half2, -1), dz, &c) && qcnnDyadicMul(ds, c, b);
}

/*===-- Weights ------------------------------------------------------------------------------===*/

/* Does x pass boundary j? Exact comparison with the dyadic boundary. */
static bool reaches(const Quant *q, double s, QcnnDyadic dx, int64_t j, bool *ok) {
  QcnnDyadic b;
  bool strict;
  if (!boundaryInX(q, s, j, &b, &strict)) return *ok = false;
  int c = qcnnDyadicCompare(dx, b);
  if (flips(q, s)) c = -c;
  return strict ? c > 0 : c >= 0;
}

static MlirType withElement(MlirType shaped, MlirType elt) {
  int64_t dims[QCNN_MAX_RANK];
  return qcnnTensorType(qcnnTypeShape(shaped, dims, QCNN_MAX_RANK), dims, elt);
}

/* Weights hold +-1 of a bipolar quantizer in si2 (arith.constant cannot hold !qcnn.bipolar). */
static MlirType levelType(MlirContext ctx, const Quant *q, bool weight) {
  if (q->bipolar) return weight ? mlirIntegerTypeSignedGet(ctx, 2) : qcnnBipolarTypeGet(ctx);
  return q->isSigned ? mlirIntegerTypeSignedGet(ctx, (unsigned)q->bits) : mlirIntegerTypeUnsignedGet(ctx, (unsigned)q->bits);
}

/* Location of the scale mul that follows a converted Quant: "<node>.scale". */
static MlirLocation scaleLoc(MlirOperation op) {
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirStringRef name = qcnnLocationName(loc);
  if (!name.data) return loc;
  char buf[256];
  snprintf(buf, sizeof buf, "%.*s.scale", (int)name.length, name.data);
  return mlirLocationNameGet(mlirLocationGetContext(loc), mlirStringRefCreateFromCString(buf), loc);
}

/* Replaces the Quant by (`levels` − z)·s; `levels` (integer-typed) is inserted before it. */
static void replaceWithScaled(MlirOperation quant, MlirOperation levels, double zero) {
  MlirBlock block = mlirOperationGetBlock(quant);
  MlirValue y = mlirOperationGetResult(quant, 0);
  MlirType yType = mlirValueGetType(y);
  MlirLocation loc = scaleLoc(quant);
  mlirBlockInsertOwnedOperationBefore(block, quant, levels);
  MlirValue q = mlirOperationGetResult(levels, 0);
  if (zero != 0) {
    MlirType scalar = qcnnTensorType(0, NULL, mlirF32TypeGet(mlirOperationGetContext(quant)));
    double negZero = -zero;
    MlirOperation zc = qcnnConstantBuild(loc, scalar, &negZero, NULL);
    MlirValue addOperands[2] = {q, mlirOperationGetResult(zc, 0)};
    MlirOperation add = qcnnOpBuild(QCNN_OP_ADD, loc, 2, addOperands, 1, &yType, 0, NULL);
    mlirBlockInsertOwnedOperationBefore(block, quant, zc);
    mlirBlockInsertOwnedOperationBefore(block, quant, add);
    q = mlirOperationGetResult(add, 0);
  }
  MlirValue operands[2] = {q, mlirOperationGetOperand(quant, 1)};
  MlirOperation mul = qcnnOpBuild(QCNN_OP_MUL, loc, 2, operands, 1, &yType, 0, NULL);
  mlirBlockInsertOwnedOperationBefore(block, quant, mul);
  mlirValueReplaceAllUsesOfWith(y, mlirOperationGetResult(mul, 0));
  mlirOperationDestroy(quant);
}

static bool convertWeight(MlirOperation op) {
  Quant q;
  bool ok = analyze(op, &q) && (q.zero == 0 || reject(op, "the zero point of a weight is not 0"));
  /* MLIR stores 17- to 24-bit integers in 3 bytes, which qcnnConstantBuild does not write. */
  ok = ok && ((q.bits <= 16 || q.bits > 24) || reject(op, "17- to 24-bit integer constants are not supported"));
  int64_t n = 0;
  double *x = ok ? readConstant(mlirOperationGetOperand(op, 0), &n) : NULL, *levels = NULL;
  if (ok) levels = malloc((size_t)(n ? n : 1) * sizeof *levels);
  ok = ok && x && levels;
  for (int64_t k = 0; ok && k < n; k++) {
    double s = q.scale[scaleIndex(&q, k)];
    QcnnDyadic dx;
    ok = qcnnDyadicFromDouble(x[k], &dx);
    /* Passing a boundary is monotone in the step: binary search for the number of boundaries passed. */
    int64_t lo = 0, hi = q.steps;
    while (ok && lo < hi) {
      int64_t mid = lo + (hi - lo + 1) / 2;
      if (reaches(&q, s, dx, mid - 1, &ok)) lo = mid;
      else hi = mid - 1;
    }
    levels[k] = (double)(q.lo + q.stepSize * lo);
  }
  if (ok) {
    MlirValue xv = mlirOperationGetOperand(op, 0);
    MlirType t = withElement(mlirValueGetType(xv), levelType(mlirOperationGetContext(op), &q, true));
    replaceWithScaled(op, qcnnConstantBuild(mlirOperationGetLocation(op), t, levels, NULL), 0);
    if (mlirOpOperandIsNull(mlirValueGetFirstUse(xv))) mlirOperationDestroy(mlirOpResultGetOwner(xv));
  } else if (x && levels) {
    reject(op, "a weight or scale is not finite or the exact boundary overflows");
  }
  free(x);
  free(levels);
  quantFree(&q);
  return ok;
}

/*===-- Activations --------------------------------------------------------------------------===*/

/* Per-channel scales must vary along the channel axis (1) only. Returns the channel count (1 for a
 * per-tensor scale) or -1. */
static int64_t scaleChannels(const Quant *q) {
  for (intptr_t d = 0; d < q->rank; d++)
    if (q->sShape[d] != 1 && d != 1) return -1;
  return q->rank > 1 ? q->sShape[1] : 1;
}

static int cmpDouble(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

/* Fills rows x steps thresholds; false if a boundary is out of exact range. With a negative scale,
 * a boundary is passed iff x <= b (x < b when strict): count the complementary x > b (x >= b) instead. */
static bool buildThresholds(const Quant *q, int64_t rows, bool negative, double *t) {
  int64_t steps = q->steps;
  for (int64_t c = 0; c < rows; c++) {
    double s = q->scale[c];
    for (int64_t j = 0; j < steps; j++) {
      QcnnDyadic b;
      bool strict;
      if (!boundaryInX(q, s, j, &b, &strict) ||
          !qcnnDyadicCeilToDouble(b, negative ? !strict : strict, &t[c * steps + j]))
        return false;
    }
    qsort(t + c * steps, (size_t)steps, sizeof *t, cmpDouble);
  }
  return true;
}

/* x, or the input of a Relu that the threshold form makes redundant. */
static MlirValue thresholdInput(MlirOperation op, const Quant *q, bool negative) {
  MlirValue x = mlirOperationGetOperand(op, 0);
  if (q->isSigned || negative || q->zero != 0 || !mlirValueIsAOpResult(x)) return x;
  MlirOperation def = mlirOpResultGetOwner(x);
  return qcnnOpIs(def, QCNN_OP_RELU) ? mlirOperationGetOperand(def, 0) : x;
}

static bool convertActivation(MlirOperation op) {
  Quant q;
  if (!analyze(op, &q)) {
    quantFree(&q);
    return false;
  }
  if (q.bits > kMaxActivationBits || q.rank < 2) {
    reject(op, q.rank < 2 ? "the input has no channel axis (rank < 2) for a multithreshold"
                          : "an activation of more than 16 bits would need over 65535 thresholds per channel");
    quantFree(&q);
    return false;
  }
  int64_t rows = scaleChannels(&q);
  bool negative = flips(&q, q.scale[0]);
  for (int64_t i = 0; i < q.numScale; i++)
    if (flips(&q, q.scale[i]) != negative) rows = -2;
  if (rows < 0) {
    reject(op, rows == -1 ? "the scale varies along an axis other than the channel axis 1"
                          : "the per-channel scales have mixed signs");
    quantFree(&q);
    return false;
  }
  int64_t steps = q.steps;
  double *t = malloc((size_t)(rows * steps) * sizeof *t);
  bool ok = t && buildThresholds(&q, rows, negative, t);
  if (!ok) {
    reject(op, "an exact threshold is out of range");
  } else {
    MlirContext ctx = mlirOperationGetContext(op);
    int64_t tShape[2] = {rows, steps};
    MlirType tType = qcnnTensorType(2, tShape, mlirF64TypeGet(ctx));
    MlirLocation loc = mlirOperationGetLocation(op);
    MlirOperation tc = qcnnConstantBuild(loc, tType, t, NULL);
    mlirBlockInsertOwnedOperationBefore(mlirOperationGetBlock(op), op, tc);
    MlirValue x = mlirOperationGetOperand(op, 0);
    MlirValue in = thresholdInput(op, &q, negative);
    MlirValue operands[2] = {in, mlirOperationGetResult(tc, 0)};
    MlirType yType = withElement(mlirValueGetType(x), levelType(ctx, &q, false));
    char dtype[16];
    if (q.bipolar) snprintf(dtype, sizeof dtype, "BIPOLAR");
    else snprintf(dtype, sizeof dtype, "%s%d", q.isSigned ? "INT" : "UINT", q.bits);
    MlirNamedAttribute attrs[4] = {
        qcnnNamedString(ctx, QCNN_ATTR_DATA_LAYOUT, "NCHW"),
        qcnnNamedF32(ctx, QCNN_ATTR_OUT_BIAS, (float)(negative ? q.hi : q.lo)),
        qcnnNamedString(ctx, QCNN_ATTR_OUT_DTYPE, dtype),
        qcnnNamedF32(ctx, QCNN_ATTR_OUT_SCALE, (float)(negative ? -q.stepSize : q.stepSize)),
    };
    MlirOperation mt = qcnnOpBuild(QCNN_OP_MULTITHRESHOLD, loc, 2, operands, 1, &yType, 4, attrs);
    replaceWithScaled(op, mt, q.zero);
    if (!mlirValueEqual(in, x) && mlirOpOperandIsNull(mlirValueGetFirstUse(x)))
      mlirOperationDestroy(mlirOpResultGetOwner(x)); /* the absorbed Relu, now dead */
  }
  free(t);
  quantFree(&q);
  return ok;
}

/*===-- Pass ---------------------------------------------------------------------------------===*/

static bool isQuantizer(MlirOperation op) { return qcnnOpIs(op, QCNN_OP_QUANT) || qcnnOpIs(op, QCNN_OP_BIPOLAR_QUANT); }

static bool run(MlirOperation root, void *state) {
  (void)state;
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(root, isQuantizer, &n);
  for (intptr_t i = 0; i < n; i++) {
    if (qcnnValueIsConstant(mlirOperationGetOperand(ops[i], 0))) convertWeight(ops[i]);
    else convertActivation(ops[i]);
  }
  free(ops);
  return true;
}

MlirPass qcnnCreateConvertQuantPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
