/* MatMul (numpy semantics: 1-D promotion, broadcast batch dimensions) and Gemm. Integer operands
 * accumulate exactly in int64. qdf.mvau shares the matmul rows. */
#include "Eval.h"

#include <string.h>

/* One dot product of length `kDim` with the given element strides, in int64 or double. */
static bool dot(QcnnEval *e, const QcnnTensor *a, int64_t ao, int64_t as, const QcnnTensor *b, int64_t bo, int64_t bs,
                int64_t kDim, bool intPath, int64_t *iout, double *fout) {
  int64_t iacc = 0;
  double facc = 0;
  for (int64_t k = 0; k < kDim; k++) {
    if (intPath) {
      int64_t p;
      if (__builtin_mul_overflow(a->i[ao + k * as], b->i[bo + k * bs], &p) || __builtin_add_overflow(iacc, p, &iacc)) {
        qcnnEmitError(e->loc, "int64 overflow in the accumulator");
        return false;
      }
    } else {
      facc += qcnnTensorGetF(a, ao + k * as) * qcnnTensorGetF(b, bo + k * bs);
    }
  }
  *iout = iacc;
  *fout = facc;
  return true;
}

/* Accumulated k by k (the same order as a dot product per output, so float results are unchanged) to
 * read b row by row. */
bool qcnnMatRow(QcnnEval *e, const QcnnTensor *a, int64_t ao, const QcnnTensor *b, int64_t bo, int64_t kDim,
                   int64_t n, bool intPath, QcnnTensor *y, int64_t yo) {
  for (int64_t k = 0; k < kDim; k++) {
    if (intPath) {
      int64_t av = a->i[ao + k], *yr = y->i + yo;
      const int64_t *br = b->i + bo + k * n;
      for (int64_t j = 0; j < n; j++) {
        int64_t p;
        if (__builtin_mul_overflow(av, br[j], &p) || __builtin_add_overflow(yr[j], p, &yr[j])) {
          qcnnEmitError(e->loc, "int64 overflow in the accumulator");
          return false;
        }
      }
    } else {
      double av = qcnnTensorGetF(a, ao + k), *yr = y->f + yo;
      if (b->isInt) {
        for (int64_t j = 0; j < n; j++) yr[j] += av * (double)b->i[bo + k * n + j];
      } else {
        const double *br = b->f + bo + k * n;
        for (int64_t j = 0; j < n; j++) yr[j] += av * br[j];
      }
    }
  }
  return true;
}

bool qcnnEvalMatMul(QcnnEval *e) {
  const QcnnTensor *a = e->in[0], *b = e->in[1];
  if (a->rank < 1 || b->rank < 1) {
    qcnnEmitError(e->loc, "matmul operands must have rank >= 1");
    return false;
  }
  /* Promote 1-D operands to matrices; batch dimensions are everything before the last two. */
  int64_t m = a->rank == 1 ? 1 : a->shape[a->rank - 2], kA = a->shape[a->rank - 1];
  int64_t kB = b->rank == 1 ? b->shape[0] : b->shape[b->rank - 2], n = b->rank == 1 ? 1 : b->shape[b->rank - 1];
  if (kA != kB) {
    qcnnEmitError(e->loc, "matmul inner dimensions differ: %lld vs %lld", (long long)kA, (long long)kB);
    return false;
  }
  QcnnTensor ba = {.rank = a->rank > 2 ? a->rank - 2 : 0}, bb = {.rank = b->rank > 2 ? b->rank - 2 : 0};
  memcpy(ba.shape, a->shape, (size_t)ba.rank * sizeof(int64_t));
  memcpy(bb.shape, b->shape, (size_t)bb.rank * sizeof(int64_t));
  const QcnnTensor *batch[2] = {&ba, &bb};
  QcnnBroadcast br;
  if (!qcnnBroadcastInit(e, &br, 2, batch)) return false;
  int64_t shape[QCNN_MAX_RANK];
  int rank = br.rank;
  memcpy(shape, br.shape, (size_t)rank * sizeof(int64_t));
  if (a->rank > 1) shape[rank++] = m;
  if (b->rank > 1) shape[rank++] = n;
  bool intPath = qcnnAllInt(2, e->in);
  if (!qcnnEvalOut(e, 0, intPath, rank, shape)) return false;
  for (int64_t bi = 0; bi < br.count; bi++) {
    int64_t aBase = qcnnBroadcastOffset(&br, 0, bi) * m * kA, bBase = qcnnBroadcastOffset(&br, 1, bi) * kA * n;
    for (int64_t i = 0; i < m; i++)
      if (!qcnnMatRow(e, a, aBase + i * kA, b, bBase, kA, n, intPath, &e->out[0], (bi * m + i) * n)) return false;
  }
  return true;
}

bool qcnnEvalGemm(QcnnEval *e) {
  const QcnnTensor *a = e->in[0], *b = e->in[1], *c = e->numIn > 2 ? e->in[2] : NULL;
  double alpha, beta;
  int64_t transA, transB;
  if (!qcnnEvalAttrF64(e, QCNN_ATTR_ALPHA, &alpha) || !qcnnEvalAttrF64(e, QCNN_ATTR_BETA, &beta) ||
      !qcnnEvalAttrI64(e, QCNN_ATTR_TRANS_A, &transA) || !qcnnEvalAttrI64(e, QCNN_ATTR_TRANS_B, &transB))
    return false;
  if (a->rank != 2 || b->rank != 2) {
    qcnnEmitError(e->loc, "gemm operands must be matrices");
    return false;
  }
  int64_t m = transA ? a->shape[1] : a->shape[0], kA = transA ? a->shape[0] : a->shape[1];
  int64_t kB = transB ? b->shape[1] : b->shape[0], n = transB ? b->shape[0] : b->shape[1];
  if (kA != kB) {
    qcnnEmitError(e->loc, "gemm inner dimensions differ: %lld vs %lld", (long long)kA, (long long)kB);
    return false;
  }
  int64_t shape[2] = {m, n};
  QcnnTensor outShape = {.rank = 2, .shape = {m, n}};
  const QcnnTensor *bc[2] = {&outShape, c ? c : &outShape};
  QcnnBroadcast br;
  if (!qcnnBroadcastInit(e, &br, 2, bc)) return false;
  if (br.count != m * n) {
    qcnnEmitError(e->loc, "gemm bias does not broadcast to %lldx%lld", (long long)m, (long long)n);
    return false;
  }
  const QcnnTensor *all[3] = {a, b, c};
  bool intPath = qcnnAllInt(3, all) && alpha == 1 && beta == 1;
  if (!qcnnEvalOut(e, 0, intPath, 2, shape)) return false;
  int64_t as = transA ? m : 1, aRow = transA ? 1 : kA, bs = transB ? 1 : n, bCol = transB ? kB : 1;
  for (int64_t i = 0; i < m; i++)
    for (int64_t j = 0; j < n; j++) {
      int64_t k = i * n + j, iv;
      double f;
      if (!dot(e, a, i * aRow, as, b, j * bCol, bs, kA, intPath, &iv, &f)) return false;
      if (intPath) {
        if (c && __builtin_add_overflow(iv, c->i[qcnnBroadcastOffset(&br, 1, k)], &iv)) {
          qcnnEmitError(e->loc, "int64 overflow adding the gemm bias");
          return false;
        }
        e->out[0].i[k] = iv;
      } else {
        e->out[0].f[k] = alpha * f + (c ? beta * qcnnTensorGetF(c, qcnnBroadcastOffset(&br, 1, k)) : 0);
      }
    }
  return true;
}
