/* Shared state of the ONNX importer: the value table (ONNX tensor name → SSA value and/or known
 * constant), per-node context, and the helpers every lowering uses. Private to lib/Import. */
#ifndef QCNN_LIB_IMPORT_INTERNAL_H
#define QCNN_LIB_IMPORT_INTERNAL_H

#include "onnx/onnx.pb-c.h"
#include "qcnn/IR.h"
#include "qcnn/Import.h"
#include "qcnn/Shape.h"

#include <stdbool.h>
#include <stdint.h>

/* A tensor whose value is known at import time (initializer, Constant node, folded shape chain).
 * Values are doubles: exact for f32 and for integers up to 2^53 (int64 extremes saturate). */
typedef struct {
  double *data;
  int64_t n;
} ImpConst;

typedef struct {
  char *name;
  MlirType type;     /* static ranked tensor type */
  MlirValue value;   /* null until a constant is first used as an operand */
  ImpConst *konst;   /* known value, or NULL */
} ImpValue;

typedef struct {
  MlirContext ctx;
  const char *fileName;
  MlirLocation fileLoc;
  MlirBlock block;
  Onnx__GraphProto *graph;
  int64_t opset; /* default ("" / "ai.onnx") domain version */
  int64_t batchSize;
  ImpValue *values;
  size_t nValues, capValues;
} Importer;

#define IMP_MAX_INPUTS 16

typedef struct {
  Importer *im;
  Onnx__NodeProto *node;
  const char *name; /* node name, or the generated <OpType>_<index> */
  const char *domain;
  const char *opType;
  MlirLocation loc;
  ImpValue *in[IMP_MAX_INPUTS]; /* NULL for absent optional inputs */
  size_t nIn;
} ImpNode;

/*===-- Errors ------------------------------------------------------------------------------===*/

/* `node 'n' (Op, domain 'd'): message` at the node's location. Always returns false. */
bool impNodeError(ImpNode *n, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void impNodeRemark(ImpNode *n, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*===-- Value table (Import.c) ---------------------------------------------------------------===*/

ImpValue *impLookup(Importer *im, const char *name);
/* Defines `name`; the table takes ownership of `konst`. Redefinition is an error. */
ImpValue *impDefine(Importer *im, const char *name, MlirType type, MlirValue value, ImpConst *konst);
/* The SSA value of input `i`, materializing a constant (arith.constant) on first use. */
MlirValue impOperand(ImpNode *n, size_t i);
/* Materializes any value (for the func.return). */
MlirValue impMaterialize(Importer *im, ImpValue *v);
/* Input `i` must be present and constant; reports an error naming `what` otherwise. */
bool impConstInput(ImpNode *n, size_t i, const char *what, ImpConst **out);
/* Input `i` as an int64 list (clamped to int64), or an error. Returns the count or -1. */
int impConstInts(ImpNode *n, size_t i, const char *what, int64_t *out, int cap);
bool impHasInput(ImpNode *n, size_t i);

/*===-- Results -----------------------------------------------------------------------------===*/

/* Result type of output `idx`: shape + default element type, overridden by a finn_datatype
 * annotation, checked against declared value_info / graph output shapes. Null type on error. */
MlirType impResultType(ImpNode *n, size_t idx, const QcnnShape *shape, MlirType elt);
/* Appends `op` to the body and binds its results to the node's outputs. */
bool impEmit(ImpNode *n, MlirOperation op);
/* Appends a one-result op and binds its result to output `idx`. */
bool impEmitAs(ImpNode *n, size_t idx, MlirOperation op);
/* Builds, appends and binds a qcnn op with one result of `shape`/`elt`. */
bool impEmitSimple(ImpNode *n, QcnnOpKind kind, size_t nOperands, const MlirValue *operands,
                   const QcnnShape *shape, MlirType elt, size_t nAttrs, const MlirNamedAttribute *attrs);
/* Binds output `idx` to a folded constant (takes ownership of `k`). */
bool impBindConst(ImpNode *n, size_t idx, const QcnnShape *shape, MlirType elt, ImpConst *k);
/* Binds output `idx` as an alias of `v` (Identity/Dropout of a constant). */
bool impBindAlias(ImpNode *n, size_t idx, ImpValue *v);

/*===-- Types and shapes --------------------------------------------------------------------===*/

/* Shape of the node's input `i`. */
QcnnShape impInShape(ImpNode *n, size_t i);
/* qcnnBroadcastShapes on QcnnShape values (`out` may alias a or b); false if incompatible. */
bool impBroadcast(const QcnnShape *a, const QcnnShape *b, QcnnShape *out);
MlirType impElt(MlirType t);
bool impIsFloat(MlirType elt);
MlirType impTensorType(const QcnnShape *s, MlirType elt);

/*===-- Tensors (Tensor.c) ------------------------------------------------------------------===*/

/* Element type of an ONNX TensorProto.DataType, or a null type if unsupported. */
MlirType impElementType(MlirContext ctx, int32_t dataType);
/* Decodes an initializer / Constant value. Reports errors at `loc` (prefix `what`). */
bool impDecodeTensor(Importer *im, const Onnx__TensorProto *t, MlirLocation loc, const char *what,
                     QcnnShape *shape, MlirType *elt, ImpConst **out);
ImpConst *impConstNew(int64_t n);
void impConstFree(ImpConst *k);
int64_t impToI64(double d);

/*===-- Attributes (Attributes.c) -----------------------------------------------------------===*/

const Onnx__AttributeProto *impAttr(const Onnx__NodeProto *node, const char *name);
int64_t impAttrInt(const Onnx__NodeProto *node, const char *name, int64_t dflt);
float impAttrFloat(const Onnx__NodeProto *node, const char *name, float dflt);
/* Copies a string attribute (or `dflt`) into `buf`. */
const char *impAttrString(const Onnx__NodeProto *node, const char *name, const char *dflt, char *buf, size_t cap);
/* Int list attribute: count, or -1 if absent (or longer than `cap`). */
int impAttrInts(const Onnx__NodeProto *node, const char *name, int64_t *out, int cap);

/*===-- Annotations (Annotations.c) ---------------------------------------------------------===*/

/* The finn_datatype of tensor `name` as an element type (null if none or if it stays float).
 * `isConstant` selects how non-representable element types (bipolar) are handled. */
MlirType impAnnotatedElt(Importer *im, const char *name, MlirLocation loc, bool isConstant);

/*===-- Lowering (Ops.c, ConstantFold.c) -----------------------------------------------------===*/

typedef bool (*ImpLowerFn)(ImpNode *n);
/* The lowering of (domain, op_type), or NULL if unsupported. */
ImpLowerFn impFindLowering(const char *domain, const char *opType);
/* Constant-folding lowerings (ConstantFold.c). */
bool impLowerShape(ImpNode *n);
bool impLowerGather(ImpNode *n);
bool impLowerCast(ImpNode *n);
bool impLowerConstantOfShape(ImpNode *n);
bool impLowerConstant(ImpNode *n);
/* Folds an integer elementwise binary op if both inputs are constant integers; returns true and sets
 * *folded when it did. */
bool impTryFoldBinary(ImpNode *n, int which, bool *folded);
bool impAllInputsConstant(ImpNode *n);

#endif
