/* --equiv: run two versions of a graph on the same random inputs and compare every output, then
 * name the first op (by ONNX node name, in the first graph's order) whose value differs. */
#include "Run.h"
#include "qcnn/IR.h"

#include <math.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* splitmix64: small, deterministic across platforms. */
static uint64_t nextRandom(uint64_t *s) {
  uint64_t z = (*s += UINT64_C(0x9E3779B97F4A7C15));
  z = (z ^ (z >> 30)) * UINT64_C(0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * UINT64_C(0x94D049BB133111EB);
  return z ^ (z >> 31);
}

/* Uniform over the element type: the whole integer range, {-1,+1} for bipolar, [lo, hi] for floats
 * (rounded to float32 for f32 so the value is one an f32 tensor can hold). */
static bool randomTensor(MlirType type, uint64_t *state, const QcnnEquivOptions *o, MlirLocation loc, QcnnTensor *t) {
  MlirType elt = mlirShapedTypeGetElementType(type);
  int64_t shape[QCNN_MAX_RANK];
  intptr_t rank = mlirShapedTypeGetRank(type);
  if (!mlirShapedTypeHasStaticShape(type) || rank > QCNN_MAX_RANK) {
    qcnnEmitError(loc, "argument type is not a static tensor of rank <= %d", QCNN_MAX_RANK);
    return false;
  }
  for (intptr_t d = 0; d < rank; d++) shape[d] = mlirShapedTypeGetDimSize(type, d);
  bool isInt = qcnnElementIsInt(elt);
  if (!qcnnTensorAlloc(t, isInt, (int)rank, shape)) return false;
  int64_t lo = 0, hi = 0;
  if (isInt) qcnnElementRange(elt, &lo, &hi);
  uint64_t span = (uint64_t)hi - (uint64_t)lo + 1; /* 0 means the full 64-bit range */
  for (int64_t k = 0; k < t->count; k++) {
    uint64_t r = nextRandom(state);
    if (qcnnTypeIsBipolar(elt)) t->i[k] = (r & 1) ? 1 : -1;
    else if (isInt) t->i[k] = (int64_t)((uint64_t)lo + (span ? r % span : r));
    else {
      double u = o->floatLo + (o->floatHi - o->floatLo) * ((double)(r >> 11) * 0x1.0p-53);
      t->f[k] = mlirTypeIsAF32(elt) ? (double)(float)u : u;
    }
  }
  return qcnnTensorConform(t, type, loc, "random input");
}

/* Named op results of one run, in program order. */
typedef struct {
  char *name;
  QcnnTensor value;
} Recorded;
typedef struct {
  Recorded *items;
  size_t len;
} Recording;

static bool record(void *user, MlirOperation op, intptr_t r, const QcnnTensor *v) {
  Recording *rec = user;
  if (!qcnnLocationName(mlirOperationGetLocation(op)).data) return true; /* unnamed ops cannot be matched */
  QcnnBuf name = {0};
  qcnnResultName(op, r, &name);
  rec->items = realloc(rec->items, (rec->len + 1) * sizeof *rec->items);
  rec->items[rec->len].name = name.data;
  if (!qcnnTensorClone(v, &rec->items[rec->len].value)) return false;
  rec->len++;
  return true;
}

static void recordingFree(Recording *rec) {
  for (size_t j = 0; j < rec->len; j++) {
    free(rec->items[j].name);
    qcnnTensorFree(&rec->items[j].value);
  }
  free(rec->items);
  rec->items = NULL;
  rec->len = 0;
}

static void printDifference(const char *what, const QcnnTensor *a, const QcnnTensor *b, int64_t k, int64_t n) {
  QcnnBuf m = {0};
  qcnnBufPrintf(&m, "%s differs at ", what);
  qcnnFormatIndex(a, k, &m);
  qcnnBufPrintf(&m, ": before ");
  qcnnFormatValue(a, k, &m);
  qcnnBufPrintf(&m, ", after ");
  qcnnFormatValue(b, k, &m);
  qcnnBufPrintf(&m, " (%lld of %lld elements differ)", (long long)n, (long long)a->count);
  qcnnErrorNoLoc("%s", m.data);
  qcnnBufFree(&m);
}

/* The first op of `before` whose same-named, same-shaped value in `after` differs. */
static void reportFirstOp(const Recording *before, const Recording *after, QcnnTolerance tol) {
  for (size_t j = 0; j < before->len; j++)
    for (size_t l = 0; l < after->len; l++) {
      const Recorded *x = &before->items[j], *y = &after->items[l];
      if (strcmp(x->name, y->name) != 0 || !qcnnSameShape(&x->value, &y->value)) continue;
      int64_t first, n = qcnnCompareValues(&y->value, &x->value, tol, &first);
      if (!n) break;
      QcnnBuf what = {0};
      qcnnBufPrintf(&what, "first differing op: '%s'", x->name);
      printDifference(what.data, &x->value, &y->value, first, n);
      qcnnBufFree(&what);
      return;
    }
}

static MlirBlock body(MlirOperation func) { return mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0)); }

static void freeAll(QcnnTensor *ts, intptr_t n) {
  for (intptr_t j = 0; j < n; j++) qcnnTensorFree(&ts[j]);
  free(ts);
}

/* One trial: 0 equal, 1 different, -1 error. */
static int trial(MlirOperation before, MlirOperation after, uint64_t *state, int64_t t, const QcnnEquivOptions *o) {
  MlirBlock bb = body(before), ab = body(after);
  intptr_t nArgs = mlirBlockGetNumArguments(bb);
  intptr_t nRes = mlirOperationGetNumOperands(mlirBlockGetTerminator(bb));
  QcnnTensor *inB = calloc((size_t)nArgs + 1, sizeof *inB), *inA = calloc((size_t)nArgs + 1, sizeof *inA);
  QcnnTensor *outB = calloc((size_t)nRes + 1, sizeof *outB), *outA = calloc((size_t)nRes + 1, sizeof *outA);
  Recording recB = {0}, recA = {0};
  QcnnInterpretOptions optB = {.onResult = record, .userData = &recB}, optA = {.onResult = record, .userData = &recA};
  int status = -1;
  intptr_t j = 0;
  for (; j < nArgs; j++) {
    MlirLocation loc = mlirOperationGetLocation(before);
    if (!randomTensor(mlirValueGetType(mlirBlockGetArgument(bb, j)), state, o, loc, &inB[j])) goto done;
    /* the second graph may type an input differently: it must hold the same values */
    if (!qcnnTensorClone(&inB[j], &inA[j]) ||
        !qcnnTensorConform(&inA[j], mlirValueGetType(mlirBlockGetArgument(ab, j)), mlirOperationGetLocation(after),
                           "random input of the second graph"))
      goto done;
  }
  if (!qcnnInterpret(before, inB, outB, &optB)) goto done;
  if (!qcnnInterpret(after, inA, outA, &optA)) {
    freeAll(outB, nRes);
    outB = NULL;
    goto done;
  }
  status = 0;
  for (intptr_t r = 0; r < nRes && status == 0; r++) {
    MlirStringRef name = qcnnFuncResultName(before, r);
    QcnnBuf what = {0};
    if (name.data) qcnnBufPrintf(&what, "trial %lld: output '%.*s'", (long long)t, (int)name.length, name.data);
    else qcnnBufPrintf(&what, "trial %lld: output %ld", (long long)t, (long)r);
    if (!qcnnSameShape(&outB[r], &outA[r])) {
      QcnnBuf sb = {0}, sa = {0};
      qcnnFormatShape(&outB[r], &sb);
      qcnnFormatShape(&outA[r], &sa);
      qcnnErrorNoLoc("%s: shape %s before, %s after", what.data, sb.data, sa.data);
      qcnnBufFree(&sb);
      qcnnBufFree(&sa);
      status = 1;
    } else {
      int64_t first, n = qcnnCompareValues(&outA[r], &outB[r], o->tol, &first);
      if (n) {
        printDifference(what.data, &outB[r], &outA[r], first, n);
        reportFirstOp(&recB, &recA, o->tol);
        status = 1;
      }
    }
    qcnnBufFree(&what);
  }
  freeAll(outB, nRes);
  freeAll(outA, nRes);
  outB = outA = NULL;
done:
  if (outB) free(outB);
  if (outA) free(outA);
  freeAll(inB, nArgs);
  freeAll(inA, nArgs);
  recordingFree(&recB);
  recordingFree(&recA);
  return status;
}

int qcnnRunEquiv(MlirOperation before, MlirOperation after, const QcnnEquivOptions *o) {
  MlirBlock bb = body(before), ab = body(after);
  intptr_t nArgs = mlirBlockGetNumArguments(bb);
  if (nArgs != mlirBlockGetNumArguments(ab) ||
      mlirOperationGetNumOperands(mlirBlockGetTerminator(bb)) != mlirOperationGetNumOperands(mlirBlockGetTerminator(ab))) {
    qcnnErrorNoLoc("the two graphs differ in their number of inputs or outputs");
    return 1;
  }
  uint64_t state = o->seed;
  for (int64_t t = 0; t < o->trials; t++) {
    int s = trial(before, after, &state, t, o);
    if (s) return 1;
  }
  printf("equivalent: %lld random input sets (seed %llu), every output identical on integers and within the "
         "float tolerance\n", (long long)o->trials, (unsigned long long)o->seed);
  return 0;
}
