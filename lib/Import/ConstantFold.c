/* Import-time folding of ops that only compute constants: Constant, Shape, Gather, Cast,
 * ConstantOfShape, and integer Add/Sub/Mul/Div (shape arithmetic) plus Pow on constants. Float
 * arithmetic on weights is not folded here: it stays as ops for the streamliner. */
#include "ImportInternal.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

static MlirType si64(ImpNode *n) { return mlirIntegerTypeSignedGet(n->im->ctx, 64); }

bool impLowerConstant(ImpNode *n) {
  const Onnx__AttributeProto *a = n->node->n_attribute == 1 ? n->node->attribute[0] : NULL;
  if (!a) return impNodeError(n, "expects exactly one value attribute");
  QcnnShape s = {0};
  ImpConst *k;
  MlirType elt;
  if (strcmp(a->name, "value") == 0 && a->t) {
    char what[300];
    snprintf(what, sizeof what, "node '%s' (Constant, domain '%s'): value", n->name, n->domain);
    if (!impDecodeTensor(n->im, a->t, n->loc, what, &s, &elt, &k)) return false;
  } else if (strcmp(a->name, "value_float") == 0 || strcmp(a->name, "value_int") == 0) {
    bool isFloat = a->name[6] == 'f';
    k = impConstNew(1);
    k->data[0] = isFloat ? (double)a->f : (double)a->i;
    elt = isFloat ? mlirF32TypeGet(n->im->ctx) : si64(n);
  } else if (strcmp(a->name, "value_floats") == 0 || strcmp(a->name, "value_ints") == 0) {
    bool isFloat = a->name[6] == 'f';
    s = (QcnnShape){1, {isFloat ? (int64_t)a->n_floats : (int64_t)a->n_ints}};
    k = impConstNew(s.dims[0]);
    for (int64_t i = 0; i < k->n; i++) k->data[i] = isFloat ? (double)a->floats[i] : (double)a->ints[i];
    elt = isFloat ? mlirF32TypeGet(n->im->ctx) : si64(n);
  } else {
    return impNodeError(n, "unsupported Constant attribute '%s'", a->name);
  }
  return impBindConst(n, 0, &s, elt, k);
}

/* Shape (with opset 15 start/end) of any input: shapes are static after import. */
bool impLowerShape(ImpNode *n) {
  if (!impHasInput(n, 0)) return impNodeError(n, "missing required input 0");
  QcnnShape x = impInShape(n, 0);
  int64_t start = impAttrInt(n->node, "start", 0), end = impAttrInt(n->node, "end", x.rank);
  if (start < 0) start += x.rank;
  if (end < 0) end += x.rank;
  start = start < 0 ? 0 : start > x.rank ? x.rank : start;
  end = end < start ? start : end > x.rank ? x.rank : end;
  QcnnShape s = {1, {end - start}};
  ImpConst *k = impConstNew(s.dims[0]);
  for (int64_t i = start; i < end; i++) k->data[i - start] = (double)x.dims[i];
  return impBindConst(n, 0, &s, si64(n), k);
}

bool impLowerGather(ImpNode *n) {
  ImpConst *data, *idx;
  if (!impConstInput(n, 0, "data", &data) || !impConstInput(n, 1, "indices", &idx)) return false;
  QcnnShape d = impInShape(n, 0), is = impInShape(n, 1), s = {0};
  int64_t axis;
  if (!qcnnNormalizeAxis(impAttrInt(n->node, "axis", 0), d.rank, &axis))
    return impNodeError(n, "axis out of range");
  if (d.rank + is.rank - 1 > QCNN_MAX_RANK) return impNodeError(n, "result rank too large");
  int64_t outer = 1, inner = 1;
  for (int i = 0; i < d.rank; i++) {
    if (i < axis) outer *= d.dims[i];
    if (i > axis) inner *= d.dims[i];
    if (i == axis)
      for (int j = 0; j < is.rank; j++) s.dims[s.rank++] = is.dims[j];
    else
      s.dims[s.rank++] = d.dims[i];
  }
  ImpConst *k = impConstNew(qcnnShapeNumElements(s.rank, s.dims));
  int64_t pos = 0;
  for (int64_t o = 0; o < outer; o++)
    for (int64_t j = 0; j < idx->n; j++) {
      int64_t ix = impToI64(idx->data[j]);
      if (ix < 0) ix += d.dims[axis];
      if (ix < 0 || ix >= d.dims[axis]) {
        impConstFree(k);
        return impNodeError(n, "index %lld out of range", (long long)impToI64(idx->data[j]));
      }
      for (int64_t i = 0; i < inner; i++) k->data[pos++] = data->data[(o * d.dims[axis] + ix) * inner + i];
    }
  return impBindConst(n, 0, &s, impElt(n->in[0]->type), k);
}

/* Rounds a value into element type `elt` as ONNX Cast does (float → int truncates). */
static double castTo(double v, MlirType elt) {
  if (mlirTypeIsAF32(elt)) return (float)v;
  if (mlirTypeIsAFloat(elt)) return v;
  if (mlirIntegerTypeGetWidth(elt) == 1) return v != 0;
  return trunc(v);
}

bool impLowerCast(ImpNode *n) {
  ImpConst *x;
  if (!impConstInput(n, 0, "input", &x)) return false;
  MlirType elt = impElementType(n->im->ctx, (int32_t)impAttrInt(n->node, "to", 0));
  if (mlirTypeIsNull(elt)) return impNodeError(n, "unsupported target type %lld", (long long)impAttrInt(n->node, "to", 0));
  QcnnShape s = impInShape(n, 0);
  ImpConst *k = impConstNew(x->n);
  for (int64_t i = 0; i < x->n; i++) k->data[i] = castTo(x->data[i], elt);
  return impBindConst(n, 0, &s, elt, k);
}

bool impLowerConstantOfShape(ImpNode *n) {
  int64_t dims[QCNN_MAX_RANK];
  int r = impConstInts(n, 0, "shape", dims, QCNN_MAX_RANK);
  if (r < 0) return false;
  QcnnShape s = {.rank = r};
  for (int i = 0; i < r; i++) {
    if (dims[i] < 0) return impNodeError(n, "negative dimension %lld", (long long)dims[i]);
    s.dims[i] = dims[i];
  }
  double v = 0;
  MlirType elt = mlirF32TypeGet(n->im->ctx);
  const Onnx__AttributeProto *a = impAttr(n->node, "value");
  if (a && a->t) {
    QcnnShape vs;
    ImpConst *vk;
    if (!impDecodeTensor(n->im, a->t, n->loc, "ConstantOfShape value", &vs, &elt, &vk)) return false;
    bool one = vk->n == 1;
    v = one ? vk->data[0] : 0;
    impConstFree(vk);
    if (!one) return impNodeError(n, "value must hold one element");
  }
  ImpConst *k = impConstNew(qcnnShapeNumElements(s.rank, s.dims));
  for (int64_t i = 0; i < k->n; i++) k->data[i] = v;
  return impBindConst(n, 0, &s, elt, k);
}

static double apply(int which, double a, double b, bool isInt) {
  switch (which) {
  case '+': return a + b;
  case '-': return a - b;
  case '*': return a * b;
  case '^': return pow(a, b);
  default: return isInt ? (b != 0 ? trunc(a / b) : 0) : a / b;
  }
}

bool impTryFoldBinary(ImpNode *n, int which, bool *folded) {
  *folded = false;
  MlirType elt = impElt(n->in[0]->type);
  bool isInt = !impIsFloat(elt);
  if (!n->in[0]->konst || !n->in[1]->konst || (!isInt && which != '^')) return true;
  QcnnShape a = impInShape(n, 0), b = impInShape(n, 1), s;
  if (!impBroadcast(&a, &b, &s)) return impNodeError(n, "operand shapes cannot be broadcast together");
  ImpConst *k = impConstNew(qcnnShapeNumElements(s.rank, s.dims));
  for (int64_t o = 0; o < k->n; o++) {
    int64_t rem = o, ia = 0, ib = 0, sa = 1, sb = 1;
    for (int d = s.rank - 1; d >= 0; d--) {
      int64_t c = rem % s.dims[d];
      rem /= s.dims[d];
      int da = d - (s.rank - a.rank), db = d - (s.rank - b.rank);
      if (da >= 0) ia += (a.dims[da] == 1 ? 0 : c) * sa, sa *= a.dims[da];
      if (db >= 0) ib += (b.dims[db] == 1 ? 0 : c) * sb, sb *= b.dims[db];
    }
    k->data[o] = apply(which, n->in[0]->konst->data[ia], n->in[1]->konst->data[ib], isInt);
    if (mlirTypeIsAF32(elt)) k->data[o] = (float)k->data[o];
  }
  *folded = true;
  return impBindConst(n, 0, &s, elt, k);
}
