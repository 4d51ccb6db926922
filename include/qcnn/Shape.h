/* Shape arithmetic shared by the verifier, the importer's shape inference and the interpreter.
 * Dimensions are int64_t; a dynamic dimension is QCNN_DIM_DYNAMIC (MLIR's ShapedType::kDynamic). */
#ifndef QCNN_SHAPE_H
#define QCNN_SHAPE_H

#include <mlir-c/IR.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define QCNN_DIM_DYNAMIC INT64_MIN
#define QCNN_MAX_RANK 16

/* Rank and dims of a ranked tensor value or type (at most `cap` dims written; dynamic dims as
 * QCNN_DIM_DYNAMIC). Returns -1 for anything else (unranked tensor, non-tensor). */
intptr_t qcnnTypeShape(MlirType t, int64_t *dims, intptr_t cap);
intptr_t qcnnValueShape(MlirValue v, int64_t *dims, intptr_t cap);

/* Numpy/ONNX multidirectional broadcast of shapes a and b into `out` (capacity QCNN_MAX_RANK; rank is
 * max(rankA, rankB)). A dynamic dim broadcasts to the other side's dim if that is not 1, else stays
 * dynamic. Returns the result rank, or -1 when two static dims differ and neither is 1. */
intptr_t qcnnBroadcastShapes(intptr_t rankA, const int64_t *a, intptr_t rankB, const int64_t *b, int64_t *out);

/* Output extent of one spatial axis of a convolution or pooling window (ONNX semantics):
 *   floor-or-ceil((in + padBegin + padEnd - dilation*(kernel-1) - 1) / stride) + 1
 * With ceilMode, a last window that would start inside the end padding is dropped (ONNX reference
 * and PyTorch). Returns -1 when a parameter is out of range (kernel, stride, dilation < 1, negative
 * pads) or the window does not fit even once; QCNN_DIM_DYNAMIC when `in` is dynamic. */
int64_t qcnnWindowOutputSize(int64_t in, int64_t kernel, int64_t stride, int64_t dilation, int64_t padBegin,
                             int64_t padEnd, bool ceilMode);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_SHAPE_H */
