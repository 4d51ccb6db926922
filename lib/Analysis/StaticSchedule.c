/* Firing times of every process computed directly from the token schedules, without the event
 * simulation (docs/fifo-sizing.md, "Analytic sizing"):
 *  - the unthrottled run: with unbounded channels nothing pushes back, so the self-timed run is one
 *    forward pass in topological order (each cycle as soon as the previous one is done and its words
 *    are visible) and its occupancies are exact;
 *  - a periodic schedule at the bottleneck period: the bottleneck back to back, its ancestors as late
 *    as its reads allow (backwards, demand-driven), every other process as early as its inputs allow,
 *    then each process moved early or late where its FIFOs cost less. No word is read before it is
 *    visible, and no process spans more than a period per frame. Under depths at least its occupancies
 *    the schedule never writes into a full channel, so it satisfies the max-plus system whose least
 *    solution is the self-timed run: the graph then fires no later than the schedule, reaches its
 *    period and cannot deadlock (for any latencies no larger; the untimed run included). Its
 *    occupancies are proven-sufficient depths.
 * Each walks every cycle of every process a few times: time linear in the cycles per frame, memory
 * in the stream words. */
#include "qcnn/Analysis.h"

#include <stdlib.h>
#include <string.h>

#define NEG_INF (-QCNN_SIM_UNBOUNDED)
#define POS_INF QCNN_SIM_UNBOUNDED

typedef struct {
  int32_t node;
  int64_t count;
} Run;

typedef struct {
  Run *v;
  intptr_t len, cap;
} Runs;

typedef struct {
  const QcnnSim *sim;
  int numProcs, numChans;
  Runs *runs;           /* per process: its frame's steps in order, loops unrolled */
  int64_t *words;       /* per channel: words per frame */
  int64_t *latency;     /* per channel: its writer's latency (at least 1) */
  int64_t **wt, **rt;   /* per channel and word: the cycle writing it, the cycle reading it */
  int *order;           /* processes in topological order */
} Ctx;

static void *xmalloc(size_t n) {
  void *p = malloc(n ? n : 1);
  if (!p) abort();
  return p;
}

static int64_t min64(int64_t a, int64_t b) { return a < b ? a : b; }
static int64_t max64(int64_t a, int64_t b) { return a > b ? a : b; }

static void pushRun(Runs *r, int32_t node, int64_t count) {
  if (r->len == r->cap) {
    r->cap = r->cap ? 2 * r->cap : 64;
    r->v = realloc(r->v, (size_t)r->cap * sizeof(Run));
    if (!r->v) abort();
  }
  r->v[r->len++] = (Run){node, count};
}

static void flatten(const QcnnSchedule *s, intptr_t i, intptr_t end, Runs *out) {
  while (i < end) {
    const QcnnSchedNode *n = &s->nodes[i];
    if (n->kind == QcnnSchedStep) {
      if (n->count > 0) pushRun(out, (int32_t)i, n->count);
      i++;
      continue;
    }
    for (int64_t k = 0; k < n->count; k++) flatten(s, i + 1, i + 1 + n->bodyLen, out);
    i += 1 + n->bodyLen;
  }
}

/* Kahn's algorithm; false on a cycle. */
static bool topoOrder(Ctx *x) {
  int n = x->numProcs, *indeg = calloc((size_t)n + 1, sizeof(int)), len = 0;
  if (!indeg) abort();
  for (int c = 0; c < x->numChans; c++) {
    int p, op, q, ip;
    qcnnSimChannelEnds(x->sim, c, &p, &op, &q, &ip);
    indeg[q]++;
  }
  for (int p = 0; p < n; p++)
    if (indeg[p] == 0) x->order[len++] = p;
  for (int i = 0; i < len; i++) {
    const QcnnSchedule *s = qcnnSimSchedule(x->sim, x->order[i]);
    for (int k = 0; k < s->numOutputs; k++) {
      int c = qcnnSimPortChannel(x->sim, x->order[i], true, k), p, op, q, ip;
      qcnnSimChannelEnds(x->sim, c, &p, &op, &q, &ip);
      if (--indeg[q] == 0) x->order[len++] = q;
    }
  }
  free(indeg);
  return len == n;
}

static bool ctxInit(Ctx *x, const QcnnSim *sim) {
  memset(x, 0, sizeof *x);
  x->sim = sim;
  x->numProcs = qcnnSimNumProcesses(sim);
  x->numChans = qcnnSimNumChannels(sim);
  for (int p = 0; p < x->numProcs; p++) {
    const QcnnSchedule *s = qcnnSimSchedule(sim, p);
    if (qcnnScheduleCycles(s) <= 0) return false;
    for (int k = 0; k < s->numInputs; k++)
      if (qcnnSimPortChannel(sim, p, false, k) < 0) return false;
    for (int k = 0; k < s->numOutputs; k++)
      if (qcnnSimPortChannel(sim, p, true, k) < 0) return false;
  }
  x->runs = calloc((size_t)x->numProcs + 1, sizeof(Runs));
  x->order = xmalloc((size_t)(x->numProcs + 1) * sizeof(int));
  x->words = xmalloc((size_t)(x->numChans + 1) * sizeof(int64_t));
  x->latency = xmalloc((size_t)(x->numChans + 1) * sizeof(int64_t));
  x->wt = calloc((size_t)x->numChans + 1, sizeof(int64_t *));
  x->rt = calloc((size_t)x->numChans + 1, sizeof(int64_t *));
  if (!x->runs || !x->wt || !x->rt) abort();
  for (int p = 0; p < x->numProcs; p++) {
    const QcnnSchedule *s = qcnnSimSchedule(sim, p);
    flatten(s, 0, s->numNodes, &x->runs[p]);
  }
  for (int c = 0; c < x->numChans; c++) {
    int p, op, q, ip;
    qcnnSimChannelEnds(sim, c, &p, &op, &q, &ip);
    x->words[c] = qcnnSimChannelWords(sim, c);
    x->latency[c] = max64(1, qcnnSimSchedule(sim, p)->latency);
  }
  return topoOrder(x);
}

static void allocChannel(Ctx *x, int c, int64_t frames) {
  x->wt[c] = xmalloc((size_t)(frames * x->words[c] + 1) * sizeof(int64_t));
  x->rt[c] = xmalloc((size_t)(frames * x->words[c] + 1) * sizeof(int64_t));
}

/* The channels on p's ports: inputs first. */
static int portChannels(const Ctx *x, int p, int *chans) {
  const QcnnSchedule *s = qcnnSimSchedule(x->sim, p);
  int n = 0;
  for (int k = 0; k < s->numInputs; k++) chans[n++] = qcnnSimPortChannel(x->sim, p, false, k);
  for (int k = 0; k < s->numOutputs; k++) chans[n++] = qcnnSimPortChannel(x->sim, p, true, k);
  return n;
}

static void ctxDestroy(Ctx *x) {
  for (int p = 0; p < x->numProcs && x->runs; p++) free(x->runs[p].v);
  for (int c = 0; c < x->numChans && x->wt; c++) {
    free(x->wt[c]);
    free(x->rt[c]);
  }
  free(x->runs);
  free(x->order);
  free(x->words);
  free(x->latency);
  free(x->wt);
  free(x->rt);
}

/*===-- Walking a process's cycles ---------------------------------------------------------===*/

/* Forward over `frames` frames from `start` (the earliest time of the first cycle): each cycle one
 * after the previous at the earliest, and no earlier than the words it reads are visible (when
 * `waitInputs`). Records the times of the words read and written; returns the last cycle's time. */
static int64_t forward(Ctx *x, int p, int64_t frames, int64_t start, bool waitInputs) {
  const QcnnSchedule *s = qcnnSimSchedule(x->sim, p);
  const Runs *runs = &x->runs[p];
  int in[QCNN_SCHED_MAX_PORTS], out[QCNN_SCHED_MAX_PORTS];
  int64_t rd[QCNN_SCHED_MAX_PORTS] = {0}, wr[QCNN_SCHED_MAX_PORTS] = {0};
  for (int k = 0; k < s->numInputs; k++) in[k] = qcnnSimPortChannel(x->sim, p, false, k);
  for (int k = 0; k < s->numOutputs; k++) out[k] = qcnnSimPortChannel(x->sim, p, true, k);
  int64_t t = start - 1;
  for (int64_t f = 0; f < frames; f++) {
    for (intptr_t r = 0; r < runs->len; r++) {
      const QcnnSchedNode *n = &s->nodes[runs->v[r].node];
      int64_t count = runs->v[r].count;
      if (s->numInputs <= 1 && s->numOutputs <= 1 && (s->numInputs == 0 || n->read[0] <= 1)) {
        /* The common case, one word at most read per cycle on one port: a tight loop. */
        bool reads = s->numInputs == 1 && n->read[0] == 1;
        int64_t *win = reads ? x->wt[in[0]] + rd[0] : NULL, *rin = reads ? x->rt[in[0]] + rd[0] : NULL;
        int64_t latency = reads ? x->latency[in[0]] : 0;
        int32_t w = s->numOutputs ? n->write[0] : 0;
        int64_t *wout = w ? x->wt[out[0]] + wr[0] : NULL;
        for (int64_t j = 0; j < count; j++) {
          t++;
          if (reads) {
            if (waitInputs) t = max64(t, win[j] + latency);
            rin[j] = t;
          }
          for (int32_t m = 0; m < w; m++) *wout++ = t;
        }
        if (reads) rd[0] += count;
        if (w) wr[0] += count * w;
        continue;
      }
      for (int64_t j = 0; j < count; j++) {
        t++;
        for (int k = 0; waitInputs && k < s->numInputs; k++) {
          int c = in[k];
          for (int32_t m = 0; m < n->read[k]; m++) t = max64(t, x->wt[c][rd[k] + m] + x->latency[c]);
        }
        for (int k = 0; k < s->numInputs; k++)
          for (int32_t m = 0; m < n->read[k]; m++) x->rt[in[k]][rd[k]++] = t;
        for (int k = 0; k < s->numOutputs; k++)
          for (int32_t m = 0; m < n->write[k]; m++) x->wt[out[k]][wr[k]++] = t;
      }
    }
  }
  return t;
}

/* Backward over one frame from `end` (the latest time of the last cycle): each cycle one before the
 * next at the latest, and early enough for every word it writes to a process marked `late` (every
 * process when `late` is NULL) to be visible when that process reads it. Records the word times; returns the first cycle's time. */
static int64_t backward(Ctx *x, int p, int64_t end, const bool *late) {
  const QcnnSchedule *s = qcnnSimSchedule(x->sim, p);
  const Runs *runs = &x->runs[p];
  int in[QCNN_SCHED_MAX_PORTS], out[QCNN_SCHED_MAX_PORTS];
  bool due[QCNN_SCHED_MAX_PORTS];
  int64_t rd[QCNN_SCHED_MAX_PORTS], wr[QCNN_SCHED_MAX_PORTS];
  for (int k = 0; k < s->numInputs; k++) {
    in[k] = qcnnSimPortChannel(x->sim, p, false, k);
    rd[k] = x->words[in[k]];
  }
  for (int k = 0; k < s->numOutputs; k++) {
    int c = out[k] = qcnnSimPortChannel(x->sim, p, true, k), q, op, prod, ip;
    qcnnSimChannelEnds(x->sim, c, &prod, &op, &q, &ip);
    due[k] = !late || late[q];
    wr[k] = x->words[c];
  }
  int64_t t = end + 1;
  for (intptr_t r = runs->len - 1; r >= 0; r--) {
    const QcnnSchedNode *n = &s->nodes[runs->v[r].node];
    for (int64_t j = 0; j < runs->v[r].count; j++) {
      t--;
      for (int k = 0; k < s->numOutputs; k++) {
        int c = out[k];
        for (int32_t m = 1; due[k] && m <= n->write[k]; m++) t = min64(t, x->rt[c][wr[k] - m] - x->latency[c]);
      }
      for (int k = 0; k < s->numOutputs; k++)
        for (int32_t m = 0; m < n->write[k]; m++) x->wt[out[k]][--wr[k]] = t;
      for (int k = 0; k < s->numInputs; k++)
        for (int32_t m = 0; m < n->read[k]; m++) x->rt[in[k]][--rd[k]] = t;
    }
  }
  return t;
}

/*===-- Occupancy ----------------------------------------------------------------------------===*/

/* The most words channel c holds when one is written (counting it): for word k written at w[k],
 * k + 1 minus the words read before w[k]. With period > 0 the `n` times are one frame of a sequence
 * repeating every `period` cycles (word g of frame f at time[g] + f * period), earlier frames
 * included; otherwise the sequence is just the n words. Both time sequences are non-decreasing. */
static int64_t maxOccupancy(const int64_t *w, const int64_t *r, int64_t n, int64_t period) {
  if (n == 0) return 0;
  /* Start at frame -back, word 0: earlier frames' words are all read before w[0], since a frame's
   * reads span less than a period. g counts reads done; (f, m) is read g's frame and word. */
  int64_t back = period > 0 ? max64(0, (r[n - 1] - w[0]) / period + 1) : 0;
  int64_t g = -back * n, f = -back, m = 0, best = 0;
  for (int64_t k = 0; k < n; k++) {
    while (r[m] + f * period < w[k]) {
      g++;
      if (++m == n) {
        m = 0;
        f++;
      }
    }
    best = max64(best, k + 1 - g);
  }
  return best;
}

/*===-- Entry points -------------------------------------------------------------------------===*/

bool qcnnSimUnthrottledOccupancy(const QcnnSim *sim, int64_t frames, int64_t *occupancy) {
  Ctx x;
  bool ok = ctxInit(&x, sim) && frames > 0;
  /* In topological order a channel's words are written before they are read: allocate them with
   * their writer, free them once their reader has run, so only the channels crossing the current cut
   * are held (frames x words each). */
  for (int i = 0; ok && i < x.numProcs; i++) {
    int p = x.order[i], chans[2 * QCNN_SCHED_MAX_PORTS];
    const QcnnSchedule *s = qcnnSimSchedule(sim, p);
    int n = portChannels(&x, p, chans);
    for (int k = s->numInputs; k < n; k++) allocChannel(&x, chans[k], frames);
    forward(&x, p, frames, 0, true);
    for (int k = 0; k < s->numInputs; k++) {
      int c = chans[k];
      occupancy[c] = maxOccupancy(x.wt[c], x.rt[c], frames * x.words[c], 0);
      free(x.wt[c]);
      free(x.rt[c]);
      x.wt[c] = x.rt[c] = NULL;
    }
  }
  ctxDestroy(&x);
  return ok;
}

/*===-- The periodic schedule ----------------------------------------------------------------===*/

typedef struct {
  Ctx *x;
  const int64_t *widths;
  int64_t period;
  bool *late;          /* the bottleneck and its ancestors */
  int64_t *occupancy;  /* per channel, under the current schedule */
  int64_t *save;       /* scratch for one channel's word times */
} Sched;

static double channelCost(const Sched *sc, int c, int64_t occupancy) {
  return qcnnFifoCheapestCost(max64(1, occupancy), sc->widths ? sc->widths[c] : 1);
}

static int64_t occupancyOf(const Sched *sc, int c) {
  return maxOccupancy(sc->x->wt[c], sc->x->rt[c], sc->x->words[c], sc->period);
}

/* p's frame as early as its inputs allow (late = false) or as late as its consumers allow, within
 * one period. */
static void place(Sched *sc, int p, bool late, const bool *due) {
  if (late) {
    int64_t first = backward(sc->x, p, POS_INF, due);
    backward(sc->x, p, first + sc->period - 1, due);
    return;
  }
  bool source = qcnnSimSchedule(sc->x->sim, p)->numInputs == 0;
  int64_t last = forward(sc->x, p, 1, NEG_INF, true);
  forward(sc->x, p, 1, source ? 0 : last - sc->period + 1, true);
}

/* Moves p early or late when that makes its channels cheaper (fewer bits on a tie), else leaves it.
 * Either placement keeps the schedule valid: moving early is bounded by the producers' writes, late
 * by the consumers' reads, and every other process keeps its times. */
static void tryMove(Sched *sc, int p, bool late) {
  Ctx *x = sc->x;
  int chans[2 * QCNN_SCHED_MAX_PORTS], n = portChannels(x, p, chans), numIn = qcnnSimSchedule(x->sim, p)->numInputs;
  int64_t offset[2 * QCNN_SCHED_MAX_PORTS + 1], total = 0, occ[2 * QCNN_SCHED_MAX_PORTS];
  double before = 0, after = 0;
  int64_t bitsBefore = 0, bitsAfter = 0;
  for (int i = 0; i < n; i++) {
    int c = chans[i];
    offset[i] = total;
    total += x->words[c];
    before += channelCost(sc, c, sc->occupancy[c]);
    bitsBefore += sc->occupancy[c] * (sc->widths ? sc->widths[c] : 1);
  }
  sc->save = realloc(sc->save, (size_t)(total + 1) * sizeof(int64_t));
  if (!sc->save) abort();
  for (int i = 0; i < n; i++) {
    int64_t *times = i < numIn ? x->rt[chans[i]] : x->wt[chans[i]];
    memcpy(sc->save + offset[i], times, (size_t)x->words[chans[i]] * sizeof(int64_t));
  }
  place(sc, p, late, NULL);
  for (int i = 0; i < n; i++) {
    int c = chans[i];
    occ[i] = occupancyOf(sc, c);
    after += channelCost(sc, c, occ[i]);
    bitsAfter += occ[i] * (sc->widths ? sc->widths[c] : 1);
  }
  if (after < before || (after == before && bitsAfter < bitsBefore)) {
    for (int i = 0; i < n; i++) sc->occupancy[chans[i]] = occ[i];
    return;
  }
  for (int i = 0; i < n; i++) {
    int64_t *times = i < numIn ? x->rt[chans[i]] : x->wt[chans[i]];
    memcpy(times, sc->save + offset[i], (size_t)x->words[chans[i]] * sizeof(int64_t));
  }
}

bool qcnnSimScheduleDepths(const QcnnSim *sim, const int64_t *widths, int64_t *depth) {
  Ctx x;
  if (!ctxInit(&x, sim)) {
    ctxDestroy(&x);
    return false;
  }
  for (int c = 0; c < x.numChans; c++) allocChannel(&x, c, 1);
  int n = x.numProcs, bottleneck = 0;
  Sched sc = {&x, widths, 0, calloc((size_t)n + 1, sizeof(bool)), calloc((size_t)x.numChans + 1, sizeof(int64_t)),
              NULL};
  if (!sc.late || !sc.occupancy) abort();
  for (int p = 0; p < n; p++) {
    int64_t cycles = qcnnScheduleCycles(qcnnSimSchedule(sim, p));
    if (cycles > sc.period) {
      sc.period = cycles;
      bottleneck = p;
    }
  }
  /* The bottleneck back to back; its ancestors as late as it allows (reverse topological order reaches
   * consumers first); the rest as early as their inputs allow. A process's frame may span at most a
   * period (frame f+1 starts after frame f ends), which place() keeps. */
  sc.late[bottleneck] = true;
  for (int i = n - 1; i >= 0; i--) {
    int p = x.order[i];
    const QcnnSchedule *s = qcnnSimSchedule(sim, p);
    for (int k = 0; k < s->numOutputs && !sc.late[p]; k++) {
      int c = qcnnSimPortChannel(sim, p, true, k), prod, op, q, ip;
      qcnnSimChannelEnds(sim, c, &prod, &op, &q, &ip);
      sc.late[p] = sc.late[q];
    }
  }
  forward(&x, bottleneck, 1, 0, false);
  for (int i = n - 1; i >= 0; i--)
    if (sc.late[x.order[i]] && x.order[i] != bottleneck) place(&sc, x.order[i], true, sc.late);
  for (int i = 0; i < n; i++)
    if (!sc.late[x.order[i]]) place(&sc, x.order[i], false, NULL);
  for (int c = 0; c < x.numChans; c++) sc.occupancy[c] = occupancyOf(&sc, c);
  /* Where a fast process sits next to a slow one, the words are cheaper held on the other side of it:
   * move each ancestor early (producers first) and each other process late (consumers first) when
   * that lowers the cost of its channels. (A source has no producer to bound it: earlier only holds
   * more words, and the sinks' times are fixed by their producers.) */
  for (int i = 0; i < n; i++) {
    int p = x.order[i];
    if (sc.late[p] && p != bottleneck && qcnnSimSchedule(sim, p)->numInputs > 0) tryMove(&sc, p, false);
  }
  for (int i = n - 1; i >= 0; i--)
    if (!sc.late[x.order[i]] && qcnnSimSchedule(sim, x.order[i])->numOutputs > 0) tryMove(&sc, x.order[i], true);
  for (int c = 0; c < x.numChans; c++) depth[c] = max64(1, sc.occupancy[c]);
  free(sc.late);
  free(sc.occupancy);
  free(sc.save);
  ctxDestroy(&x);
  return true;
}
