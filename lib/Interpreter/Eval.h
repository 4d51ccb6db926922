/* Internal interface between the interpreter driver and the op evaluators (one file per op family).
 * An evaluator reads its inputs, computes ONNX/QONNX semantics and builds its outputs in natural
 * storage (int64 when it computed on integers, double otherwise); the driver then conforms each output
 * to the result type, which checks the shape and the representability of every value. */
#ifndef QCNN_LIB_INTERPRETER_EVAL_H
#define QCNN_LIB_INTERPRETER_EVAL_H

#include "qcnn/IR.h"
#include "qcnn/Interpreter.h"
#include "qcnn/Shape.h"

#define QCNN_EVAL_MAX_IN 6
#define QCNN_EVAL_MAX_OUT 8 /* qdf.duplicate fans out to num_outputs */

typedef struct {
  MlirOperation op;
  MlirLocation loc;
  intptr_t numIn;
  const QcnnTensor *in[QCNN_EVAL_MAX_IN];
  intptr_t numOut;
  QcnnTensor out[QCNN_EVAL_MAX_OUT];
} QcnnEval;

typedef bool (*QcnnEvalFn)(QcnnEval *e);

/* Helpers shared by evaluators. */
bool qcnnEvalAttrI64(QcnnEval *e, QcnnAttrName name, int64_t *out);
bool qcnnEvalAttrF64(QcnnEval *e, QcnnAttrName name, double *out);
/* Reads an i64 array attribute; `n` receives the length. */
bool qcnnEvalAttrArray(QcnnEval *e, QcnnAttrName name, int64_t *out, intptr_t cap, intptr_t *n);
/* An i64 array attribute of exactly `want` (<= 2 * QCNN_MAX_RANK) entries. */
bool qcnnEvalAttrFixed(QcnnEval *e, QcnnAttrName name, int64_t *out, intptr_t want);
/* String attribute copied into `buf` (NUL-terminated). */
bool qcnnEvalAttrString(QcnnEval *e, QcnnAttrName name, char *buf, size_t cap);
/* Normalizes an axis in [-rank, rank) to [0, rank); reports otherwise. */
bool qcnnEvalAxis(QcnnEval *e, int64_t axis, int rank, int *out);
/* Appends the printed type to `b` (for messages). */
void qcnnEvalTypeStr(MlirType t, QcnnBuf *b);
/* Allocates output `k`, zeroed. */
bool qcnnEvalOut(QcnnEval *e, intptr_t k, bool isInt, int rank, const int64_t *shape);
/* The same without zeroing, for evaluators that write every element (clearing big outputs showed in
 * profiles). */
bool qcnnEvalOutUninit(QcnnEval *e, intptr_t k, bool isInt, int rank, const int64_t *shape);
bool qcnnTensorAllocUninit(QcnnTensor *t, bool isInt, int rank, const int64_t *shape);

/* Numpy (multidirectional) broadcasting of `n` tensors: output shape, and per tensor the strides to
 * use for each output dimension (0 where broadcast). Reports on incompatible shapes. */
typedef struct {
  int rank;
  int64_t shape[QCNN_MAX_RANK];
  int64_t count;
  int64_t strides[QCNN_EVAL_MAX_IN][QCNN_MAX_RANK];
} QcnnBroadcast;
bool qcnnBroadcastInit(QcnnEval *e, QcnnBroadcast *b, int n, const QcnnTensor *const *ts);
/* Offset into tensor `which` of output element `k`. */
int64_t qcnnBroadcastOffset(const QcnnBroadcast *b, int which, int64_t k);
/* Walks the output elements in order, keeping the offset of each of the `n` tensors (amortized O(1)
 * per step instead of qcnnBroadcastOffset's divisions). Start from a zeroed iterator. */
typedef struct {
  int64_t idx[QCNN_MAX_RANK];
  int64_t off[QCNN_EVAL_MAX_IN];
} QcnnBroadcastIter;
void qcnnBroadcastNext(const QcnnBroadcast *b, int n, QcnnBroadcastIter *it);
/* Row-major strides of a shape. */
void qcnnStrides(int rank, const int64_t *shape, int64_t *strides);

/* Sliding windows of Conv and the pools over the spatial dimensions (2..rank-1) of an N-d input. */
#define QCNN_MAX_SPATIAL (QCNN_MAX_RANK - 2)
typedef struct {
  int nsp;
  int64_t in[QCNN_MAX_SPATIAL], out[QCNN_MAX_SPATIAL], kernel[QCNN_MAX_SPATIAL], stride[QCNN_MAX_SPATIAL],
      dil[QCNN_MAX_SPATIAL], padBegin[QCNN_MAX_SPATIAL], padEnd[QCNN_MAX_SPATIAL];
} QcnnWindow;
/* Reads pads, strides and (if the op has them) dilations; computes the output extent with ONNX's
 * floor or ceil rule (ceil drops a last window that would start in the end padding). */
bool qcnnWindowInit(QcnnEval *e, const QcnnTensor *x, const int64_t *kernel, bool ceilMode, QcnnWindow *w);
/* Input coordinate of spatial dim d for output position o and kernel offset k (may be outside). */
static inline int64_t qcnnWindowCoord(const QcnnWindow *w, int d, int64_t o, int64_t k) {
  return o * w->stride[d] - w->padBegin[d] + k * w->dil[d];
}
/* Advances a multi-index over [0, limits) in row-major order; false after the last one. */
bool qcnnOdometerNext(int n, const int64_t *limits, int64_t *idx);

/* fmax and fmin as an inline compare (the libm calls dominated hot loops): a NaN operand yields the
 * other one, and of two equal zeros the first, as glibc's. */
static inline double qcnnFMax(double a, double b) { return a >= b || b != b ? a : b; }
static inline double qcnnFMin(double a, double b) { return a <= b || b != b ? a : b; }

/* SIMD vectors as GNU vector types (an extension GCC and Clang share, like __builtin_mul_overflow) of
 * 16 bytes, the width every 64-bit target has: lane-wise arithmetic, no contraction or reassociation,
 * so each lane computes exactly what the scalar code would, and -O2 emits SIMD instructions for it. */
typedef double QcnnVecF __attribute__((vector_size(16)));
typedef int64_t QcnnVecI __attribute__((vector_size(16)));
#define QCNN_VEC_LANES 2
/* 32-byte vectors for functions compiled with __attribute__((target("avx2"))), called when
 * qcnnCpuHasAvx2() (AVX2 has no fused multiply-add: the same results). */
typedef double QcnnVec4F __attribute__((vector_size(32)));
typedef int64_t QcnnVec4I __attribute__((vector_size(32)));
#if defined(__x86_64__) && defined(__GNUC__)
#define QCNN_HAVE_AVX2 1
static inline bool qcnnCpuHasAvx2(void) { return __builtin_cpu_supports("avx2"); }
#endif

/* True if every listed (non-null) tensor has int64 storage. */
bool qcnnAllInt(int n, const QcnnTensor *const *ts);

/*===-- Kernels shared by qcnn and qdf evaluators (each allocates output 0 unless said otherwise) ---===*/

/* Im2Col of an NHWC tensor: window elements in (kh, kw, c) order, padValue outside; pads are
 * [h_begin, w_begin, h_end, w_end]. */
typedef struct {
  int64_t kernel[2], stride[2], dil[2], pads[4], padValue;
} QcnnIm2Col;
bool qcnnIm2ColKernel(QcnnEval *e, const QcnnTensor *x, const QcnnIm2Col *g);
/* ONNX Pad: `pads` [begin..., end...] over every dimension, mode constant / reflect / edge. */
bool qcnnPadKernel(QcnnEval *e, const QcnnTensor *x, const int64_t *pads, const char *mode, double value);
/* Row of a matmul: y[yo + 0:n] += sum over k < kDim of a[ao + k] * b[bo + k·n + 0:n]; int64 on
 * `intPath` (overflow reported), double otherwise. `y` must be zeroed. Writes no output of `e`. */
bool qcnnMatRow(QcnnEval *e, const QcnnTensor *a, int64_t ao, const QcnnTensor *b, int64_t bo, int64_t kDim,
                int64_t n, bool intPath, QcnnTensor *y, int64_t yo);
/* Multithreshold into the allocated `y` (x's count): y = scale · #{t in row c : x >= t} + bias, c the
 * index along `cAxis` (row 0 if `th` has one row); th is [C or 1, T]. Integer `y` needs integral
 * scale and bias. */
bool qcnnThresholdKernel(QcnnEval *e, const QcnnTensor *x, const QcnnTensor *th, int cAxis, double scale,
                         double bias, QcnnTensor *y);
/* Max pooling of an NHWC tensor without padding (floor). */
bool qcnnMaxPoolNhwcKernel(QcnnEval *e, const QcnnTensor *x, const int64_t *kernel, const int64_t *stride);
/* Sum (or mean) over the spatial dimensions, channels at axis 1 or last; they become size 1. */
bool qcnnSumPoolKernel(QcnnEval *e, const QcnnTensor *x, bool channelsLast, bool average);
/* The k largest (or smallest) along `axis`, sorted, ties by lower index: values (if non-null) and
 * int64 indices into the given tensors. */
bool qcnnTopKKernel(QcnnEval *e, const QcnnTensor *x, int axis, int64_t k, bool largest, QcnnTensor *values,
                    QcnnTensor *indices);
/* Add/Sub/Mul/Div of two tensors with numpy broadcasting. */
bool qcnnBinaryKernel(QcnnEval *e, QcnnOpKind kind, const QcnnTensor *a, const QcnnTensor *b);

/* One evaluator per qcnn op, and one for every qdf op (lib/Interpreter/Dataflow.c). */
bool qcnnEvalQuant(QcnnEval *e);
bool qcnnEvalBipolarQuant(QcnnEval *e);
bool qcnnEvalTrunc(QcnnEval *e);
bool qcnnEvalMultiThreshold(QcnnEval *e);
bool qcnnEvalQuantAvgPool(QcnnEval *e);
bool qcnnEvalConv(QcnnEval *e);
bool qcnnEvalMatMul(QcnnEval *e);
bool qcnnEvalGemm(QcnnEval *e);
bool qcnnEvalBatchNorm(QcnnEval *e);
bool qcnnEvalUnary(QcnnEval *e);
bool qcnnEvalClip(QcnnEval *e);
bool qcnnEvalBinary(QcnnEval *e);
bool qcnnEvalMaxPool(QcnnEval *e);
bool qcnnEvalAveragePool(QcnnEval *e);
bool qcnnEvalGlobalPool(QcnnEval *e);
bool qcnnEvalPad(QcnnEval *e);
bool qcnnEvalIm2Col(QcnnEval *e);
bool qcnnEvalConcat(QcnnEval *e);
bool qcnnEvalSlice(QcnnEval *e);
bool qcnnEvalTranspose(QcnnEval *e);
bool qcnnEvalReshapeLike(QcnnEval *e);
bool qcnnEvalSoftmax(QcnnEval *e);
bool qcnnEvalTopK(QcnnEval *e);
bool qcnnEvalArgMax(QcnnEval *e);
bool qcnnEvalQdf(QcnnEval *e);

#endif /* QCNN_LIB_INTERPRETER_EVAL_H */
