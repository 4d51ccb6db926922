/* The interpreter driver: walks the entry function in order, evaluates constants, qcnn and qdf ops, and
 * conforms every result to its declared type (so a pass that mistypes a value is caught where it
 * happens, not at the output). */
#include "Eval.h"
#include "qcnn/Dataflow.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MlirStringRef S(const char *s) { return mlirStringRefCreateFromCString(s); }
static bool isOp(MlirOperation op, const char *name) {
  return mlirStringRefEqual(mlirIdentifierStr(mlirOperationGetName(op)), S(name));
}

static const QcnnEvalFn kEval[QCNN_OP_COUNT] = {
    [QCNN_OP_QUANT] = qcnnEvalQuant,
    [QCNN_OP_BIPOLAR_QUANT] = qcnnEvalBipolarQuant,
    [QCNN_OP_TRUNC] = qcnnEvalTrunc,
    [QCNN_OP_MULTITHRESHOLD] = qcnnEvalMultiThreshold,
    [QCNN_OP_QUANT_AVG_POOL] = qcnnEvalQuantAvgPool,
    [QCNN_OP_CONV] = qcnnEvalConv,
    [QCNN_OP_MATMUL] = qcnnEvalMatMul,
    [QCNN_OP_GEMM] = qcnnEvalGemm,
    [QCNN_OP_BATCHNORM] = qcnnEvalBatchNorm,
    [QCNN_OP_RELU] = qcnnEvalUnary,
    [QCNN_OP_CLIP] = qcnnEvalClip,
    [QCNN_OP_SIGMOID] = qcnnEvalUnary,
    [QCNN_OP_SIGN] = qcnnEvalUnary,
    [QCNN_OP_ADD] = qcnnEvalBinary,
    [QCNN_OP_SUB] = qcnnEvalBinary,
    [QCNN_OP_MUL] = qcnnEvalBinary,
    [QCNN_OP_DIV] = qcnnEvalBinary,
    [QCNN_OP_MAXPOOL] = qcnnEvalMaxPool,
    [QCNN_OP_AVERAGEPOOL] = qcnnEvalAveragePool,
    [QCNN_OP_GLOBAL_AVG_POOL] = qcnnEvalGlobalPool,
    [QCNN_OP_GLOBAL_ACC_POOL] = qcnnEvalGlobalPool,
    [QCNN_OP_PAD] = qcnnEvalPad,
    [QCNN_OP_IM2COL] = qcnnEvalIm2Col,
    [QCNN_OP_CONCAT] = qcnnEvalConcat,
    [QCNN_OP_SLICE] = qcnnEvalSlice,
    [QCNN_OP_TRANSPOSE] = qcnnEvalTranspose,
    [QCNN_OP_RESHAPE] = qcnnEvalReshapeLike,
    [QCNN_OP_FLATTEN] = qcnnEvalReshapeLike,
    [QCNN_OP_SQUEEZE] = qcnnEvalReshapeLike,
    [QCNN_OP_UNSQUEEZE] = qcnnEvalReshapeLike,
    [QCNN_OP_IDENTITY] = qcnnEvalUnary,
    [QCNN_OP_SOFTMAX] = qcnnEvalSoftmax,
    [QCNN_OP_TOPK] = qcnnEvalTopK,
    [QCNN_OP_ARGMAX] = qcnnEvalArgMax,
    [QCNN_OP_QDF_INPUT] = qcnnEvalQdf,
    [QCNN_OP_QDF_OUTPUT] = qcnnEvalQdf,
    [QCNN_OP_QDF_MVAU] = qcnnEvalQdf,
    [QCNN_OP_QDF_SWG] = qcnnEvalQdf,
    [QCNN_OP_QDF_PAD] = qcnnEvalQdf,
    [QCNN_OP_QDF_MAXPOOL] = qcnnEvalQdf,
    [QCNN_OP_QDF_THRESHOLD] = qcnnEvalQdf,
    [QCNN_OP_QDF_ACCPOOL] = qcnnEvalQdf,
    [QCNN_OP_QDF_LABELSELECT] = qcnnEvalQdf,
    [QCNN_OP_QDF_DWC] = qcnnEvalQdf,
    [QCNN_OP_QDF_DUPLICATE] = qcnnEvalQdf,
    [QCNN_OP_QDF_ADD_STREAMS] = qcnnEvalQdf,
    [QCNN_OP_QDF_FIFO] = qcnnEvalQdf,
};

/*===-- Value map: open addressing on the value pointer ---------------------------------------===*/

typedef struct {
  const void *key;
  QcnnTensor value;
  bool borrowed; /* owned by the cache, not by this map */
  bool konst;    /* depends only on constants */
} Slot;
typedef struct {
  Slot *slots;
  size_t cap, len;
} ValueMap;

static size_t hashPtr(const void *p, size_t cap) { return (size_t)(((uintptr_t)p >> 3) * 0x9E3779B97F4A7C15u) & (cap - 1); }

static Slot *mapSlot(ValueMap *m, const void *key) {
  for (size_t h = hashPtr(key, m->cap);; h = (h + 1) & (m->cap - 1))
    if (m->slots[h].key == key || !m->slots[h].key) return &m->slots[h];
}

/* Takes ownership of *t; the caller sets the flags of the returned slot. */
static Slot *mapPut(ValueMap *m, MlirValue v, QcnnTensor *t) {
  if (2 * (m->len + 1) > m->cap) {
    ValueMap grown = {calloc(m->cap ? 2 * m->cap : 64, sizeof(Slot)), m->cap ? 2 * m->cap : 64, 0};
    for (size_t i = 0; i < m->cap; i++)
      if (m->slots[i].key) *mapSlot(&grown, m->slots[i].key) = m->slots[i], grown.len++;
    free(m->slots);
    *m = grown;
  }
  Slot *s = mapSlot(m, v.ptr);
  if (s->key && !s->borrowed) qcnnTensorFree(&s->value);
  else if (!s->key) m->len++;
  *s = (Slot){.key = v.ptr, .value = *t};
  return s;
}

static Slot *mapGetSlot(ValueMap *m, MlirValue v) {
  if (!m->cap) return NULL;
  Slot *s = mapSlot(m, v.ptr);
  return s->key ? s : NULL;
}

static const QcnnTensor *mapGet(ValueMap *m, MlirValue v) {
  Slot *s = mapGetSlot(m, v);
  return s ? &s->value : NULL;
}

static void mapFree(ValueMap *m) {
  for (size_t i = 0; i < m->cap; i++)
    if (m->slots[i].key && !m->slots[i].borrowed) qcnnTensorFree(&m->slots[i].value);
  free(m->slots);
}

/*===-- Cache of constant-only values --------------------------------------------------------===*/

struct QcnnInterpretCache {
  ValueMap values;
};

QcnnInterpretCache *qcnnInterpretCacheCreate(void) { return calloc(1, sizeof(QcnnInterpretCache)); }

void qcnnInterpretCacheDestroy(QcnnInterpretCache *cache) {
  if (!cache) return;
  mapFree(&cache->values);
  free(cache);
}

/* Binds a computed value; one that depends only on constants moves into the cache (if any) and the
 * run's map borrows it. */
static void bindValue(ValueMap *m, QcnnInterpretCache *cache, MlirValue v, QcnnTensor *t, bool konst) {
  bool toCache = konst && cache;
  if (toCache) mapPut(&cache->values, v, t);
  Slot *s = mapPut(m, v, t);
  s->borrowed = toCache;
  s->konst = konst;
}

/* Borrows every result of `op` from the cache; false (binding nothing) unless all are there. */
static bool bindFromCache(ValueMap *m, QcnnInterpretCache *cache, MlirOperation op) {
  intptr_t n = mlirOperationGetNumResults(op);
  for (intptr_t r = 0; r < n; r++)
    if (!cache || !mapGet(&cache->values, mlirOperationGetResult(op, r))) return false;
  for (intptr_t r = 0; r < n; r++) {
    QcnnTensor t = *mapGet(&cache->values, mlirOperationGetResult(op, r));
    Slot *s = mapPut(m, mlirOperationGetResult(op, r), &t);
    s->borrowed = s->konst = true;
  }
  return true;
}

/*===-- Functions ----------------------------------------------------------------------------===*/

MlirOperation qcnnInterpretFindEntry(MlirModule module) {
  MlirOperation only = {NULL}, found = {NULL};
  int numFuncs = 0;
  for (MlirOperation op = mlirBlockGetFirstOperation(mlirModuleGetBody(module)); !mlirOperationIsNull(op);
       op = mlirOperationGetNextInBlock(op)) {
    if (!isOp(op, "func.func")) continue;
    numFuncs++;
    only = op;
    MlirAttribute name = mlirOperationGetAttributeByName(op, S("sym_name"));
    if (!mlirAttributeIsNull(name) && mlirStringRefEqual(mlirStringAttrGetValue(name), S("main"))) found = op;
  }
  if (mlirOperationIsNull(found) && numFuncs == 1) found = only;
  if (mlirOperationIsNull(found))
    qcnnEmitError(mlirOperationGetLocation(mlirModuleGetOperation(module)),
                  "no entry function: need a func.func @main or exactly one func.func");
  return found;
}

static MlirStringRef nameAttr(MlirOperation func, const char *list, intptr_t i) {
  MlirAttribute attrs = mlirOperationGetAttributeByName(func, S(list));
  if (mlirAttributeIsNull(attrs) || !mlirAttributeIsAArray(attrs) || i >= mlirArrayAttrGetNumElements(attrs))
    return (MlirStringRef){NULL, 0};
  MlirAttribute dict = mlirArrayAttrGetElement(attrs, i);
  MlirAttribute name = mlirAttributeIsADictionary(dict) ? mlirDictionaryAttrGetElementByName(dict, S("qcnn.name"))
                                                        : mlirAttributeGetNull();
  if (mlirAttributeIsNull(name) || !mlirAttributeIsAString(name)) return (MlirStringRef){NULL, 0};
  return mlirStringAttrGetValue(name);
}

MlirStringRef qcnnFuncArgName(MlirOperation func, intptr_t i) { return nameAttr(func, "arg_attrs", i); }
MlirStringRef qcnnFuncResultName(MlirOperation func, intptr_t i) { return nameAttr(func, "res_attrs", i); }

/*===-- Execution ----------------------------------------------------------------------------===*/

static bool evalConstant(ValueMap *m, QcnnInterpretCache *cache, MlirOperation op) {
  if (bindFromCache(m, cache, op)) return true;
  MlirValue r = mlirOperationGetResult(op, 0);
  MlirType type = mlirValueGetType(r);
  MlirLocation loc = mlirOperationGetLocation(op);
  int64_t n = qcnnTypeNumElements(type);
  QcnnTensor t;
  if (n < 0) {
    qcnnEmitError(loc, "constant of unsupported type");
    return false;
  }
  int64_t shape[QCNN_MAX_RANK];
  intptr_t rank = mlirShapedTypeGetRank(type);
  if (rank > QCNN_MAX_RANK) {
    qcnnEmitError(loc, "constant rank %ld exceeds %d", (long)rank, QCNN_MAX_RANK);
    return false;
  }
  for (intptr_t d = 0; d < rank; d++) shape[d] = mlirShapedTypeGetDimSize(type, d);
  if (!qcnnTensorAlloc(&t, false, (int)rank, shape)) return false;
  if (qcnnConstantRead(r, t.f, (intptr_t)t.count) != (intptr_t)t.count) {
    qcnnEmitError(loc, "cannot read this constant (needs dense elements of an integer or float type)");
    qcnnTensorFree(&t);
    return false;
  }
  if (!qcnnTensorConform(&t, type, loc, "constant")) {
    qcnnTensorFree(&t);
    return false;
  }
  bindValue(m, cache, r, &t, true);
  return true;
}

static bool evalOp(ValueMap *m, MlirOperation op, QcnnOpKind kind, const QcnnInterpretOptions *opts) {
  QcnnEval e = {.op = op, .loc = mlirOperationGetLocation(op)};
  e.numIn = mlirOperationGetNumOperands(op);
  e.numOut = mlirOperationGetNumResults(op);
  if (!kEval[kind]) {
    qcnnEmitError(e.loc, "qcnn-run cannot execute '%s' yet", qcnnOpKindName(kind));
    return false;
  }
  if (e.numIn > QCNN_EVAL_MAX_IN || e.numOut > QCNN_EVAL_MAX_OUT) {
    qcnnEmitError(e.loc, "qcnn-run executes '%s' with at most %d operands and %d results", qcnnOpKindName(kind),
                  QCNN_EVAL_MAX_IN, QCNN_EVAL_MAX_OUT);
    return false;
  }
  bool konst = true;
  for (intptr_t j = 0; j < e.numIn; j++) {
    Slot *s = mapGetSlot(m, mlirOperationGetOperand(op, j));
    if (!s) {
      qcnnEmitError(e.loc, "operand %ld has no value (defined by an op qcnn-run does not execute?)", (long)j);
      return false;
    }
    e.in[j] = &s->value;
    konst = konst && s->konst;
  }
  if (konst && bindFromCache(m, opts ? opts->cache : NULL, op)) return true;
  bool ok = kEval[kind](&e);
  for (intptr_t r = 0; r < e.numOut; r++) {
    char what[64];
    snprintf(what, sizeof what, "result %ld of '%s'", (long)r, qcnnOpKindName(kind));
    /* a stream holds its folded tensor */
    MlirType type = mlirValueGetType(mlirOperationGetResult(op, r));
    if (qcnnTypeIsStream(type)) type = qcnnStreamTensor(type);
    if (ok) ok = qcnnTensorConform(&e.out[r], type, e.loc, what);
    if (ok && opts && opts->onResult) ok = opts->onResult(opts->userData, op, r, &e.out[r]);
    if (ok) bindValue(m, opts ? opts->cache : NULL, mlirOperationGetResult(op, r), &e.out[r], konst);
    else qcnnTensorFree(&e.out[r]);
  }
  return ok;
}

bool qcnnInterpret(MlirOperation func, const QcnnTensor *args, QcnnTensor *results, const QcnnInterpretOptions *opts) {
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  ValueMap m = {0};
  bool ok = true;
  for (intptr_t i = 0; i < mlirBlockGetNumArguments(body); i++) {
    QcnnTensor t;
    ok = ok && qcnnTensorClone(&args[i], &t);
    if (ok) mapPut(&m, mlirBlockGetArgument(body, i), &t);
  }
  for (MlirOperation op = mlirBlockGetFirstOperation(body); ok && !mlirOperationIsNull(op);
       op = mlirOperationGetNextInBlock(op)) {
    QcnnOpKind kind = qcnnOpGetKind(op);
    if (kind != QCNN_OP_UNKNOWN) {
      ok = evalOp(&m, op, kind, opts);
    } else if (isOp(op, "arith.constant")) {
      ok = evalConstant(&m, opts ? opts->cache : NULL, op);
    } else if (isOp(op, "func.return")) {
      intptr_t r = 0;
      for (; ok && r < mlirOperationGetNumOperands(op); r++) {
        const QcnnTensor *v = mapGet(&m, mlirOperationGetOperand(op, r));
        ok = v && qcnnTensorClone(v, &results[r]);
      }
      if (!ok) {
        for (intptr_t j = 0; j + 1 < r; j++) qcnnTensorFree(&results[j]);
        qcnnEmitError(mlirOperationGetLocation(op), "cannot return result %ld", (long)r - 1);
      }
      break;
    } else {
      MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
      qcnnEmitError(mlirOperationGetLocation(op), "qcnn-run cannot execute '%.*s'", (int)name.length, name.data);
      ok = false;
    }
  }
  mapFree(&m);
  return ok;
}
