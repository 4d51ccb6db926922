/* Shared machinery of the streamlining rewrites (lib/Transforms/Streamline/): every rewrite is one
 * function that both the single-rewrite pass and the qcnn-streamline fixpoint run as an
 * MlirRewritePattern, plus helpers for "x op constant", per-channel constants, exact threshold
 * arithmetic and building/replacing ops through the rewriter. */
#ifndef QCNN_TRANSFORMS_STREAMLINE_UTILS_H
#define QCNN_TRANSFORMS_STREAMLINE_UTILS_H

#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Shape.h"

#include <mlir-c/Rewrite.h>

/* Rewrites `op` (whose kind is the rewrite's root) through `rw` and returns true, or returns false
 * without touching the IR. When `rw` is null (qcnnRewriteIsExplain) nothing may change: the function
 * only emits a remark if a rewrite a user would expect is blocked (run once after the fixpoint, so
 * each remark is printed once). The insertion point is set before `op`. */
typedef bool (*QcnnRewriteFn)(MlirOperation op, MlirRewriterBase rw);

typedef struct {
  QcnnOpKind root;
  QcnnRewriteFn fn;
} QcnnRewrite;

static inline bool qcnnRewriteIsExplain(MlirRewriterBase rw) { return rw.ptr == NULL; }

/* Every rewrite, defined one per file; qcnn-streamline runs them all. */
extern const QcnnRewrite qcnnSubToAddRewrite, qcnnDivToMulRewrite, qcnnBatchNormToAffineRewrite,
    qcnnCollapseRepeatedMulRewrite, qcnnCollapseRepeatedAddRewrite, qcnnMoveMulPastConvRewrite,
    qcnnMoveMulPastMatMulRewrite, qcnnMoveMulPastGemmRewrite, qcnnMoveMulPastMaxPoolRewrite,
    qcnnMoveAddPastMaxPoolRewrite, qcnnAbsorbAddIntoThresholdRewrite, qcnnAbsorbMulIntoThresholdRewrite,
    qcnnRoundThresholdsRewrite, qcnnMoveMulPastGlobalAvgPoolRewrite, qcnnMoveAddPastGlobalAvgPoolRewrite,
    qcnnMoveScalarOpsPastTransposeRewrite, qcnnMoveScalarOpsPastReshapeRewrite, qcnnMoveScalarOpsPastFlattenRewrite,
    qcnnMoveScalarOpsPastSqueezeRewrite, qcnnMoveScalarOpsPastUnsqueezeRewrite, qcnnMoveScalarOpsPastIdentityRewrite,
    qcnnMoveAddPastConvRewrite, qcnnMoveAddPastMatMulRewrite, qcnnMoveAddPastGemmRewrite,
    qcnnCancelTransposesRewrite, qcnnComposeThresholdsRewrite, qcnnMoveThresholdAboveMaxPoolRewrite,
    qcnnFactorSignIntoWeightsRewrite, qcnnSignToThresholdRewrite, qcnnAbsorbDivIntoThresholdRewrite,
    qcnnAbsorbReluIntoThresholdRewrite, qcnnExplainReluRewrite, qcnnExplainSoftmaxRewrite,
    qcnnFoldConstantTransposeRewrite, qcnnFoldConstantReshapeRewrite, qcnnFoldConstantFlattenRewrite,
    qcnnFoldConstantSqueezeRewrite, qcnnFoldConstantUnsqueezeRewrite, qcnnFoldConstantIdentityRewrite,
    qcnnIntegerWeightsConvRewrite, qcnnIntegerWeightsMatMulRewrite, qcnnIntegerWeightsGemmRewrite,
    qcnnIntegerAccumulatorConvRewrite, qcnnIntegerAccumulatorMatMulRewrite, qcnnIntegerAccumulatorGemmRewrite,
    qcnnCancelReshapeRewrite, qcnnCancelFlattenRewrite, qcnnCancelSqueezeRewrite, qcnnCancelUnsqueezeRewrite;

/* A pass applying `rewrites` greedily to a fixpoint, then explaining what is left. The array must
 * outlive the pass (use static storage). */
MlirPass qcnnStreamlinePassCreate(const QcnnPassInfo *info, const QcnnRewrite *const *rewrites, intptr_t n);

/*===-- Matching -----------------------------------------------------------------------------===*/

/* The op of `kind` defining `v`, or a null op. */
MlirOperation qcnnDefiningOp(MlirValue v, QcnnOpKind kind);
/* For a binary elementwise op: x and the constant c of "x op c". `commutative` also accepts "c op x".
 * When both are constants (a weight times its scale), x is the one with the result's shape. False if
 * no operand is constant, or if c broadcasts x to a larger shape. */
bool qcnnMatchConstOperand(MlirOperation op, bool commutative, MlirValue *x, MlirValue *c);
/* Whether `v` has exactly one use. */
bool qcnnHasOneUse(MlirValue v);
/* Whether ops of `kind` only move data without padding (transpose, reshape, flatten, squeeze,
 * unsqueeze, identity): elementwise functions commute with them. */
bool qcnnIsLayoutKind(QcnnOpKind kind);
/* The explicit permutation of a transpose (an empty perm means the reversed axes); its length, or -1. */
intptr_t qcnnTransposePermutation(MlirOperation op, int64_t *perm);

/*===-- Constants ----------------------------------------------------------------------------===*/

/* All elements of constant `c` (malloc'd, *n set), or NULL. */
double *qcnnReadConstant(MlirValue c, intptr_t *n);
/* The per-channel values (malloc'd, `channels` of them) of constant `c` broadcast against a value of
 * rank `rank` whose channel axis is `axis`; NULL if c varies along any other axis or has a larger rank. */
double *qcnnChannelValues(MlirValue c, intptr_t rank, intptr_t axis, int64_t channels);
/* Channel count of `v` at `axis` (dims must be static there), or -1. */
int64_t qcnnChannelCount(MlirValue v, intptr_t axis);

/* An f64 constant of `n` values inserted at the rewriter's insertion point: a scalar (tensor<f64>)
 * when all values are equal, else per channel, shaped to broadcast along `axis` of a rank-`rank` value
 * ([C,1,...,1]). Derived scales are f64 so that products of f32 scales stay exact. */
MlirValue qcnnBuildChannelConstant(MlirRewriterBase rw, MlirLocation loc, intptr_t rank, intptr_t axis,
                                   int64_t n, const double *values);
/* A constant of `type` holding `values`, inserted at the insertion point. */
MlirValue qcnnBuildConstant(MlirRewriterBase rw, MlirLocation loc, MlirType type, const double *values);

/* Elementwise a (op) b of two constants with numpy broadcasting, as f64: writes the result shape to
 * `shape` (capacity QCNN_MAX_RANK) and returns the malloc'd values, or NULL if they do not broadcast. */
typedef double (*QcnnCombineFn)(double a, double b);
double *qcnnCombineConstants(MlirValue a, MlirValue b, QcnnCombineFn fn, int64_t *shape, intptr_t *rank);
/* True (and the value in *value) if every element of constant `c` is the same. */
bool qcnnConstantUniform(MlirValue c, double *value);
/* `t` with its element type replaced by `elt`. */
MlirType qcnnWithElementType(MlirType t, MlirType elt);

/*===-- Exact arithmetic ---------------------------------------------------------------------===*/

/* The smallest double >= the exact t - c, and >= the exact t / c (c > 0): for any double x,
 * x + c >= t  <=>  x >= qcnnSubRoundUp(t, c)  and  x * c >= t  <=>  x >= qcnnDivRoundUp(t, c). */
double qcnnSubRoundUp(double t, double c);
double qcnnDivRoundUp(double t, double c);
/* The smallest double >= the exact t * c (c > 0): x / c >= t  <=>  x >= qcnnMulRoundUp(t, c). */
double qcnnMulRoundUp(double t, double c);

/*===-- Building and replacing ---------------------------------------------------------------===*/

/* Creates a qcnn op at the insertion point; returns its first result. */
MlirValue qcnnBuildOp(MlirRewriterBase rw, QcnnOpKind kind, MlirLocation loc, intptr_t nOperands,
                      const MlirValue *operands, MlirType resultType, intptr_t nAttrs, const MlirNamedAttribute *attrs);
/* Creates an op like `op` (kind, location, attributes) with other operands and result type. */
MlirValue qcnnCloneWithOperands(MlirRewriterBase rw, MlirOperation op, intptr_t n, const MlirValue *operands,
                                MlirType type);
/* Replaces `op`'s single result with `v`, erases `op`, then erases the producers of its operands that
 * became dead (IRDL ops are not Pure, so nothing else would). */
void qcnnReplaceOp(MlirRewriterBase rw, MlirOperation op, MlirValue v);
/* Sets operand `index` of `op` to `v` (in place, through the rewriter) and erases the old producer if dead. */
void qcnnReplaceOperand(MlirRewriterBase rw, MlirOperation op, intptr_t index, MlirValue v);

/* (x op a) op b  ->  x op fn(a, b) for constants a, b, when the inner op (of the same kind as `op`)
 * has no other use and the folded constant does not broadcast x. The new constant is f64 unless a and
 * b share an integer element type. */
bool qcnnCollapseRepeated(MlirOperation op, MlirRewriterBase rw, QcnnCombineFn fn);

/* How qcnnMoveElementwisePast may move a constant through an op. */
enum {
  QCNN_MOVE_PER_CHANNEL = 1,  /* c may vary along axis 1, which the op keeps (its rank may change) */
  QCNN_MOVE_NON_NEGATIVE = 2, /* c must be >= 0 (max commutes with scaling by c >= 0 only) */
  QCNN_MOVE_DATA_MOVEMENT = 4 /* the op only moves data: its result takes z's element type */
};

/* op(e(z, c)) -> e(op(z), c) for a single-input op `op` (maxpool, layout ops, pools) whose input is
 * the elementwise `e(z, c)` (mul or add) with constant c, as `flags` allow. In explain mode a negative
 * c that QCNN_MOVE_NON_NEGATIVE forbids gets a remark. */
bool qcnnMoveElementwisePast(MlirOperation op, MlirRewriterBase rw, QcnnOpKind e, unsigned flags);

/*===-- Linear ops (conv, matmul, gemm) ------------------------------------------------------===*/

/* The output-channel axis of the weight (operand 1) and of the result; false for unsupported ranks. */
bool qcnnLinearChannelAxes(MlirOperation op, intptr_t *wAxis, intptr_t *yAxis);
/* Whether `v`'s elements are integers or bipolar (the operands an integer linear op computes on). */
bool qcnnIsIntegerTensor(MlirValue v);
/* The result type of `op` recomputed on operands x and w: when both are integers (bipolar counts as 1 bit), a signed integer of
 * bits(x) + bits(w) + 1 + ceil(log2 K) bits for K products per sum (so it cannot overflow); else the
 * op's current result type. */
MlirType qcnnLinearResultType(MlirOperation op, MlirValue x, MlirValue w, intptr_t wAxis);

/*===-- Thresholds ---------------------------------------------------------------------------===*/

/* A multithreshold whose thresholds are a constant [rows, numT] (rows 1 or C) and whose input is
 * `e(z, c)` with a constant c that is uniform or varies along the channel axis only. */
typedef struct {
  MlirValue z;
  intptr_t rank, axis; /* of the input; axis = channel axis (data_layout) */
  int64_t channels, rows, numT;
  int64_t outRows;     /* rows of the new thresholds: 1 when both c and the thresholds are uniform */
  double *c;           /* `channels` values (all equal when c is uniform) */
  double *t;           /* rows x numT */
} QcnnThresholdMatch;

bool qcnnMatchThresholdInput(MlirOperation op, QcnnOpKind e, QcnnThresholdMatch *m);
void qcnnThresholdMatchFree(QcnnThresholdMatch *m);
/* Makes the multithreshold read m->z with the outRows x numT f64 thresholds t' = absorb(t, c[k]) of
 * channel k (the absorb rule of the rewrite, e.g. qcnnSubRoundUp), then frees m. */
void qcnnAbsorbIntoThresholds(MlirRewriterBase rw, MlirOperation op, QcnnThresholdMatch *m,
                              double (*absorb)(double t, double c));
/* Whether multithreshold `op` reads x / c with a constant c > 0 that qcnn-absorb-div-into-threshold
 * folds exactly (m filled as by qcnnMatchThresholdInput; free it). */
bool qcnnMatchDivIntoThreshold(MlirOperation op, QcnnThresholdMatch *m);

#endif /* QCNN_TRANSFORMS_STREAMLINE_UTILS_H */
