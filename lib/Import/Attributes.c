/* Typed access to ONNX node attributes, with ONNX defaults supplied by the caller. */
#include "ImportInternal.h"

#include <string.h>

const Onnx__AttributeProto *impAttr(const Onnx__NodeProto *node, const char *name) {
  for (size_t i = 0; i < node->n_attribute; i++)
    if (node->attribute[i]->name && strcmp(node->attribute[i]->name, name) == 0) return node->attribute[i];
  return NULL;
}

int64_t impAttrInt(const Onnx__NodeProto *node, const char *name, int64_t dflt) {
  const Onnx__AttributeProto *a = impAttr(node, name);
  return a && a->has_i ? a->i : dflt;
}

float impAttrFloat(const Onnx__NodeProto *node, const char *name, float dflt) {
  const Onnx__AttributeProto *a = impAttr(node, name);
  return a && a->has_f ? a->f : dflt;
}

const char *impAttrString(const Onnx__NodeProto *node, const char *name, const char *dflt, char *buf, size_t cap) {
  const Onnx__AttributeProto *a = impAttr(node, name);
  if (!a || !a->has_s) return dflt;
  size_t n = a->s.len < cap - 1 ? a->s.len : cap - 1;
  memcpy(buf, a->s.data, n);
  buf[n] = '\0';
  return buf;
}

int impAttrInts(const Onnx__NodeProto *node, const char *name, int64_t *out, int cap) {
  const Onnx__AttributeProto *a = impAttr(node, name);
  if (!a || a->n_ints > (size_t)cap) return -1;
  if (a->n_ints == 0 && a->type != ONNX__ATTRIBUTE_PROTO__ATTRIBUTE_TYPE__INTS) return -1;
  memcpy(out, a->ints, a->n_ints * sizeof(int64_t));
  return (int)a->n_ints;
}
