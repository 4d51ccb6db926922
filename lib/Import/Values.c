/* The importer's value table and the helpers lowerings use to read inputs and bind results. */
#include "ImportInternal.h"

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static void nodeDiag(ImpNode *n, QcnnSeverity sev, const char *fmt, va_list ap) {
  char msg[1024];
  vsnprintf(msg, sizeof msg, fmt, ap);
  /* The message names the node itself; locating it at the file keeps the name from printing twice. */
  MlirLocation fileLoc = mlirLocationIsAName(n->loc) ? mlirLocationNameGetChildLoc(n->loc) : n->loc;
  if (sev == QcnnSeverityError)
    qcnnEmitError(fileLoc, "node '%s' (%s, domain '%s'): %s", n->name, n->opType, n->domain, msg);
  else
    qcnnEmitRemark(fileLoc, "node '%s' (%s, domain '%s'): %s", n->name, n->opType, n->domain, msg);
}

bool impNodeError(ImpNode *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  nodeDiag(n, QcnnSeverityError, fmt, ap);
  va_end(ap);
  return false;
}

void impNodeRemark(ImpNode *n, const char *fmt, ...) {
  va_list ap;
  va_start(ap, fmt);
  nodeDiag(n, QcnnSeverityRemark, fmt, ap);
  va_end(ap);
}

ImpValue *impLookup(Importer *im, const char *name) {
  for (size_t i = 0; i < im->nValues; i++)
    if (strcmp(im->values[i].name, name) == 0) return &im->values[i];
  return NULL;
}

ImpValue *impDefine(Importer *im, const char *name, MlirType type, MlirValue value, ImpConst *konst) {
  if (im->nValues == im->capValues) {
    im->capValues = im->capValues ? 2 * im->capValues : 64;
    im->values = realloc(im->values, im->capValues * sizeof(ImpValue));
  }
  size_t len = strlen(name);
  ImpValue *v = &im->values[im->nValues++];
  v->name = memcpy(malloc(len + 1), name, len + 1);
  v->type = type;
  v->value = value;
  v->konst = konst;
  return v;
}

/*===-- Types -------------------------------------------------------------------------------===*/

QcnnShape impInShape(ImpNode *n, size_t i) {
  QcnnShape s;
  s.rank = (int)qcnnTypeShape(n->in[i]->type, s.dims, QCNN_MAX_RANK);
  return s;
}

bool impBroadcast(const QcnnShape *a, const QcnnShape *b, QcnnShape *out) {
  intptr_t rank = qcnnBroadcastShapes(a->rank, a->dims, b->rank, b->dims, out->dims);
  if (rank < 0) return false;
  out->rank = (int)rank;
  return true;
}

MlirType impElt(MlirType t) { return mlirShapedTypeGetElementType(t); }
bool impIsFloat(MlirType elt) { return mlirTypeIsAFloat(elt); }
MlirType impTensorType(const QcnnShape *s, MlirType elt) { return qcnnTensorType(s->rank, s->dims, elt); }

/*===-- Inputs ------------------------------------------------------------------------------===*/

MlirValue impMaterialize(Importer *im, ImpValue *v) {
  if (mlirValueIsNull(v->value)) {
    MlirLocation loc = mlirLocationNameGet(im->ctx, mlirStringRefCreateFromCString(v->name), im->fileLoc);
    MlirOperation c = qcnnConstantBuild(loc, v->type, v->konst->data, v->name);
    mlirBlockAppendOwnedOperation(im->block, c);
    v->value = mlirOperationGetResult(c, 0);
  }
  return v->value;
}

MlirValue impOperand(ImpNode *n, size_t i) { return impMaterialize(n->im, n->in[i]); }

bool impHasInput(ImpNode *n, size_t i) { return i < n->nIn && n->in[i]; }

bool impConstInput(ImpNode *n, size_t i, const char *what, ImpConst **out) {
  if (!impHasInput(n, i)) return impNodeError(n, "missing required input %zu (%s)", i, what);
  if (!n->in[i]->konst)
    return impNodeError(n, "input '%s' (%s) must be a constant known at import time", n->in[i]->name, what);
  *out = n->in[i]->konst;
  return true;
}

int impConstInts(ImpNode *n, size_t i, const char *what, int64_t *out, int cap) {
  ImpConst *k = NULL;
  if (!impConstInput(n, i, what, &k)) return -1;
  if (k->n > cap) return impNodeError(n, "input '%s' (%s) has too many elements", n->in[i]->name, what), -1;
  for (int64_t j = 0; j < k->n; j++) out[j] = impToI64(k->data[j]);
  return (int)k->n;
}

bool impAllInputsConstant(ImpNode *n) {
  for (size_t i = 0; i < n->nIn; i++)
    if (n->in[i] && !n->in[i]->konst) return false;
  return true;
}

/*===-- Results -----------------------------------------------------------------------------===*/

static void appendType(QcnnBuf *b, MlirType t) { mlirTypePrint(t, qcnnBufCallback, b); }

/* The declared (value_info / graph output) tensor type of `name`, if any. */
static const Onnx__TypeProto__Tensor *declared(const Onnx__GraphProto *g, const char *name) {
  for (size_t i = 0; i < g->n_value_info + g->n_output; i++) {
    const Onnx__ValueInfoProto *vi = i < g->n_value_info ? g->value_info[i] : g->output[i - g->n_value_info];
    if (vi->name && strcmp(vi->name, name) == 0 && vi->type &&
        vi->type->value_case == ONNX__TYPE_PROTO__VALUE_TENSOR_TYPE)
      return vi->type->tensor_type;
  }
  return NULL;
}

/* Static declared dims must agree; symbolic or absent dims (and absent shapes) are recomputed. */
static bool shapeAgrees(const Onnx__TypeProto__Tensor *tt, const QcnnShape *s) {
  if (!tt || !tt->shape) return true;
  if ((int)tt->shape->n_dim != s->rank) return false;
  for (int i = 0; i < s->rank; i++) {
    const Onnx__TensorShapeProto__Dimension *d = tt->shape->dim[i];
    if (d->value_case == ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_VALUE && d->dim_value > 0 &&
        d->dim_value != s->dims[i])
      return false;
  }
  return true;
}

static void appendDeclared(QcnnBuf *b, const Onnx__TypeProto__Tensor *tt) {
  qcnnBufPrintf(b, "[");
  for (size_t i = 0; i < tt->shape->n_dim; i++) {
    const Onnx__TensorShapeProto__Dimension *d = tt->shape->dim[i];
    if (d->value_case == ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_VALUE)
      qcnnBufPrintf(b, "%s%lld", i ? ", " : "", (long long)d->dim_value);
    else
      qcnnBufPrintf(b, "%s%s", i ? ", " : "", d->value_case ? d->dim_param : "?");
  }
  qcnnBufPrintf(b, "]");
}

MlirType impResultType(ImpNode *n, size_t idx, const QcnnShape *shape, MlirType elt) {
  const char *name = idx < n->node->n_output ? n->node->output[idx] : "";
  if (*name) {
    MlirType ann = impAnnotatedElt(n->im, name, n->loc, false);
    if (!mlirTypeIsNull(ann)) elt = ann;
    const Onnx__TypeProto__Tensor *tt = declared(n->im->graph, name);
    if (!shapeAgrees(tt, shape)) {
      QcnnBuf b = {0};
      appendType(&b, impTensorType(shape, elt));
      qcnnBufPrintf(&b, " but the model declares ");
      appendDeclared(&b, tt);
      impNodeError(n, "shape mismatch: output '%s' is inferred as %s", name, b.data);
      qcnnBufFree(&b);
      return (MlirType){NULL};
    }
  }
  return impTensorType(shape, elt);
}

static bool bind(ImpNode *n, size_t idx, MlirType type, MlirValue value, ImpConst *k) {
  const char *name = idx < n->node->n_output ? n->node->output[idx] : "";
  if (!*name) {
    impConstFree(k);
    return true;
  }
  if (impLookup(n->im, name)) {
    impConstFree(k);
    return impNodeError(n, "tensor '%s' is defined twice", name);
  }
  impDefine(n->im, name, type, value, k);
  return true;
}

bool impEmit(ImpNode *n, MlirOperation op) {
  mlirBlockAppendOwnedOperation(n->im->block, op);
  for (intptr_t i = 0; i < mlirOperationGetNumResults(op); i++) {
    MlirValue r = mlirOperationGetResult(op, i);
    if (!bind(n, (size_t)i, mlirValueGetType(r), r, NULL)) return false;
  }
  return true;
}

bool impEmitAs(ImpNode *n, size_t idx, MlirOperation op) {
  mlirBlockAppendOwnedOperation(n->im->block, op);
  MlirValue r = mlirOperationGetResult(op, 0);
  return bind(n, idx, mlirValueGetType(r), r, NULL);
}

bool impEmitSimple(ImpNode *n, QcnnOpKind kind, size_t nOperands, const MlirValue *operands,
                   const QcnnShape *shape, MlirType elt, size_t nAttrs, const MlirNamedAttribute *attrs) {
  MlirType t = impResultType(n, 0, shape, elt);
  if (mlirTypeIsNull(t)) return false;
  return impEmit(n, qcnnOpBuild(kind, n->loc, (intptr_t)nOperands, operands, 1, &t, (intptr_t)nAttrs, attrs));
}

bool impBindConst(ImpNode *n, size_t idx, const QcnnShape *shape, MlirType elt, ImpConst *k) {
  MlirType t = impResultType(n, idx, shape, elt);
  if (mlirTypeIsNull(t)) return impConstFree(k), false;
  if (qcnnTypeIsBipolar(impElt(t))) t = impTensorType(shape, elt); /* dense constants cannot be bipolar */
  return bind(n, idx, t, (MlirValue){NULL}, k);
}

bool impBindAlias(ImpNode *n, size_t idx, ImpValue *v) {
  ImpConst *k = NULL;
  if (v->konst) {
    k = impConstNew(v->konst->n);
    memcpy(k->data, v->konst->data, (size_t)k->n * sizeof(double));
  }
  return bind(n, idx, v->type, v->value, k);
}
