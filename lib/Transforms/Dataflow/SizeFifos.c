/* qdf-size-fifos: a qdf.fifo on every channel, each as shallow as the token schedules allow while the
 * graph keeps its bottleneck's throughput without deadlock (docs/fifo-sizing.md).
 *
 * The function's qdf processes and channels become a QcnnSim (lib/Analysis/Simulate.c); SimSizing.c
 * takes the depths of a periodic schedule at the bottleneck period (StaticSchedule.c: proven, no
 * simulation) and, when asked, lowers them to a locally minimal assignment and finds lower bounds
 * by simulation; this pass picks each FIFO's implementation from depth x width, rounds the depth up
 * to the next resource step (free), inserts the qdf.fifo ops (replacing any from an earlier run, so
 * it is idempotent), confirms the final depths by simulation and writes the report. */
#include "qcnn/Analysis.h"
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Support.h"

#include <mlir-c/BuiltinAttributes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Discardable attributes on each qdf.fifo: why it has its depth, the depth the sizing found (before
 * rounding), and the lower bound when computed. */
#define ATTR_REASON "qdf.reason"
#define ATTR_MIN_DEPTH "qdf.min_depth"
#define ATTR_LOWER_BOUND "qdf.lower_bound"

/* The depth Vitis HLS gives a stream without a FIFO, assumed by check=true. */
#define HLS_DEFAULT_DEPTH 2

typedef struct {
  char report[4096]; /* copied: the pass state outlives the parsed options */
  bool round, verifyMinimal, check, minimize, minimizeCost, lowerBound, simulate;
  int64_t frames;
} SizeOptions;

/* What the sizing spent and what the timed check of the final depths found. */
typedef struct {
  int64_t frames, simulations, period;
  bool periodic, simulated;
} Outcome;

typedef struct {
  MlirOperation producer, consumer;
  int outPort;
  intptr_t operand; /* consumer operand number */
  MlirValue value;
  int64_t width;
  int64_t depth; /* of the qdf.fifo ops already on it, -1 if none */
} ChannelInfo;

typedef struct {
  MlirOperation *procs;
  int numProcs;
  ChannelInfo *chans;
  int numChans;
  QcnnSim *sim;
} Graph;

static bool isProcess(MlirOperation op) { return qcnnOpIsQdf(op) && !qcnnOpIs(op, QCNN_OP_QDF_FIFO); }
static bool isFifo(MlirOperation op) { return qcnnOpIs(op, QCNN_OP_QDF_FIFO); }

static int processIndex(const Graph *g, MlirOperation op) {
  for (int i = 0; i < g->numProcs; i++)
    if (mlirOperationEqual(g->procs[i], op)) return i;
  return -1;
}

/* The op's location name ("conv1"), else its op name and position among the processes ("mvau#3"). */
static void opName(const Graph *g, MlirOperation op, char *buf, size_t cap) {
  MlirStringRef n = qcnnLocationName(mlirOperationGetLocation(op));
  if (n.data && n.length > 0) {
    snprintf(buf, cap, "%.*s", (int)n.length, n.data);
    return;
  }
  n = mlirIdentifierStr(mlirOperationGetName(op));
  snprintf(buf, cap, "%.*s@%d", (int)n.length - 4, n.data + 4, processIndex(g, op));
}

static bool buildGraph(MlirOperation func, Graph *g) {
  intptr_t n;
  g->procs = qcnnCollectOps(func, isProcess, &n);
  g->numProcs = (int)n;
  g->sim = qcnnSimCreate();
  bool ok = true;
  for (int i = 0; i < g->numProcs; i++) {
    QcnnSchedule s;
    char name[128];
    if (!qcnnQdfSchedule(g->procs[i], &s)) return false;
    opName(g, g->procs[i], name, sizeof name);
    qcnnSimAddProcess(g->sim, &s, name);
    qcnnScheduleDestroy(&s);
  }
  int cap = 0;
  for (int i = 0; i < g->numProcs; i++) cap += qcnnQdfNumOutputPorts(g->procs[i]);
  g->chans = calloc((size_t)cap + 1, sizeof(ChannelInfo));
  for (int i = 0; ok && i < g->numProcs; i++) {
    MlirOperation p = g->procs[i];
    for (int q = 0; ok && q < qcnnQdfNumOutputPorts(p); q++) {
      MlirValue v = qcnnQdfOutputPort(p, q), reach = v;
      char pname[128], cname[128], name[300];
      opName(g, p, pname, sizeof pname);
      /* The reader, through the FIFOs already there (a chain of them holds the sum of their depths). */
      MlirOpOperand use;
      int64_t depth = -1;
      for (;;) {
        use = mlirValueGetFirstUse(reach);
        if (mlirOpOperandIsNull(use) || !mlirOpOperandIsNull(mlirOpOperandGetNextUse(use))) break;
        MlirOperation u = mlirOpOperandGetOwner(use);
        if (!isFifo(u)) break;
        depth = (depth < 0 ? 0 : depth) + qcnnOpI64Or(u, QCNN_ATTR_DEPTH, 0);
        reach = mlirOperationGetResult(u, 0);
      }
      if (mlirOpOperandIsNull(use) || !mlirOpOperandIsNull(mlirOpOperandGetNextUse(use))) {
        qcnnEmitError(mlirOperationGetLocation(p), "output %d of '%s' must have exactly one reader to be sized", q,
                      pname);
        ok = false;
        break;
      }
      MlirOperation c = mlirOpOperandGetOwner(use);
      int ci = processIndex(g, c), port = -1;
      for (int k = 0; ci >= 0 && k < qcnnQdfNumInputPorts(c); k++)
        if (mlirValueEqual(qcnnQdfInputPort(c, k), reach)) port = k;
      if (port < 0) {
        qcnnEmitError(mlirOperationGetLocation(p), "output %d of '%s' is not read by a qdf process", q, pname);
        ok = false;
        break;
      }
      opName(g, c, cname, sizeof cname);
      if (qcnnQdfNumOutputPorts(p) > 1) snprintf(name, sizeof name, "%s#%d -> %s", pname, q, cname);
      else snprintf(name, sizeof name, "%s -> %s", pname, cname);
      qcnnSimAddChannel(g->sim, i, q, ci, port, QCNN_SIM_UNBOUNDED, name);
      g->chans[g->numChans++] = (ChannelInfo){p, c, q, mlirOpOperandGetOperandNumber(use), v,
                                              qcnnStreamWidth(mlirValueGetType(v)), depth};
    }
  }
  return ok;
}

static void destroyGraph(Graph *g) {
  free(g->procs);
  free(g->chans);
  qcnnSimDestroy(g->sim);
}

/*===-- Choosing and inserting ---------------------------------------------------------------===*/

typedef struct {
  int64_t depth, minDepth;
  QcnnFifoImpl impl;
  QcnnResources res;
  char reason[320];
} Fifo;

static void explain(const Graph *g, const QcnnFifoSizing *s, int c, Fifo *f) {
  const ChannelInfo *ch = &g->chans[c];
  char pname[128], cname[128];
  opName(g, ch->producer, pname, sizeof pname);
  opName(g, ch->consumer, cname, sizeof cname);
  QcnnSchedule sched;
  int64_t latency = 1;
  if (qcnnQdfSchedule(ch->producer, &sched)) {
    latency = sched.latency < 1 ? 1 : sched.latency;
    qcnnScheduleDestroy(&sched);
  }
  if (qcnnOpIs(ch->producer, QCNN_OP_QDF_DUPLICATE) && s->depth[c] > latency + 1)
    snprintf(f->reason, sizeof f->reason, "bypass of fork at %s: holds the words the other branch delays", pname);
  else if (s->depth[c] <= latency + 1)
    snprintf(f->reason, sizeof f->reason, "covers the %lld-cycle write-to-read latency of %s", (long long)latency,
             pname);
  else
    snprintf(f->reason, sizeof f->reason, "rate mismatch producer %s -> consumer %s", pname, cname);
}

static MlirOperation insertFifo(MlirOperation after, const ChannelInfo *ch, const Fifo *f, const int64_t *lowerBound,
                                const char *name) {
  MlirContext ctx = mlirOperationGetContext(ch->producer);
  MlirLocation loc = mlirLocationNameGet(ctx, mlirStringRefCreateFromCString(name),
                                         mlirOperationGetLocation(ch->producer));
  MlirType t = mlirValueGetType(ch->value);
  MlirNamedAttribute attrs[] = {
      qcnnNamedI64(ctx, QCNN_ATTR_DEPTH, f->depth),
      qcnnNamedString(ctx, QCNN_ATTR_IMPL, qcnnFifoImplName(f->impl)),
  };
  MlirOperation fifo = qcnnOpBuild(QCNN_OP_QDF_FIFO, loc, 1, &ch->value, 1, &t, 2, attrs);
  MlirType i64 = mlirIntegerTypeGet(ctx, 64);
  mlirOperationSetDiscardableAttributeByName(fifo, mlirStringRefCreateFromCString(ATTR_REASON),
                                             mlirStringAttrGet(ctx, mlirStringRefCreateFromCString(f->reason)));
  mlirOperationSetDiscardableAttributeByName(fifo, mlirStringRefCreateFromCString(ATTR_MIN_DEPTH),
                                             mlirIntegerAttrGet(i64, f->minDepth));
  if (lowerBound)
    mlirOperationSetDiscardableAttributeByName(fifo, mlirStringRefCreateFromCString(ATTR_LOWER_BOUND),
                                               mlirIntegerAttrGet(i64, *lowerBound));
  mlirBlockInsertOwnedOperationAfter(mlirOperationGetBlock(after), after, fifo);
  mlirOperationSetOperand(ch->consumer, ch->operand, mlirOperationGetResult(fifo, 0));
  return fifo;
}

/*===-- Report -------------------------------------------------------------------------------===*/

typedef struct {
  int64_t bits;
  QcnnResources res;
} Total;

/* A set of depths costed as FIFOs with the cheapest implementation for each. */
static void addCost(Total *t, int64_t depth, int64_t width) {
  QcnnResources r = qcnnFifoResources(depth, width, qcnnFifoChooseImpl(depth, width));
  t->bits += depth * width;
  t->res.lut += r.lut;
  t->res.bram18 += r.bram18;
  t->res.uram += r.uram;
}

static void jsonString(QcnnBuf *b, const char *s) {
  qcnnBufAppend(b, "\"", 1);
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') qcnnBufPrintf(b, "\\%c", *s);
    else if ((unsigned char)*s < 0x20) qcnnBufPrintf(b, "\\u%04x", *s);
    else qcnnBufAppend(b, s, 1);
  }
  qcnnBufAppend(b, "\"", 1);
}

static void jsonTotal(QcnnBuf *b, const char *key, const Total *t, bool last) {
  qcnnBufPrintf(b, "    \"%s\": {\"bits\": %lld, \"bram18\": %.0f, \"luts\": %.0f, \"uram\": %.0f, \"cost\": %.1f}%s\n", key,
                (long long)t->bits, t->res.bram18, t->res.lut, t->res.uram, qcnnFifoCost(t->res), last ? "" : ",");
}

static bool writeReport(const char *path, const Graph *g, const QcnnFifoSizing *s, const Fifo *fifos,
                        const Outcome *out) {
  QcnnBuf b = {0};
  Total sized = {0}, minimal = {0}, scheduled = {0}, lower = {0}, tensor = {0}, unthrottled = {0};
  qcnnBufPrintf(&b, "{\n  \"bottleneck_cycles\": %lld,\n  \"period_cycles\": %lld,\n  \"simulated\": %s,\n  \"periodic\": %s,\n",
                (long long)s->bottleneck, (long long)out->period, out->simulated ? "true" : "false",
                out->periodic ? "true" : "false");
  qcnnBufPrintf(&b, "  \"frames\": %lld,\n  \"simulations\": %lld,\n  \"fifos\": [\n", (long long)out->frames,
                (long long)out->simulations);
  for (int c = 0; c < g->numChans; c++) {
    const Fifo *f = &fifos[c];
    int64_t w = g->chans[c].width, words = qcnnSimChannelWords(g->sim, c);
    sized.bits += f->depth * w;
    sized.res.lut += f->res.lut;
    sized.res.bram18 += f->res.bram18;
    sized.res.uram += f->res.uram;
    addCost(&minimal, f->minDepth, w);
    addCost(&scheduled, s->scheduled[c], w);
    if (s->lowerBound) addCost(&lower, s->lowerBound[c], w);
    addCost(&tensor, words, w);
    addCost(&unthrottled, s->unthrottled[c], w);
    qcnnBufPrintf(&b, "    {\"name\": ");
    jsonString(&b, qcnnSimChannelName(g->sim, c));
    qcnnBufPrintf(&b,
                  ", \"depth\": %lld, \"min_depth\": %lld, \"scheduled\": %lld, \"width\": %lld, \"bits\": %lld, "
                  "\"style\": \"%s\", \"bram18\": %.0f, \"luts\": %.0f, \"uram\": %.0f, \"words_per_frame\": %lld, "
                  "\"unthrottled\": %lld, ",
                  (long long)f->depth, (long long)f->minDepth, (long long)s->scheduled[c], (long long)w,
                  (long long)(f->depth * w), qcnnFifoImplName(f->impl), f->res.bram18, f->res.lut, f->res.uram,
                  (long long)words, (long long)s->unthrottled[c]);
    if (s->lowerBound) qcnnBufPrintf(&b, "\"lower_bound\": %lld, ", (long long)s->lowerBound[c]);
    qcnnBufPrintf(&b, "\"reason\": ");
    jsonString(&b, f->reason);
    qcnnBufPrintf(&b, "}%s\n", c + 1 < g->numChans ? "," : "");
  }
  double lb = qcnnFifoCost(lower.res), got = qcnnFifoCost(minimal.res);
  qcnnBufPrintf(&b, "  ],\n  \"totals\": {\n");
  jsonTotal(&b, "sized", &sized, false);
  jsonTotal(&b, "minimal", &minimal, false);
  jsonTotal(&b, "scheduled", &scheduled, false);
  if (s->lowerBound) jsonTotal(&b, "lower_bound", &lower, false);
  jsonTotal(&b, "tensor_bound", &tensor, false);
  jsonTotal(&b, "unthrottled", &unthrottled, true);
  if (s->lowerBound) qcnnBufPrintf(&b, "  },\n  \"gap\": %.4f\n}\n", lb > 0 ? (got - lb) / lb : 0.0);
  else qcnnBufPrintf(&b, "  }\n}\n");
  bool ok = qcnnWriteFileAtomic(path, b.data, b.len);
  qcnnBufFree(&b);
  return ok;
}

/*===-- Checks -------------------------------------------------------------------------------===*/

/* Each depth found minus one (with minimize-cost alone: the deepest depth of the next cheaper step),
 * the others as found, must lose throughput or deadlock. */
static void verifyMinimal(const Graph *g, const QcnnFifoSizing *s, const SizeOptions *o) {
  bool byCost = o->minimizeCost && !o->minimize;
  const char *what = byCost ? "cost-minimal" : "minimal";
  for (int c = 0; c < g->numChans; c++) qcnnSimSetDepth(g->sim, c, s->depth[c]);
  for (int c = 0; c < g->numChans; c++) {
    const char *name = qcnnSimChannelName(g->sim, c);
    MlirLocation loc = mlirOperationGetLocation(g->chans[c].producer);
    int64_t tried = byCost ? qcnnFifoCheaperDepth(s->depth[c], g->chans[c].width) : s->depth[c] - 1;
    if (tried < 1) {
      qcnnEmitRemark(loc, "fifo %s: %s (depth %lld, no cheaper one)", name, what, (long long)s->depth[c]);
      continue;
    }
    qcnnSimSetDepth(g->sim, c, tried);
    QcnnSimResult r;
    if (qcnnSimRun(g->sim, o->frames, true, &r)) {
      if (r.deadlock)
        qcnnEmitRemark(loc, "fifo %s: %s (depth %lld deadlocks)", name, what, (long long)tried);
      else if (r.period > s->bottleneck)
        qcnnEmitRemark(loc, "fifo %s: %s (depth %lld: period %lld > %lld)", name, what, (long long)tried,
                       (long long)r.period, (long long)s->bottleneck);
      else
        qcnnEmitWarning(loc, "fifo %s: NOT %s (depth %lld keeps period %lld)", name, what, (long long)tried,
                        (long long)r.period);
    }
    qcnnSimResultDestroy(&r);
    qcnnSimSetDepth(g->sim, c, s->depth[c]);
  }
}

/* The depths actually built, confirmed by the timed simulation: the bottleneck period, no deadlock
 * (deadlock does not depend on timing, so this covers the untimed run too). Without `simulate` the
 * period is the one the schedule proves. */
static bool checkFinal(const Graph *g, const QcnnFifoSizing *s, const Fifo *fifos, const SizeOptions *o,
                       MlirOperation func, Outcome *out) {
  *out = (Outcome){o->frames, s->simulations, s->bottleneck, false, false};
  if (!o->simulate) return true;
  for (int c = 0; c < g->numChans; c++) qcnnSimSetDepth(g->sim, c, fifos[c].depth);
  QcnnSimResult timed;
  qcnnSimRun(g->sim, o->frames, true, &timed);
  bool ok = !timed.deadlock && timed.period <= s->bottleneck;
  if (!ok) {
    char buf[1024] = "";
    qcnnSimDescribeDeadlock(g->sim, &timed, buf, sizeof buf);
    qcnnEmitError(mlirOperationGetLocation(func), "sized FIFOs fail their check (period %lld, target %lld) %s",
                  (long long)timed.period, (long long)s->bottleneck, buf);
  }
  *out = (Outcome){o->frames, s->simulations + 1, timed.period, timed.periodic, true};
  qcnnSimResultDestroy(&timed);
  return ok;
}

/*===-- Pass ---------------------------------------------------------------------------------===*/

/* check=true: the depths already there (HLS_DEFAULT_DEPTH where a channel has no FIFO), untimed for
 * deadlock, then timed for throughput against the bottleneck. The IR is left alone. */
static bool checkExisting(MlirOperation func, const Graph *g, const SizeOptions *o) {
  for (int c = 0; c < g->numChans; c++)
    qcnnSimSetDepth(g->sim, c, g->chans[c].depth < 0 ? HLS_DEFAULT_DEPTH : g->chans[c].depth);
  QcnnSimResult r;
  bool ok = qcnnSimRun(g->sim, o->frames, false, &r);
  if (ok && r.deadlock) {
    char buf[2048];
    qcnnSimDescribeDeadlock(g->sim, &r, buf, sizeof buf);
    qcnnEmitError(mlirOperationGetLocation(func), "the FIFO depths deadlock (%s)", buf);
    ok = false;
  }
  qcnnSimResultDestroy(&r);
  if (!ok || !qcnnSimRun(g->sim, o->frames, true, &r)) return false;
  int64_t bottleneck = qcnnSimBottleneckPeriod(g->sim);
  if (r.period > bottleneck)
    qcnnEmitWarning(mlirOperationGetLocation(func), "the FIFO depths lose throughput: period %lld cycles, bottleneck %lld",
                    (long long)r.period, (long long)bottleneck);
  else
    qcnnEmitRemark(mlirOperationGetLocation(func), "the FIFO depths keep the bottleneck period of %lld cycles, no deadlock",
                   (long long)bottleneck);
  qcnnSimResultDestroy(&r);
  return true;
}

static bool run(MlirOperation func, void *state) {
  const SizeOptions *o = state;
  if (o->check) {
    Graph g = {0};
    bool ok = buildGraph(func, &g) && checkExisting(func, &g, o);
    destroyGraph(&g);
    return ok;
  }
  qcnnEraseForwardingOps(func, isFifo); /* earlier FIFOs go: the channels are re-sized from scratch */
  Graph g = {0};
  bool ok = buildGraph(func, &g);
  if (!ok || g.numChans == 0) {
    destroyGraph(&g);
    return ok;
  }
  QcnnFifoSizing s;
  int64_t *widths = calloc((size_t)g.numChans + 1, sizeof(int64_t));
  for (int c = 0; c < g.numChans; c++) widths[c] = g.chans[c].width;
  QcnnFifoSizingOptions so = {.frames = o->frames,
                               .minimize = o->minimize,
                               .minimizeCost = o->minimizeCost,
                               .lowerBound = o->lowerBound,
                               .widths = widths};
  bool sized = qcnnSimSizeFifos(g.sim, &so, &s);
  free(widths);
  if (!sized) {
    qcnnEmitError(mlirOperationGetLocation(func), "the dataflow graph has a cycle: it cannot be sized");
    qcnnFifoSizingDestroy(&s);
    destroyGraph(&g);
    return false;
  }
  Fifo *fifos = calloc((size_t)g.numChans + 1, sizeof(Fifo));
  for (int c = 0; c < g.numChans; c++) {
    Fifo *f = &fifos[c];
    int64_t w = g.chans[c].width;
    f->minDepth = s.depth[c];
    f->impl = qcnnFifoChooseImpl(f->minDepth, w);
    f->depth = o->round ? qcnnFifoRoundDepth(f->minDepth, w, f->impl) : f->minDepth;
    f->res = qcnnFifoResources(f->depth, w, f->impl);
    explain(&g, &s, c, f);
  }
  Outcome out = {0};
  ok = checkFinal(&g, &s, fifos, o, func, &out);
  if (ok && o->verifyMinimal) verifyMinimal(&g, &s, o);
  if (ok) {
    MlirOperation after = {NULL}, prevProducer = {NULL};
    for (int c = 0; c < g.numChans; c++) {
      /* Channels of one producer are consecutive: chain their fifos after it in port order. */
      if (!mlirOperationEqual(g.chans[c].producer, prevProducer)) after = g.chans[c].producer;
      prevProducer = g.chans[c].producer;
      after = insertFifo(after, &g.chans[c], &fifos[c], s.lowerBound ? &s.lowerBound[c] : NULL,
                         qcnnSimChannelName(g.sim, c));
    }
    qcnnEmitRemark(mlirOperationGetLocation(func),
                   "sized %d FIFOs in %lld simulations: period %lld cycles (bottleneck %lld)%s", g.numChans,
                   (long long)out.simulations, (long long)out.period, (long long)s.bottleneck,
                   !out.simulated ? ", proven by the schedule" : out.periodic ? ", exact steady state" : "");
  }
  if (ok && o->report[0] && !writeReport(o->report, &g, &s, fifos, &out)) {
    qcnnEmitError(mlirOperationGetLocation(func), "cannot write the FIFO report '%s'", o->report);
    ok = false;
  }
  free(fifos);
  qcnnFifoSizingDestroy(&s);
  destroyGraph(&g);
  return ok;
}

MlirPass qcnnCreateSizeFifosPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  SizeOptions o = {"",
                   qcnnPassOptionBool(options, "round"),
                   qcnnPassOptionBool(options, "verify-minimal"),
                   qcnnPassOptionBool(options, "check"),
                   qcnnPassOptionBool(options, "minimize"),
                   qcnnPassOptionBool(options, "minimize-cost"),
                   qcnnPassOptionBool(options, "lower-bound"),
                   qcnnPassOptionBool(options, "simulate"),
                   qcnnPassOptionInt(options, "frames")};
  snprintf(o.report, sizeof o.report, "%s", qcnnPassOptionString(options, "report"));
  return qcnnPassCreate(info, run, &o, sizeof o);
}
