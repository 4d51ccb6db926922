/* The timed token-level simulation behind qdf-size-fifos (docs/fifo-sizing.md).
 *
 * Every process is in one step of its schedule at a time, and within a window of cycles in which no
 * process changes its mind (fires every cycle or stalls every cycle) all occupancies move linearly.
 * So the simulation decides, for every process at once, fire or stall at the current cycle; computes
 * for each how many cycles that decision provably holds if nobody else changes (its run ends, an
 * input runs dry, an output fills, or a stalled process's missing words or room arrive); and jumps
 * all of them by the smallest of these horizons. This is exact for the cycle-level semantics, and
 * costs one event per run end or empty/full transition instead of one per cycle. */
#include "qcnn/Analysis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define INF QCNN_SIM_UNBOUNDED

/* `rate` words written in each cycle of [t0, t0 + m); `wBefore` words had been written before t0. */
typedef struct {
  int64_t t0, m, rate, wBefore;
} WriteRun;

typedef struct {
  char *name;
  int producer, outPort, consumer, inPort;
  int64_t depth;
  /* Simulation state. wr / rd: the words written / read per cycle under the endpoints' current
   * decisions; want: the words the writer waits to write while stalled (else 0). Cached because every
   * event updates every channel (refreshRates keeps them in step with the decisions). */
  int64_t written, read, maxOcc, fullStalls, wr, rd, want;
  WriteRun *log; /* the producer's recent write runs, oldest first, from logHead */
  intptr_t logHead, logLen, logCap;
} Channel;

typedef struct {
  int32_t node;
  int64_t left; /* iterations still to run, the current one included */
} LoopLevel;

typedef struct {
  char *name;
  QcnnSchedule s;
  int in[QCNN_SCHED_MAX_PORTS], out[QCNN_SCHED_MAX_PORTS];
  /* Simulation state: the current step node and the cycles left in it. */
  int32_t pc;
  int64_t left;
  LoopLevel *stack;
  int stackLen;
  int64_t frames;
  bool firing;
  int64_t horizon;
} Process;

struct QcnnSim {
  Process *procs;
  int numProcs, capProcs;
  Channel *chans;
  int numChans, capChans;
};

static void *xrealloc(void *p, size_t n) {
  void *q = realloc(p, n ? n : 1);
  if (!q) abort();
  return q;
}

static char *xstrdup(const char *s) {
  size_t n = strlen(s ? s : "") + 1;
  char *d = xrealloc(NULL, n);
  memcpy(d, s ? s : "", n);
  return d;
}

QcnnSim *qcnnSimCreate(void) { return calloc(1, sizeof(QcnnSim)); }

void qcnnSimDestroy(QcnnSim *sim) {
  if (!sim) return;
  for (int i = 0; i < sim->numProcs; i++) {
    free(sim->procs[i].name);
    free(sim->procs[i].s.nodes);
    free(sim->procs[i].stack);
  }
  for (int i = 0; i < sim->numChans; i++) {
    free(sim->chans[i].name);
    free(sim->chans[i].log);
  }
  free(sim->procs);
  free(sim->chans);
  free(sim);
}

int qcnnSimAddProcess(QcnnSim *sim, const QcnnSchedule *schedule, const char *name) {
  if (sim->numProcs == sim->capProcs) {
    sim->capProcs = sim->capProcs ? 2 * sim->capProcs : 16;
    sim->procs = xrealloc(sim->procs, (size_t)sim->capProcs * sizeof(Process));
  }
  Process *p = &sim->procs[sim->numProcs];
  memset(p, 0, sizeof *p);
  p->name = xstrdup(name);
  p->s = *schedule;
  p->s.nodes = xrealloc(NULL, (size_t)schedule->numNodes * sizeof(QcnnSchedNode));
  memcpy(p->s.nodes, schedule->nodes, (size_t)schedule->numNodes * sizeof(QcnnSchedNode));
  p->s.capacity = schedule->numNodes;
  p->stack = xrealloc(NULL, (size_t)(schedule->numNodes + 1) * sizeof(LoopLevel));
  for (int i = 0; i < QCNN_SCHED_MAX_PORTS; i++) p->in[i] = p->out[i] = -1;
  return sim->numProcs++;
}

int qcnnSimAddChannel(QcnnSim *sim, int producer, int outPort, int consumer, int inPort, int64_t depth,
                      const char *name) {
  if (sim->numChans == sim->capChans) {
    sim->capChans = sim->capChans ? 2 * sim->capChans : 16;
    sim->chans = xrealloc(sim->chans, (size_t)sim->capChans * sizeof(Channel));
  }
  int c = sim->numChans++;
  Channel *ch = &sim->chans[c];
  memset(ch, 0, sizeof *ch);
  ch->name = xstrdup(name);
  ch->producer = producer;
  ch->outPort = outPort;
  ch->consumer = consumer;
  ch->inPort = inPort;
  ch->depth = depth;
  sim->procs[producer].out[outPort] = c;
  sim->procs[consumer].in[inPort] = c;
  return c;
}

int qcnnSimNumProcesses(const QcnnSim *sim) { return sim->numProcs; }
int qcnnSimNumChannels(const QcnnSim *sim) { return sim->numChans; }
void qcnnSimSetDepth(QcnnSim *sim, int channel, int64_t depth) { sim->chans[channel].depth = depth; }
int64_t qcnnSimGetDepth(const QcnnSim *sim, int channel) { return sim->chans[channel].depth; }
const char *qcnnSimChannelName(const QcnnSim *sim, int channel) { return sim->chans[channel].name; }
const char *qcnnSimProcessName(const QcnnSim *sim, int process) { return sim->procs[process].name; }

int64_t qcnnSimChannelWords(const QcnnSim *sim, int channel) {
  const Channel *c = &sim->chans[channel];
  return qcnnScheduleWords(&sim->procs[c->producer].s, true, c->outPort);
}

int64_t qcnnSimBottleneckPeriod(const QcnnSim *sim) {
  int64_t worst = 0;
  for (int i = 0; i < sim->numProcs; i++) {
    int64_t c = qcnnScheduleCycles(&sim->procs[i].s);
    if (c > worst) worst = c;
  }
  return worst;
}

const QcnnSchedule *qcnnSimSchedule(const QcnnSim *sim, int process) { return &sim->procs[process].s; }

int qcnnSimPortChannel(const QcnnSim *sim, int process, bool output, int port) {
  const Process *p = &sim->procs[process];
  return output ? p->out[port] : p->in[port];
}

void qcnnSimChannelEnds(const QcnnSim *sim, int channel, int *producer, int *outPort, int *consumer, int *inPort) {
  const Channel *c = &sim->chans[channel];
  *producer = c->producer;
  *outPort = c->outPort;
  *consumer = c->consumer;
  *inPort = c->inPort;
}

/*===-- Program counter ----------------------------------------------------------------------===*/

/* Moves to the first step with cycles at or after node `idx`, leaving loops whose bodies end and
 * wrapping to the next frame at the end of the schedule. A schedule without any cycle is rejected
 * by qcnnSimRun before we get here. */
static void enterNode(Process *p, int32_t idx) {
  const QcnnSchedNode *n = p->s.nodes;
  for (;;) {
    if (p->stackLen > 0) {
      LoopLevel *top = &p->stack[p->stackLen - 1];
      if (idx == top->node + 1 + n[top->node].bodyLen) {
        if (--top->left > 0) idx = top->node + 1;
        else p->stackLen--;
        continue;
      }
    } else if (idx == p->s.numNodes) {
      p->frames++;
      idx = 0;
      continue;
    }
    if (n[idx].kind == QcnnSchedLoop) {
      if (n[idx].count > 0 && n[idx].bodyLen > 0) {
        p->stack[p->stackLen++] = (LoopLevel){idx, n[idx].count};
        idx++;
      } else {
        idx += 1 + n[idx].bodyLen;
      }
      continue;
    }
    if (n[idx].count > 0) {
      p->pc = idx;
      p->left = n[idx].count;
      return;
    }
    idx++;
  }
}

/*===-- Visibility of written words ----------------------------------------------------------===*/

/* Decisions are taken on the state at the start of a cycle, so a word is readable the cycle after
 * its write at the earliest: latency 0 counts as 1, and the untimed run uses 1 throughout. */
static int64_t latencyOf(const QcnnSim *sim, const Channel *c, bool timed) {
  int64_t l = timed ? sim->procs[c->producer].s.latency : 1;
  return l < 1 ? 1 : l;
}

/* Re-derives the cached rates of p's channels after its decision or step changed. */
static void refreshRates(QcnnSim *sim, const Process *p) {
  const QcnnSchedNode *n = &p->s.nodes[p->pc];
  for (int k = 0; k < p->s.numInputs; k++) sim->chans[p->in[k]].rd = p->firing ? n->read[k] : 0;
  for (int k = 0; k < p->s.numOutputs; k++) {
    Channel *c = &sim->chans[p->out[k]];
    c->wr = p->firing ? n->write[k] : 0;
    c->want = p->firing ? 0 : n->write[k];
  }
}

static int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
static int64_t ceilDiv(int64_t a, int64_t b) { return -floorDiv(-a, b); }

/* W(tau), the words written in cycles <= tau, is piecewise linear: W(tau) = A + a * (tau - tauA) on
 * [tauA, tauB]. The consumer at cycle t + j sees W(t + j - L). Scans the pieces from j = 0 for the
 * first j at which the consumer's condition changes:
 *  - firing (it reads r per cycle, R read so far): first j with W(t+j-L) < R + (j+1) r;
 *  - stalled: first j with W(t+j-L) >= R + r.
 * Returns INF when that never happens under the current decisions. */
typedef struct {
  bool firing;
  int64_t r, R;
} InputQuery;

static int64_t pieceEvent(const InputQuery *q, int64_t t, int64_t L, int64_t tauA, int64_t tauB, int64_t A,
                          int64_t a) {
  int64_t start = t - L; /* tau at j = 0 */
  if (tauB < start) return INF;
  if (tauA < start) {
    A += a * (start - tauA);
    tauA = start;
  }
  int64_t ja = tauA - start, jb = tauB == INF ? INF : tauB - start;
  if (q->firing) {
    int64_t f0 = A - q->R - (ja + 1) * q->r;
    if (f0 < 0) return ja;
    if (a >= q->r) return INF;
    int64_t j = ja + f0 / (q->r - a) + 1;
    return j <= jb ? j : INF;
  }
  int64_t g0 = A - q->R - q->r;
  if (g0 >= 0) return ja;
  if (a == 0) return INF;
  int64_t j = ja + ceilDiv(-g0, a);
  return j <= jb ? j : INF;
}

static int64_t inputEvent(const QcnnSim *sim, const Channel *c, int64_t t, bool timed, const InputQuery *q) {
  int64_t L = latencyOf(sim, c, timed);
  int64_t tau = INT64_MIN / 4, w = c->logLen ? c->log[c->logHead].wBefore : c->written;
  for (intptr_t i = c->logHead; i < c->logHead + c->logLen; i++) {
    const WriteRun *run = &c->log[i];
    int64_t j = pieceEvent(q, t, L, tau, run->t0 - 1, w, 0);
    if (j != INF) return j;
    j = pieceEvent(q, t, L, run->t0, run->t0 + run->m - 1, run->wBefore + run->rate, run->rate);
    if (j != INF) return j;
    tau = run->t0 + run->m;
    w = run->wBefore + run->rate * run->m;
  }
  int64_t j = pieceEvent(q, t, L, tau, t - 1, c->written, 0);
  if (j != INF) return j;
  int64_t a = c->wr;
  return pieceEvent(q, t, L, t, INF, c->written + a, a);
}

/* Appends `m` cycles of `rate` writes starting at t, and forgets runs no reader can still be waiting
 * for (entirely older than t - L). */
static void logWrites(Channel *c, int64_t t, int64_t m, int64_t rate, int64_t L) {
  while (c->logLen > 0 && c->log[c->logHead].t0 + c->log[c->logHead].m - 1 < t - L) {
    c->logHead++;
    c->logLen--;
  }
  if (c->logLen == 0) c->logHead = 0;
  if (rate == 0) return;
  WriteRun *last = c->logLen ? &c->log[c->logHead + c->logLen - 1] : NULL;
  if (last && last->rate == rate && last->t0 + last->m == t) {
    last->m += m;
    return;
  }
  if (c->logHead + c->logLen == c->logCap) {
    if (c->logHead > 0) {
      memmove(c->log, c->log + c->logHead, (size_t)c->logLen * sizeof(WriteRun));
      c->logHead = 0;
    } else {
      c->logCap = c->logCap ? 2 * c->logCap : 8;
      c->log = xrealloc(c->log, (size_t)c->logCap * sizeof(WriteRun));
    }
  }
  c->log[c->logHead + c->logLen++] = (WriteRun){t, m, rate, c->written};
}

/*===-- Decisions and horizons ---------------------------------------------------------------===*/

static bool canFire(const QcnnSim *sim, const Process *p, int64_t t, bool timed) {
  const QcnnSchedNode *n = &p->s.nodes[p->pc];
  for (int i = 0; i < p->s.numInputs; i++) {
    if (n->read[i] == 0) continue;
    const Channel *c = &sim->chans[p->in[i]];
    InputQuery q = {false, n->read[i], c->read};
    if (inputEvent(sim, c, t, timed, &q) != 0) return false;
  }
  for (int i = 0; i < p->s.numOutputs; i++) {
    const Channel *c = &sim->chans[p->out[i]];
    if (n->write[i] > 0 && c->written - c->read + n->write[i] > c->depth) return false;
  }
  return true;
}

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

/* Cycles for which p's current decision holds while every other process keeps its own. */
static int64_t horizon(const QcnnSim *sim, const Process *p, int64_t t, bool timed) {
  const QcnnSchedNode *n = &p->s.nodes[p->pc];
  int64_t h = p->firing ? p->left : 0;
  for (int i = 0; i < p->s.numInputs; i++) {
    if (n->read[i] == 0) continue;
    const Channel *c = &sim->chans[p->in[i]];
    InputQuery q = {p->firing, n->read[i], c->read};
    int64_t j = inputEvent(sim, c, t, timed, &q);
    h = p->firing ? min64(h, j) : max64(h, j);
  }
  for (int i = 0; i < p->s.numOutputs; i++) {
    int64_t w = n->write[i];
    if (w == 0) continue;
    const Channel *c = &sim->chans[p->out[i]];
    int64_t occ = c->written - c->read, rc = c->rd, j;
    if (p->firing) {
      j = w <= rc ? INF : (c->depth - w - occ) / (w - rc) + 1;
      h = min64(h, j);
    } else {
      int64_t need = occ + w - c->depth;
      j = need <= 0 ? 0 : rc == 0 ? INF : ceilDiv(need, rc);
      h = max64(h, j);
    }
  }
  return h;
}

/* Marks the processes at the other end of p's channels. */
static void markNeighbours(const QcnnSim *sim, int p, bool *mark) {
  const Process *pr = &sim->procs[p];
  for (int k = 0; k < pr->s.numInputs; k++) mark[sim->chans[pr->in[k]].producer] = true;
  for (int k = 0; k < pr->s.numOutputs; k++) mark[sim->chans[pr->out[k]].consumer] = true;
}

/*===-- Steady state -------------------------------------------------------------------------===*/

typedef struct {
  int64_t *v;
  intptr_t len, cap;
} Vec;

static void push(Vec *v, int64_t x) {
  if (v->len == v->cap) {
    v->cap = v->cap ? 2 * v->cap : 64;
    v->v = xrealloc(v->v, (size_t)v->cap * sizeof(int64_t));
  }
  v->v[v->len++] = x;
}

/* Everything that determines the future, with times relative to t and frame counts relative to the
 * reference sink's: equal snapshots at two sink frame ends mean the run is periodic from there on. */
static void snapshot(const QcnnSim *sim, int sink, int64_t t, bool timed, Vec *out) {
  out->len = 0;
  for (int i = 0; i < sim->numProcs; i++) {
    const Process *p = &sim->procs[i];
    push(out, p->pc);
    push(out, p->left);
    push(out, p->frames - sim->procs[sink].frames);
    push(out, p->stackLen);
    for (int k = 0; k < p->stackLen; k++) push(out, p->stack[k].left);
  }
  for (int i = 0; i < sim->numChans; i++) {
    const Channel *c = &sim->chans[i];
    int64_t lo = t - latencyOf(sim, c, timed);
    push(out, c->written - c->read);
    for (intptr_t k = c->logHead; k < c->logHead + c->logLen; k++) {
      const WriteRun *r = &c->log[k];
      int64_t a = max64(r->t0, lo), b = min64(r->t0 + r->m, t);
      if (a >= b) continue;
      push(out, a - t);
      push(out, b - a);
      push(out, r->rate);
    }
    push(out, -1);
  }
}

/*===-- Run ----------------------------------------------------------------------------------===*/

static void resetState(QcnnSim *sim) {
  for (int i = 0; i < sim->numChans; i++) {
    Channel *c = &sim->chans[i];
    c->written = c->read = c->maxOcc = c->fullStalls = c->wr = c->rd = c->want = 0;
    c->logHead = c->logLen = 0;
  }
  for (int i = 0; i < sim->numProcs; i++) {
    Process *p = &sim->procs[i];
    p->stackLen = 0;
    p->frames = 0;
    enterNode(p, 0);
  }
}

static bool wellFormed(const QcnnSim *sim) {
  for (int i = 0; i < sim->numProcs; i++) {
    const Process *p = &sim->procs[i];
    if (qcnnScheduleCycles(&p->s) <= 0) return false;
    for (int k = 0; k < p->s.numInputs; k++)
      if (p->in[k] < 0) return false;
    for (int k = 0; k < p->s.numOutputs; k++)
      if (p->out[k] < 0) return false;
  }
  return true;
}

/* Whether channel c blocks its writer (full) / its reader (empty) now. */
static bool blocksWriter(const Channel *c) {
  return c->want > 0 && c->written - c->read + c->want > c->depth;
}

static bool blocksReader(const QcnnSim *sim, const Channel *c, int64_t t, bool timed) {
  const Process *rd = &sim->procs[c->consumer];
  InputQuery q = {false, rd->s.nodes[rd->pc].read[c->inPort], c->read};
  return !rd->firing && q.r > 0 && inputEvent(sim, c, t, timed, &q) != 0;
}

/* The processes blocked for ever: stalled with no release in sight (infinite horizon), waiting on a
 * channel whose other end is itself blocked for ever (greatest fixpoint). Such a set is a circular
 * wait: a deadlock, even while other processes (a source feeding an unbounded channel) still run.
 * Fills `blocked` and returns whether any process is in it. */
static bool findDeadlock(const QcnnSim *sim, int64_t t, bool timed, bool *blocked) {
  bool any = false;
  for (int i = 0; i < sim->numProcs; i++) {
    blocked[i] = !sim->procs[i].firing && sim->procs[i].horizon >= INF;
    any |= blocked[i];
  }
  for (bool changed = any; changed;) {
    changed = false;
    for (int i = 0; i < sim->numProcs; i++) {
      if (!blocked[i]) continue;
      const Process *p = &sim->procs[i];
      bool waitsOnBlocked = false;
      for (int k = 0; k < p->s.numInputs; k++) {
        const Channel *c = &sim->chans[p->in[k]];
        waitsOnBlocked |= blocked[c->producer] && blocksReader(sim, c, t, timed);
      }
      for (int k = 0; k < p->s.numOutputs; k++) {
        const Channel *c = &sim->chans[p->out[k]];
        waitsOnBlocked |= blocked[c->consumer] && blocksWriter(c);
      }
      if (!waitsOnBlocked) {
        blocked[i] = false;
        changed = true;
      }
    }
  }
  any = false;
  for (int i = 0; i < sim->numProcs; i++) any |= blocked[i];
  return any;
}

static void collectDeadlock(const QcnnSim *sim, int64_t t, bool timed, const bool *blocked, QcnnSimResult *r) {
  r->full = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  r->empty = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  for (int i = 0; i < sim->numChans; i++) {
    const Channel *c = &sim->chans[i];
    if (blocked[c->producer] && blocksWriter(c)) r->full[r->numFull++] = i;
    if (blocked[c->consumer] && blocksReader(sim, c, t, timed)) r->empty[r->numEmpty++] = i;
  }
}

bool qcnnSimRun(QcnnSim *sim, int64_t maxFrames, bool timed, QcnnSimResult *out) {
  memset(out, 0, sizeof *out);
  out->period = -1;
  if (!wellFormed(sim) || sim->numProcs == 0) return false;
  int sink = 0;
  for (int i = sim->numProcs - 1; i >= 0; i--)
    if (sim->procs[i].s.numOutputs == 0) sink = i;
  resetState(sim);

  int64_t *ends = xrealloc(NULL, (size_t)(maxFrames + 1) * sizeof(int64_t));
  bool *blocked = xrealloc(NULL, (size_t)sim->numProcs * sizeof(bool));
  bool *stale = xrealloc(NULL, (size_t)sim->numProcs * sizeof(bool));
  bool *rehorizon = xrealloc(NULL, (size_t)sim->numProcs * sizeof(bool));
  int32_t *lastPc = xrealloc(NULL, (size_t)sim->numProcs * sizeof(int32_t));
  for (int i = 0; i < sim->numProcs; i++) {
    stale[i] = true;
    rehorizon[i] = false;
    lastPc[i] = -1;
    sim->procs[i].firing = false;
  }
  Vec prev = {0}, cur = {0};
  int64_t t = 0, prevEnd = -1;
  while (sim->procs[sink].frames < maxFrames) {
    /* Only processes whose horizon ran out decide again; a new decision or a new step changes the
     * rates its neighbours' horizons assumed, so they are recomputed too. Every other process's
     * decision and remaining horizon still hold: what they assumed is what happened. */
    for (int i = 0; i < sim->numProcs; i++) {
      Process *p = &sim->procs[i];
      if (!stale[i]) continue;
      bool f = canFire(sim, p, t, timed);
      bool changed = f != p->firing || p->pc != lastPc[i];
      if (changed) markNeighbours(sim, i, rehorizon);
      p->firing = f;
      if (changed) refreshRates(sim, p);
      lastPc[i] = p->pc;
      rehorizon[i] = true;
      stale[i] = false;
    }
    /* A circular wait involves only processes blocked for ever, and their waits on each other stay
     * as they are until one of them is re-examined: the deadlock test can only turn positive when a
     * process just re-examined is blocked for ever. */
    int64_t step = INF;
    bool newForever = false;
    for (int i = 0; i < sim->numProcs; i++) {
      Process *p = &sim->procs[i];
      if (rehorizon[i]) {
        p->horizon = horizon(sim, p, t, timed);
        newForever |= !p->firing && p->horizon >= INF;
      }
      rehorizon[i] = false;
      step = min64(step, p->horizon);
    }
    if ((newForever && findDeadlock(sim, t, timed, blocked)) || step >= INF) {
      out->deadlock = true;
      collectDeadlock(sim, t, timed, blocked, out);
      break;
    }
    for (int i = 0; i < sim->numChans; i++) {
      Channel *c = &sim->chans[i];
      int64_t w = c->wr, r = c->rd, occ = c->written - c->read;
      /* Occupancy peaks (counting the word being written) at the window's ends: it is linear in it. */
      if (w > 0) c->maxOcc = max64(c->maxOcc, max64(occ, occ + (step - 1) * (w - r)) + w);
      else if (blocksWriter(c)) c->fullStalls += step;
      logWrites(c, t, step, w, latencyOf(sim, c, timed));
      c->written += w * step;
      c->read += r * step;
    }
    t += step;
    int64_t sinkFrames = sim->procs[sink].frames;
    for (int i = 0; i < sim->numProcs; i++) {
      Process *p = &sim->procs[i];
      if (p->horizon < INF) p->horizon -= step;
      stale[i] = p->horizon == 0;
      if (!p->firing) continue;
      p->left -= step;
      if (p->left == 0) enterNode(p, p->pc + 1);
    }
    if (sim->procs[sink].frames == sinkFrames) continue;
    ends[sim->procs[sink].frames - 1] = t;
    snapshot(sim, sink, t, timed, &cur);
    if (prevEnd >= 0 && cur.len == prev.len && memcmp(cur.v, prev.v, (size_t)cur.len * sizeof(int64_t)) == 0) {
      out->periodic = true;
      out->period = t - prevEnd;
      break;
    }
    Vec tmp = prev;
    prev = cur;
    cur = tmp;
    prevEnd = t;
  }
  out->cycles = t;
  out->frames = sim->procs[sink].frames;
  if (!out->deadlock && !out->periodic && out->frames >= 2) {
    for (int64_t f = out->frames / 2; f < out->frames; f++)
      out->period = max64(out->period, ends[f] - (f ? ends[f - 1] : 0));
  } else if (!out->deadlock && !out->periodic && out->frames == 1) {
    out->period = ends[0];
  }
  out->maxOccupancy = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int64_t));
  out->fullStalls = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int64_t));
  for (int i = 0; i < sim->numChans; i++) {
    out->maxOccupancy[i] = sim->chans[i].maxOcc;
    out->fullStalls[i] = sim->chans[i].fullStalls;
  }
  free(ends);
  free(blocked);
  free(stale);
  free(rehorizon);
  free(lastPc);
  free(prev.v);
  free(cur.v);
  return true;
}

void qcnnSimResultDestroy(QcnnSimResult *r) {
  free(r->maxOccupancy);
  free(r->fullStalls);
  free(r->full);
  free(r->empty);
  memset(r, 0, sizeof *r);
}

void qcnnSimDescribeDeadlock(const QcnnSim *sim, const QcnnSimResult *r, char *buf, size_t cap) {
  size_t n = 0;
  buf[0] = '\0';
  const char *sep = "full: ";
  for (int i = 0; i < r->numFull && n < cap; i++, sep = ", ")
    n += (size_t)snprintf(buf + n, cap - n, "%s%s", sep, sim->chans[r->full[i]].name);
  sep = r->numFull ? "; empty: " : "empty: ";
  for (int i = 0; i < r->numEmpty && n < cap; i++, sep = ", ")
    n += (size_t)snprintf(buf + n, cap - n, "%s%s", sep, sim->chans[r->empty[i]].name);
}
