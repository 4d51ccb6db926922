/* Elementwise ops: Relu, Sigmoid, Sign, Identity, Clip, Add/Sub/Mul/Div (numpy broadcasting; qdf.add_streams
 * shares the binary kernel), BatchNormalization (inference form). Integer inputs stay integer where the op
 * is closed over the integers; overflow of int64 is reported, never wrapped. */
#include "Eval.h"

#include <math.h>

bool qcnnEvalUnary(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  QcnnOpKind kind = qcnnOpGetKind(e->op);
  bool intPath = x->isInt && kind != QCNN_OP_SIGMOID;
  if (!qcnnEvalOutUninit(e, 0, intPath, x->rank, x->shape)) return false;
  if (kind == QCNN_OP_RELU && !x->isInt) { /* the op after most convs: a loop without the dispatch */
    for (int64_t k = 0; k < x->count; k++) e->out[0].f[k] = x->f[k] > 0 ? x->f[k] : 0;
    return true;
  }
  for (int64_t k = 0; k < x->count; k++) {
    if (intPath) {
      int64_t v = x->i[k];
      e->out[0].i[k] = kind == QCNN_OP_RELU ? (v > 0 ? v : 0) : kind == QCNN_OP_SIGN ? (v > 0) - (v < 0) : v;
      continue;
    }
    double v = x->isInt ? (double)x->i[k] : x->f[k];
    switch (kind) {
    case QCNN_OP_RELU: v = v > 0 ? v : 0; break;
    case QCNN_OP_SIGMOID: v = 1 / (1 + exp(-v)); break;
    case QCNN_OP_SIGN: v = (v > 0) - (v < 0); break;
    default: break; /* identity */
    }
    e->out[0].f[k] = v;
  }
  return true;
}

bool qcnnEvalClip(QcnnEval *e) {
  QcnnBroadcast b;
  if (!qcnnBroadcastInit(e, &b, 3, e->in)) return false;
  bool intPath = qcnnAllInt(3, e->in);
  if (!qcnnEvalOut(e, 0, intPath, b.rank, b.shape)) return false;
  QcnnBroadcastIter it = {0};
  for (int64_t k = 0; k < b.count; k++, qcnnBroadcastNext(&b, 3, &it)) {
    int64_t o0 = it.off[0], o1 = it.off[1], o2 = it.off[2];
    if (intPath) {
      int64_t v = e->in[0]->i[o0], lo = e->in[1]->i[o1], hi = e->in[2]->i[o2];
      e->out[0].i[k] = v < lo ? lo : v > hi ? hi : v;
    } else {
      /* ONNX: min(max(x, lo), hi), so hi wins when lo > hi */
      double v = qcnnTensorGetF(e->in[0], o0), lo = qcnnTensorGetF(e->in[1], o1), hi = qcnnTensorGetF(e->in[2], o2);
      e->out[0].f[k] = v < lo ? lo : v;
      if (e->out[0].f[k] > hi) e->out[0].f[k] = hi;
    }
  }
  return true;
}

static bool intBinary(QcnnEval *e, QcnnOpKind kind, int64_t a, int64_t b, int64_t k, int64_t *out) {
  bool overflow = false;
  switch (kind) {
  case QCNN_OP_ADD: overflow = __builtin_add_overflow(a, b, out); break;
  case QCNN_OP_SUB: overflow = __builtin_sub_overflow(a, b, out); break;
  case QCNN_OP_MUL: overflow = __builtin_mul_overflow(a, b, out); break;
  default:
    if (b == 0) {
      qcnnEmitError(e->loc, "integer division by zero at flat index %lld", (long long)k);
      return false;
    }
    overflow = a == INT64_MIN && b == -1;
    *out = overflow ? 0 : a / b; /* truncates toward zero, as ONNX integer Div */
    break;
  }
  if (overflow) qcnnEmitError(e->loc, "int64 overflow at flat index %lld", (long long)k);
  return !overflow;
}

bool qcnnBinaryKernel(QcnnEval *e, QcnnOpKind kind, const QcnnTensor *a, const QcnnTensor *b) {
  const QcnnTensor *ab[2] = {a, b};
  QcnnBroadcast br;
  if (!qcnnBroadcastInit(e, &br, 2, ab)) return false;
  bool intPath = qcnnAllInt(2, ab);
  if (!qcnnEvalOut(e, 0, intPath, br.rank, br.shape)) return false;
  QcnnBroadcastIter it = {0};
  for (int64_t k = 0; k < br.count; k++, qcnnBroadcastNext(&br, 2, &it)) {
    int64_t oa = it.off[0], ob = it.off[1];
    if (intPath) {
      if (!intBinary(e, kind, a->i[oa], b->i[ob], k, &e->out[0].i[k])) return false;
      continue;
    }
    double x = qcnnTensorGetF(a, oa), y = qcnnTensorGetF(b, ob);
    e->out[0].f[k] = kind == QCNN_OP_ADD ? x + y : kind == QCNN_OP_SUB ? x - y : kind == QCNN_OP_MUL ? x * y : x / y;
  }
  return true;
}

bool qcnnEvalBinary(QcnnEval *e) { return qcnnBinaryKernel(e, qcnnOpGetKind(e->op), e->in[0], e->in[1]); }

bool qcnnEvalBatchNorm(QcnnEval *e) {
  const QcnnTensor *x = e->in[0];
  double eps;
  if (!qcnnEvalAttrF64(e, QCNN_ATTR_EPSILON, &eps)) return false;
  int64_t channels = x->rank >= 2 ? x->shape[1] : 1;
  for (int j = 1; j < 5; j++)
    if (e->in[j]->count != channels) {
      qcnnEmitError(e->loc, "batchnorm operand %d has %lld elements, expected %lld channels", j,
                    (long long)e->in[j]->count, (long long)channels);
      return false;
    }
  int64_t inner = 1;
  for (int d = 2; d < x->rank; d++) inner *= x->shape[d];
  if (!qcnnEvalOut(e, 0, false, x->rank, x->shape)) return false;
  for (int64_t k = 0; k < x->count; k++) {
    int64_t c = (k / inner) % channels;
    double scale = qcnnTensorGetF(e->in[1], c), bias = qcnnTensorGetF(e->in[2], c);
    double mean = qcnnTensorGetF(e->in[3], c), var = qcnnTensorGetF(e->in[4], c);
    e->out[0].f[k] = scale * (qcnnTensorGetF(x, k) - mean) / sqrt(var + eps) + bias;
  }
  return true;
}
