/* The timed token-level simulation behind qdf-size-fifos (docs/fifo-sizing.md).
 *
 * Every process is in one step of its schedule at a time, and within a window of cycles in which no
 * process changes its mind (fires every cycle or stalls every cycle) all occupancies move linearly.
 * So the simulation decides, for every process at once, fire or stall at the current cycle; computes
 * for each how many cycles that decision provably holds if nobody else changes (its run ends, an
 * input runs dry, an output fills, or a stalled process's missing words or room arrive); and jumps
 * to the earliest of these ends. This is exact for the cycle-level semantics, and costs one event
 * per run end or empty/full transition instead of one per cycle.
 *
 * An event concerns a few processes, so it costs only what it touches (plus a scan for the next
 * one): each process counts its cycles from the last time it was looked at, and each channel keeps
 * its counts as of its last update together with the rates in force since (its endpoints' decisions),
 * brought up to date only when an endpoint changes or someone reads its state. */
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
  /* Simulation state as of cycle `since`: the words written and read, the peak occupancy and the full
   * stalls until then. wr / rd: the words written / read per cycle under the endpoints' current
   * decisions, in force since `since`; want: the words the writer waits to write while stalled (else
   * 0); latency: of the writer, as the run counts it. */
  int64_t since, written, read, maxOcc, fullStalls, wr, rd, want, latency;
  /* The producer's recent write runs, oldest first: a ring of logCap (a power of two) from logHead. */
  WriteRun *log;
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
  /* Simulation state: the current step node and the cycles left in it as of cycle `since` (the
   * decision `firing` has held since then); `forever`: stalled with no release in sight. */
  int32_t pc;
  int64_t left, since;
  LoopLevel *stack;
  int stackLen;
  int64_t frames;
  bool firing, forever;
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

static int64_t floorDiv(int64_t a, int64_t b) { return a / b - ((a % b != 0) && ((a < 0) != (b < 0))); }
static int64_t ceilDiv(int64_t a, int64_t b) { return -floorDiv(-a, b); }

/*===-- Lazy channels ------------------------------------------------------------------------===*/

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

static WriteRun *logAt(const Channel *c, intptr_t k) { return &c->log[(c->logHead + k) & (c->logCap - 1)]; }

/* Appends `m` cycles of `rate` writes starting at t0 (merged into the last run when it continues
 * it), then forgets runs no reader can still be waiting for at cycle `now` (entirely older than
 * now - latency). */
static void logWrites(Channel *c, int64_t t0, int64_t m, int64_t rate, int64_t now) {
  WriteRun *last = c->logLen ? logAt(c, c->logLen - 1) : NULL;
  if (last && rate > 0 && last->rate == rate && last->t0 + last->m == t0) {
    last->m += m;
  } else if (rate > 0) {
    if (c->logLen == c->logCap) {
      intptr_t cap = c->logCap ? 2 * c->logCap : 8;
      WriteRun *log = xrealloc(NULL, (size_t)cap * sizeof(WriteRun));
      for (intptr_t k = 0; k < c->logLen; k++) log[k] = *logAt(c, k);
      free(c->log);
      c->log = log;
      c->logCap = cap;
      c->logHead = 0;
    }
    c->logLen++;
    *logAt(c, c->logLen - 1) = (WriteRun){t0, m, rate, c->written};
  }
  while (c->logLen > 0 && c->log[c->logHead].t0 + c->log[c->logHead].m - 1 < now - c->latency) {
    c->logHead = (c->logHead + 1) & (c->logCap - 1);
    c->logLen--;
  }
}

/* Whether channel c blocks its writer (full) now, its state being up to date. */
static bool blocksWriter(const Channel *c) {
  return c->want > 0 && c->written - c->read + c->want > c->depth;
}

/* Brings channel c up to cycle t, an event: the rates have held since c->since, so the occupancy is
 * linear in between and peaks (counting the word being written) at the ends. Full stalls count whole
 * windows between events, as the state at each window's start says: a channel whose stalled writer
 * gets room back in mid-window (its reader drains it) is settled at the first event after that, its
 * release (see release()), so until then the state at c->since holds for every window. */
static void advance(Channel *c, int64_t t) {
  int64_t s = t - c->since;
  int64_t w = c->wr, occ = c->written - c->read;
  if (w > 0) c->maxOcc = max64(c->maxOcc, max64(occ, occ + (s - 1) * (w - c->rd)) + w);
  else if (blocksWriter(c)) c->fullStalls += s;
  logWrites(c, c->since, s, w, t);
  c->written += w * s;
  c->read += c->rd * s;
  c->since = t;
}

static inline void settle(Channel *c, int64_t t) {
  if (c->since != t) advance(c, t);
}

/* The cycle from which channel c, blocking its stalled writer, no longer does because its reader
 * drains it (INF if not so). */
static int64_t release(const Channel *c) {
  int64_t need = c->written - c->read + c->want - c->depth;
  return c->wr == 0 && c->want > 0 && need > 0 && c->rd > 0 ? c->since + ceilDiv(need, c->rd) : INF;
}

/*===-- Visibility of written words ----------------------------------------------------------===*/

/* W(tau), the words written in cycles <= tau, for tau in [t - latency, t) (c up to date at t). */
static int64_t writtenBy(const Channel *c, int64_t tau) {
  for (intptr_t k = 0; k < c->logLen; k++) {
    const WriteRun *r = logAt(c, k);
    if (tau < r->t0) return r->wBefore;
    if (tau < r->t0 + r->m) return r->wBefore + r->rate * (tau - r->t0 + 1);
  }
  return c->written;
}

/* Whether a reader wanting r more words than the R it has read sees them at cycle t (c up to date). */
static bool visibleNow(const Channel *c, int64_t t, int64_t R, int64_t r) {
  return writtenBy(c, t - c->latency) >= R + r;
}

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

static int64_t inputEvent(const Channel *c, int64_t t, const InputQuery *q) {
  int64_t L = c->latency;
  int64_t tau = INT64_MIN / 4, w = c->logLen ? c->log[c->logHead].wBefore : c->written;
  for (intptr_t k = 0; k < c->logLen; k++) {
    const WriteRun *run = logAt(c, k);
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

/* The state of one run beside the processes' and channels' own. */
typedef struct {
  /* Per process, the cycle its decision ends (INF: never); scanned for the earliest: there are a few
   * dozen, and a scan costs less than keeping a heap in order. */
  int64_t *ends;
  /* Per channel, its release(); the channels with one pending (at pendingAt, else -1): a handful. */
  int64_t *releases;
  int *pending, *pendingAt;
  int numPending;
  int *stale;    /* processes whose decision ended, to decide again */
  int numStale;
  int *touched;  /* processes whose horizon to recompute, each once (mark) */
  int numTouched;
  bool *mark;
  int32_t *lastPc; /* the step of each process at its last decision */
  int *fresh;    /* touched processes now stuck */
  int numFresh;
  /* Deadlock tests: the channels' blocks, scratch for the searches. */
  bool *blocked;
  int *block, *disc, *low, *seen, *stack;
  int stamp;
} Run;

/*===-- Decisions and horizons ---------------------------------------------------------------===*/

/* Brings p's cycles left in its step up to cycle t. */
static void syncProcess(Process *p, int64_t t) {
  if (p->firing) p->left -= t - p->since;
  p->since = t;
}

static void setRelease(Run *run, int ci, const Channel *c) {
  int64_t r = release(c);
  run->releases[ci] = r;
  int at = run->pendingAt[ci];
  if (r < INF && at < 0) {
    run->pendingAt[ci] = run->numPending;
    run->pending[run->numPending++] = ci;
  } else if (r >= INF && at >= 0) {
    int last = run->pending[--run->numPending];
    run->pending[at] = last;
    run->pendingAt[last] = at;
    run->pendingAt[ci] = -1;
  }
}

static void touch(Run *run, int p) {
  if (run->mark[p]) return;
  run->mark[p] = true;
  run->touched[run->numTouched++] = p;
}

/* Whether q's horizon may come out differently when recomputed now although none of the rates it
 * uses changed. Only a firing reader's can: when the write log ends at t, inputEvent's empty piece
 * [t, t - 1] judges cycle t + L by the words written before t, so its answer depends on when it is
 * asked. Such horizons are recomputed whenever a neighbour changes, as they always were, to keep the
 * same events (full stalls count whole windows between events). */
static bool timeDependent(const Process *q) {
  const QcnnSchedNode *n = &q->s.nodes[q->pc];
  for (int k = 0; q->firing && k < q->s.numInputs; k++)
    if (n->read[k] > 0) return true;
  return false;
}

/* Sets the rates of p's channels after its decision at cycle t. A neighbour whose current step uses a
 * rate that changes has its horizon recomputed. */
static void refreshRates(QcnnSim *sim, Run *run, const Process *p, int64_t t) {
  const QcnnSchedNode *n = &p->s.nodes[p->pc];
  for (int k = 0; k < p->s.numInputs; k++) {
    Channel *c = &sim->chans[p->in[k]];
    int64_t rd = p->firing ? n->read[k] : 0;
    if (rd == c->rd) continue;
    settle(c, t);
    c->rd = rd;
    const Process *q = &sim->procs[c->producer];
    if (q->s.nodes[q->pc].write[c->outPort] > 0) touch(run, c->producer);
    setRelease(run, p->in[k], c);
  }
  for (int k = 0; k < p->s.numOutputs; k++) {
    Channel *c = &sim->chans[p->out[k]];
    int64_t wr = p->firing ? n->write[k] : 0, want = p->firing ? 0 : n->write[k];
    if (wr == c->wr && want == c->want) continue;
    settle(c, t);
    const Process *q = &sim->procs[c->consumer];
    if (wr != c->wr && q->s.nodes[q->pc].read[c->inPort] > 0) touch(run, c->consumer);
    c->wr = wr;
    c->want = want;
    setRelease(run, p->out[k], c);
  }
}

/* Channels are brought up to date as they are read. */
static bool canFire(QcnnSim *sim, const Process *p, int64_t t) {
  const QcnnSchedNode *n = &p->s.nodes[p->pc];
  for (int i = 0; i < p->s.numInputs; i++) {
    if (n->read[i] == 0) continue;
    Channel *c = &sim->chans[p->in[i]];
    settle(c, t);
    if (!visibleNow(c, t, c->read, n->read[i])) return false;
  }
  for (int i = 0; i < p->s.numOutputs; i++) {
    if (n->write[i] == 0) continue;
    Channel *c = &sim->chans[p->out[i]];
    settle(c, t);
    if (c->written - c->read + n->write[i] > c->depth) return false;
  }
  return true;
}

/* Cycles for which p's current decision holds while every other process keeps its own (p up to
 * date; channels are brought up to date as they are read). */
static int64_t horizon(QcnnSim *sim, const Process *p, int64_t t) {
  const QcnnSchedNode *n = &p->s.nodes[p->pc];
  int64_t h = p->firing ? p->left : 0;
  for (int i = 0; i < p->s.numInputs; i++) {
    if (n->read[i] == 0) continue;
    Channel *c = &sim->chans[p->in[i]];
    settle(c, t);
    InputQuery q = {p->firing, n->read[i], c->read};
    int64_t j = inputEvent(c, t, &q);
    h = p->firing ? min64(h, j) : max64(h, j);
  }
  for (int i = 0; i < p->s.numOutputs; i++) {
    int64_t w = n->write[i];
    if (w == 0) continue;
    Channel *c = &sim->chans[p->out[i]];
    settle(c, t);
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

/* p's port k, counting its inputs then its outputs: the channel, whether p reads it, the other end. */
static int portAt(const QcnnSim *sim, const Process *p, int k, bool *asReader, int *other) {
  *asReader = k < p->s.numInputs;
  int c = *asReader ? p->in[k] : p->out[k - p->s.numInputs];
  *other = *asReader ? sim->chans[c].producer : sim->chans[c].consumer;
  return c;
}

static int numPorts(const Process *p) { return p->s.numInputs + p->s.numOutputs; }

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

/* Brings every process and channel up to cycle t. */
static void syncAll(QcnnSim *sim, int64_t t) {
  for (int i = 0; i < sim->numProcs; i++) syncProcess(&sim->procs[i], t);
  for (int i = 0; i < sim->numChans; i++) settle(&sim->chans[i], t);
}

/* Everything that determines the future, with times relative to t and frame counts relative to the
 * reference sink's: equal snapshots at two sink frame ends mean the run is periodic from there on.
 * Everything is up to date. */
static void snapshot(const QcnnSim *sim, int sink, int64_t t, Vec *out) {
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
    int64_t lo = t - c->latency;
    push(out, c->written - c->read);
    for (intptr_t k = 0; k < c->logLen; k++) {
      const WriteRun *r = logAt(c, k);
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

/* Decisions are taken on the state at the start of a cycle, so a word is readable the cycle after
 * its write at the earliest: latency 0 counts as 1, and the untimed run uses 1 throughout. */
static void resetState(QcnnSim *sim, bool timed) {
  for (int i = 0; i < sim->numChans; i++) {
    Channel *c = &sim->chans[i];
    c->since = c->written = c->read = c->maxOcc = c->fullStalls = c->wr = c->rd = c->want = 0;
    c->latency = max64(timed ? sim->procs[c->producer].s.latency : 1, 1);
    c->logHead = c->logLen = 0;
  }
  for (int i = 0; i < sim->numProcs; i++) {
    Process *p = &sim->procs[i];
    p->stackLen = 0;
    p->frames = 0;
    p->since = 0;
    p->firing = p->forever = false;
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

/* Whether channel c (up to date) blocks its reader (empty) now. */
static bool blocksReader(const QcnnSim *sim, const Channel *c, int64_t t) {
  const Process *rd = &sim->procs[c->consumer];
  int64_t r = rd->s.nodes[rd->pc].read[c->inPort];
  return !rd->firing && r > 0 && !visibleNow(c, t, c->read, r);
}

/* Stalled with no release in sight (infinite horizon). */
static bool stuck(const Process *p) { return !p->firing && p->forever; }

/* Whether channel c blocks its reader (`asReader`) or its writer now. */
static bool blocksEnd(QcnnSim *sim, int c, bool asReader, int64_t t) {
  Channel *ch = &sim->chans[c];
  settle(ch, t);
  return asReader ? blocksReader(sim, ch, t) : blocksWriter(ch);
}

/* The processes blocked for ever: stuck, waiting on a channel whose other end is itself blocked for
 * ever (greatest fixpoint). Such a set is a circular wait: a deadlock, even while other processes (a
 * source feeding an unbounded channel) still run. Fills run->blocked and returns whether any process
 * is in it. */
static bool findDeadlock(QcnnSim *sim, Run *run, int64_t t) {
  bool *blocked = run->blocked;
  int n = 0;
  for (int i = 0; i < sim->numProcs; i++) {
    blocked[i] = stuck(&sim->procs[i]);
    if (blocked[i]) run->stack[n++] = i;
  }
  for (bool changed = n > 0; changed;) {
    changed = false;
    for (int k = 0; k < n; k++) {
      int i = run->stack[k];
      if (!blocked[i]) continue;
      const Process *p = &sim->procs[i];
      bool waitsOnBlocked = false;
      for (int m = 0; m < p->s.numInputs && !waitsOnBlocked; m++)
        waitsOnBlocked = blocked[sim->chans[p->in[m]].producer] && blocksEnd(sim, p->in[m], true, t);
      for (int m = 0; m < p->s.numOutputs && !waitsOnBlocked; m++)
        waitsOnBlocked = blocked[sim->chans[p->out[m]].consumer] && blocksEnd(sim, p->out[m], false, t);
      if (!waitsOnBlocked) {
        blocked[i] = false;
        changed = true;
      }
    }
  }
  for (int k = 0; k < n; k++)
    if (blocked[run->stack[k]]) return true;
  return false;
}

/* Biconnected components (blocks) of the channel graph, undirected, by Tarjan's low-link DFS: every
 * cycle of waits lies in one block, and a channel that is its own block (a bridge, every channel of a
 * pipeline) carries only a wait of its two ends on each other. */
static void findBlocks(const QcnnSim *sim, Run *run, int u, int parentChannel, int *clock, int *edges,
                       int *numEdges, int *numBlocks) {
  const Process *p = &sim->procs[u];
  run->disc[u] = run->low[u] = ++*clock;
  for (int k = 0; k < numPorts(p); k++) {
    bool asReader;
    int w, c = portAt(sim, p, k, &asReader, &w);
    if (c == parentChannel || w == u) continue;
    if (run->disc[w] == 0) {
      edges[(*numEdges)++] = c;
      findBlocks(sim, run, w, c, clock, edges, numEdges, numBlocks);
      run->low[u] = run->low[u] < run->low[w] ? run->low[u] : run->low[w];
      if (run->low[w] < run->disc[u]) continue;
      int e;
      do {
        e = edges[--*numEdges];
        run->block[e] = *numBlocks;
      } while (e != c);
      ++*numBlocks;
    } else if (run->disc[w] < run->disc[u]) {
      edges[(*numEdges)++] = c;
      run->low[u] = run->low[u] < run->disc[w] ? run->low[u] : run->disc[w];
    }
  }
}

/* Whether a chain of waits among stuck processes leads from u to v through channels of block b. */
static bool waitsLeadTo(QcnnSim *sim, Run *run, int64_t t, int u, int v, int b) {
  int n = 0;
  run->stamp++;
  run->seen[u] = run->stamp;
  run->stack[n++] = u;
  while (n > 0) {
    int x = run->stack[--n];
    if (x == v) return true;
    const Process *p = &sim->procs[x];
    for (int k = 0; k < numPorts(p); k++) {
      bool asReader;
      int y, c = portAt(sim, p, k, &asReader, &y);
      if (run->block[c] != b || run->seen[y] == run->stamp || !stuck(&sim->procs[y]) || !blocksEnd(sim, c, asReader, t))
        continue;
      run->seen[y] = run->stamp;
      run->stack[n++] = y;
    }
  }
  return false;
}

/* Whether stuck process v is on a circular wait: it waits through some channel on a stuck process
 * whose own waits lead back to it within that channel's block. */
static bool onCircularWait(QcnnSim *sim, Run *run, int64_t t, int v) {
  const Process *p = &sim->procs[v];
  for (int k = 0; k < numPorts(p); k++) {
    bool asReader;
    int u, c = portAt(sim, p, k, &asReader, &u);
    if (stuck(&sim->procs[u]) && blocksEnd(sim, c, asReader, t) && waitsLeadTo(sim, run, t, u, v, run->block[c]))
      return true;
  }
  return false;
}

/* Everything up to date. */
static void collectDeadlock(const QcnnSim *sim, int64_t t, const bool *blocked, QcnnSimResult *r) {
  r->full = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  r->empty = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  for (int i = 0; i < sim->numChans; i++) {
    const Channel *c = &sim->chans[i];
    if (blocked[c->producer] && blocksWriter(c)) r->full[r->numFull++] = i;
    if (blocked[c->consumer] && blocksReader(sim, c, t)) r->empty[r->numEmpty++] = i;
  }
}

static void runInit(Run *run, QcnnSim *sim) {
  int n = sim->numProcs;
  run->ends = xrealloc(NULL, (size_t)n * sizeof(int64_t));
  run->releases = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int64_t));
  run->pending = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  run->pendingAt = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  run->stale = xrealloc(NULL, (size_t)n * sizeof(int));
  run->touched = xrealloc(NULL, (size_t)n * sizeof(int));
  run->mark = xrealloc(NULL, (size_t)n * sizeof(bool));
  run->fresh = xrealloc(NULL, (size_t)n * sizeof(int));
  run->lastPc = xrealloc(NULL, (size_t)n * sizeof(int32_t));
  run->blocked = xrealloc(NULL, (size_t)n * sizeof(bool));
  run->block = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  run->disc = xrealloc(NULL, (size_t)n * sizeof(int));
  run->low = xrealloc(NULL, (size_t)n * sizeof(int));
  run->seen = xrealloc(NULL, (size_t)n * sizeof(int));
  run->stack = xrealloc(NULL, (size_t)n * sizeof(int));
  run->numTouched = run->numFresh = run->stamp = 0;
  run->numStale = n;
  run->numPending = 0;
  for (int i = 0; i < n; i++) {
    run->stale[i] = i;
    run->mark[i] = run->blocked[i] = false;
    run->disc[i] = run->seen[i] = 0;
    run->ends[i] = INF;
    run->lastPc[i] = -1;
  }
  int clock = 0, numEdges = 0, numBlocks = 0;
  int *edges = xrealloc(NULL, (size_t)(sim->numChans + 1) * sizeof(int));
  for (int c = 0; c < sim->numChans; c++) {
    run->block[c] = -1;
    run->releases[c] = INF;
    run->pendingAt[c] = -1;
  }
  for (int i = 0; i < n; i++)
    if (run->disc[i] == 0) findBlocks(sim, run, i, -1, &clock, edges, &numEdges, &numBlocks);
  for (int c = 0; c < sim->numChans; c++) /* self-loops */
    if (run->block[c] < 0) run->block[c] = numBlocks++;
  free(edges);
}

static void runFree(Run *run) {
  free(run->ends);
  free(run->releases);
  free(run->pending);
  free(run->pendingAt);
  free(run->stale);
  free(run->touched);
  free(run->mark);
  free(run->fresh);
  free(run->lastPc);
  free(run->blocked);
  free(run->block);
  free(run->disc);
  free(run->low);
  free(run->seen);
  free(run->stack);
}

bool qcnnSimRun(QcnnSim *sim, int64_t maxFrames, bool timed, QcnnSimResult *out) {
  memset(out, 0, sizeof *out);
  out->period = -1;
  if (!wellFormed(sim) || sim->numProcs == 0) return false;
  int sink = 0;
  for (int i = sim->numProcs - 1; i >= 0; i--)
    if (sim->procs[i].s.numOutputs == 0) sink = i;
  resetState(sim, timed);

  Run run;
  runInit(&run, sim);
  int64_t *ends = xrealloc(NULL, (size_t)(maxFrames + 1) * sizeof(int64_t));
  Vec prev = {0}, cur = {0};
  int64_t t = 0, prevEnd = -1;
  while (sim->procs[sink].frames < maxFrames) {
    /* Only processes whose decision ran out decide again. When one changes its decision or step, the
     * neighbours whose horizons used a rate it changes (refreshRates) or depend on when they are
     * computed (timeDependent) are recomputed too. Every other decision and horizon still hold: what
     * they assumed is what happened (a horizon is the first cycle its condition changes, so
     * recomputing it later along the same rates gives the same cycle). A decision depends on the
     * state alone, not on the rates, so the order of the decisions does not matter. */
    for (int k = 0; k < run.numStale; k++) {
      int i = run.stale[k];
      Process *p = &sim->procs[i];
      bool f = canFire(sim, p, t);
      if (f != p->firing || p->pc != run.lastPc[i]) {
        for (int m = 0; m < numPorts(p); m++) {
          bool asReader;
          int other;
          portAt(sim, p, m, &asReader, &other);
          if (timeDependent(&sim->procs[other])) touch(&run, other);
        }
      }
      p->firing = f;
      run.lastPc[i] = p->pc;
      refreshRates(sim, &run, p, t);
      touch(&run, i);
    }
    run.numFresh = 0;
    for (int k = 0; k < run.numTouched; k++) {
      int i = run.touched[k];
      Process *p = &sim->procs[i];
      syncProcess(p, t);
      int64_t h = horizon(sim, p, t);
      p->forever = h >= INF;
      if (stuck(p)) run.fresh[run.numFresh++] = i;
      run.ends[i] = p->forever ? INF : t + h;
      run.mark[i] = false;
    }
    run.numTouched = 0;
    /* The next event: the earliest end of a decision, and the processes whose decisions end there. */
    int64_t next = INF;
    run.numStale = 0;
    for (int i = 0; i < sim->numProcs; i++) {
      int64_t e = run.ends[i];
      if (e > next) continue;
      if (e < next) run.numStale = 0;
      next = e;
      run.stale[run.numStale++] = i;
    }
    /* A circular wait is among stuck processes, and while none of them is re-examined their waits on
     * each other only wane (words arrive, nothing leaves): a new one passes through a process just
     * found stuck. */
    bool circular = false, over = next >= INF;
    for (int k = 0; k < run.numFresh && !circular; k++) circular = onCircularWait(sim, &run, t, run.fresh[k]);
    if (((circular || over) && run.numFresh > 0 && findDeadlock(sim, &run, t)) || over) {
      out->deadlock = true;
      syncAll(sim, t);
      collectDeadlock(sim, t, run.blocked, out);
      break;
    }
    t = next;
    for (int k = run.numPending - 1; k >= 0; k--) { /* a removal moves in an entry already seen */
      int c = run.pending[k];
      if (run.releases[c] > t) continue;
      settle(&sim->chans[c], t);
      setRelease(&run, c, &sim->chans[c]);
    }
    int64_t sinkFrames = sim->procs[sink].frames;
    for (int k = 0; k < run.numStale; k++) {
      int i = run.stale[k];
      Process *p = &sim->procs[i];
      run.ends[i] = INF;
      if (p->firing) p->left -= t - p->since;
      p->since = t;
      if (p->left == 0) enterNode(p, p->pc + 1);
    }
    if (sim->procs[sink].frames == sinkFrames) continue;
    ends[sim->procs[sink].frames - 1] = t;
    syncAll(sim, t);
    snapshot(sim, sink, t, &cur);
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
  syncAll(sim, t);
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
  runFree(&run);
  free(ends);
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
