/* qcnn-tidy: the clean-up every later pass relies on.
 *  1. Unique op names: a qcnn op whose ONNX node name (NameLoc) repeats an earlier one is renamed
 *     <name>_<n> with the smallest n not in use, so diagnostics and dumps name one op each.
 *  2. Constant folding: a qcnn op whose operands are all arith.constant is executed by the interpreter
 *     and replaced by an arith.constant of its result type — only when every value is exactly
 *     representable in that type (the interpreter keeps floats in double), so folding never changes
 *     the meaning. Quantizers (Quant, BipolarQuant, Trunc) are left for qcnn-convert-quant, which
 *     turns a weight Quant into integers plus a scale instead of dequantized floats.
 *  3. Dead code: qcnn ops and constants whose results are unused are erased (IRDL ops have no traits,
 *     so upstream DCE keeps them). */
#include "qcnn/IR.h"
#include "qcnn/Interpreter.h"
#include "qcnn/Passes.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* More results than any qcnn op has (TopK has two). */
enum { kMaxResults = 8 };

static MlirStringRef S(const char *s) { return mlirStringRefCreateFromCString(s); }
static bool isOp(MlirOperation op, const char *name) {
  return mlirStringRefEqual(mlirIdentifierStr(mlirOperationGetName(op)), S(name));
}

/*===-- Unique names -------------------------------------------------------------------------===*/

/* An open-addressing set of owned strings. */
typedef struct {
  char **slots;
  size_t cap, n;
} NameSet;

static size_t hashName(const char *s, size_t len) {
  size_t h = 1469598103934665603u;
  for (size_t i = 0; i < len; i++) h = (h ^ (unsigned char)s[i]) * 1099511628211u;
  return h;
}

static char **nameSlot(NameSet *set, const char *s, size_t len) {
  size_t i = hashName(s, len) & (set->cap - 1);
  while (set->slots[i] && !(strlen(set->slots[i]) == len && memcmp(set->slots[i], s, len) == 0))
    i = (i + 1) & (set->cap - 1);
  return &set->slots[i];
}

/* Adds a name; returns false if it was already there. */
static bool nameInsert(NameSet *set, const char *s, size_t len) {
  if (2 * (set->n + 1) > set->cap) {
    NameSet grown = {calloc(set->cap ? 2 * set->cap : 64, sizeof(char *)), set->cap ? 2 * set->cap : 64, set->n};
    if (!grown.slots) abort();
    for (size_t i = 0; i < set->cap; i++)
      if (set->slots[i]) *nameSlot(&grown, set->slots[i], strlen(set->slots[i])) = set->slots[i];
    free(set->slots);
    *set = grown;
  }
  char **slot = nameSlot(set, s, len);
  if (*slot) return false;
  if (!(*slot = malloc(len + 1))) abort();
  memcpy(*slot, s, len);
  (*slot)[len] = '\0';
  set->n++;
  return true;
}

static void nameSetFree(NameSet *set) {
  for (size_t i = 0; i < set->cap; i++) free(set->slots[i]);
  free(set->slots);
}

/* `loc` with its innermost NameLoc (the ONNX node name) renamed. */
static MlirLocation renameLoc(MlirLocation loc, const char *name) {
  MlirContext ctx = mlirLocationGetContext(loc);
  if (!mlirLocationIsAName(loc)) return mlirLocationNameGet(ctx, S(name), loc);
  MlirLocation child = mlirLocationNameGetChildLoc(loc);
  if (qcnnLocationName(child).data)
    return mlirLocationNameGet(ctx, mlirIdentifierStr(mlirLocationNameGetName(loc)), renameLoc(child, name));
  return mlirLocationNameGet(ctx, S(name), child);
}

typedef struct {
  NameSet all;  /* every name in the module, so a new name never collides with a later op's */
  NameSet seen; /* names of the ops visited so far */
} Names;

static MlirWalkResult collectName(MlirOperation op, void *ud) {
  MlirStringRef name = qcnnLocationName(mlirOperationGetLocation(op));
  if (qcnnOpGetKind(op) != QCNN_OP_UNKNOWN && name.data) nameInsert(&((Names *)ud)->all, name.data, name.length);
  return MlirWalkResultAdvance;
}

static MlirWalkResult uniqueName(MlirOperation op, void *ud) {
  Names *names = ud;
  MlirStringRef name = qcnnLocationName(mlirOperationGetLocation(op));
  if (qcnnOpGetKind(op) == QCNN_OP_UNKNOWN || !name.data || nameInsert(&names->seen, name.data, name.length))
    return MlirWalkResultAdvance;
  char fresh[512];
  for (int n = 1;; n++) {
    snprintf(fresh, sizeof fresh, "%.*s_%d", (int)name.length, name.data, n);
    if (nameInsert(&names->all, fresh, strlen(fresh))) break;
  }
  nameInsert(&names->seen, fresh, strlen(fresh));
  mlirOperationSetLocation(op, renameLoc(mlirOperationGetLocation(op), fresh));
  return MlirWalkResultAdvance;
}

/*===-- Constant folding ---------------------------------------------------------------------===*/

static bool foldable(MlirOperation op) {
  QcnnOpKind kind = qcnnOpGetKind(op);
  if (kind == QCNN_OP_UNKNOWN || kind >= QCNN_OP_QDF_INPUT || kind == QCNN_OP_QUANT ||
      kind == QCNN_OP_BIPOLAR_QUANT || kind == QCNN_OP_TRUNC)
    return false;
  for (intptr_t i = 0; i < mlirOperationGetNumOperands(op); i++)
    if (!qcnnValueIsConstant(mlirOperationGetOperand(op, i))) return false;
  for (intptr_t r = 0; r < mlirOperationGetNumResults(op); r++)
    if (qcnnTypeNumElements(mlirValueGetType(mlirOperationGetResult(op, r))) < 0) return false;
  return mlirOperationGetNumResults(op) > 0;
}

/* A detached `func.func @fold() -> (results)` holding copies of the operands' constants and of `op`. */
static MlirOperation buildFoldFunc(MlirOperation op) {
  MlirContext ctx = mlirOperationGetContext(op);
  MlirLocation loc = mlirOperationGetLocation(op);
  intptr_t nRes = mlirOperationGetNumResults(op);
  MlirType types[kMaxResults];
  for (intptr_t r = 0; r < nRes; r++) types[r] = mlirValueGetType(mlirOperationGetResult(op, r));
  MlirBlock body = mlirBlockCreate(0, NULL, NULL);
  MlirOperation clone = mlirOperationClone(op);
  for (intptr_t i = 0; i < mlirOperationGetNumOperands(op); i++) {
    MlirOperation c = mlirOperationClone(mlirOpResultGetOwner(mlirOperationGetOperand(op, i)));
    mlirBlockAppendOwnedOperation(body, c);
    mlirOperationSetOperand(clone, i, mlirOperationGetResult(c, 0));
  }
  mlirBlockAppendOwnedOperation(body, clone);
  MlirValue results[kMaxResults];
  for (intptr_t r = 0; r < nRes; r++) results[r] = mlirOperationGetResult(clone, r);
  MlirOperationState ret = mlirOperationStateGet(S("func.return"), loc);
  mlirOperationStateAddOperands(&ret, nRes, results);
  mlirBlockAppendOwnedOperation(body, mlirOperationCreate(&ret));

  MlirRegion region = mlirRegionCreate();
  mlirRegionAppendOwnedBlock(region, body);
  MlirNamedAttribute attrs[2] = {
      mlirNamedAttributeGet(mlirIdentifierGet(ctx, S("sym_name")), mlirStringAttrGet(ctx, S("fold"))),
      mlirNamedAttributeGet(mlirIdentifierGet(ctx, S("function_type")),
                            mlirTypeAttrGet(mlirFunctionTypeGet(ctx, 0, NULL, nRes, types))),
  };
  MlirOperationState fs = mlirOperationStateGet(S("func.func"), loc);
  mlirOperationStateAddAttributes(&fs, 2, attrs);
  mlirOperationStateAddOwnedRegions(&fs, 1, &region);
  return mlirOperationCreate(&fs);
}

/* Storage of a value of `type` holds every element exactly (floats are computed in double). */
static bool exactIn(const QcnnTensor *t, MlirType type) {
  MlirType elt = mlirShapedTypeGetElementType(type);
  if (t->isInt || !mlirTypeIsAF32(elt)) return t->isInt || mlirTypeIsAF64(elt);
  for (int64_t k = 0; k < t->count; k++)
    if ((double)(float)t->f[k] != t->f[k] && t->f[k] == t->f[k]) return false;
  return true;
}

/* Folds `op`; false (after reporting) only when the interpreter fails on it. */
static bool fold(MlirOperation op) {
  intptr_t nRes = mlirOperationGetNumResults(op);
  if (nRes > kMaxResults) return true;
  MlirOperation func = buildFoldFunc(op);
  QcnnTensor results[kMaxResults];
  bool ok = qcnnInterpret(func, NULL, results, NULL);
  mlirOperationDestroy(func);
  if (!ok) return false;
  bool exact = true;
  for (intptr_t r = 0; r < nRes; r++) exact &= exactIn(&results[r], mlirValueGetType(mlirOperationGetResult(op, r)));
  if (!exact) {
    MlirStringRef name = qcnnLocationName(mlirOperationGetLocation(op)); /* the sink prints the file loc */
    qcnnEmitRemark(mlirOperationGetLocation(op), "'%s'%s%.*s%s on constants not folded: its result is not exact in float32",
                   qcnnOpKindName(qcnnOpGetKind(op)), name.data ? " '" : "", name.data ? (int)name.length : 0,
                   name.data ? name.data : "", name.data ? "'" : "");
  }
  for (intptr_t r = 0; r < nRes; r++) {
    if (exact) {
      MlirValue v = mlirOperationGetResult(op, r);
      double *vals = malloc((size_t)(results[r].count ? results[r].count : 1) * sizeof *vals);
      if (!vals) abort();
      for (int64_t k = 0; k < results[r].count; k++) vals[k] = qcnnTensorGetF(&results[r], k);
      MlirOperation c = qcnnConstantBuild(mlirOperationGetLocation(op), mlirValueGetType(v), vals, NULL);
      free(vals);
      mlirBlockInsertOwnedOperationBefore(mlirOperationGetBlock(op), op, c);
      mlirValueReplaceAllUsesOfWith(v, mlirOperationGetResult(c, 0));
    }
    qcnnTensorFree(&results[r]);
  }
  return true;
}

/*===-- Dead code ----------------------------------------------------------------------------===*/

static bool unused(MlirOperation op) {
  for (intptr_t r = 0; r < mlirOperationGetNumResults(op); r++)
    if (!mlirOpOperandIsNull(mlirValueGetFirstUse(mlirOperationGetResult(op, r)))) return false;
  return true;
}

/* Folds then erases in one block; reverse order erases whole dead chains in one sweep. */
static bool tidyBlock(MlirBlock block) {
  bool ok = true;
  for (MlirOperation op = mlirBlockGetFirstOperation(block); !mlirOperationIsNull(op);
       op = mlirOperationGetNextInBlock(op))
    if (foldable(op)) ok &= fold(op);
  intptr_t n = 0, cap = 64;
  MlirOperation *ops = malloc((size_t)cap * sizeof *ops);
  for (MlirOperation op = mlirBlockGetFirstOperation(block); ops && !mlirOperationIsNull(op);
       op = mlirOperationGetNextInBlock(op)) {
    if (n == cap) ops = realloc(ops, (size_t)(cap *= 2) * sizeof *ops);
    if (ops) ops[n++] = op;
  }
  if (!ops) abort();
  while (n-- > 0)
    if ((qcnnOpGetKind(ops[n]) != QCNN_OP_UNKNOWN || isOp(ops[n], "arith.constant")) && unused(ops[n]))
      mlirOperationDestroy(ops[n]);
  free(ops);
  return ok;
}

static bool run(MlirOperation module, void *state) {
  (void)state;
  Names names = {{0}, {0}};
  mlirOperationWalk(module, collectName, &names, MlirWalkPreOrder);
  mlirOperationWalk(module, uniqueName, &names, MlirWalkPreOrder);
  nameSetFree(&names.all);
  nameSetFree(&names.seen);
  bool ok = true;
  MlirBlock top = mlirRegionGetFirstBlock(mlirOperationGetRegion(module, 0));
  for (MlirOperation f = mlirBlockGetFirstOperation(top); !mlirOperationIsNull(f); f = mlirOperationGetNextInBlock(f))
    if (isOp(f, "func.func")) ok &= tidyBlock(mlirRegionGetFirstBlock(mlirOperationGetRegion(f, 0)));
  return ok;
}

MlirPass qcnnCreateTidyPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
