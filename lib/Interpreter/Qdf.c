/* qdf ops on stream contents (docs/semantics.md, "qdf"). A stream's value is a QcnnTensor in its folded
 * shape [..., words, elems per word], whose row-major contents are the unfolded tensor's [..., C]: each
 * op views its input unfolded (the last two dimensions merged), runs the kernel its qcnn counterpart
 * uses, and its result is reshaped to the folded type. Folding changes how values are packed into
 * words, never the values, so PE and SIMD do not enter the computation. */
#include "Eval.h"
#include "qcnn/Dataflow.h"

#include <stdio.h>
#include <string.h>

/* The unfolded view of a stream value: the same storage (not owned), the last two dimensions merged. */
static QcnnTensor unfolded(const QcnnTensor *x) {
  QcnnTensor v = *x;
  if (v.rank >= 2) {
    v.shape[v.rank - 2] *= v.shape[v.rank - 1];
    v.rank--;
  }
  return v;
}

/* Reports that stream operand `j` does not hold what the attributes describe. */
static bool badOperand(QcnnEval *e, intptr_t j, const char *expected) {
  QcnnBuf b = {0};
  qcnnEvalTypeStr(mlirValueGetType(mlirOperationGetOperand(e->op, j)), &b);
  qcnnEmitError(e->loc, "operand %ld %s does not hold %s", (long)j, b.data, expected);
  qcnnBufFree(&b);
  return false;
}

/* Stream operand `j` unfolded to [..., n] with n = the integer attribute `attr`. */
static bool vectorView(QcnnEval *e, intptr_t j, QcnnAttrName attr, QcnnTensor *v, int64_t *n) {
  if (!qcnnEvalAttrI64(e, attr, n)) return false;
  *v = unfolded(e->in[j]);
  if (v->rank >= 1 && *n >= 1 && v->shape[v->rank - 1] == *n) return true;
  char what[96];
  snprintf(what, sizeof what, "vectors of %s = %lld", qcnnAttrNameStr(attr), (long long)*n);
  return badOperand(e, j, what);
}

/* Stream operand 0 unfolded to the NHWC map [N, H, W, C] that ifm_dim and channels describe. */
static bool mapView(QcnnEval *e, QcnnTensor *v) {
  int64_t ifm[2], c;
  if (!qcnnEvalAttrFixed(e, QCNN_ATTR_IFM_DIM, ifm, 2) || !vectorView(e, 0, QCNN_ATTR_CHANNELS, v, &c))
    return false;
  if (v->rank == 4 && v->shape[1] == ifm[0] && v->shape[2] == ifm[1]) return true;
  char what[96];
  snprintf(what, sizeof what, "an NHWC map of ifm_dim %lldx%lld and %lld channels", (long long)ifm[0],
           (long long)ifm[1], (long long)c);
  return badOperand(e, 0, what);
}

/* num_input_vectors (their product) must be the number of vectors in `v`. */
static bool checkVectors(QcnnEval *e, const QcnnTensor *v) {
  int64_t niv[QCNN_MAX_RANK], n = 1;
  intptr_t len;
  if (!qcnnEvalAttrArray(e, QCNN_ATTR_NUM_INPUT_VECTORS, niv, QCNN_MAX_RANK, &len)) return false;
  for (intptr_t d = 0; d < len; d++) n *= niv[d];
  int64_t have = v->count / v->shape[v->rank - 1];
  if (n == have) return true;
  qcnnEmitError(e->loc, "num_input_vectors make %lld vectors, the input stream holds %lld", (long long)n,
                (long long)have);
  return false;
}

/* Thresholding of x into the integer y (may be x): b = #{t : x >= t} + act_val per channel (last
 * axis); a bipolar result holds 2b - 1 (FINN's BIPOLAR encoding of the bit b). */
static bool activate(QcnnEval *e, const QcnnTensor *x, const QcnnTensor *th, QcnnTensor *y) {
  int64_t actVal;
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_ACT_VAL, &actVal)) return false;
  MlirType out = qcnnStreamTensor(mlirValueGetType(mlirOperationGetResult(e->op, 0)));
  if (!mlirTypeIsNull(out) && qcnnTypeIsBipolar(mlirShapedTypeGetElementType(out)))
    return qcnnThresholdKernel(e, x, th, x->rank - 1, 2, 2 * (double)actVal - 1, y);
  return qcnnThresholdKernel(e, x, th, x->rank - 1, 1, (double)actVal, y);
}

static bool evalMvau(QcnnEval *e) {
  const QcnnTensor *w = e->in[1], *th = e->numIn > 2 ? e->in[2] : NULL;
  QcnnTensor x;
  int64_t mw, mh;
  if (!qcnnEvalAttrI64(e, QCNN_ATTR_MH, &mh) || !vectorView(e, 0, QCNN_ATTR_MW, &x, &mw) || !checkVectors(e, &x))
    return false;
  if (w->rank != 2 || w->shape[0] != mw || w->shape[1] != mh || !w->isInt) {
    char what[96];
    snprintf(what, sizeof what, "integer weights of shape [mw, mh] = [%lld, %lld]", (long long)mw, (long long)mh);
    return badOperand(e, 1, what);
  }
  int64_t shape[QCNN_MAX_RANK], vectors = x.count / mw;
  memcpy(shape, x.shape, sizeof shape);
  shape[x.rank - 1] = mh;
  if (!qcnnEvalOut(e, 0, true, x.rank, shape)) return false;
  for (int64_t v = 0; v < vectors; v++)
    if (!qcnnMatRow(e, &x, v * mw, w, 0, mw, mh, true, &e->out[0], v * mh)) return false;
  return !th || activate(e, &e->out[0], th, &e->out[0]);
}

static bool evalThreshold(QcnnEval *e) {
  QcnnTensor x;
  int64_t channels;
  if (!vectorView(e, 0, QCNN_ATTR_CHANNELS, &x, &channels) || !checkVectors(e, &x) ||
      !qcnnEvalOut(e, 0, true, x.rank, x.shape))
    return false;
  return activate(e, &x, e->in[1], &e->out[0]);
}

static bool evalSwg(QcnnEval *e) {
  QcnnIm2Col g = {0};
  int64_t ofm[2];
  QcnnTensor x;
  if (!mapView(e, &x) || !qcnnEvalAttrFixed(e, QCNN_ATTR_KERNEL, g.kernel, 2) ||
      !qcnnEvalAttrFixed(e, QCNN_ATTR_STRIDE, g.stride, 2) || !qcnnEvalAttrFixed(e, QCNN_ATTR_DILATION, g.dil, 2) ||
      !qcnnEvalAttrFixed(e, QCNN_ATTR_OFM_DIM, ofm, 2) || !qcnnIm2ColKernel(e, &x, &g))
    return false;
  if (e->out[0].shape[1] == ofm[0] && e->out[0].shape[2] == ofm[1]) return true;
  qcnnEmitError(e->loc, "the windows make a %lldx%lld output, but ofm_dim is %lldx%lld",
                (long long)e->out[0].shape[1], (long long)e->out[0].shape[2], (long long)ofm[0], (long long)ofm[1]);
  return false;
}

static bool evalPad(QcnnEval *e) {
  int64_t p[4], value;
  QcnnTensor x;
  if (!mapView(e, &x) || !qcnnEvalAttrFixed(e, QCNN_ATTR_PADS, p, 4) || !qcnnEvalAttrI64(e, QCNN_ATTR_VALUE, &value))
    return false;
  int64_t pads[8] = {0, p[0], p[1], 0, 0, p[2], p[3], 0};
  return qcnnPadKernel(e, &x, pads, "constant", (double)value);
}

static bool evalMaxPool(QcnnEval *e) {
  int64_t kernel[2], stride[2];
  QcnnTensor x;
  return mapView(e, &x) && qcnnEvalAttrFixed(e, QCNN_ATTR_KERNEL, kernel, 2) &&
         qcnnEvalAttrFixed(e, QCNN_ATTR_STRIDE, stride, 2) && qcnnMaxPoolNhwcKernel(e, &x, kernel, stride);
}

static bool evalAccPool(QcnnEval *e) {
  QcnnTensor x;
  return mapView(e, &x) && qcnnSumPoolKernel(e, &x, true, false);
}

static bool evalLabelSelect(QcnnEval *e) {
  int64_t labels, k;
  QcnnTensor x;
  return vectorView(e, 0, QCNN_ATTR_LABELS, &x, &labels) && qcnnEvalAttrI64(e, QCNN_ATTR_K, &k) &&
         qcnnTopKKernel(e, &x, x.rank - 1, k, true, NULL, &e->out[0]);
}

static bool evalAddStreams(QcnnEval *e) {
  int64_t channels;
  QcnnTensor a, b;
  if (!vectorView(e, 0, QCNN_ATTR_CHANNELS, &a, &channels) || !vectorView(e, 1, QCNN_ATTR_CHANNELS, &b, &channels))
    return false;
  if (a.rank != b.rank || memcmp(a.shape, b.shape, (size_t)a.rank * sizeof *a.shape) != 0)
    return badOperand(e, 1, "the same unfolded shape as operand 0");
  return qcnnBinaryKernel(e, QCNN_OP_ADD, &a, &b);
}

/* qdf.input / qdf.output: the host tensor (operand / result) must have normal_shape. */
static bool checkHostShape(QcnnEval *e) {
  bool in = qcnnOpIs(e->op, QCNN_OP_QDF_INPUT);
  MlirType host = mlirValueGetType(in ? mlirOperationGetOperand(e->op, 0) : mlirOperationGetResult(e->op, 0));
  int64_t normal[QCNN_MAX_RANK];
  intptr_t n;
  if (!qcnnEvalAttrArray(e, QCNN_ATTR_NORMAL_SHAPE, normal, QCNN_MAX_RANK, &n)) return false;
  bool same = mlirTypeIsARankedTensor(host) && mlirShapedTypeGetRank(host) == n;
  for (intptr_t d = 0; same && d < n; d++) same = mlirShapedTypeGetDimSize(host, d) == normal[d];
  if (same) return true;
  QcnnBuf b = {0};
  qcnnEvalTypeStr(host, &b);
  qcnnEmitError(e->loc, "the host tensor %s does not have normal_shape", b.data);
  qcnnBufFree(&b);
  return false;
}

/* input, output, dwc, fifo, duplicate: every result holds the operand's contents. */
static bool evalCopy(QcnnEval *e) {
  for (intptr_t r = 0; r < e->numOut; r++)
    if (!qcnnTensorClone(e->in[0], &e->out[r])) {
      qcnnEmitError(e->loc, "cannot allocate result %ld", (long)r);
      return false;
    }
  return true;
}

/* Gives result `r` the shape of its type (the folded tensor of a stream), which must hold as many
 * elements as the op computed. */
static bool refold(QcnnEval *e, intptr_t r) {
  MlirType t = mlirValueGetType(mlirOperationGetResult(e->op, r));
  if (qcnnTypeIsStream(t)) t = qcnnStreamTensor(t);
  if (!mlirTypeIsARankedTensor(t) || !mlirShapedTypeHasStaticShape(t)) return true; /* conform reports it */
  QcnnTensor *y = &e->out[r];
  intptr_t rank = mlirShapedTypeGetRank(t);
  int64_t count = qcnnTypeNumElements(t);
  if (count != y->count || rank > QCNN_MAX_RANK) {
    QcnnBuf b = {0};
    qcnnEvalTypeStr(t, &b);
    qcnnEmitError(e->loc, "result %ld: the op computes %lld elements per frame, its type %s holds %lld", (long)r,
                  (long long)y->count, b.data, (long long)count);
    qcnnBufFree(&b);
    return false;
  }
  y->rank = (int)rank;
  for (intptr_t d = 0; d < rank; d++) y->shape[d] = mlirShapedTypeGetDimSize(t, d);
  return true;
}

bool qcnnEvalQdf(QcnnEval *e) {
  for (intptr_t j = 0; j < e->numIn; j++)
    if (qcnnTypeIsStream(mlirValueGetType(mlirOperationGetOperand(e->op, j))) && !e->in[j]->isInt)
      return badOperand(e, j, "integers");
  bool ok;
  switch (qcnnOpGetKind(e->op)) {
  case QCNN_OP_QDF_MVAU: ok = evalMvau(e); break;
  case QCNN_OP_QDF_THRESHOLD: ok = evalThreshold(e); break;
  case QCNN_OP_QDF_SWG: ok = evalSwg(e); break;
  case QCNN_OP_QDF_PAD: ok = evalPad(e); break;
  case QCNN_OP_QDF_MAXPOOL: ok = evalMaxPool(e); break;
  case QCNN_OP_QDF_ACCPOOL: ok = evalAccPool(e); break;
  case QCNN_OP_QDF_LABELSELECT: ok = evalLabelSelect(e); break;
  case QCNN_OP_QDF_ADD_STREAMS: ok = evalAddStreams(e); break;
  case QCNN_OP_QDF_INPUT:
  case QCNN_OP_QDF_OUTPUT: ok = checkHostShape(e) && evalCopy(e); break;
  case QCNN_OP_QDF_DWC:
  case QCNN_OP_QDF_FIFO:
  case QCNN_OP_QDF_DUPLICATE: ok = evalCopy(e); break;
  default: qcnnEmitError(e->loc, "'%s' is not a qdf op", qcnnOpKindName(qcnnOpGetKind(e->op))); return false;
  }
  for (intptr_t r = 0; ok && r < e->numOut; r++) ok = refold(e, r);
  return ok;
}
