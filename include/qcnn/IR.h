/* qcnn IR: the `qcnn` and `qdf` dialects (defined in IRDL, dialects/qcnn.irdl.mlir and dialects/qdf.irdl.mlir) and the typed C layer
 * over them. Passes, the importer and the interpreter name ops and attributes only through the enums
 * below (generated from include/qcnn/Ops.def and include/qcnn/Attrs.def), never by spelling strings. */
#ifndef QCNN_IR_H
#define QCNN_IR_H

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <mlir-c/IR.h>
#include "qcnn/Support.h"
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*===-- Context --------------------------------------------------------------------------------===*/

/* A context with the func, arith and irdl dialects and the qcnn and qdf IRDL dialects loaded, and the
 * qcnn diagnostics sink attached. Returns a null context (after reporting) if the embedded dialect
 * text fails to load, which only a broken build can cause. */
MlirContext qcnnContextCreate(void);
void qcnnContextDestroy(MlirContext ctx);

/* Parses IR text (or bytecode) as mlir-opt does: a single top-level builtin.module is the module,
 * anything else is wrapped in one. Locations carry `sourceName` as their file name. Returns a null
 * module after reporting errors through the sink. */
MlirModule qcnnModuleParse(MlirContext ctx, MlirStringRef text, const char *sourceName);

/*===-- Op kinds -----------------------------------------------------------------------------===*/

typedef enum {
  QCNN_OP_UNKNOWN = 0,
#define QCNN_OP(ID, NAME, OPERANDS, ATTRS) QCNN_OP_##ID,
#include "qcnn/Ops.def"
  QCNN_OP_COUNT
} QcnnOpKind;

/* Kind of an operation: QCNN_OP_UNKNOWN for anything not in the qcnn/qdf dialects. */
QcnnOpKind qcnnOpGetKind(MlirOperation op);
/* Full name, e.g. "qcnn.conv". */
const char *qcnnOpKindName(QcnnOpKind kind);
/* Operand list spec from Ops.def, e.g. "x,w,b?" (`?` optional, `*` variadic). */
const char *qcnnOpKindOperands(QcnnOpKind kind);
/* Attribute list spec from Ops.def, e.g. "dilations,group,kernel_shape,pads,strides". */
const char *qcnnOpKindAttrs(QcnnOpKind kind);
QcnnOpKind qcnnOpKindFromName(const char *name);
static inline bool qcnnOpIs(MlirOperation op, QcnnOpKind kind) { return qcnnOpGetKind(op) == kind; }

/*===-- Attribute names ----------------------------------------------------------------------===*/

typedef enum {
#define QCNN_ATTR(ID, NAME) QCNN_ATTR_##ID,
#include "qcnn/Attrs.def"
  QCNN_ATTR_COUNT
} QcnnAttrName;

const char *qcnnAttrNameStr(QcnnAttrName name);
MlirIdentifier qcnnAttrIdentifier(MlirContext ctx, QcnnAttrName name);

/* Accessors. Getters return false if the attribute is missing or of another kind. */
bool qcnnOpHasAttr(MlirOperation op, QcnnAttrName name);
MlirAttribute qcnnOpGetAttr(MlirOperation op, QcnnAttrName name);
bool qcnnOpGetI64(MlirOperation op, QcnnAttrName name, int64_t *out);
bool qcnnOpGetF64(MlirOperation op, QcnnAttrName name, double *out); /* float or integer attr */
/* Dense i64 array: writes up to `cap` values, returns the length (or -1 if missing/wrong kind). */
intptr_t qcnnOpGetI64Array(MlirOperation op, QcnnAttrName name, int64_t *out, intptr_t cap);
/* String attribute; returns a null MlirStringRef (data == NULL) if missing. */
MlirStringRef qcnnOpGetString(MlirOperation op, QcnnAttrName name);
/* Convenience with defaults for passes that have already verified the op. */
int64_t qcnnOpI64Or(MlirOperation op, QcnnAttrName name, int64_t dflt);
void qcnnOpSetAttr(MlirOperation op, QcnnAttrName name, MlirAttribute value);

/* Attribute builders (named, for MlirOperationState / qcnnOpBuild). */
MlirNamedAttribute qcnnNamedI64(MlirContext ctx, QcnnAttrName name, int64_t v);
MlirNamedAttribute qcnnNamedF32(MlirContext ctx, QcnnAttrName name, float v);
MlirNamedAttribute qcnnNamedI64Array(MlirContext ctx, QcnnAttrName name, intptr_t n, const int64_t *v);
MlirNamedAttribute qcnnNamedString(MlirContext ctx, QcnnAttrName name, const char *v);
MlirNamedAttribute qcnnNamedAttr(MlirContext ctx, QcnnAttrName name, MlirAttribute v);

/*===-- Walking ----------------------------------------------------------------------------===*/

/* The ops nested in `root` (pre-order, `root` included) for which `keep` returns true, or all of them
 * when `keep` is NULL, as a malloc'd array the caller frees; `*n` receives the count. Passes that
 * rewrite collect first: a walk must not visit ops the rewrite creates or erases. */
MlirOperation *qcnnCollectOps(MlirOperation root, bool (*keep)(MlirOperation), intptr_t *n);
/* Erases the pass-through ops nested in `root` that `which` selects (one operand, one result of the
 * same type: qdf.fifo, qdf.dwc), their users reading the operand instead. */
void qcnnEraseForwardingOps(MlirOperation root, bool (*which)(MlirOperation));

/*===-- Building ops -------------------------------------------------------------------------===*/

/* Creates (does not insert) an op of `kind`. The caller inserts it into a block, or through a
 * rewriter. */
MlirOperation qcnnOpBuild(QcnnOpKind kind, MlirLocation loc, intptr_t nOperands, const MlirValue *operands,
                          intptr_t nResults, const MlirType *resultTypes, intptr_t nAttrs,
                          const MlirNamedAttribute *attrs);

/*===-- Types --------------------------------------------------------------------------------===*/

/* !qcnn.bipolar: the {-1,+1} element type. */
MlirType qcnnBipolarTypeGet(MlirContext ctx);
bool qcnnTypeIsBipolar(MlirType t);
/* Ranked tensor type helper. */
MlirType qcnnTensorType(intptr_t rank, const int64_t *shape, MlirType elt);

/*===-- Constants ----------------------------------------------------------------------------===*/

/* An arith.constant with dense elements holding the values of a static tensor type (given as doubles,
 * converted to the element type: exact for integers up to 53 bits and for f32). `name` is kept for
 * future use as a resource blob name; printed IR is kept short with --mlir-elide-elementsattrs-if-larger. */
MlirOperation qcnnConstantBuild(MlirLocation loc, MlirType tensorType, const double *values, const char *name);
/* True if `v` is produced by an arith.constant with dense or dense_resource elements. */
bool qcnnValueIsConstant(MlirValue v);
/* Reads all elements of such a constant (splats expanded) as doubles into `out` (capacity `cap`);
 * returns the element count, or -1 if `v` is not a readable constant. */
intptr_t qcnnConstantRead(MlirValue v, double *out, intptr_t cap);

/*===-- Diagnostics on ops ------------------------------------------------------------------===*/

/* One error at the op's location (its ONNX node name), in MLIR's form "'qdf.mvau' op <message>".
 * Returns false so checks can `return qcnnEmitOpError(...)`. */
bool qcnnEmitOpError(MlirOperation op, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*===-- Printing -----------------------------------------------------------------------------===*/

typedef struct {
  bool debugInfo;          /* print locations (--mlir-print-debuginfo) */
  bool generic;            /* generic op form (--mlir-print-op-generic) */
  int64_t elideLargerThan; /* elide elements attrs with more elements (0: never) */
} QcnnPrintOptions;

/* Appends the textual form of `op` (and a final newline) to `out`. Deterministic. */
void qcnnOperationPrint(MlirOperation op, const QcnnPrintOptions *opts, QcnnBuf *out);

/*===-- Shapes and names ---------------------------------------------------------------------===*/

/* Number of elements of a statically shaped tensor type (-1 if dynamic/unranked). */
int64_t qcnnTypeNumElements(MlirType t);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_IR_H */
