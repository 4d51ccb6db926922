/* Shape arithmetic shared by the importer's shape inference, the verifier and the interpreter: one
 * implementation of ONNX's broadcasting, window, padding, slicing and axis rules.
 *
 * Shapes are (rank, int64_t dims[]) pairs; a dynamic dimension is QCNN_DIM_DYNAMIC (MLIR's
 * ShapedType::kDynamic). The MLIR-facing helpers, broadcasting and the window size accept dynamic dims;
 * element count, SAME pads and slice length expect static ones. */
#ifndef QCNN_SHAPE_H
#define QCNN_SHAPE_H

#include <mlir-c/IR.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QCNN_DIM_DYNAMIC INT64_MIN
/* Highest rank any qcnn tool handles (importer, verifier, interpreter, .npy files). */
#define QCNN_MAX_RANK 8

/* A static shape by value (the importer's working type). */
typedef struct {
  int rank;
  int64_t dims[QCNN_MAX_RANK];
} QcnnShape;

/* Rank and dims of a ranked tensor value or type into dims[0, cap) (dynamic dims as QCNN_DIM_DYNAMIC).
 * Returns -1 for anything else (unranked tensor, non-tensor) and for a rank above `cap`, so a caller
 * never reads dims that were not written. */
intptr_t qcnnTypeShape(MlirType t, int64_t *dims, intptr_t cap);
intptr_t qcnnValueShape(MlirValue v, int64_t *dims, intptr_t cap);

/* Product of the dims (1 for rank 0). */
int64_t qcnnShapeNumElements(intptr_t rank, const int64_t *dims);

/* Numpy/ONNX multidirectional broadcast of shapes a and b into `out` (capacity QCNN_MAX_RANK; rank is
 * max(rankA, rankB); `out` may alias a or b). A dynamic dim broadcasts to the other side's dim if that
 * is not 1, else stays dynamic. Returns the result rank, or -1 when two static dims differ and neither
 * is 1, or the rank exceeds QCNN_MAX_RANK. */
intptr_t qcnnBroadcastShapes(intptr_t rankA, const int64_t *a, intptr_t rankB, const int64_t *b, int64_t *out);

/* Axis in [-rank, rank) → [0, rank) in `out`; false if out of range. */
bool qcnnNormalizeAxis(int64_t axis, int64_t rank, int64_t *out);

/* Output extent of one spatial axis of a convolution or pooling window (ONNX semantics):
 *   floor-or-ceil((in + padBegin + padEnd - dilation*(kernel-1) - 1) / stride) + 1
 * With ceilMode, a last window that would start inside the end padding is dropped (ONNX reference
 * and PyTorch). Returns -1 when a parameter is out of range (kernel, stride, dilation < 1, negative
 * pads) or the window does not fit even once; QCNN_DIM_DYNAMIC when `in` is dynamic. */
int64_t qcnnWindowOutputSize(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, int64_t padBegin,
                             int64_t padEnd, bool ceilMode);

/* Explicit pads of one spatial axis for auto_pad SAME_UPPER / SAME_LOWER: enough total padding for
 * ceil(in / stride) outputs, the odd one at the end for upper, at the beginning for lower. */
void qcnnSamePads(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, bool lower, int64_t *padBegin,
                  int64_t *padEnd);

/* Number of elements ONNX Slice keeps on an axis of size `dim` (step != 0): negative start/end count
 * from the end, then clamp to [0, dim] (step > 0) or [-1, dim-1] (step < 0). The clamped start, the
 * first index taken, goes to `clampedStart` when it is not null. */
int64_t qcnnSliceLength(int64_t dim, int64_t start, int64_t end, int64_t step, int64_t *clampedStart);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_SHAPE_H */
