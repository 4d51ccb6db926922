/* qcnn-to-nhwc: moves the conv trunk to channels-last. The qcnn ops are ONNX-NCHW by definition, so an
 * NHWC conv, maxpool or pool is written transpose(0,3,1,2) -> op -> transpose(0,2,3,1) (the importer's
 * form of FINN's MaxPoolNHWC), and a rank-4 multithreshold becomes data_layout NHWC between a
 * transpose in and a transpose out. Then adjacent transposes compose and cancel, so between two
 * converted ops the value is NHWC and no transpose is left. A flatten of an NHWC map reads it
 * directly: its element order changes from (c, h, w) to (h, w, c), so the K axis of the constant
 * weight of the gemm/matmul it feeds is permuted to match (exact: the same products are summed). */
#include "../Streamline/StreamlineUtils.h"

#include <mlir-c/BuiltinTypes.h>
#include <stdlib.h>

static const int64_t kToNhwc[4] = {0, 2, 3, 1}, kToNchw[4] = {0, 3, 1, 2};

static MlirValue transpose(MlirRewriterBase rw, MlirLocation loc, MlirValue x, const int64_t *perm) {
  MlirType t = mlirValueGetType(x);
  int64_t d[4];
  for (int i = 0; i < 4; i++) d[i] = mlirShapedTypeGetDimSize(t, perm[i]);
  MlirType type = mlirRankedTensorTypeGet(4, d, mlirShapedTypeGetElementType(t), mlirAttributeGetNull());
  MlirNamedAttribute p = qcnnNamedI64Array(mlirValueGetContext(x), QCNN_ATTR_PERM, 4, perm);
  return qcnnBuildOp(rw, QCNN_OP_TRANSPOSE, loc, 1, &x, type, 1, &p);
}

static bool isRank4(MlirValue v) {
  MlirType t = mlirValueGetType(v);
  return mlirTypeIsARankedTensor(t) && mlirShapedTypeGetRank(t) == 4 && mlirShapedTypeHasStaticShape(t);
}

/* Float convs are left alone: im2col + matmul would sum in another order. */
static bool isFloat(MlirValue v) { return mlirTypeIsAFloat(mlirShapedTypeGetElementType(mlirValueGetType(v))); }

/* Every use of `r` except by `keep` now reads the NCHW value of `nhwc` (r seen through NHWC). */
static void exposeNhwc(MlirRewriterBase rw, MlirLocation loc, MlirValue r, MlirValue nhwc) {
  MlirValue back = transpose(rw, loc, nhwc, kToNchw);
  MlirOperation keep = mlirOpResultGetOwner(nhwc);
  mlirRewriterBaseReplaceAllUsesExcept(rw, r, back, keep);
}

/* op(x) -> T_nhwc(op(T_nchw(T_nhwc(x)))) seen by op's users as T_nchw of that. */
static void wrapWindowOp(MlirRewriterBase rw, MlirOperation op) {
  MlirLocation loc = mlirOperationGetLocation(op);
  mlirRewriterBaseSetInsertionPointBefore(rw, op);
  MlirValue x = mlirOperationGetOperand(op, 0);
  MlirValue in = transpose(rw, loc, transpose(rw, loc, x, kToNhwc), kToNchw);
  mlirOperationSetOperand(op, 0, in);
  mlirRewriterBaseSetInsertionPointAfter(rw, op);
  MlirValue r = mlirOperationGetResult(op, 0);
  exposeNhwc(rw, loc, r, transpose(rw, loc, r, kToNhwc));
}

/* An integer conv(x, W) with group 1 and no bias -> matmul(im2col(T_nhwc(x)), W'): im2col (QONNX, NHWC) lays
 * each output pixel's padded window out in (kh, kw, C) order, so W'[(i*kw + j)*C + c, o] = W[o, c, i, j];
 * the matmul sums the same products and yields [N, OH, OW, O], the conv's result in NHWC. */
static void convertConv(MlirRewriterBase rw, MlirOperation op) {
  int64_t group = 0, w[4], k[2], pads[4], dil[2], strides[2];
  MlirValue wv = mlirOperationGetOperand(op, 1);
  if (mlirOperationGetNumOperands(op) != 2 || isFloat(mlirOperationGetOperand(op, 0)) || isFloat(wv) || !qcnnOpGetI64(op, QCNN_ATTR_GROUP, &group) || group != 1 ||
      !qcnnValueIsConstant(wv) || qcnnValueShape(wv, w, 4) != 4 || qcnnOpGetI64Array(op, QCNN_ATTR_KERNEL_SHAPE, k, 2) != 2 ||
      qcnnOpGetI64Array(op, QCNN_ATTR_PADS, pads, 4) != 4 || qcnnOpGetI64Array(op, QCNN_ATTR_DILATIONS, dil, 2) != 2 ||
      qcnnOpGetI64Array(op, QCNN_ATTR_STRIDES, strides, 2) != 2)
    return;
  intptr_t n;
  double *v = qcnnReadConstant(wv, &n);
  if (!v) return;
  int64_t o = w[0], c = w[1], kk = w[1] * w[2] * w[3];
  double *p = malloc((size_t)n * sizeof *p);
  for (int64_t oc = 0; oc < o; oc++)
    for (int64_t ic = 0; ic < c; ic++)
      for (int64_t i = 0; i < w[2]; i++)
        for (int64_t j = 0; j < w[3]; j++) p[((i * w[3] + j) * c + ic) * o + oc] = v[((oc * c + ic) * w[2] + i) * w[3] + j];
  MlirContext ctx = mlirOperationGetContext(op);
  MlirLocation loc = mlirOperationGetLocation(op);
  MlirValue r = mlirOperationGetResult(op, 0);
  mlirRewriterBaseSetInsertionPointBefore(rw, op);
  int64_t wm[2] = {kk, o};
  MlirType wt = mlirRankedTensorTypeGet(2, wm, mlirShapedTypeGetElementType(mlirValueGetType(wv)), mlirAttributeGetNull());
  MlirValue ops[2] = {transpose(rw, loc, mlirOperationGetOperand(op, 0), kToNhwc), qcnnBuildConstant(rw, loc, wt, p)};
  free(v);
  free(p);
  MlirType rt = mlirValueGetType(r), xt = mlirValueGetType(ops[0]);
  int64_t cols[4] = {mlirShapedTypeGetDimSize(rt, 0), mlirShapedTypeGetDimSize(rt, 2), mlirShapedTypeGetDimSize(rt, 3), kk};
  MlirNamedAttribute attrs[6] = {
      qcnnNamedI64(ctx, QCNN_ATTR_DEPTHWISE, 0), qcnnNamedI64Array(ctx, QCNN_ATTR_DILATIONS, 2, dil),
      qcnnNamedI64Array(ctx, QCNN_ATTR_KERNEL_SIZE, 2, k), qcnnNamedI64Array(ctx, QCNN_ATTR_PAD_AMOUNT, 4, pads),
      qcnnNamedI64(ctx, QCNN_ATTR_PAD_VALUE, 0), qcnnNamedI64Array(ctx, QCNN_ATTR_STRIDE, 2, strides)};
  ops[0] = qcnnBuildOp(rw, QCNN_OP_IM2COL, loc, 1, &ops[0],
                       mlirRankedTensorTypeGet(4, cols, mlirShapedTypeGetElementType(xt), mlirAttributeGetNull()), 6, attrs);
  int64_t y[4] = {cols[0], cols[1], cols[2], o};
  MlirType yt = mlirRankedTensorTypeGet(4, y, mlirShapedTypeGetElementType(rt), mlirAttributeGetNull());
  qcnnReplaceOp(rw, op, transpose(rw, loc, qcnnBuildOp(rw, QCNN_OP_MATMUL, loc, 2, ops, yt, 0, NULL), kToNchw));
}

/* A rank-4 NCHW multithreshold -> the same thresholds with data_layout NHWC on the transposed input
 * ([C, L] rows follow the channel axis wherever it is). */
static void convertThreshold(MlirRewriterBase rw, MlirOperation op) {
  MlirLocation loc = mlirOperationGetLocation(op);
  mlirRewriterBaseSetInsertionPointBefore(rw, op);
  MlirValue r = mlirOperationGetResult(op, 0);
  MlirValue ops[2] = {transpose(rw, loc, mlirOperationGetOperand(op, 0), kToNhwc), mlirOperationGetOperand(op, 1)};
  MlirType t = mlirValueGetType(r);
  int64_t d[4];
  for (int i = 0; i < 4; i++) d[i] = mlirShapedTypeGetDimSize(t, kToNhwc[i]);
  MlirType type = mlirRankedTensorTypeGet(4, d, mlirShapedTypeGetElementType(t), mlirAttributeGetNull());
  MlirValue y = qcnnCloneWithOperands(rw, op, 2, ops, type);
  MlirNamedAttribute layout = qcnnNamedString(mlirOperationGetContext(op), QCNN_ATTR_DATA_LAYOUT, "NHWC");
  mlirOperationSetAttributeByName(mlirOpResultGetOwner(y), mlirIdentifierStr(layout.name), layout.attribute);
  qcnnReplaceOp(rw, op, transpose(rw, loc, y, kToNchw));
}

/* The transpose(0,3,1,2) feeding `v`, or a null op. */
static MlirOperation toNchwProducer(MlirValue v) {
  MlirOperation t = qcnnDefiningOp(v, QCNN_OP_TRANSPOSE);
  int64_t p[QCNN_MAX_RANK];
  if (mlirOperationIsNull(t) || qcnnOpGetI64Array(t, QCNN_ATTR_PERM, p, QCNN_MAX_RANK) != 4) return (MlirOperation){NULL};
  for (int i = 0; i < 4; i++)
    if (p[i] != kToNchw[i]) return (MlirOperation){NULL};
  return t;
}

/* flatten(axis 1) of T_nchw(y), y = [N, H, W, C] -> flatten(y) (run before the transposes cancel, so
 * the flatten after a converted op sees its T_nchw). With H*W = 1 both orders agree;
 * otherwise the single user must be a gemm/matmul with a constant weight, whose K rows are permuted:
 * NHWC position (h*W + w)*C + c holds what NCHW position c*H*W + h*W + w held. */
static void flattenNhwc(MlirRewriterBase rw, MlirOperation op) {
  MlirOperation t = toNchwProducer(mlirOperationGetOperand(op, 0));
  int64_t axis = 0, transA = 0, transB = 0;
  if (mlirOperationIsNull(t) || !qcnnOpGetI64(op, QCNN_ATTR_AXIS, &axis) || axis != 1) return;
  MlirValue y = mlirOperationGetOperand(t, 0), out = mlirOperationGetResult(op, 0);
  MlirType yt = mlirValueGetType(y);
  int64_t hw = mlirShapedTypeGetDimSize(yt, 1) * mlirShapedTypeGetDimSize(yt, 2), c = mlirShapedTypeGetDimSize(yt, 3);
  MlirOperation user = (MlirOperation){NULL};
  MlirValue w = {NULL};
  bool kRows = true; /* K is the row axis of the weight (matmul, gemm without trans_b) */
  if (hw != 1) {
    if (!qcnnHasOneUse(out)) return;
    user = mlirOpOperandGetOwner(mlirValueGetFirstUse(out));
    bool gemm = qcnnOpIs(user, QCNN_OP_GEMM);
    if (!(gemm || qcnnOpIs(user, QCNN_OP_MATMUL)) || mlirOpOperandGetOperandNumber(mlirValueGetFirstUse(out)) != 0)
      return;
    if (gemm && (!qcnnOpGetI64(user, QCNN_ATTR_TRANS_A, &transA) || transA)) return;
    w = mlirOperationGetOperand(user, 1);
    if (!qcnnValueIsConstant(w) || mlirShapedTypeGetRank(mlirValueGetType(w)) != 2) return;
    kRows = !(gemm && qcnnOpGetI64(user, QCNN_ATTR_TRANS_B, &transB) && transB);
  }
  mlirRewriterBaseSetInsertionPointBefore(rw, op);
  MlirValue flat = qcnnCloneWithOperands(rw, op, 1, &y, mlirValueGetType(out));
  if (hw != 1) {
    intptr_t n;
    double *v = qcnnReadConstant(w, &n), *p = malloc((size_t)n * sizeof *p);
    int64_t k = hw * c, o = n / k;
    for (int64_t s = 0; s < hw; s++)
      for (int64_t ch = 0; ch < c; ch++)
        for (int64_t j = 0; j < o; j++) {
          int64_t from = ch * hw + s, to = s * c + ch;
          p[kRows ? to * o + j : j * k + to] = v[kRows ? from * o + j : j * k + from];
        }
    mlirRewriterBaseSetInsertionPointBefore(rw, user);
    qcnnReplaceOperand(rw, user, 1, qcnnBuildConstant(rw, mlirOperationGetLocation(user), mlirValueGetType(w), p));
    free(v);
    free(p);
  }
  qcnnReplaceOp(rw, op, flat);
}

/* Composes and drops transposes until none changes (program order: a rewrite only erases the op
 * itself and its dead producers, which were already visited). */
static void cancelTransposes(MlirRewriterBase rw, MlirOperation func) {
  for (bool changed = true; changed;) {
    changed = false;
    intptr_t n;
    MlirOperation *ops = qcnnCollectOps(func, NULL, &n);
    for (intptr_t i = 0; i < n; i++)
      if (qcnnOpIs(ops[i], QCNN_OP_TRANSPOSE)) {
        mlirRewriterBaseSetInsertionPointBefore(rw, ops[i]);
        changed |= qcnnCancelTransposesRewrite.fn(ops[i], rw);
      }
    free(ops);
  }
}

static bool run(MlirOperation func, void *state) {
  (void)state;
  MlirRewriterBase rw = mlirIRRewriterCreateFromOp(func);
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(func, NULL, &n);
  for (intptr_t i = 0; i < n; i++) {
    MlirOperation op = ops[i];
    QcnnOpKind k = qcnnOpGetKind(op);
    if (mlirOperationGetNumOperands(op) == 0 || !isRank4(mlirOperationGetOperand(op, 0))) continue;
    if (k == QCNN_OP_CONV)
      convertConv(rw, op);
    else if (k == QCNN_OP_MAXPOOL || k == QCNN_OP_AVERAGEPOOL || k == QCNN_OP_GLOBAL_ACC_POOL ||
        k == QCNN_OP_GLOBAL_AVG_POOL)
      wrapWindowOp(rw, op);
    else if (k == QCNN_OP_MULTITHRESHOLD && mlirStringRefEqual(qcnnOpGetString(op, QCNN_ATTR_DATA_LAYOUT),
                                                                mlirStringRefCreateFromCString("NCHW")))
      convertThreshold(rw, op);
    else if (k == QCNN_OP_FLATTEN)
      flattenNhwc(rw, op);
  }
  free(ops);
  cancelTransposes(rw, func);
  mlirIRRewriterDestroy(rw);
  return true;
}

MlirPass qcnnCreateToNhwcPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  return qcnnPassCreate(info, run, NULL, 0);
}
