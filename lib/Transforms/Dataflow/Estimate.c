/* qdf-estimate: cycles and resources per qdf op (from the token schedules and the resource model,
 * docs/dataflow-models.md) as attributes, and on the function the totals, the bottleneck, throughput,
 * latency and whether the design fits the device; optionally the same as a JSON report with every
 * process's run-length schedule. */
#include "qcnn/Analysis.h"
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Support.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#define ATTR_CYCLES "qdf.cycles"
#define ATTR_LUT "qdf.lut"
#define ATTR_FF "qdf.ff"
#define ATTR_BRAM18 "qdf.bram18"
#define ATTR_URAM "qdf.uram"
#define ATTR_DSP "qdf.dsp"
#define ATTR_TOTAL_PREFIX "qdf.total_"
#define ATTR_MAX_CYCLES "qdf.max_cycles"
#define ATTR_BOTTLENECK "qdf.bottleneck"
#define ATTR_FPS "qdf.fps"
#define ATTR_LATENCY "qdf.latency_cycles"
#define ATTR_FITS "qdf.fits"

typedef struct {
  char device[128];
  char report[4096];
  double clockNs;
} EstimateOptions;

/* One qdf op: a process (with a schedule) or a fifo. */
typedef struct {
  MlirOperation op;
  bool process;
  QcnnSchedule sched;
  int64_t cycles, firstWrite, weight; /* weight: first write + pipeline latency */
  int64_t fwd, bwd;                   /* longest weight sums from a source / to a sink, op included */
  QcnnResources res;
  char name[128];
} OpInfo;

static const char *const resourceNames[] = {"lut", "ff", "bram18", "uram", "dsp"};
enum { NUM_RESOURCES = 5 };

static double resourceAt(const QcnnResources *r, int i) {
  const double v[NUM_RESOURCES] = {r->lut, r->ff, r->bram18, r->uram, r->dsp};
  return v[i];
}

static double deviceAt(const QcnnDevice *d, int i) {
  const double v[NUM_RESOURCES] = {d->lut, d->ff, d->bram18, d->uram, d->dsp};
  return v[i];
}

static bool isQdf(MlirOperation op) {
  QcnnOpKind kind = qcnnOpGetKind(op);
  return kind != QCNN_OP_UNKNOWN && strncmp(qcnnOpKindName(kind), "qdf.", 4) == 0;
}

/* Cycle (1-based) of the first step in [i, end) that writes, or -1; *cycles gets the range's cycles. */
static int64_t firstWrite(const QcnnSchedule *s, intptr_t i, intptr_t end, int64_t *cycles) {
  int64_t elapsed = 0, found = -1;
  while (i < end) {
    const QcnnSchedNode *n = &s->nodes[i];
    int64_t bodyCycles = 1, at = -1;
    intptr_t next = i + 1;
    if (n->kind == QcnnSchedStep) {
      for (int p = 0; p < s->numOutputs; p++)
        if (n->write[p]) at = 1;
    } else {
      at = firstWrite(s, i + 1, i + 1 + n->bodyLen, &bodyCycles);
      next += n->bodyLen;
    }
    if (found < 0 && at > 0) found = elapsed + at;
    elapsed += n->count * bodyCycles;
    i = next;
  }
  *cycles = elapsed;
  return found;
}

static void setI64(MlirOperation op, const char *name, int64_t v) {
  MlirContext ctx = mlirOperationGetContext(op);
  mlirOperationSetAttributeByName(op, mlirStringRefCreateFromCString(name),
                                  mlirIntegerAttrGet(mlirIntegerTypeGet(ctx, 64), v));
}

static void setResources(MlirOperation op, const char *prefix, const QcnnResources *r) {
  for (int i = 0; i < NUM_RESOURCES; i++) {
    char name[64];
    snprintf(name, sizeof name, "%s%s", prefix, resourceNames[i]);
    setI64(op, name, (int64_t)resourceAt(r, i));
  }
}

static intptr_t indexOf(const OpInfo *ops, intptr_t n, MlirOperation op) {
  for (intptr_t i = 0; i < n; i++)
    if (mlirOperationEqual(ops[i].op, op)) return i;
  return -1;
}

/* Longest paths of op weights through the stream graph (ops are in topological order: SSA). */
static void longestPaths(OpInfo *ops, intptr_t n) {
  for (intptr_t i = 0; i < n; i++) ops[i].fwd = ops[i].bwd = ops[i].weight;
  for (intptr_t i = 0; i < n; i++)
    for (intptr_t k = 0; k < mlirOperationGetNumOperands(ops[i].op); k++) {
      MlirValue v = mlirOperationGetOperand(ops[i].op, k);
      intptr_t p = mlirValueIsAOpResult(v) ? indexOf(ops, i, mlirOpResultGetOwner(v)) : -1;
      if (p >= 0 && ops[p].fwd + ops[i].weight > ops[i].fwd) ops[i].fwd = ops[p].fwd + ops[i].weight;
    }
  for (intptr_t i = n - 1; i >= 0; i--)
    for (intptr_t k = 0; k < mlirOperationGetNumOperands(ops[i].op); k++) {
      MlirValue v = mlirOperationGetOperand(ops[i].op, k);
      intptr_t p = mlirValueIsAOpResult(v) ? indexOf(ops, i, mlirOpResultGetOwner(v)) : -1;
      if (p >= 0 && ops[i].bwd + ops[p].weight > ops[p].bwd) ops[p].bwd = ops[i].bwd + ops[p].weight;
    }
}

static void put(QcnnBuf *b, const char *s) { qcnnBufAppend(b, s, strlen(s)); }

static void jsonString(QcnnBuf *b, const char *s) {
  put(b, "\"");
  for (; *s; s++) {
    if (*s == '"' || *s == '\\') qcnnBufPrintf(b, "\\%c", *s);
    else if ((unsigned char)*s < 0x20) qcnnBufPrintf(b, "\\u%04x", *s);
    else qcnnBufAppend(b, s, 1);
  }
  put(b, "\"");
}

static void jsonPorts(QcnnBuf *b, const int32_t *v, int n) {
  put(b, "[");
  for (int p = 0; p < n; p++) qcnnBufPrintf(b, "%s%d", p ? ", " : "", v[p]);
  put(b, "]");
}

/* Steps {"n", "r", "w"} (words per port) and loops {"loop", "body"}. */
static void jsonSchedule(QcnnBuf *b, const QcnnSchedule *s, intptr_t i, intptr_t end) {
  put(b, "[");
  for (bool firstNode = true; i < end; firstNode = false) {
    const QcnnSchedNode *n = &s->nodes[i];
    if (!firstNode) put(b, ", ");
    if (n->kind == QcnnSchedStep) {
      qcnnBufPrintf(b, "{\"n\": %lld, \"r\": ", (long long)n->count);
      jsonPorts(b, n->read, s->numInputs);
      put(b, ", \"w\": ");
      jsonPorts(b, n->write, s->numOutputs);
      put(b, "}");
      i++;
    } else {
      qcnnBufPrintf(b, "{\"loop\": %lld, \"body\": ", (long long)n->count);
      jsonSchedule(b, s, i + 1, i + 1 + n->bodyLen);
      put(b, "}");
      i += 1 + n->bodyLen;
    }
  }
  put(b, "]");
}

/* Words per frame on each input and output port. */
static void jsonWords(QcnnBuf *b, const QcnnSchedule *s) {
  for (int out = 0; out < 2; out++) {
    put(b, out ? "], \"writes\": [" : ", \"reads\": [");
    for (int p = 0; p < (out ? s->numOutputs : s->numInputs); p++)
      qcnnBufPrintf(b, "%s%lld", p ? ", " : "", (long long)qcnnScheduleWords(s, out, p));
  }
  put(b, "]");
}

static void jsonResources(QcnnBuf *b, const QcnnResources *r) {
  for (int i = 0; i < NUM_RESOURCES; i++)
    qcnnBufPrintf(b, "%s\"%s\": %lld", i ? ", " : "", resourceNames[i], (long long)resourceAt(r, i));
}

typedef struct {
  const QcnnDevice *device;
  double clockNs, fps;
  QcnnResources total;
  intptr_t bottleneck;
  int64_t maxCycles, latency;
  bool over[NUM_RESOURCES];
} Summary;

static bool writeReport(const char *path, const OpInfo *ops, intptr_t n, const Summary *sum) {
  QcnnBuf b = {0};
  put(&b, "{\n  \"device\": ");
  jsonString(&b, sum->device->name);
  put(&b, ",\n  \"part\": ");
  jsonString(&b, sum->device->part);
  qcnnBufPrintf(&b, ",\n  \"clock_ns\": %.6g,\n  \"ops\": [", sum->clockNs);
  for (intptr_t i = 0; i < n; i++) {
    qcnnBufPrintf(&b, "%s\n    {\"name\": ", i ? "," : "");
    jsonString(&b, ops[i].name);
    put(&b, ", \"op\": ");
    jsonString(&b, qcnnOpKindName(qcnnOpGetKind(ops[i].op)));
    if (ops[i].process)
      qcnnBufPrintf(&b, ", \"cycles\": %lld, \"first_write\": %lld, \"latency\": %lld", (long long)ops[i].cycles,
                    (long long)ops[i].firstWrite, (long long)ops[i].sched.latency);
    put(&b, ", ");
    jsonResources(&b, &ops[i].res);
    if (ops[i].process) {
      jsonWords(&b, &ops[i].sched);
      put(&b, ",\n     \"schedule\": ");
      jsonSchedule(&b, &ops[i].sched, 0, ops[i].sched.numNodes);
    }
    put(&b, "}");
  }
  put(&b, "\n  ],\n  \"totals\": {");
  jsonResources(&b, &sum->total);
  put(&b, "},\n  \"bottleneck\": ");
  jsonString(&b, sum->bottleneck >= 0 ? ops[sum->bottleneck].name : "");
  qcnnBufPrintf(&b, ",\n  \"max_cycles\": %lld,\n  \"fps\": %.6g,\n  \"latency_cycles\": %lld,\n  \"latency_ns\": %.6g,\n",
                (long long)sum->maxCycles, sum->fps, (long long)sum->latency, (double)sum->latency * sum->clockNs);
  bool fits = true;
  put(&b, "  \"over\": [");
  for (int i = 0; i < NUM_RESOURCES; i++)
    if (sum->over[i]) {
      qcnnBufPrintf(&b, "%s\"%s\"", fits ? "" : ", ", resourceNames[i]);
      fits = false;
    }
  qcnnBufPrintf(&b, "],\n  \"fits\": %s\n}\n", fits ? "true" : "false");
  bool ok = qcnnWriteFileAtomic(path, b.data, b.len);
  qcnnBufFree(&b);
  return ok;
}

/* Every channel carries per frame as many words as its producer's schedule writes and its consumer's
 * reads (FIFOs pass words through); a difference is a model or folding bug that would deadlock. */
static bool checkChannels(const OpInfo *ops, intptr_t n) {
  bool ok = true;
  for (intptr_t i = 0; i < n; i++)
    for (int p = 0; ops[i].process && p < ops[i].sched.numInputs; p++) {
      MlirValue v = qcnnQdfInputPort(ops[i].op, p);
      while (mlirValueIsAOpResult(v) && qcnnOpIs(mlirOpResultGetOwner(v), QCNN_OP_QDF_FIFO))
        v = mlirOperationGetOperand(mlirOpResultGetOwner(v), 0);
      intptr_t j = mlirValueIsAOpResult(v) ? indexOf(ops, n, mlirOpResultGetOwner(v)) : -1;
      if (j < 0 || !ops[j].process) continue;
      int q = 0;
      while (q < ops[j].sched.numOutputs && !mlirValueEqual(qcnnQdfOutputPort(ops[j].op, q), v)) q++;
      int64_t written = qcnnScheduleWords(&ops[j].sched, true, q), read = qcnnScheduleWords(&ops[i].sched, false, p);
      if (written == read) continue;
      qcnnEmitError(mlirOperationGetLocation(ops[i].op),
                    "'%s' op reads %lld words per frame on input %d, but its producer '%s' writes %lld",
                    qcnnOpKindName(qcnnOpGetKind(ops[i].op)), (long long)read, p, ops[j].name, (long long)written);
      ok = false;
    }
  return ok;
}

/* Frame latency (docs/dataflow-models.md): the first word crosses a path after the sum of each op's
 * first-write cycle and pipeline depth; the frame's last word then trails by the remaining cycles of
 * the slowest op on that path. Maximised over ops m: fwd(m) + bwd(m) - weight(m) + cycles(m) - first(m). */
static int64_t frameLatency(const OpInfo *ops, intptr_t n) {
  int64_t best = 0;
  for (intptr_t i = 0; i < n; i++) {
    if (!ops[i].process) continue;
    int64_t l = ops[i].fwd + ops[i].bwd - ops[i].weight + ops[i].cycles - ops[i].firstWrite;
    if (l > best) best = l;
  }
  return best;
}

static bool measure(OpInfo *info, intptr_t index) {
  MlirOperation op = info->op;
  MlirStringRef loc = qcnnLocationName(mlirOperationGetLocation(op));
  if (loc.data) snprintf(info->name, sizeof info->name, "%.*s", (int)loc.length, loc.data);
  else snprintf(info->name, sizeof info->name, "%s#%ld", qcnnOpKindName(qcnnOpGetKind(op)), (long)index);
  info->process = !qcnnOpIs(op, QCNN_OP_QDF_FIFO);
  if (info->process) {
    if (!qcnnQdfSchedule(op, &info->sched)) return false;
    info->firstWrite = firstWrite(&info->sched, 0, info->sched.numNodes, &info->cycles);
    if (info->firstWrite < 0) info->firstWrite = info->cycles > 0 ? 1 : 0; /* a sink: its first read */
    info->weight = info->firstWrite + info->sched.latency;
  }
  return qcnnQdfResources(op, &info->res);
}

static bool run(MlirOperation func, void *state) {
  const EstimateOptions *o = state;
  MlirLocation floc = mlirOperationGetLocation(func);
  Summary sum = {.device = qcnnDeviceLookup(o->device), .bottleneck = -1};
  if (!sum.device) {
    QcnnBuf names = {0};
    for (intptr_t i = 0; i < qcnnDeviceCount(); i++)
      qcnnBufPrintf(&names, "%s%s (%s)", i ? ", " : "", qcnnDeviceGet(i)->name, qcnnDeviceGet(i)->part);
    qcnnEmitError(floc, "qdf-estimate: unknown device '%s'; valid devices: %.*s", o->device, (int)names.len,
                  names.data);
    qcnnBufFree(&names);
    return false;
  }
  if (o->clockNs < 0) {
    qcnnEmitError(floc, "qdf-estimate: clock-ns must be positive (0: the device's default), got %g", o->clockNs);
    return false;
  }
  sum.clockNs = o->clockNs > 0 ? o->clockNs : sum.device->clockNs;

  intptr_t n;
  MlirOperation *list = qcnnCollectOps(func, isQdf, &n);
  OpInfo *ops = calloc(n ? (size_t)n : 1, sizeof *ops);
  bool ok = ops != NULL;
  for (intptr_t i = 0; ok && i < n; i++) {
    ops[i].op = list[i];
    ok = measure(&ops[i], i);
  }
  free(list);
  ok = ok && checkChannels(ops, n);
  if (ok) {
    longestPaths(ops, n);
    for (intptr_t i = 0; i < n; i++) {
      if (ops[i].process) {
        setI64(ops[i].op, ATTR_CYCLES, ops[i].cycles);
        if (ops[i].cycles > sum.maxCycles) {
          sum.maxCycles = ops[i].cycles;
          sum.bottleneck = i;
        }
      }
      setResources(ops[i].op, "qdf.", &ops[i].res);
      sum.total.lut += ops[i].res.lut;
      sum.total.ff += ops[i].res.ff;
      sum.total.bram18 += ops[i].res.bram18;
      sum.total.uram += ops[i].res.uram;
      sum.total.dsp += ops[i].res.dsp;
    }
    sum.latency = frameLatency(ops, n);
    sum.fps = sum.maxCycles > 0 ? 1e9 / (sum.clockNs * (double)sum.maxCycles) : 0;

    MlirContext ctx = mlirOperationGetContext(func);
    setResources(func, ATTR_TOTAL_PREFIX, &sum.total);
    setI64(func, ATTR_MAX_CYCLES, sum.maxCycles);
    setI64(func, ATTR_LATENCY, sum.latency);
    mlirOperationSetAttributeByName(func, mlirStringRefCreateFromCString(ATTR_FPS),
                                    mlirFloatAttrDoubleGet(ctx, mlirF64TypeGet(ctx), sum.fps));
    if (sum.bottleneck >= 0)
      mlirOperationSetAttributeByName(func, mlirStringRefCreateFromCString(ATTR_BOTTLENECK),
                                      mlirStringAttrGet(ctx, mlirStringRefCreateFromCString(ops[sum.bottleneck].name)));

    QcnnBuf over = {0};
    for (int i = 0; i < NUM_RESOURCES; i++) {
      sum.over[i] = resourceAt(&sum.total, i) > deviceAt(sum.device, i);
      if (sum.over[i])
        qcnnBufPrintf(&over, "%s%s %lld > %lld", over.len ? ", " : "", resourceNames[i],
                      (long long)resourceAt(&sum.total, i), (long long)deviceAt(sum.device, i));
    }
    mlirOperationSetAttributeByName(func, mlirStringRefCreateFromCString(ATTR_FITS), mlirBoolAttrGet(ctx, over.len == 0));
    if (over.len)
      qcnnEmitWarning(floc, "design does not fit %s (%s): %.*s", sum.device->name, sum.device->part, (int)over.len,
                      over.data);
    qcnnBufFree(&over);
    if (o->report[0]) ok = writeReport(o->report, ops, n, &sum);
  }
  for (intptr_t i = 0; ops && i < n; i++) qcnnScheduleDestroy(&ops[i].sched);
  free(ops);
  return ok;
}

MlirPass qcnnCreateEstimatePass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  EstimateOptions o = {.clockNs = qcnnPassOptionDouble(options, "clock-ns")};
  snprintf(o.device, sizeof o.device, "%s", qcnnPassOptionString(options, "device"));
  snprintf(o.report, sizeof o.report, "%s", qcnnPassOptionString(options, "report"));
  return qcnnPassCreate(info, run, &o, sizeof o);
}
