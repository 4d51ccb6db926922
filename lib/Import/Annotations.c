/* FINN datatype annotations (graph.quantization_annotation, key `finn_datatype`) → element types:
 * INTn → siN, UINTn → uiN, BINARY → i1, BIPOLAR → !qcnn.bipolar, FLOAT32 → unchanged. Types without a
 * qcnn element type (TERNARY, FIXED<..>, SCALEDINT<..>) keep the float type, with a remark. Dense
 * constants cannot hold !qcnn.bipolar, so BIPOLAR initializers keep their float values (±1). */
#include "ImportInternal.h"

#include <stdlib.h>
#include <string.h>

static const char *findDatatype(const Onnx__GraphProto *g, const char *name) {
  for (size_t i = 0; i < g->n_quantization_annotation; i++) {
    const Onnx__TensorAnnotation *a = g->quantization_annotation[i];
    if (!a->tensor_name || strcmp(a->tensor_name, name) != 0) continue;
    for (size_t j = 0; j < a->n_quant_parameter_tensor_names; j++) {
      const Onnx__StringStringEntryProto *e = a->quant_parameter_tensor_names[j];
      if (e->key && e->value && strcmp(e->key, "finn_datatype") == 0) return e->value;
    }
  }
  return NULL;
}

/* Width of "PREFIX<digits>", or 0 if `s` is not of that form. */
static unsigned widthAfter(const char *s, const char *prefix) {
  size_t n = strlen(prefix);
  if (strncmp(s, prefix, n) != 0 || s[n] < '1' || s[n] > '9') return 0;
  char *end;
  unsigned long w = strtoul(s + n, &end, 10);
  return *end == '\0' && w <= 64 ? (unsigned)w : 0;
}

MlirType impAnnotatedElt(Importer *im, const char *name, MlirLocation loc, bool isConstant) {
  const char *dt = findDatatype(im->graph, name);
  if (!dt || strcmp(dt, "FLOAT32") == 0) return (MlirType){NULL};
  unsigned w;
  if ((w = widthAfter(dt, "UINT"))) return mlirIntegerTypeUnsignedGet(im->ctx, w);
  if ((w = widthAfter(dt, "INT"))) return mlirIntegerTypeSignedGet(im->ctx, w);
  if (strcmp(dt, "BINARY") == 0) return mlirIntegerTypeGet(im->ctx, 1);
  if (strcmp(dt, "BIPOLAR") == 0) {
    if (!isConstant) return qcnnBipolarTypeGet(im->ctx);
    qcnnEmitRemark(loc, "constant '%s' annotated BIPOLAR keeps its float type (dense constants cannot hold "
                        "!qcnn.bipolar)", name);
    return (MlirType){NULL};
  }
  qcnnEmitRemark(loc, "finn_datatype %s of '%s' has no qcnn element type; kept as float", dt, name);
  return (MlirType){NULL};
}
