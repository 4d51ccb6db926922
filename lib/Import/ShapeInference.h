/* Static shape arithmetic of ONNX ops (broadcasting, conv/pool windows, auto_pad, axes), on plain
 * int64 arrays so any library can reuse it. */
#ifndef QCNN_LIB_IMPORT_SHAPEINFERENCE_H
#define QCNN_LIB_IMPORT_SHAPEINFERENCE_H

#include <stdbool.h>
#include <stdint.h>

#define QCNN_MAX_RANK 8

typedef struct {
  int rank;
  int64_t dims[QCNN_MAX_RANK];
} QcnnShape;

int64_t qcnnShapeNumElements(const QcnnShape *s);
/* Numpy-style multidirectional broadcast; false if incompatible. */
bool qcnnShapeBroadcast(const QcnnShape *a, const QcnnShape *b, QcnnShape *out);
/* Axis in [-rank, rank) → [0, rank); false if out of range. */
bool qcnnNormalizeAxis(int64_t axis, int rank, int64_t *out);
/* Output size of one spatial dim of a conv/pool window. `ceilMode` uses ONNX's rule that the last
 * window must start inside the input or the begin padding. */
int64_t qcnnWindowOutDim(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, int64_t padBegin,
                         int64_t padEnd, bool ceilMode);
/* Explicit pads of one spatial dim for auto_pad SAME_UPPER / SAME_LOWER (extra pad at the end for
 * upper, at the beginning for lower). */
void qcnnSamePads(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, bool lower, int64_t *padBegin,
                  int64_t *padEnd);
/* Number of elements a Slice keeps on a dim of size `dim` (ONNX clamping rules). */
int64_t qcnnSliceLength(int64_t dim, int64_t start, int64_t end, int64_t step, int64_t *clampedStart);

#endif
