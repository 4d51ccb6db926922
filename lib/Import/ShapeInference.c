/* Static shape arithmetic of ONNX ops. */
#include "ShapeInference.h"

int64_t qcnnShapeNumElements(const QcnnShape *s) {
  int64_t n = 1;
  for (int i = 0; i < s->rank; i++) n *= s->dims[i];
  return n;
}

bool qcnnShapeBroadcast(const QcnnShape *a, const QcnnShape *b, QcnnShape *out) {
  int r = a->rank > b->rank ? a->rank : b->rank;
  QcnnShape res = {.rank = r};
  for (int i = 0; i < r; i++) {
    int ia = i - (r - a->rank), ib = i - (r - b->rank);
    int64_t da = ia >= 0 ? a->dims[ia] : 1, db = ib >= 0 ? b->dims[ib] : 1;
    if (da != db && da != 1 && db != 1) return false;
    res.dims[i] = da == 1 ? db : da;
  }
  *out = res;
  return true;
}

bool qcnnNormalizeAxis(int64_t axis, int rank, int64_t *out) {
  if (axis < -rank || axis >= rank) return false;
  *out = axis < 0 ? axis + rank : axis;
  return true;
}

static int64_t divCeil(int64_t a, int64_t b) { return a >= 0 ? (a + b - 1) / b : -((-a) / b); }
static int64_t divFloor(int64_t a, int64_t b) { return a >= 0 ? a / b : -((-a + b - 1) / b); }

int64_t qcnnWindowOutDim(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, int64_t padBegin,
                         int64_t padEnd, bool ceilMode) {
  int64_t span = in + padBegin + padEnd - ((kernel - 1) * dilation + 1);
  if (span < 0) return 0;
  int64_t out = (ceilMode ? divCeil(span, stride) : divFloor(span, stride)) + 1;
  if (ceilMode && (out - 1) * stride >= in + padBegin) out--;
  return out;
}

void qcnnSamePads(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, bool lower, int64_t *padBegin,
                  int64_t *padEnd) {
  int64_t out = divCeil(in, stride);
  int64_t total = (out - 1) * stride + (kernel - 1) * dilation + 1 - in;
  if (total < 0) total = 0;
  *padBegin = lower ? total - total / 2 : total / 2;
  *padEnd = total - *padBegin;
}

int64_t qcnnSliceLength(int64_t dim, int64_t start, int64_t end, int64_t step, int64_t *clampedStart) {
  if (start < 0) start += dim;
  if (end < 0) end += dim;
  if (step > 0) {
    start = start < 0 ? 0 : start > dim ? dim : start;
    end = end < 0 ? 0 : end > dim ? dim : end;
  } else {
    start = start < 0 ? -1 : start > dim - 1 ? dim - 1 : start;
    end = end < -1 ? -1 : end > dim - 1 ? dim - 1 : end;
  }
  if (clampedStart) *clampedStart = start;
  int64_t len = step > 0 ? divCeil(end - start, step) : divCeil(start - end, -step);
  return len < 0 ? 0 : len;
}
