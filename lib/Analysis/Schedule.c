/* Token schedules of the qdf processes (docs/dataflow-models.md): for one frame, the run-length loop
 * nest of stream reads and writes in the order the HLS templates perform them, one step per cycle
 * (II = 1), a step reading and/or writing one word per port.
 *
 * Every schedule is built through the small builder below, which keeps the form canonical so tests
 * can state it: zero-count steps and loops vanish, a loop of count 1 is inlined, a loop whose body is
 * one step becomes one step, and adjacent steps with the same accesses merge. */
#include "qcnn/Analysis.h"
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Support.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdlib.h>
#include <string.h>

/*===-- Canonical builder --------------------------------------------------------------------===*/

#define MAX_DEPTH 8

typedef enum { FrameLoop, FrameInline, FrameSkip } FrameKind;

typedef struct {
  QcnnSchedule *s;
  FrameKind kind[MAX_DEPTH];
  intptr_t header[MAX_DEPTH];   /* index of the loop node (FrameLoop) */
  intptr_t prevLast[MAX_DEPTH]; /* the level's last direct child before the loop */
  intptr_t last[MAX_DEPTH + 1]; /* last direct child at each level, -1 if none yet */
  int depth, level;             /* open frames / nesting level of real loops */
  int skipping;                 /* open FrameSkip frames */
} Builder;

static void builderInit(Builder *b, QcnnSchedule *s, int numInputs, int numOutputs, int64_t latency) {
  memset(s, 0, sizeof *s);
  s->numInputs = numInputs;
  s->numOutputs = numOutputs;
  s->latency = latency;
  memset(b, 0, sizeof *b);
  b->s = s;
  b->last[0] = -1;
}

static intptr_t pushNode(Builder *b, QcnnSchedNode n) {
  QcnnSchedule *s = b->s;
  if (s->numNodes == s->capacity) {
    s->capacity = s->capacity ? 2 * s->capacity : 16;
    s->nodes = realloc(s->nodes, (size_t)s->capacity * sizeof *s->nodes);
    if (!s->nodes) abort();
  }
  s->nodes[s->numNodes] = n;
  return s->numNodes++;
}

static bool sameAccess(const QcnnSchedNode *a, const QcnnSchedNode *b) {
  return memcmp(a->read, b->read, sizeof a->read) == 0 && memcmp(a->write, b->write, sizeof a->write) == 0;
}

/* Appends `n` (a step) at the current level, merging it into the previous direct child when that is
 * a step with the same accesses. */
static void appendStep(Builder *b, QcnnSchedNode n) {
  intptr_t prev = b->last[b->level];
  if (prev >= 0 && prev == b->s->numNodes - 1 && b->s->nodes[prev].kind == QcnnSchedStep &&
      sameAccess(&b->s->nodes[prev], &n)) {
    b->s->nodes[prev].count += n.count;
    return;
  }
  b->last[b->level] = pushNode(b, n);
}

/* A step of `count` cycles; `reads`/`writes` give words per port (NULL: none). */
static void stepN(Builder *b, int64_t count, const int32_t *reads, const int32_t *writes) {
  if (count <= 0 || b->skipping) return;
  QcnnSchedNode n = {.kind = QcnnSchedStep, .count = count};
  for (int p = 0; p < b->s->numInputs && reads; p++) n.read[p] = reads[p];
  for (int p = 0; p < b->s->numOutputs && writes; p++) n.write[p] = writes[p];
  appendStep(b, n);
}

/* The common case: single input and/or output port, r and w words on port 0. */
static void step(Builder *b, int64_t count, int32_t r, int32_t w) {
  int32_t reads[QCNN_SCHED_MAX_PORTS] = {r}, writes[QCNN_SCHED_MAX_PORTS] = {w};
  stepN(b, count, reads, writes);
}

static void beginLoop(Builder *b, int64_t count) {
  if (b->depth == MAX_DEPTH) abort(); /* the models nest at most three deep */
  int d = b->depth++;
  if (b->skipping || count <= 0) {
    b->kind[d] = FrameSkip;
    b->skipping++;
  } else if (count == 1) {
    b->kind[d] = FrameInline;
  } else {
    b->kind[d] = FrameLoop;
    b->prevLast[d] = b->last[b->level];
    b->header[d] = pushNode(b, (QcnnSchedNode){.kind = QcnnSchedLoop, .count = count});
    b->last[b->level] = b->header[d];
    b->last[++b->level] = -1;
  }
}

static void endLoop(Builder *b) {
  int d = --b->depth;
  if (b->kind[d] == FrameSkip) {
    b->skipping--;
    return;
  }
  if (b->kind[d] == FrameInline) return;
  QcnnSchedule *s = b->s;
  intptr_t h = b->header[d];
  b->level--;
  intptr_t body = s->numNodes - h - 1;
  if (body <= 1) { /* an empty loop vanishes, a loop of one step is one longer step */
    QcnnSchedNode n = s->nodes[h + body];
    n.count *= s->nodes[h].count;
    s->numNodes = h;
    b->last[b->level] = b->prevLast[d];
    if (body == 1) appendStep(b, n);
    return;
  }
  s->nodes[h].bodyLen = (int32_t)body;
}

/*===-- Reading op attributes ----------------------------------------------------------------===*/

/* A positive integer attribute. */
static bool posAttr(MlirOperation op, QcnnAttrName attr, int64_t *out) {
  if (qcnnOpGetI64(op, attr, out) && *out > 0) return true;
  return qcnnEmitOpError(op, "needs a positive integer '%s' for its schedule", qcnnAttrNameStr(attr));
}

/* A list of `n` positive integers (n = 0: any length, product returned in out[0]). */
static bool posArray(MlirOperation op, QcnnAttrName attr, intptr_t n, int64_t *out) {
  int64_t v[8];
  intptr_t len = qcnnOpGetI64Array(op, attr, v, 8);
  bool ok = len >= 1 && len <= 8 && (n == 0 || len == n);
  for (intptr_t i = 0; ok && i < len; i++) ok = v[i] > 0;
  if (!ok) {
    if (n) return qcnnEmitOpError(op, "needs '%s' as %ld positive integers for its schedule", qcnnAttrNameStr(attr), (long)n);
    return qcnnEmitOpError(op, "needs '%s' as positive integers for its schedule", qcnnAttrNameStr(attr));
  }
  if (n) {
    memcpy(out, v, (size_t)n * sizeof *v);
  } else {
    out[0] = 1;
    for (intptr_t i = 0; i < len; i++) out[0] *= v[i];
  }
  return true;
}

/* `what` % `by` == 0, or an error naming both attributes. */
static bool divides(MlirOperation op, int64_t what, const char *whatName, int64_t by, QcnnAttrName byAttr) {
  if (what % by == 0) return true;
  return qcnnEmitOpError(op, "%s %lld is not a multiple of %s %lld", whatName, (long long)what, qcnnAttrNameStr(byAttr),
              (long long)by);
}

static bool portWords(MlirOperation op, MlirValue v, int64_t *out) {
  *out = qcnnStreamWords(mlirValueGetType(v));
  return *out >= 0 || qcnnEmitOpError(op, "has a port that is not a !qdf.stream of a static tensor");
}

static int64_t ceilLog2(int64_t v) {
  int64_t l = 0;
  while (((int64_t)1 << l) < v) l++;
  return l;
}

/*===-- Models -------------------------------------------------------------------------------===*/

/* DMA: one word per cycle. folded_shape's dimensions but the last give the words. */
static bool scheduleDma(MlirOperation op, Builder *b, bool input) {
  int64_t shape[8];
  intptr_t n = qcnnOpGetI64Array(op, QCNN_ATTR_FOLDED_SHAPE, shape, 8);
  if (n < 1 || n > 8) return qcnnEmitOpError(op, "needs 'folded_shape' for its schedule");
  int64_t words = 1;
  for (intptr_t i = 0; i + 1 < n; i++) words *= shape[i];
  step(b, words, input ? 0 : 1, input ? 1 : 0);
  return true;
}

/* FINN's MVAU order per input vector: for nf < NF, for sf < SF: read a word when nf == 0 (the vector
 * is buffered for the later nf), write one at sf == SF-1. */
static bool scheduleMvau(MlirOperation op, Builder *b) {
  int64_t mw, mh, simd, pe, nv;
  if (!posAttr(op, QCNN_ATTR_MW, &mw) || !posAttr(op, QCNN_ATTR_MH, &mh) || !posAttr(op, QCNN_ATTR_SIMD, &simd) ||
      !posAttr(op, QCNN_ATTR_PE, &pe) || !posArray(op, QCNN_ATTR_NUM_INPUT_VECTORS, 0, &nv) ||
      !divides(op, mw, "mw", simd, QCNN_ATTR_SIMD) || !divides(op, mh, "mh", pe, QCNN_ATTR_PE))
    return false;
  int64_t sf = mw / simd, nf = mh / pe;
  beginLoop(b, nv);
  step(b, sf - 1, 1, 0);
  step(b, 1, 1, 1);
  beginLoop(b, nf - 1);
  step(b, sf - 1, 0, 0);
  step(b, 1, 0, 1);
  endLoop(b);
  endLoop(b);
  return true;
}

/* One window's ww writes, the first of them also reading the `next` words the next window needs. */
static void swgWindow(Builder *b, int64_t ww, int64_t next) {
  int64_t overlap = next < ww ? next : ww;
  step(b, overlap, 1, 1);
  step(b, ww - overlap, 0, 1);
  step(b, next - overlap, 1, 0);
}

/* Sliding windows. Input pixels arrive in raster order, CF = channels/simd words each; window p (output
 * pixels in raster order) is written as WW = kh*kw*CF words in (kh, kw, c) order once every input word
 * up to its last pixel has been read. While window p is written, the first words window p+1 needs are
 * read in the same cycles (read+write); what does not fit is read before window p+1 starts. */
static bool scheduleSwg(MlirOperation op, Builder *b) {
  int64_t c, simd, ifm[2], k[2], ofm[2], st[2], dil[2];
  if (!posAttr(op, QCNN_ATTR_CHANNELS, &c) || !posAttr(op, QCNN_ATTR_SIMD, &simd) ||
      !posArray(op, QCNN_ATTR_IFM_DIM, 2, ifm) || !posArray(op, QCNN_ATTR_KERNEL, 2, k) ||
      !posArray(op, QCNN_ATTR_OFM_DIM, 2, ofm) || !posArray(op, QCNN_ATTR_STRIDE, 2, st) ||
      !posArray(op, QCNN_ATTR_DILATION, 2, dil) || !divides(op, c, "channels", simd, QCNN_ATTR_SIMD))
    return false;
  int64_t cf = c / simd, ww = k[0] * k[1] * cf;
  int64_t spanH = (k[0] - 1) * dil[0], spanW = (k[1] - 1) * dil[1];
  if ((ofm[0] - 1) * st[0] + spanH >= ifm[0] || (ofm[1] - 1) * st[1] + spanW >= ifm[1])
    return qcnnEmitOpError(op, "window (kernel %lldx%lld, stride %lldx%lld, dilation %lldx%lld) over ofm_dim %lldx%lld does "
                "not fit ifm_dim %lldx%lld",
                (long long)k[0], (long long)k[1], (long long)st[0], (long long)st[1], (long long)dil[0],
                (long long)dil[1], (long long)ofm[0], (long long)ofm[1], (long long)ifm[0], (long long)ifm[1]);
  /* Input words needed before the first window, between windows of a row, from the last window of a
   * row to the first of the next, and after the last window. */
  int64_t first = (spanH * ifm[1] + spanW + 1) * cf;
  int64_t dCol = st[1] * cf;
  int64_t dRow = (st[0] * ifm[1] - (ofm[1] - 1) * st[1]) * cf;
  int64_t lastNeeded = first + (ofm[0] - 1) * dRow + (ofm[0]) * (ofm[1] - 1) * dCol;
  int64_t tail = ifm[0] * ifm[1] * cf - lastNeeded;
  step(b, first, 1, 0);
  beginLoop(b, ofm[0] - 1);
  beginLoop(b, ofm[1] - 1);
  swgWindow(b, ww, dCol);
  endLoop(b);
  swgWindow(b, ww, dRow);
  endLoop(b);
  beginLoop(b, ofm[1] - 1);
  swgWindow(b, ww, dCol);
  endLoop(b);
  swgWindow(b, ww, tail);
  return true;
}

/* Raster order over the padded output: padded positions write only, interior ones read and write. */
static bool schedulePad(MlirOperation op, Builder *b) {
  int64_t c, simd, ifm[2], pads[4];
  if (!posAttr(op, QCNN_ATTR_CHANNELS, &c) || !posAttr(op, QCNN_ATTR_SIMD, &simd) ||
      !posArray(op, QCNN_ATTR_IFM_DIM, 2, ifm) || !divides(op, c, "channels", simd, QCNN_ATTR_SIMD))
    return false;
  if (qcnnOpGetI64Array(op, QCNN_ATTR_PADS, pads, 4) != 4 || pads[0] < 0 || pads[1] < 0 || pads[2] < 0 ||
      pads[3] < 0)
    return qcnnEmitOpError(op, "needs 'pads' as 4 non-negative integers for its schedule");
  int64_t cf = c / simd, owp = pads[1] + ifm[1] + pads[3];
  step(b, pads[0] * owp * cf, 0, 1);
  beginLoop(b, ifm[0]);
  step(b, pads[1] * cf, 0, 1);
  step(b, ifm[1] * cf, 1, 1);
  step(b, pads[3] * cf, 0, 1);
  endLoop(b);
  step(b, pads[2] * owp * cf, 0, 1);
  return true;
}

/* Input rows in raster order, CF = channels/pe words per pixel. Output row oh is complete after input
 * row oh*sh + kh - 1; its OW*CF words are written in the first cycles of reading the next input row
 * (read+write), or on their own after the last input row. */
static bool scheduleMaxPool(MlirOperation op, Builder *b) {
  int64_t c, pe, ifm[2], k[2], st[2];
  if (!posAttr(op, QCNN_ATTR_CHANNELS, &c) || !posAttr(op, QCNN_ATTR_PE, &pe) ||
      !posArray(op, QCNN_ATTR_IFM_DIM, 2, ifm) || !posArray(op, QCNN_ATTR_KERNEL, 2, k) ||
      !posArray(op, QCNN_ATTR_STRIDE, 2, st) || !divides(op, c, "channels", pe, QCNN_ATTR_PE))
    return false;
  if (k[0] > ifm[0] || k[1] > ifm[1])
    return qcnnEmitOpError(op, "kernel %lldx%lld is larger than ifm_dim %lldx%lld", (long long)k[0], (long long)k[1],
                (long long)ifm[0], (long long)ifm[1]);
  int64_t cf = c / pe, oh = (ifm[0] - k[0]) / st[0] + 1, ow = (ifm[1] - k[1]) / st[1] + 1;
  int64_t row = ifm[1] * cf, out = ow * cf;
  int64_t rest = ifm[0] - (k[0] + (oh - 1) * st[0]); /* input rows after the last output row completes */
  step(b, k[0] * row, 1, 0);
  beginLoop(b, oh - 1);
  step(b, out, 1, 1);
  step(b, row - out + (st[0] - 1) * row, 1, 0);
  endLoop(b);
  if (rest > 0) {
    step(b, out, 1, 1);
    step(b, row - out + (rest - 1) * row, 1, 0);
  } else {
    step(b, out, 0, 1);
  }
  return true;
}

/* Per-word rate: words = vectors x channels / pe. */
static bool scheduleThreshold(MlirOperation op, Builder *b) {
  int64_t c, pe, nv;
  if (!posAttr(op, QCNN_ATTR_CHANNELS, &c) || !posAttr(op, QCNN_ATTR_PE, &pe) ||
      !posArray(op, QCNN_ATTR_NUM_INPUT_VECTORS, 0, &nv) || !divides(op, c, "channels", pe, QCNN_ATTR_PE))
    return false;
  step(b, nv * (c / pe), 1, 1);
  return true;
}

/* Reads every position, then writes the CF = channels/pe sums. */
static bool scheduleAccPool(MlirOperation op, Builder *b) {
  int64_t c, pe, positions;
  if (!posAttr(op, QCNN_ATTR_CHANNELS, &c) || !posAttr(op, QCNN_ATTR_PE, &pe) ||
      !posArray(op, QCNN_ATTR_IFM_DIM, 0, &positions) || !divides(op, c, "channels", pe, QCNN_ATTR_PE))
    return false;
  step(b, positions * (c / pe), 1, 0);
  step(b, c / pe, 0, 1);
  return true;
}

/* Reads labels/pe words, then writes the k indices, one per word. */
static bool scheduleLabelSelect(MlirOperation op, Builder *b) {
  int64_t k, labels, pe;
  if (!posAttr(op, QCNN_ATTR_K, &k) || !posAttr(op, QCNN_ATTR_LABELS, &labels) || !posAttr(op, QCNN_ATTR_PE, &pe) ||
      !divides(op, labels, "labels", pe, QCNN_ATTR_PE))
    return false;
  if (k > labels) return qcnnEmitOpError(op, "k %lld is larger than labels %lld", (long long)k, (long long)labels);
  step(b, labels / pe, 1, 0);
  step(b, k, 0, 1);
  return true;
}

static int64_t gcd(int64_t a, int64_t b) { return b ? gcd(b, a % b) : a; }

/* A buffer of up to in+out bits; each cycle it reads a word when it holds fewer than out_width bits,
 * then writes one when it holds at least out_width bits. The pattern repeats every lcm(in, out) bits. */
static bool scheduleDwc(MlirOperation op, Builder *b) {
  int64_t in, out, words;
  if (!posAttr(op, QCNN_ATTR_IN_WIDTH, &in) || !posAttr(op, QCNN_ATTR_OUT_WIDTH, &out) ||
      !portWords(op, mlirOperationGetOperand(op, 0), &words))
    return false;
  int64_t period = in / gcd(in, out) * out;
  if (words * in % period != 0)
    return qcnnEmitOpError(op, "%lld words of %lld bits do not repack into %lld-bit words", (long long)words, (long long)in,
                (long long)out);
  beginLoop(b, words * in / period);
  for (int64_t held = 0, done = 0; done < period;) {
    int32_t r = held < out;
    held += r ? in : 0;
    int32_t w = held >= out;
    held -= w ? out : 0;
    done += w ? out : 0;
    step(b, 1, r, w);
  }
  endLoop(b);
  return true;
}

/* Per-word rate on every port. */
static bool scheduleLockstep(MlirOperation op, Builder *b) {
  int64_t words;
  if (!portWords(op, mlirOperationGetOperand(op, 0), &words)) return false;
  int32_t reads[QCNN_SCHED_MAX_PORTS], writes[QCNN_SCHED_MAX_PORTS];
  for (int p = 0; p < QCNN_SCHED_MAX_PORTS; p++) reads[p] = writes[p] = 1;
  stepN(b, words, reads, writes);
  return true;
}

static bool scheduleInput(MlirOperation op, Builder *b) { return scheduleDma(op, b, true); }
static bool scheduleOutput(MlirOperation op, Builder *b) { return scheduleDma(op, b, false); }

/* The processes with a model and their fixed pipeline depth (cycles from a read to the write it
 * produces; docs/dataflow-models.md). The MVAU's grows with its adder tree and threshold compare. */
typedef struct {
  QcnnOpKind kind;
  bool (*build)(MlirOperation op, Builder *b);
  int64_t latency;
} Model;

static const Model models[] = {
    {QCNN_OP_QDF_INPUT, scheduleInput, 2},           {QCNN_OP_QDF_OUTPUT, scheduleOutput, 2},
    {QCNN_OP_QDF_MVAU, scheduleMvau, 3},             {QCNN_OP_QDF_SWG, scheduleSwg, 2},
    {QCNN_OP_QDF_PAD, schedulePad, 1},               {QCNN_OP_QDF_MAXPOOL, scheduleMaxPool, 2},
    {QCNN_OP_QDF_THRESHOLD, scheduleThreshold, 2},   {QCNN_OP_QDF_ACCPOOL, scheduleAccPool, 2},
    {QCNN_OP_QDF_LABELSELECT, scheduleLabelSelect, 2}, {QCNN_OP_QDF_DWC, scheduleDwc, 1},
    {QCNN_OP_QDF_DUPLICATE, scheduleLockstep, 1},    {QCNN_OP_QDF_ADD_STREAMS, scheduleLockstep, 2},
};

static const Model *findModel(QcnnOpKind kind) {
  for (size_t i = 0; i < sizeof models / sizeof *models; i++)
    if (models[i].kind == kind) return &models[i];
  return NULL;
}

static int64_t latencyOf(const Model *m, MlirOperation op) {
  if (m->kind != QCNN_OP_QDF_MVAU) return m->latency;
  bool thresholds = mlirOperationGetNumOperands(op) > 2;
  return m->latency + ceilLog2(qcnnOpI64Or(op, QCNN_ATTR_SIMD, 1)) + (thresholds ? 2 : 0);
}

bool qcnnQdfSchedule(MlirOperation op, QcnnSchedule *out) {
  memset(out, 0, sizeof *out);
  const Model *m = findModel(qcnnOpGetKind(op));
  if (!m) return qcnnEmitOpError(op, "has no token schedule (not a qdf process)");
  int nIn = qcnnQdfNumInputPorts(op), nOut = qcnnQdfNumOutputPorts(op);
  if (nIn > QCNN_SCHED_MAX_PORTS || nOut > QCNN_SCHED_MAX_PORTS)
    return qcnnEmitOpError(op, "has more than %d stream ports", QCNN_SCHED_MAX_PORTS);
  Builder b;
  builderInit(&b, out, nIn, nOut, latencyOf(m, op));
  if (m->build(op, &b)) return true;
  qcnnScheduleDestroy(out);
  return false;
}

void qcnnScheduleDestroy(QcnnSchedule *s) {
  free(s->nodes);
  s->nodes = NULL;
  s->numNodes = s->capacity = 0;
}

/* Σ over steps in [i, end) of count x (product of enclosing loop counts) x f(step). */
static int64_t sumSteps(const QcnnSchedule *s, intptr_t i, intptr_t end, int64_t (*f)(const QcnnSchedNode *, int),
                        int port) {
  int64_t total = 0;
  while (i < end) {
    const QcnnSchedNode *n = &s->nodes[i];
    if (n->kind == QcnnSchedStep) {
      total += n->count * f(n, port);
      i++;
    } else {
      total += n->count * sumSteps(s, i + 1, i + 1 + n->bodyLen, f, port);
      i += 1 + n->bodyLen;
    }
  }
  return total;
}

static int64_t one(const QcnnSchedNode *n, int port) { (void)n; (void)port; return 1; }
static int64_t readsOf(const QcnnSchedNode *n, int port) { return n->read[port]; }
static int64_t writesOf(const QcnnSchedNode *n, int port) { return n->write[port]; }

int64_t qcnnScheduleCycles(const QcnnSchedule *s) { return sumSteps(s, 0, s->numNodes, one, 0); }

int64_t qcnnScheduleWords(const QcnnSchedule *s, bool output, int port) {
  if (port < 0 || port >= (output ? s->numOutputs : s->numInputs)) return 0;
  return sumSteps(s, 0, s->numNodes, output ? writesOf : readsOf, port);
}

int64_t qcnnQdfCycles(MlirOperation op) {
  if (!findModel(qcnnOpGetKind(op))) return -1;
  QcnnSchedule s;
  if (!qcnnQdfSchedule(op, &s)) return -1;
  int64_t cycles = qcnnScheduleCycles(&s);
  qcnnScheduleDestroy(&s);
  return cycles;
}
