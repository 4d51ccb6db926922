/* Loading the qcnn/qdf IRDL dialects and the typed accessors/builders over their ops. */
#include "qcnn/IR.h"
#include "qcnn/Support.h"

#include <mlir-c/Dialect/Arith.h>
#include <mlir-c/Dialect/Func.h>
#include <mlir-c/Dialect/IRDL.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

extern const char qcnnDialectText[]; /* dialects/qcnn.irdl.mlir, embedded at build time */
extern const char qdfDialectText[];  /* dialects/qdf.irdl.mlir */

static MlirStringRef S(const char *s) { return mlirStringRefCreateFromCString(s); }

/*===-- Context --------------------------------------------------------------------------------===*/

/* The IRDL modules must outlive every use of the dialects they define; they are kept per context. */
typedef struct {
  MlirContext ctx;
  MlirModule defs[2];
} LoadedDialects;
static LoadedDialects *gLoaded;
static size_t gNumLoaded;

static bool loadIRDL(MlirContext ctx, const char *text, MlirModule *out) {
  *out = mlirModuleCreateParse(ctx, S(text));
  return !mlirModuleIsNull(*out) && mlirLogicalResultIsSuccess(mlirLoadIRDLDialects(*out));
}

MlirContext qcnnContextCreate(void) {
  MlirContext ctx = mlirContextCreate();
  qcnnDiagAttach(ctx);
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__irdl__(), ctx);
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__func__(), ctx);
  mlirDialectHandleLoadDialect(mlirGetDialectHandle__arith__(), ctx);
  LoadedDialects l = {ctx, {{NULL}, {NULL}}};
  if (!loadIRDL(ctx, qcnnDialectText, &l.defs[0]) || !loadIRDL(ctx, qdfDialectText, &l.defs[1])) {
    qcnnErrorNoLoc("internal error: the embedded qcnn/qdf dialect definitions failed to load");
    for (int i = 0; i < 2; i++)
      if (!mlirModuleIsNull(l.defs[i])) mlirModuleDestroy(l.defs[i]);
    mlirContextDestroy(ctx);
    return (MlirContext){NULL};
  }
  gLoaded = realloc(gLoaded, (gNumLoaded + 1) * sizeof *gLoaded);
  gLoaded[gNumLoaded++] = l;
  return ctx;
}

void qcnnContextDestroy(MlirContext ctx) {
  for (size_t i = 0; i < gNumLoaded; i++) {
    if (!mlirContextEqual(gLoaded[i].ctx, ctx)) continue;
    mlirModuleDestroy(gLoaded[i].defs[0]);
    mlirModuleDestroy(gLoaded[i].defs[1]);
    gLoaded[i] = gLoaded[--gNumLoaded];
    break;
  }
  if (gNumLoaded == 0) {
    free(gLoaded);
    gLoaded = NULL;
  }
  mlirContextDestroy(ctx);
}

/*===-- Op kinds -----------------------------------------------------------------------------===*/

static const struct {
  const char *name, *operands, *attrs;
} kOps[QCNN_OP_COUNT] = {
    [QCNN_OP_UNKNOWN] = {"", "", ""},
#define QCNN_OP(ID, NAME, OPERANDS, ATTRS) [QCNN_OP_##ID] = {NAME, OPERANDS, ATTRS},
#include "qcnn/Ops.def"
};

const char *qcnnOpKindName(QcnnOpKind kind) { return kOps[kind].name; }
const char *qcnnOpKindOperands(QcnnOpKind kind) { return kOps[kind].operands; }
const char *qcnnOpKindAttrs(QcnnOpKind kind) { return kOps[kind].attrs; }

static QcnnOpKind kindFromRef(MlirStringRef name) {
  /* Only names in our two dialects can match: a cheap prefix test keeps func/arith lookups short. */
  if (name.length < 4 || (strncmp(name.data, "qcnn.", 5) != 0 && strncmp(name.data, "qdf.", 4) != 0))
    return QCNN_OP_UNKNOWN;
  for (int k = 1; k < QCNN_OP_COUNT; k++)
    if (strlen(kOps[k].name) == name.length && memcmp(kOps[k].name, name.data, name.length) == 0)
      return (QcnnOpKind)k;
  return QCNN_OP_UNKNOWN;
}

QcnnOpKind qcnnOpKindFromName(const char *name) { return kindFromRef(S(name)); }
QcnnOpKind qcnnOpGetKind(MlirOperation op) { return kindFromRef(mlirIdentifierStr(mlirOperationGetName(op))); }

/*===-- Attributes ---------------------------------------------------------------------------===*/

static const char *kAttrNames[QCNN_ATTR_COUNT] = {
#define QCNN_ATTR(ID, NAME) [QCNN_ATTR_##ID] = NAME,
#include "qcnn/Attrs.def"
};

const char *qcnnAttrNameStr(QcnnAttrName name) { return kAttrNames[name]; }
MlirIdentifier qcnnAttrIdentifier(MlirContext ctx, QcnnAttrName name) { return mlirIdentifierGet(ctx, S(kAttrNames[name])); }

MlirAttribute qcnnOpGetAttr(MlirOperation op, QcnnAttrName name) {
  return mlirOperationGetAttributeByName(op, S(kAttrNames[name]));
}
bool qcnnOpHasAttr(MlirOperation op, QcnnAttrName name) { return !mlirAttributeIsNull(qcnnOpGetAttr(op, name)); }

bool qcnnOpGetI64(MlirOperation op, QcnnAttrName name, int64_t *out) {
  MlirAttribute a = qcnnOpGetAttr(op, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsAInteger(a)) return false;
  *out = mlirIntegerAttrGetValueInt(a);
  return true;
}

bool qcnnOpGetF64(MlirOperation op, QcnnAttrName name, double *out) {
  MlirAttribute a = qcnnOpGetAttr(op, name);
  if (mlirAttributeIsNull(a)) return false;
  if (mlirAttributeIsAFloat(a)) {
    *out = mlirFloatAttrGetValueDouble(a);
    return true;
  }
  if (mlirAttributeIsAInteger(a)) {
    *out = (double)mlirIntegerAttrGetValueInt(a);
    return true;
  }
  return false;
}

intptr_t qcnnOpGetI64Array(MlirOperation op, QcnnAttrName name, int64_t *out, intptr_t cap) {
  MlirAttribute a = qcnnOpGetAttr(op, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsADenseI64Array(a)) return -1;
  intptr_t n = mlirDenseArrayGetNumElements(a);
  for (intptr_t i = 0; i < n && i < cap; i++) out[i] = mlirDenseI64ArrayGetElement(a, i);
  return n;
}

MlirStringRef qcnnOpGetString(MlirOperation op, QcnnAttrName name) {
  MlirAttribute a = qcnnOpGetAttr(op, name);
  if (mlirAttributeIsNull(a) || !mlirAttributeIsAString(a)) return (MlirStringRef){NULL, 0};
  return mlirStringAttrGetValue(a);
}

int64_t qcnnOpI64Or(MlirOperation op, QcnnAttrName name, int64_t dflt) {
  int64_t v;
  return qcnnOpGetI64(op, name, &v) ? v : dflt;
}

void qcnnOpSetAttr(MlirOperation op, QcnnAttrName name, MlirAttribute value) {
  mlirOperationSetAttributeByName(op, S(kAttrNames[name]), value);
}

MlirNamedAttribute qcnnNamedAttr(MlirContext ctx, QcnnAttrName name, MlirAttribute v) {
  return mlirNamedAttributeGet(qcnnAttrIdentifier(ctx, name), v);
}
MlirNamedAttribute qcnnNamedI64(MlirContext ctx, QcnnAttrName name, int64_t v) {
  return qcnnNamedAttr(ctx, name, mlirIntegerAttrGet(mlirIntegerTypeGet(ctx, 64), v));
}
MlirNamedAttribute qcnnNamedF32(MlirContext ctx, QcnnAttrName name, float v) {
  return qcnnNamedAttr(ctx, name, mlirFloatAttrDoubleGet(ctx, mlirF32TypeGet(ctx), v));
}
MlirNamedAttribute qcnnNamedI64Array(MlirContext ctx, QcnnAttrName name, intptr_t n, const int64_t *v) {
  return qcnnNamedAttr(ctx, name, mlirDenseI64ArrayGet(ctx, n, v));
}
MlirNamedAttribute qcnnNamedString(MlirContext ctx, QcnnAttrName name, const char *v) {
  return qcnnNamedAttr(ctx, name, mlirStringAttrGet(ctx, S(v)));
}

/*===-- Diagnostics on ops ------------------------------------------------------------------===*/

bool qcnnEmitOpError(MlirOperation op, const char *fmt, ...) {
  char msg[512];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  qcnnEmitError(mlirOperationGetLocation(op), "'%.*s' op %s", (int)name.length, name.data, msg);
  return false;
}

/*===-- Walking ----------------------------------------------------------------------------===*/

typedef struct {
  bool (*keep)(MlirOperation);
  MlirOperation *ops;
  intptr_t n, cap;
} OpCollector;

static MlirWalkResult collectOp(MlirOperation op, void *userData) {
  OpCollector *c = userData;
  if (c->keep && !c->keep(op)) return MlirWalkResultAdvance;
  if (c->n == c->cap) {
    c->cap = c->cap ? 2 * c->cap : 64;
    c->ops = realloc(c->ops, (size_t)c->cap * sizeof *c->ops);
    if (!c->ops) abort();
  }
  c->ops[c->n++] = op;
  return MlirWalkResultAdvance;
}

MlirOperation *qcnnCollectOps(MlirOperation root, bool (*keep)(MlirOperation), intptr_t *n) {
  OpCollector c = {keep, NULL, 0, 0};
  mlirOperationWalk(root, collectOp, &c, MlirWalkPreOrder);
  *n = c.n;
  return c.ops;
}

void qcnnEraseForwardingOps(MlirOperation root, bool (*which)(MlirOperation)) {
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(root, which, &n);
  for (intptr_t i = 0; i < n; i++) {
    mlirValueReplaceAllUsesOfWith(mlirOperationGetResult(ops[i], 0), mlirOperationGetOperand(ops[i], 0));
    mlirOperationDestroy(ops[i]);
  }
  free(ops);
}

/*===-- Building -----------------------------------------------------------------------------===*/

MlirOperation qcnnOpBuild(QcnnOpKind kind, MlirLocation loc, intptr_t nOperands, const MlirValue *operands,
                          intptr_t nResults, const MlirType *resultTypes, intptr_t nAttrs,
                          const MlirNamedAttribute *attrs) {
  MlirOperationState st = mlirOperationStateGet(S(kOps[kind].name), loc);
  mlirOperationStateAddOperands(&st, nOperands, operands);
  mlirOperationStateAddResults(&st, nResults, resultTypes);
  mlirOperationStateAddAttributes(&st, nAttrs, attrs);
  return mlirOperationCreate(&st);
}

/*===-- Types --------------------------------------------------------------------------------===*/

MlirType qcnnBipolarTypeGet(MlirContext ctx) { return mlirTypeParseGet(ctx, S("!qcnn.bipolar")); }
bool qcnnTypeIsBipolar(MlirType t) { return mlirTypeEqual(t, qcnnBipolarTypeGet(mlirTypeGetContext(t))); }

MlirType qcnnTensorType(intptr_t rank, const int64_t *shape, MlirType elt) {
  return mlirRankedTensorTypeGet(rank, shape, elt, mlirAttributeGetNull());
}

int64_t qcnnTypeNumElements(MlirType t) {
  if (!mlirTypeIsARankedTensor(t) || !mlirShapedTypeHasStaticShape(t)) return -1;
  int64_t n = 1;
  for (intptr_t i = 0; i < mlirShapedTypeGetRank(t); i++) n *= mlirShapedTypeGetDimSize(t, i);
  return n;
}
