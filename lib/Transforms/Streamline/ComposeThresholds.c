/* qcnn-compose-thresholds: two multithresholds in a row are one. The inner y1 = s1*#{t in T1 : x >= t}
 * + b1 with s1 > 0 is non-decreasing in x, so for each outer threshold u, y1 >= u holds exactly when
 * x reaches the k-th smallest inner threshold, k the least level count with s1*k + b1 >= u (always
 * true when k = 0: -inf; never when no level reaches u: +inf). The outer op then reads x with those
 * thresholds and keeps its own out_scale/out_bias. This is what the in- and out-quantizers of the
 * target family's "InOutQuant" layers become. */
#include "StreamlineUtils.h"

#include <math.h>
#include <stdlib.h>

static int ascending(const void *a, const void *b) {
  double x = *(const double *)a, y = *(const double *)b;
  return (x > y) - (x < y);
}

static bool composeThresholds(MlirOperation op, MlirRewriterBase rw) {
  MlirValue mid = mlirOperationGetOperand(op, 0);
  MlirOperation inner = qcnnDefiningOp(mid, QCNN_OP_MULTITHRESHOLD);
  double s1, b1;
  if (mlirOperationIsNull(inner) || !qcnnHasOneUse(mid) || !qcnnOpGetF64(inner, QCNN_ATTR_OUT_SCALE, &s1) ||
      !qcnnOpGetF64(inner, QCNN_ATTR_OUT_BIAS, &b1))
    return false;
  MlirStringRef l1 = qcnnOpGetString(inner, QCNN_ATTR_DATA_LAYOUT), l2 = qcnnOpGetString(op, QCNN_ATTR_DATA_LAYOUT);
  if (!l1.data || !l2.data || !mlirStringRefEqual(l1, l2)) return false;
  if (s1 <= 0) {
    if (qcnnRewriteIsExplain(rw))
      qcnnEmitRemark(mlirOperationGetLocation(inner), "a non-increasing threshold cannot be composed with the next one");
    return false;
  }
  MlirValue t1v = mlirOperationGetOperand(inner, 1), t2v = mlirOperationGetOperand(op, 1);
  int64_t d1[QCNN_MAX_RANK], d2[QCNN_MAX_RANK];
  if (qcnnValueShape(t1v, d1, QCNN_MAX_RANK) != 2 || qcnnValueShape(t2v, d2, QCNN_MAX_RANK) != 2 ||
      (d1[0] != 1 && d2[0] != 1 && d1[0] != d2[0]) || qcnnRewriteIsExplain(rw))
    return false;
  intptr_t n1, n2;
  double *t1 = qcnnReadConstant(t1v, &n1), *t2 = qcnnReadConstant(t2v, &n2);
  if (!t1 || !t2) {
    free(t1);
    free(t2);
    return false;
  }
  int64_t rows = d1[0] > d2[0] ? d1[0] : d2[0], k1 = d1[1], k2 = d2[1];
  for (int64_t r = 0; r < d1[0]; r++) qsort(t1 + r * k1, (size_t)k1, sizeof *t1, ascending);
  double *t = malloc((size_t)(rows * k2 > 0 ? rows * k2 : 1) * sizeof *t);
  for (int64_t r = 0; r < rows; r++) {
    const double *row1 = t1 + (d1[0] == 1 ? 0 : r) * k1;
    for (int64_t j = 0; j < k2; j++) {
      double u = t2[(d2[0] == 1 ? 0 : r) * k2 + j];
      int64_t k = 0;
      while (k <= k1 && !(s1 * (double)k + b1 >= u)) k++; /* the level the interpreter computes */
      t[r * k2 + j] = k == 0 ? -INFINITY : k > k1 ? INFINITY : row1[k - 1];
    }
  }
  MlirLocation loc = mlirOperationGetLocation(op);
  int64_t shape[2] = {rows, k2};
  MlirValue operands[2] = {mlirOperationGetOperand(inner, 0),
                           qcnnBuildConstant(rw, loc, qcnnTensorType(2, shape, mlirF64TypeGet(mlirLocationGetContext(loc))), t)};
  qcnnReplaceOp(rw, op, qcnnCloneWithOperands(rw, op, 2, operands, mlirValueGetType(mlirOperationGetResult(op, 0))));
  free(t);
  free(t1);
  free(t2);
  return true;
}

const QcnnRewrite qcnnComposeThresholdsRewrite = {QCNN_OP_MULTITHRESHOLD, composeThresholds};

MlirPass qcnnCreateComposeThresholdsPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {&qcnnComposeThresholdsRewrite};
  return qcnnStreamlinePassCreate(info, rewrites, 1);
}
