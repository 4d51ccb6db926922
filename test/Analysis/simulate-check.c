/* qcnn-sim-check: runs the FIFO simulator and sizing (lib/Analysis/Simulate.c, SimSizing.c) on
 * small hand-built schedules, for the lit tests in this directory (expected values are derived by
 * hand in the .test files).
 *
 *   qcnn-sim-check GRAPH run D0 D1 ...    timed run with these depths (-1: unbounded)
 *   qcnn-sim-check GRAPH untimed D0 ...   untimed run (deadlock only)
 *   qcnn-sim-check GRAPH size             LB, scheduled and minimized depths, unthrottled occupancy,
 *                                         then the -1 checks
 *
 * GRAPH: chain (S writes 8 words in 8 cycles -> C reads 8 in 8; latency 1)
 *        burst (P writes 8 words in 8 cycles then idles 24 -> C reads 1 word every 4 cycles; latency 1)
 *        forkjoin (S -> duplicate -> B reads 16 then writes 16 -> add; duplicate -> add directly
 *                  (the bypass); add -> K; 16 words per frame, latency 1)
 *        late (chain whose producer has latency 5) */
#include "qcnn/Analysis.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define FRAMES 16

typedef struct {
  QcnnSchedNode nodes[8];
  QcnnSchedule s;
} Sched;

static void init(Sched *x, int nin, int nout, int64_t latency) {
  memset(x, 0, sizeof *x);
  x->s.numInputs = nin;
  x->s.numOutputs = nout;
  x->s.latency = latency;
  x->s.nodes = x->nodes;
}

/* Appends a step of `count` cycles reading r[i] / writing w[i] per cycle. */
static void step(Sched *x, int64_t count, int r0, int r1, int w0, int w1) {
  QcnnSchedNode *n = &x->nodes[x->s.numNodes++];
  n->kind = QcnnSchedStep;
  n->count = count;
  n->read[0] = r0;
  n->read[1] = r1;
  n->write[0] = w0;
  n->write[1] = w1;
  x->s.capacity = x->s.numNodes;
}

static void loop(Sched *x, int64_t count, int32_t bodyLen) {
  QcnnSchedNode *n = &x->nodes[x->s.numNodes++];
  n->kind = QcnnSchedLoop;
  n->count = count;
  n->bodyLen = bodyLen;
  x->s.capacity = x->s.numNodes;
}

static QcnnSim *build(const char *graph) {
  QcnnSim *sim = qcnnSimCreate();
  Sched a, b, c, d, e;
  if (!strcmp(graph, "chain") || !strcmp(graph, "late")) {
    init(&a, 0, 1, !strcmp(graph, "late") ? 5 : 1);
    step(&a, 8, 0, 0, 1, 0);
    init(&b, 1, 0, 1);
    step(&b, 8, 1, 0, 0, 0);
    int s = qcnnSimAddProcess(sim, &a.s, "S"), k = qcnnSimAddProcess(sim, &b.s, "C");
    qcnnSimAddChannel(sim, s, 0, k, 0, 1, "S->C");
  } else if (!strcmp(graph, "burst")) {
    init(&a, 0, 1, 1);
    step(&a, 8, 0, 0, 1, 0);
    step(&a, 24, 0, 0, 0, 0);
    init(&b, 1, 0, 1);
    loop(&b, 8, 2);
    step(&b, 1, 1, 0, 0, 0);
    step(&b, 3, 0, 0, 0, 0);
    int p = qcnnSimAddProcess(sim, &a.s, "P"), k = qcnnSimAddProcess(sim, &b.s, "C");
    qcnnSimAddChannel(sim, p, 0, k, 0, 1, "P->C");
  } else if (!strcmp(graph, "forkjoin")) {
    init(&a, 0, 1, 1);
    step(&a, 16, 0, 0, 1, 0);
    init(&b, 1, 2, 1);
    step(&b, 16, 1, 0, 1, 1);
    init(&c, 1, 1, 1);
    step(&c, 16, 1, 0, 0, 0);
    step(&c, 16, 0, 0, 1, 0);
    init(&d, 2, 1, 1);
    step(&d, 16, 1, 1, 1, 0);
    init(&e, 1, 0, 1);
    step(&e, 16, 1, 0, 0, 0);
    int s = qcnnSimAddProcess(sim, &a.s, "S"), dup = qcnnSimAddProcess(sim, &b.s, "dup");
    int lng = qcnnSimAddProcess(sim, &c.s, "B"), add = qcnnSimAddProcess(sim, &d.s, "add");
    int k = qcnnSimAddProcess(sim, &e.s, "K");
    qcnnSimAddChannel(sim, s, 0, dup, 0, 1, "S->dup");
    qcnnSimAddChannel(sim, dup, 0, lng, 0, 1, "dup->B");
    qcnnSimAddChannel(sim, lng, 0, add, 0, 1, "B->add");
    qcnnSimAddChannel(sim, dup, 1, add, 1, 1, "bypass");
    qcnnSimAddChannel(sim, add, 0, k, 0, 1, "add->K");
  } else {
    qcnnSimDestroy(sim);
    return NULL;
  }
  return sim;
}

static void printRun(const QcnnSim *sim, const QcnnSimResult *r) {
  if (r->deadlock) {
    char buf[512];
    qcnnSimDescribeDeadlock(sim, r, buf, sizeof buf);
    printf("deadlock after %lld cycles (%s)\n", (long long)r->cycles, buf);
    return;
  }
  printf("period %lld%s after %lld frames\n", (long long)r->period, r->periodic ? " (periodic)" : "",
         (long long)r->frames);
  for (int c = 0; c < qcnnSimNumChannels(sim); c++)
    printf("  %s max occupancy %lld\n", qcnnSimChannelName(sim, c), (long long)r->maxOccupancy[c]);
}

int main(int argc, char **argv) {
  if (argc < 3) {
    fprintf(stderr, "usage: qcnn-sim-check GRAPH run|untimed|size [depths...]\n");
    return 2;
  }
  QcnnSim *sim = build(argv[1]);
  if (!sim) {
    fprintf(stderr, "unknown graph '%s'\n", argv[1]);
    return 2;
  }
  int n = qcnnSimNumChannels(sim), rc = 0;
  printf("bottleneck %lld\n", (long long)qcnnSimBottleneckPeriod(sim));
  if (!strcmp(argv[2], "size")) {
    QcnnFifoSizing s;
    QcnnFifoSizingOptions o = {.frames = FRAMES, .minimize = true, .lowerBound = true};
    if (!qcnnSimSizeFifos(sim, &o, &s)) {
      printf("cannot size\n");
      rc = 1;
    } else {
      QcnnSimResult r;
      qcnnSimRun(sim, FRAMES, true, &r);
      printf("sized: period %lld%s\n", (long long)r.period, r.periodic ? " (periodic)" : "");
      qcnnSimResultDestroy(&r);
      for (int c = 0; c < n; c++) {
        /* Minimality: one word less on this channel alone must fail. */
        qcnnSimSetDepth(sim, c, s.depth[c] - 1);
        bool smallerOk = s.depth[c] > 1 && qcnnSimFeasible(sim, FRAMES, s.bottleneck);
        qcnnSimSetDepth(sim, c, s.depth[c]);
        printf("  %s lb %lld scheduled %lld depth %lld unthrottled %lld words %lld %s\n", qcnnSimChannelName(sim, c),
               (long long)s.lowerBound[c], (long long)s.scheduled[c], (long long)s.depth[c],
               (long long)s.unthrottled[c], (long long)qcnnSimChannelWords(sim, c),
               smallerOk ? "NOT-MINIMAL" : "minimal");
      }
    }
    qcnnFifoSizingDestroy(&s);
  } else {
    bool timed = !strcmp(argv[2], "run");
    for (int c = 0; c < n && 3 + c < argc; c++) {
      long long d = atoll(argv[3 + c]);
      qcnnSimSetDepth(sim, c, d < 0 ? QCNN_SIM_UNBOUNDED : d);
    }
    QcnnSimResult r;
    if (!qcnnSimRun(sim, FRAMES, timed, &r)) {
      printf("malformed graph\n");
      rc = 1;
    } else {
      printRun(sim, &r);
    }
    qcnnSimResultDestroy(&r);
  }
  qcnnSimDestroy(sim);
  return rc;
}
