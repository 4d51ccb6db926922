/* qcnn-partition: marks every qcnn op with qcnn.region = "dataflow" or "host". The dataflow region is
 * the integer-only ops (every operand and result an integer or bipolar tensor): integer conv/matmul,
 * thresholds, pools, layout ops and an integer argmax/topk (FINN's LabelSelect). Everything else stays
 * on the host, with a remark saying why. The region must be contiguous: a host op fed by the region
 * and feeding it again is an error at that op. An attribute rather than a separate function keeps the
 * graph runnable by qcnn-run unchanged; the dataflow lowering reads it per op. */
#include "qcnn/IR.h"
#include "qcnn/Passes.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdlib.h>

#define REGION_ATTR "qcnn.region"

static bool isFloat(MlirValue v) {
  MlirType t = mlirValueGetType(v);
  return mlirTypeIsAFloat(mlirTypeIsAShaped(t) ? mlirShapedTypeGetElementType(t) : t);
}

static bool integerOnly(MlirOperation op) {
  for (intptr_t i = 0; i < mlirOperationGetNumOperands(op); i++)
    if (isFloat(mlirOperationGetOperand(op, i))) return false;
  for (intptr_t i = 0; i < mlirOperationGetNumResults(op); i++)
    if (isFloat(mlirOperationGetResult(op, i))) return false;
  return true;
}

typedef struct {
  MlirOperation *ops; /* host ops downstream of the dataflow region */
  intptr_t n, cap;
  bool anyDataflow, failed;
} Partition;

static bool isHostAfter(const Partition *p, MlirOperation op) {
  for (intptr_t i = 0; i < p->n; i++)
    if (mlirOperationEqual(p->ops[i], op)) return true;
  return false;
}

static const char *hostReason(MlirOperation op, bool after) {
  if (qcnnOpIs(op, QCNN_OP_SOFTMAX)) return "softmax (a float exponential)";
  if (qcnnOpIs(op, QCNN_OP_ARGMAX) || qcnnOpIs(op, QCNN_OP_TOPK))
    return "it reads floats (on integers it would be a hardware LabelSelect)";
  if (after) return "float tail after the last integer result (e.g. the output layer's scale and bias)";
  if (!isFloat(mlirOperationGetResult(op, 0))) return "float input scaling (quantizes a float input to integers)";
  return "it computes on floats before any integer op (pre-processing of the graph input)";
}

static MlirWalkResult visit(MlirOperation op, void *ud) {
  Partition *p = ud;
  if (qcnnOpGetKind(op) == QCNN_OP_UNKNOWN) return MlirWalkResultAdvance;
  bool dataflow = integerOnly(op), after = false;
  for (intptr_t i = 0; i < mlirOperationGetNumOperands(op); i++) {
    MlirValue v = mlirOperationGetOperand(op, i);
    if (!mlirValueIsAOpResult(v)) continue;
    MlirOperation def = mlirOpResultGetOwner(v);
    MlirAttribute r = mlirOperationGetDiscardableAttributeByName(def, mlirStringRefCreateFromCString(REGION_ATTR));
    bool defDataflow = !mlirAttributeIsNull(r) && mlirStringRefEqual(mlirStringAttrGetValue(r), mlirStringRefCreateFromCString("dataflow"));
    if (dataflow && isHostAfter(p, def)) {
      qcnnEmitError(mlirOperationGetLocation(def),
                    "'%s' computes on floats between integer ops: the dataflow region would not be contiguous "
                    "(streamline the float op away or quantize around it)",
                    qcnnOpKindName(qcnnOpGetKind(def)));
      p->failed = true;
      return MlirWalkResultInterrupt;
    }
    after |= defDataflow || isHostAfter(p, def);
  }
  MlirContext ctx = mlirOperationGetContext(op);
  mlirOperationSetDiscardableAttributeByName(op, mlirStringRefCreateFromCString(REGION_ATTR),
                                             mlirStringAttrGet(ctx, mlirStringRefCreateFromCString(dataflow ? "dataflow" : "host")));
  if (dataflow) {
    p->anyDataflow = true;
    return MlirWalkResultAdvance;
  }
  qcnnEmitRemark(mlirOperationGetLocation(op), "'%s' stays on the host: %s", qcnnOpKindName(qcnnOpGetKind(op)),
                 hostReason(op, after));
  if (after) {
    if (p->n == p->cap) p->ops = realloc(p->ops, (size_t)(p->cap = p->cap ? 2 * p->cap : 16) * sizeof *p->ops);
    p->ops[p->n++] = op;
  }
  return MlirWalkResultAdvance;
}

static bool run(MlirOperation func, void *state) {
  (void)state;
  Partition p = {NULL, 0, 0, false, false};
  mlirOperationWalk(func, visit, &p, MlirWalkPreOrder);
  free(p.ops);
  if (!p.failed && !p.anyDataflow)
    qcnnEmitRemark(mlirOperationGetLocation(func), "no integer-only op: the dataflow region is empty");
  return !p.failed;
}

MlirPass qcnnCreatePartitionPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
