/* ONNX ModelProto → `func.func @main` of qcnn ops. Initializers become known constants (materialized
 * as arith.constant at first use), graph inputs become arguments, each node is lowered by its entry in
 * the lowering table (Ops.c), graph outputs become results. */
#include "ImportInternal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static MlirStringRef S(const char *s) { return mlirStringRefCreateFromCString(s); }

void qcnnImportOptionsInit(QcnnImportOptions *opts) { *opts = (QcnnImportOptions){.batchSize = 1}; }

static bool isDefaultDomain(const char *d) { return !d || !*d || strcmp(d, "ai.onnx") == 0; }

/* Graph input type; unknown or symbolic dims are the batch size. */
static bool inputType(Importer *im, const Onnx__ValueInfoProto *vi, MlirType *out) {
  const char *name = vi->name ? vi->name : "";
  if (!vi->type || vi->type->value_case != ONNX__TYPE_PROTO__VALUE_TENSOR_TYPE ||
      !vi->type->tensor_type->has_elem_type) {
    qcnnEmitError(im->fileLoc, "graph input '%s': not a tensor with a known element type", name);
    return false;
  }
  const Onnx__TypeProto__Tensor *tt = vi->type->tensor_type;
  MlirType elt = impElementType(im->ctx, tt->elem_type);
  if (mlirTypeIsNull(elt)) {
    qcnnEmitError(im->fileLoc, "graph input '%s': unsupported data type %d", name, (int)tt->elem_type);
    return false;
  }
  MlirType ann = impAnnotatedElt(im, name, im->fileLoc, false);
  if (!mlirTypeIsNull(ann)) elt = ann;
  QcnnShape s = {0};
  if (!tt->shape || tt->shape->n_dim > QCNN_MAX_RANK) {
    qcnnEmitError(im->fileLoc, "graph input '%s': needs a shape of rank <= %d", name, QCNN_MAX_RANK);
    return false;
  }
  s.rank = (int)tt->shape->n_dim;
  for (int i = 0; i < s.rank; i++) {
    const Onnx__TensorShapeProto__Dimension *d = tt->shape->dim[i];
    bool known = d->value_case == ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_VALUE && d->dim_value > 0;
    s.dims[i] = known ? d->dim_value : im->batchSize;
  }
  *out = impTensorType(&s, elt);
  return true;
}

/* A finn_datatype on an initializer must hold its values: then the constant takes that type. */
static bool annotateConstant(Importer *im, const char *name, MlirLocation loc, MlirType *elt, const ImpConst *k) {
  MlirType ann = impAnnotatedElt(im, name, loc, true);
  if (mlirTypeIsNull(ann)) return true;
  unsigned w = mlirIntegerTypeGetWidth(ann);
  double lo = 0, hi = 1;
  if (mlirIntegerTypeIsSigned(ann)) lo = -(double)(UINT64_C(1) << (w - 1)), hi = -lo - 1;
  else if (mlirIntegerTypeIsUnsigned(ann)) hi = (double)(UINT64_C(1) << (w - 1)) * 2 - 1;
  for (int64_t i = 0; i < k->n; i++) {
    double v = k->data[i];
    if (v != (double)(int64_t)v || v < lo || v > hi) {
      qcnnEmitError(loc, "initializer '%s': value %g does not fit its finn_datatype annotation", name, v);
      return false;
    }
  }
  *elt = ann;
  return true;
}

static bool importInitializers(Importer *im) {
  for (size_t i = 0; i < im->graph->n_initializer; i++) {
    const Onnx__TensorProto *t = im->graph->initializer[i];
    const char *name = t->name ? t->name : "";
    MlirLocation loc = mlirLocationNameGet(im->ctx, S(name), im->fileLoc);
    char what[512];
    snprintf(what, sizeof what, "initializer '%s'", name);
    QcnnShape s;
    MlirType elt;
    ImpConst *k;
    if (!impDecodeTensor(im, t, loc, what, &s, &elt, &k)) return false;
    if (!annotateConstant(im, name, loc, &elt, k) || impLookup(im, name)) {
      if (impLookup(im, name)) qcnnEmitError(loc, "%s is defined twice", what);
      impConstFree(k);
      return false;
    }
    impDefine(im, name, impTensorType(&s, elt), (MlirValue){NULL}, k);
  }
  return true;
}

static const QcnnImportBinding *findBinding(const QcnnImportOptions *opts, const Onnx__ValueInfoProto *vi) {
  bool isInt = vi->name && vi->type && vi->type->value_case == ONNX__TYPE_PROTO__VALUE_TENSOR_TYPE &&
               (vi->type->tensor_type->elem_type == ONNX__TENSOR_PROTO__DATA_TYPE__INT64 ||
                vi->type->tensor_type->elem_type == ONNX__TENSOR_PROTO__DATA_TYPE__INT32);
  for (size_t i = 0; isInt && opts && i < opts->numBindings; i++)
    if (strcmp(opts->bindings[i].name, vi->name) == 0) return &opts->bindings[i];
  return NULL;
}

/* A bound graph input becomes a known constant of its declared element type and the bound shape,
 * which must agree with every fixed dimension of the declared shape. */
static bool bindInput(Importer *im, const Onnx__ValueInfoProto *vi, const QcnnImportBinding *b) {
  MlirType declared;
  if (!inputType(im, vi, &declared)) return false;
  const Onnx__TensorShapeProto *ds = vi->type->tensor_type->shape;
  bool fits = b->rank >= 0 && b->rank <= QCNN_MAX_RANK && (size_t)b->rank == ds->n_dim;
  QcnnShape s = {.rank = b->rank};
  int64_t n = 1;
  for (int d = 0; fits && d < b->rank; d++) {
    const Onnx__TensorShapeProto__Dimension *dim = ds->dim[d];
    fits = b->shape[d] >= 0 && (dim->value_case != ONNX__TENSOR_SHAPE_PROTO__DIMENSION__VALUE_DIM_VALUE ||
                                dim->dim_value <= 0 || dim->dim_value == b->shape[d]);
    s.dims[d] = b->shape[d];
    n *= b->shape[d];
  }
  if (!fits) {
    QcnnBuf m = {0};
    mlirTypePrint(declared, qcnnBufCallback, &m);
    qcnnEmitError(im->fileLoc, "graph input '%s': the given value's shape does not match its declared type %s",
                  vi->name, m.data);
    qcnnBufFree(&m);
    return false;
  }
  ImpConst *k = impConstNew(n);
  for (int64_t i = 0; i < n; i++) k->data[i] = (double)b->values[i];
  impDefine(im, vi->name, impTensorType(&s, impElt(declared)), (MlirValue){NULL}, k);
  return true;
}

static bool lowerNode(Importer *im, Onnx__NodeProto *node, size_t index) {
  char generated[256];
  ImpNode n = {.im = im, .node = node, .domain = node->domain ? node->domain : "",
               .opType = node->op_type ? node->op_type : ""};
  if (node->name && *node->name) {
    n.name = node->name;
  } else {
    snprintf(generated, sizeof generated, "%s_%zu", n.opType, index);
    n.name = generated;
  }
  n.loc = mlirLocationNameGet(im->ctx, S(n.name), im->fileLoc);
  ImpLowerFn fn = impFindLowering(n.domain, n.opType);
  static const char kFinnHw[] = "finn.custom_op.fpgadataflow"; /* also its .hls and .rtl subdomains */
  if (!fn && strncmp(n.domain, kFinnHw, sizeof kFinnHw - 1) == 0)
    return impNodeError(&n, "FINN hardware layers are not supported: import the model from before FINN's "
                            "convert-to-hw step");
  if (!fn) return impNodeError(&n, "unsupported op");
  if (node->n_input > IMP_MAX_INPUTS) return impNodeError(&n, "too many inputs (%zu)", node->n_input);
  n.nIn = node->n_input;
  for (size_t i = 0; i < node->n_input; i++) {
    if (!*node->input[i]) continue;
    n.in[i] = impLookup(im, node->input[i]);
    if (!n.in[i])
      return impNodeError(&n, "input '%s' is not defined (no graph input, initializer or earlier node output)",
                          node->input[i]);
  }
  if (!fn(&n)) return false;
  for (size_t i = 0; i < node->n_output; i++)
    if (*node->output[i] && !impLookup(im, node->output[i]))
      return impNodeError(&n, "output %zu ('%s') is not supported", i, node->output[i]);
  return true;
}

static MlirAttribute nameDict(MlirContext ctx, const char *name) {
  MlirNamedAttribute a = mlirNamedAttributeGet(mlirIdentifierGet(ctx, S("qcnn.name")), mlirStringAttrGet(ctx, S(name)));
  return mlirDictionaryAttrGet(ctx, 1, &a);
}

static int64_t defaultOpset(const Onnx__ModelProto *m) {
  for (size_t i = 0; i < m->n_opset_import; i++)
    if (isDefaultDomain(m->opset_import[i]->domain)) return m->opset_import[i]->version;
  return -1;
}

static bool importGraph(Importer *im, MlirOperation func, const QcnnImportOptions *opts) {
  Onnx__GraphProto *g = im->graph;
  if (!importInitializers(im)) return false;
  size_t nArgs = 0;
  MlirType *argTypes = calloc(g->n_input + 1, sizeof(MlirType));
  MlirAttribute *argAttrs = calloc(g->n_input + 1, sizeof(MlirAttribute));
  MlirType *resTypes = calloc(g->n_output + 1, sizeof(MlirType));
  MlirAttribute *resAttrs = calloc(g->n_output + 1, sizeof(MlirAttribute));
  MlirValue *results = calloc(g->n_output + 1, sizeof(MlirValue));
  bool ok = true;
  for (size_t i = 0; ok && i < g->n_input; i++) {
    const char *name = g->input[i]->name ? g->input[i]->name : "";
    if (impLookup(im, name)) continue; /* an initializer also listed as input is a constant */
    const QcnnImportBinding *b = findBinding(opts, g->input[i]);
    if (b) {
      ok = bindInput(im, g->input[i], b);
      continue;
    }
    MlirType t;
    if (!(ok = inputType(im, g->input[i], &t))) break;
    MlirValue arg = mlirBlockAddArgument(im->block, t, im->fileLoc);
    impDefine(im, name, t, arg, NULL);
    argTypes[nArgs] = t;
    argAttrs[nArgs++] = nameDict(im->ctx, name);
  }
  for (size_t j = 0; ok && opts && j < opts->numBindings; j++) {
    const char *name = opts->bindings[j].name;
    bool found = false;
    for (size_t i = 0; !found && i < g->n_input; i++) found = g->input[i]->name && strcmp(g->input[i]->name, name) == 0;
    if (!found) qcnnErrorNoLoc("%s: the model has no input named '%s' (given a value at import)", im->fileName, name);
    ok = found;
  }
  for (size_t i = 0; ok && i < g->n_node; i++) ok = lowerNode(im, g->node[i], i);
  for (size_t i = 0; ok && i < g->n_output; i++) {
    const char *name = g->output[i]->name ? g->output[i]->name : "";
    ImpValue *v = impLookup(im, name);
    if (!v) {
      qcnnEmitError(im->fileLoc, "graph output '%s' is not produced by any node", name);
      ok = false;
      break;
    }
    results[i] = impMaterialize(im, v);
    resTypes[i] = v->type;
    resAttrs[i] = nameDict(im->ctx, name);
  }
  if (ok) {
    MlirOperationState rs = mlirOperationStateGet(S("func.return"), im->fileLoc);
    mlirOperationStateAddOperands(&rs, (intptr_t)g->n_output, results);
    mlirBlockAppendOwnedOperation(im->block, mlirOperationCreate(&rs));
    MlirType ft = mlirFunctionTypeGet(im->ctx, (intptr_t)nArgs, argTypes, (intptr_t)g->n_output, resTypes);
    mlirOperationSetAttributeByName(func, S("function_type"), mlirTypeAttrGet(ft));
    mlirOperationSetAttributeByName(func, S("arg_attrs"), mlirArrayAttrGet(im->ctx, (intptr_t)nArgs, argAttrs));
    mlirOperationSetAttributeByName(func, S("res_attrs"),
                                    mlirArrayAttrGet(im->ctx, (intptr_t)g->n_output, resAttrs));
  }
  free(argTypes);
  free(argAttrs);
  free(resTypes);
  free(resAttrs);
  free(results);
  return ok;
}

static MlirOperation createMain(Importer *im) {
  MlirOperationState fs = mlirOperationStateGet(S("func.func"), im->fileLoc);
  MlirType ft = mlirFunctionTypeGet(im->ctx, 0, NULL, 0, NULL);
  MlirNamedAttribute attrs[] = {
      mlirNamedAttributeGet(mlirIdentifierGet(im->ctx, S("sym_name")), mlirStringAttrGet(im->ctx, S("main"))),
      mlirNamedAttributeGet(mlirIdentifierGet(im->ctx, S("function_type")), mlirTypeAttrGet(ft))};
  mlirOperationStateAddAttributes(&fs, 2, attrs);
  MlirRegion r = mlirRegionCreate();
  im->block = mlirBlockCreate(0, NULL, NULL);
  mlirRegionAppendOwnedBlock(r, im->block);
  mlirOperationStateAddOwnedRegions(&fs, 1, &r);
  return mlirOperationCreate(&fs);
}

MlirModule qcnnImportOnnx(MlirContext ctx, const void *data, size_t size, const char *fileName,
                          const QcnnImportOptions *opts) {
  if (size == 0) {
    qcnnErrorNoLoc("%s: empty file, not an ONNX model", fileName);
    return (MlirModule){NULL};
  }
  Onnx__ModelProto *model = onnx__model_proto__unpack(NULL, size, data);
  if (!model) {
    qcnnErrorNoLoc("%s: malformed or truncated ONNX protobuf (cannot decode a ModelProto)", fileName);
    return (MlirModule){NULL};
  }
  Importer im = {.ctx = ctx, .fileName = fileName, .graph = model->graph,
                 .batchSize = opts && opts->batchSize > 0 ? opts->batchSize : 1};
  im.fileLoc = mlirLocationFileLineColGet(ctx, S(fileName), 0, 0);
  im.opset = defaultOpset(model);
  MlirModule module = {NULL};
  if (!model->graph) {
    qcnnErrorNoLoc("%s: the model has no graph", fileName);
  } else if (im.opset < 7 || im.opset > 19) {
    qcnnErrorNoLoc("%s: default-domain opset %lld is not supported (qcnn imports opsets 7 to 19)", fileName,
                   (long long)im.opset);
  } else {
    module = mlirModuleCreateEmpty(im.fileLoc);
    MlirOperation func = createMain(&im);
    mlirBlockAppendOwnedOperation(mlirModuleGetBody(module), func);
    bool ok = importGraph(&im, func, opts);
    if (ok && !mlirOperationVerify(mlirModuleGetOperation(module))) {
      qcnnErrorNoLoc("%s: the imported IR does not verify", fileName);
      ok = false;
    }
    if (!ok) {
      mlirModuleDestroy(module);
      module = (MlirModule){NULL};
    }
  }
  for (size_t i = 0; i < im.nValues; i++) {
    free(im.values[i].name);
    impConstFree(im.values[i].konst);
  }
  free(im.values);
  onnx__model_proto__free_unpacked(model, NULL);
  return module;
}

MlirModule qcnnImportOnnxFile(MlirContext ctx, const char *path, const QcnnImportOptions *opts) {
  QcnnBuf buf = {0};
  if (!qcnnReadFile(path, &buf)) return (MlirModule){NULL};
  MlirModule m = qcnnImportOnnx(ctx, buf.data, buf.len, path, opts);
  qcnnBufFree(&buf);
  return m;
}
