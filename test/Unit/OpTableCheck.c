/* qcnn-op-table-check: checks that the op table (include/qcnn/Ops.def, Attrs.def) and the IRDL
 * definitions of the qcnn and qdf dialects describe the same ops, with the same operand names and
 * optional/variadic markers in the same order, and the same attribute names.
 *
 * Usage: qcnn-op-table-check [irdl-file...]
 * Without arguments it checks the dialect texts embedded in the library (what the tools load); with
 * files, it checks those instead (the tests feed it deliberately wrong definitions). Prints one error
 * per mismatch and exits 1 if there is any. */
#include "qcnn/IR.h"
#include "qcnn/Support.h"

#include <stdio.h>
#include <string.h>

extern const char qcnnDialectText[]; /* dialects/qcnn.irdl.mlir, embedded at build time */
extern const char qdfDialectText[];  /* dialects/qdf.irdl.mlir */

static MlirStringRef S(const char *s) { return mlirStringRefCreateFromCString(s); }

static bool refEq(MlirStringRef r, const char *s) { return r.length == strlen(s) && memcmp(r.data, s, r.length) == 0; }

/* Iterates a comma-separated list: returns false at the end, else the next item in *item / *len. */
static bool nextItem(const char **cursor, const char **item, size_t *len) {
  if (!**cursor) return false;
  const char *end = strchr(*cursor, ',');
  if (!end) end = *cursor + strlen(*cursor);
  *item = *cursor;
  *len = (size_t)(end - *cursor);
  *cursor = *end ? end + 1 : end;
  return true;
}

static bool listContains(const char *list, const char *name, size_t n) {
  const char *item;
  size_t len;
  while (nextItem(&list, &item, &len))
    if (len == n && memcmp(item, name, n) == 0) return true;
  return false;
}

static MlirStringRef symName(MlirOperation op) {
  MlirAttribute a = mlirOperationGetAttributeByName(op, S("sym_name"));
  return mlirAttributeIsAString(a) ? mlirStringAttrGetValue(a) : (MlirStringRef){"", 0};
}

static MlirOperation firstChild(MlirOperation op) {
  return mlirBlockGetFirstOperation(mlirRegionGetFirstBlock(mlirOperationGetFirstRegion(op)));
}

static MlirOperation findChild(MlirOperation parent, const char *name) {
  for (MlirOperation op = firstChild(parent); !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
    if (refEq(mlirIdentifierStr(mlirOperationGetName(op)), name)) return op;
  return (MlirOperation){NULL};
}

/* The i-th entry of a printed #irdl<variadicity_array[single, optional, ...]> as an Ops.def marker.
 * IRDL variadicities have no C API, so they are read from the printed attribute. */
static const char *variadicityMarker(const char *printed, intptr_t i) {
  const char *p = strchr(printed, '[');
  for (; p && i > 0; i--) p = strchr(p + 1, ',');
  if (!p) return "";
  p += 1 + strspn(p + 1, " ");
  return strncmp(p, "optional", 8) == 0 ? "?" : strncmp(p, "variadic", 8) == 0 ? "*" : "";
}

/* The operand list of an irdl.operation in Ops.def syntax ("x,w,b?"). */
static void irdlOperandSpec(MlirOperation irdlOp, QcnnBuf *out) {
  qcnnBufAppend(out, NULL, 0);
  MlirOperation operands = findChild(irdlOp, "irdl.operands");
  if (mlirOperationIsNull(operands)) return;
  MlirAttribute names = mlirOperationGetAttributeByName(operands, S("names"));
  QcnnBuf printed = {0};
  qcnnBufAppend(&printed, NULL, 0);
  mlirAttributePrint(mlirOperationGetAttributeByName(operands, S("variadicity")), qcnnBufCallback, &printed);
  for (intptr_t i = 0; i < mlirArrayAttrGetNumElements(names); i++) {
    MlirStringRef name = mlirStringAttrGetValue(mlirArrayAttrGetElement(names, i));
    qcnnBufPrintf(out, "%s%.*s%s", i ? "," : "", (int)name.length, name.data, variadicityMarker(printed.data, i));
  }
  qcnnBufFree(&printed);
}

/* The attribute names of an irdl.operation as a comma-separated list. */
static void irdlAttrSpec(MlirOperation irdlOp, QcnnBuf *out) {
  qcnnBufAppend(out, NULL, 0);
  MlirOperation attrs = findChild(irdlOp, "irdl.attributes");
  if (!mlirOperationIsNull(attrs)) {
    MlirAttribute names = mlirOperationGetAttributeByName(attrs, S("attributeValueNames"));
    for (intptr_t i = 0; i < mlirArrayAttrGetNumElements(names); i++) {
      MlirStringRef name = mlirStringAttrGetValue(mlirArrayAttrGetElement(names, i));
      qcnnBufPrintf(out, "%s%.*s", i ? "," : "", (int)name.length, name.data);
    }
  }
}

/* Reports each name of list `a` missing from list `b`. */
static int reportMissing(MlirLocation loc, const char *op, const char *a, const char *aWhere, const char *b,
                         const char *bWhere) {
  int n = 0;
  const char *item, *cursor = a;
  size_t len;
  while (nextItem(&cursor, &item, &len)) {
    if (listContains(b, item, len)) continue;
    qcnnEmitError(loc, "%s: attribute '%.*s' is in %s but not in %s", op, (int)len, item, aWhere, bWhere);
    n++;
  }
  return n;
}

/* Checks one irdl.operation against Ops.def; returns the number of mismatches. */
static int checkOperation(MlirStringRef dialect, MlirOperation irdlOp, bool *seen) {
  MlirStringRef opName = symName(irdlOp);
  char full[256];
  snprintf(full, sizeof full, "%.*s.%.*s", (int)dialect.length, dialect.data, (int)opName.length, opName.data);
  MlirLocation loc = mlirOperationGetLocation(irdlOp);
  QcnnOpKind kind = qcnnOpKindFromName(full);
  if (kind == QCNN_OP_UNKNOWN) {
    qcnnEmitError(loc, "%s: defined in IRDL but not in Ops.def", full);
    return 1;
  }
  if (seen[kind]) {
    qcnnEmitError(loc, "%s: defined twice in IRDL", full);
    return 1;
  }
  seen[kind] = true;

  int n = 0;
  QcnnBuf operands = {0}, attrs = {0};
  irdlOperandSpec(irdlOp, &operands);
  if (strcmp(operands.data, qcnnOpKindOperands(kind)) != 0) {
    qcnnEmitError(loc, "%s: operands are '%s' in Ops.def but '%s' in IRDL", full, qcnnOpKindOperands(kind),
                  operands.data);
    n++;
  }
  irdlAttrSpec(irdlOp, &attrs);
  n += reportMissing(loc, full, qcnnOpKindAttrs(kind), "Ops.def", attrs.data, "IRDL");
  n += reportMissing(loc, full, attrs.data, "IRDL", qcnnOpKindAttrs(kind), "Ops.def");
  qcnnBufFree(&operands);
  qcnnBufFree(&attrs);
  return n;
}

static int checkModule(MlirModule module, bool *seen) {
  int n = 0;
  MlirOperation top = mlirModuleGetOperation(module);
  for (MlirOperation d = firstChild(top); !mlirOperationIsNull(d); d = mlirOperationGetNextInBlock(d)) {
    if (!refEq(mlirIdentifierStr(mlirOperationGetName(d)), "irdl.dialect")) continue;
    for (MlirOperation op = firstChild(d); !mlirOperationIsNull(op); op = mlirOperationGetNextInBlock(op))
      if (refEq(mlirIdentifierStr(mlirOperationGetName(op)), "irdl.operation"))
        n += checkOperation(symName(d), op, seen);
  }
  return n;
}

/* The Ops.def/Attrs.def side: every op defined somewhere, every attribute name declared in Attrs.def
 * exactly once, and used by some op. */
static int checkTables(const bool *seen) {
  int n = 0;
  for (int k = 1; k < QCNN_OP_COUNT; k++) {
    if (!seen[k]) {
      qcnnErrorNoLoc("%s: in Ops.def but not defined in IRDL", qcnnOpKindName((QcnnOpKind)k));
      n++;
    }
    const char *item, *cursor = qcnnOpKindAttrs((QcnnOpKind)k);
    size_t len;
    while (nextItem(&cursor, &item, &len)) {
      bool declared = false;
      for (int a = 0; a < QCNN_ATTR_COUNT && !declared; a++) {
        const char *s = qcnnAttrNameStr((QcnnAttrName)a);
        declared = strlen(s) == len && memcmp(s, item, len) == 0;
      }
      if (!declared) {
        qcnnErrorNoLoc("%s: attribute '%.*s' is not in Attrs.def", qcnnOpKindName((QcnnOpKind)k), (int)len, item);
        n++;
      }
    }
  }
  for (int a = 0; a < QCNN_ATTR_COUNT; a++) {
    const char *s = qcnnAttrNameStr((QcnnAttrName)a);
    bool used = false;
    for (int k = 1; k < QCNN_OP_COUNT && !used; k++) used = listContains(qcnnOpKindAttrs((QcnnOpKind)k), s, strlen(s));
    if (!used) {
      qcnnErrorNoLoc("attribute '%s' is in Attrs.def but no op in Ops.def has it", s);
      n++;
    }
    for (int b = 0; b < a; b++)
      if (strcmp(s, qcnnAttrNameStr((QcnnAttrName)b)) == 0) {
        qcnnErrorNoLoc("attribute '%s' is in Attrs.def twice", s);
        n++;
      }
  }
  return n;
}

int main(int argc, char **argv) {
  qcnnSetToolName(argv[0]);
  MlirContext ctx = qcnnContextCreate();
  if (mlirContextIsNull(ctx)) return 1;
  bool seen[QCNN_OP_COUNT] = {false};
  int mismatches = 0;
  const char *embedded[] = {qcnnDialectText, qdfDialectText};
  int numInputs = argc > 1 ? argc - 1 : 2;
  for (int i = 0; i < numInputs; i++) {
    MlirModule m = argc > 1 ? mlirModuleCreateParseFromFile(ctx, S(argv[i + 1])) : mlirModuleCreateParse(ctx, S(embedded[i]));
    if (mlirModuleIsNull(m)) {
      qcnnErrorNoLoc("cannot parse the IRDL definitions in '%s'", argc > 1 ? argv[i + 1] : "the embedded text");
      qcnnContextDestroy(ctx);
      return 1;
    }
    mismatches += checkModule(m, seen);
    mlirModuleDestroy(m);
  }
  mismatches += checkTables(seen);
  qcnnContextDestroy(ctx);
  if (mismatches) fprintf(stderr, "%d mismatch(es) between Ops.def/Attrs.def and the IRDL definitions\n", mismatches);
  return mismatches ? 1 : 0;
}
