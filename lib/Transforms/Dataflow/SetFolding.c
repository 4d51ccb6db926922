/* qdf-set-folding: PE/SIMD per qdf process so the graph reaches a target throughput with the fewest
 * resources, balanced to its bottleneck (docs/folding.md).
 *
 * A unit is what is folded as one: an mvau together with the swg and pad feeding it (their simd is
 * the mvau's, so a conv needs no width converter inside), or a single maxpool, threshold, accpool,
 * labelselect, add_streams (or a pad/swg that feeds no mvau). Every legal folding of every unit is
 * costed once with the analyses (qcnnQdfCycles, qcnnQdfResources). For a cycle budget T each unit
 * takes its cheapest folding within T, so units off the critical rate stay as folded as T allows.
 * T starts at the target (or at the bottleneck when the target is out of reach or not given) and is
 * raised through the candidates' cycle counts until the whole graph fits the device. */
#include "qcnn/Analysis.h"
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Support.h"

#include <math.h>
#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  double targetFps, clockNs;
  bool strict;
  char device[128];
} FoldOptions;

/* One folding of a unit and what it costs. */
typedef struct {
  int64_t pe, simd; /* simd 0: the unit has no simd; pe 0: no pe */
  int64_t cycles;   /* the slowest op of the unit, per frame */
  QcnnResources res;
  double cost; /* resources as fractions of the device's, summed */
} Candidate;

/* ops[numOps - 1] is the unit's main op; pad and swg tied to an mvau come before it. */
typedef struct {
  MlirOperation ops[3];
  int numOps;
  Candidate *cands;
  intptr_t numCands;
} Unit;

typedef struct {
  Unit *units;
  intptr_t numUnits;
  QcnnResources fixed; /* ops that are not folded here (DMA, duplicate, fifo) */
  const QcnnDevice *dev;
} Graph;

static const int64_t kNoBudget = INT64_MAX;

/*===-- Resources ----------------------------------------------------------------------------===*/

static void resAdd(QcnnResources *a, const QcnnResources *b) {
  a->lut += b->lut;
  a->ff += b->ff;
  a->bram18 += b->bram18;
  a->uram += b->uram;
  a->dsp += b->dsp;
}

#define NUM_RES 5
static const char *const kResName[NUM_RES] = {"LUT", "FF", "BRAM18", "URAM", "DSP"};

static void resSplit(const QcnnResources *r, double *v) {
  v[0] = r->lut, v[1] = r->ff, v[2] = r->bram18, v[3] = r->uram, v[4] = r->dsp;
}

/* Each resource as a fraction of the device's; a resource the device lacks weighs nothing here (the
 * fit check rejects any use of it). */
static double resCost(const QcnnResources *r, const QcnnDevice *dev) {
  double v[NUM_RES], cap[NUM_RES];
  QcnnResources c = {dev->lut, dev->ff, dev->bram18, dev->uram, dev->dsp};
  resSplit(r, v);
  resSplit(&c, cap);
  double cost = 0;
  for (int i = 0; i < NUM_RES; i++)
    if (cap[i] > 0) cost += v[i] / cap[i];
  return cost;
}

/* The most used resource relative to the device (index into kResName) and its use, in *ratio. */
static int resWorst(const QcnnResources *r, const QcnnDevice *dev, double *ratio) {
  double v[NUM_RES], cap[NUM_RES];
  QcnnResources c = {dev->lut, dev->ff, dev->bram18, dev->uram, dev->dsp};
  resSplit(r, v);
  resSplit(&c, cap);
  int worst = 0;
  *ratio = 0;
  for (int i = 0; i < NUM_RES; i++) {
    double q = cap[i] > 0 ? v[i] / cap[i] : (v[i] > 0 ? INFINITY : 0);
    if (q > *ratio) *ratio = q, worst = i;
  }
  return worst;
}

static bool resFits(const QcnnResources *r, const QcnnDevice *dev) {
  double ratio;
  resWorst(r, dev, &ratio);
  return ratio <= 1.0;
}

/* "N LUT, more than the M" for the most overused resource of `r`. */
static void shortfall(const QcnnResources *r, const QcnnDevice *dev, char *buf, size_t cap) {
  double v[NUM_RES], c[NUM_RES], ratio;
  QcnnResources d = {dev->lut, dev->ff, dev->bram18, dev->uram, dev->dsp};
  int i = resWorst(r, dev, &ratio);
  resSplit(r, v);
  resSplit(&d, c);
  snprintf(buf, cap, "%.0f %s, more than the %.0f", v[i], kResName[i], c[i]);
}

/*===-- Units --------------------------------------------------------------------------------===*/

/* The op reading the single use of `op`'s first result, or null. */
static MlirOperation soleReader(MlirOperation op) {
  MlirOpOperand use = mlirValueGetFirstUse(mlirOperationGetResult(op, 0));
  if (mlirOpOperandIsNull(use) || !mlirOpOperandIsNull(mlirOpOperandGetNextUse(use))) return (MlirOperation){NULL};
  return mlirOpOperandGetOwner(use);
}

/* The producer of `op`'s stream input if it is of `kind` and `op` is its only reader. */
static MlirOperation tiedProducer(MlirOperation op, QcnnOpKind kind) {
  MlirValue x = mlirOperationGetOperand(op, 0);
  if (!mlirValueIsAOpResult(x)) return (MlirOperation){NULL};
  MlirOperation p = mlirOpResultGetOwner(x);
  if (!qcnnOpIs(p, kind) || !mlirOperationEqual(soleReader(p), op)) return (MlirOperation){NULL};
  return p;
}

/* A pad or swg whose simd is set by the mvau it (through a swg) feeds. */
static bool isTiedFeeder(MlirOperation op) {
  MlirOperation r = soleReader(op);
  if (mlirOperationIsNull(r)) return false;
  if (qcnnOpIs(op, QCNN_OP_QDF_SWG)) return qcnnOpIs(r, QCNN_OP_QDF_MVAU);
  return qcnnOpIs(op, QCNN_OP_QDF_PAD) && qcnnOpIs(r, QCNN_OP_QDF_SWG) && isTiedFeeder(r);
}

static void setI64(MlirOperation op, QcnnAttrName name, int64_t v) {
  MlirContext ctx = mlirOperationGetContext(op);
  qcnnOpSetAttr(op, name, mlirIntegerAttrGet(mlirIntegerTypeGet(ctx, 64), v));
}

static void applyFolding(const Unit *u, const Candidate *c) {
  for (int i = 0; i < u->numOps; i++) {
    if (c->pe) {
      QcnnOpKind k = qcnnOpGetKind(u->ops[i]);
      if (k != QCNN_OP_QDF_PAD && k != QCNN_OP_QDF_SWG) setI64(u->ops[i], QCNN_ATTR_PE, c->pe);
    }
    if (c->simd && qcnnOpHasAttr(u->ops[i], QCNN_ATTR_SIMD)) setI64(u->ops[i], QCNN_ATTR_SIMD, c->simd);
  }
}

/* A positive integer attribute the folding is bounded by; 0 (after an error) if absent. */
static int64_t dimAttr(MlirOperation op, QcnnAttrName name) {
  int64_t v;
  if (qcnnOpGetI64(op, name, &v) && v > 0) return v;
  MlirStringRef n = mlirIdentifierStr(mlirOperationGetName(op));
  qcnnEmitError(mlirOperationGetLocation(op), "'%.*s' op needs a positive '%s' to be folded", (int)n.length, n.data,
                qcnnAttrNameStr(name));
  return 0;
}

static int64_t gcd(int64_t a, int64_t b) { return b ? gcd(b, a % b) : a; }

/* The bounds of a unit's pe and simd (0: not folded that way); false after an error. */
static bool unitBounds(const Unit *u, int64_t *peMax, int64_t *simdMax) {
  MlirOperation main = u->ops[u->numOps - 1];
  *peMax = *simdMax = 0;
  switch (qcnnOpGetKind(main)) {
  case QCNN_OP_QDF_MVAU:
    *peMax = dimAttr(main, QCNN_ATTR_MH);
    *simdMax = dimAttr(main, QCNN_ATTR_MW);
    for (int i = 0; i + 1 < u->numOps && *simdMax; i++) {
      int64_t c = dimAttr(u->ops[i], QCNN_ATTR_CHANNELS);
      *simdMax = c ? gcd(*simdMax, c) : 0;
    }
    return *peMax && *simdMax;
  case QCNN_OP_QDF_PAD:
  case QCNN_OP_QDF_SWG: *simdMax = dimAttr(main, QCNN_ATTR_CHANNELS); return *simdMax;
  case QCNN_OP_QDF_LABELSELECT: *peMax = dimAttr(main, QCNN_ATTR_LABELS); return *peMax;
  default: *peMax = dimAttr(main, QCNN_ATTR_CHANNELS); return *peMax;
  }
}

/* Gives `v` the stream type holding `elems` per word, if it divides. */
static void refoldValue(MlirValue v, int64_t elems) {
  MlirType t = mlirValueGetType(v);
  if (elems <= 0 || qcnnStreamElemsPerWord(t) == elems) return;
  MlirType r = qcnnStreamTypeRefold(t, elems);
  if (!mlirTypeIsNull(r)) mlirValueSetType(v, r);
}

/* Some models count the words of their streams (add_streams), so while a unit is measured its ports
 * carry the types of its own folding; qcnnQdfRetypeStreams settles every stream at the end. */
static void refoldPorts(const Unit *u) {
  for (int i = 0; i < u->numOps; i++) {
    MlirOperation op = u->ops[i];
    for (int p = 0; p < qcnnQdfNumInputPorts(op); p++)
      refoldValue(qcnnQdfInputPort(op, p), qcnnQdfInElemsPerWord(op, p));
    for (int p = 0; p < qcnnQdfNumOutputPorts(op); p++)
      refoldValue(qcnnQdfOutputPort(op, p), qcnnQdfOutElemsPerWord(op, p));
  }
}

/* Cycles (slowest op) and summed resources of the unit at its current folding; false after an error. */
static bool measure(const Unit *u, int64_t *cycles, QcnnResources *res) {
  *cycles = 0;
  memset(res, 0, sizeof *res);
  refoldPorts(u);
  for (int i = 0; i < u->numOps; i++) {
    int64_t c = qcnnQdfCycles(u->ops[i]);
    QcnnResources r;
    if (c < 0 || !qcnnQdfResources(u->ops[i], &r)) return false;
    if (c > *cycles) *cycles = c;
    resAdd(res, &r);
  }
  return true;
}

/* Every folding of the unit: pe | peMax, simd | simdMax, pe ascending then simd ascending. */
static bool enumerate(Unit *u, const QcnnDevice *dev) {
  int64_t peMax, simdMax;
  if (!unitBounds(u, &peMax, &simdMax)) return false;
  int64_t peHi = peMax ? peMax : 1, simdHi = simdMax ? simdMax : 1;
  for (int64_t pe = 1; pe <= peHi; pe++) {
    if (peHi % pe) continue;
    for (int64_t simd = 1; simd <= simdHi; simd++) {
      if (simdHi % simd) continue;
      Candidate c = {.pe = peMax ? pe : 0, .simd = simdMax ? simd : 0};
      applyFolding(u, &c);
      if (!measure(u, &c.cycles, &c.res)) return false;
      c.cost = resCost(&c.res, dev);
      u->cands = realloc(u->cands, (size_t)(u->numCands + 1) * sizeof *u->cands);
      if (!u->cands) abort();
      u->cands[u->numCands++] = c;
    }
  }
  return true;
}

/* The cheapest folding within `budget` cycles (ties: fewer cycles, then the first enumerated), or
 * -1 when none is fast enough. */
static intptr_t pick(const Unit *u, int64_t budget) {
  intptr_t best = -1;
  for (intptr_t i = 0; i < u->numCands; i++) {
    const Candidate *c = &u->cands[i];
    if (c->cycles > budget) continue;
    if (best < 0 || c->cost < u->cands[best].cost ||
        (c->cost == u->cands[best].cost && c->cycles < u->cands[best].cycles))
      best = i;
  }
  return best;
}

static int64_t fastest(const Unit *u) {
  int64_t m = kNoBudget;
  for (intptr_t i = 0; i < u->numCands; i++)
    if (u->cands[i].cycles < m) m = u->cands[i].cycles;
  return m;
}

/* Total resources of the graph when every unit takes pick(budget). */
static QcnnResources totalAt(const Graph *g, int64_t budget) {
  QcnnResources t = g->fixed;
  for (intptr_t i = 0; i < g->numUnits; i++) resAdd(&t, &g->units[i].cands[pick(&g->units[i], budget)].res);
  return t;
}

static void graphFree(Graph *g) {
  for (intptr_t i = 0; i < g->numUnits; i++) free(g->units[i].cands);
  free(g->units);
}

/* Collects the units of `func` and costs their foldings; resources of the other qdf ops go to fixed. */
static bool buildGraph(MlirOperation func, Graph *g) {
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(func, qcnnOpIsQdf, &n);
  bool ok = true;
  for (intptr_t i = 0; i < n && ok; i++) {
    MlirOperation op = ops[i];
    Unit u = {.numOps = 0};
    switch (qcnnOpGetKind(op)) {
    case QCNN_OP_QDF_DWC: continue; /* rebuilt by qcnnQdfRetypeStreams */
    case QCNN_OP_QDF_INPUT:
    case QCNN_OP_QDF_OUTPUT:
    case QCNN_OP_QDF_DUPLICATE:
    case QCNN_OP_QDF_FIFO: {
      QcnnResources r;
      ok = qcnnQdfResources(op, &r);
      if (ok) resAdd(&g->fixed, &r);
      continue;
    }
    case QCNN_OP_QDF_MVAU: {
      MlirOperation swg = tiedProducer(op, QCNN_OP_QDF_SWG);
      if (!mlirOperationIsNull(swg)) {
        MlirOperation pad = tiedProducer(swg, QCNN_OP_QDF_PAD);
        if (!mlirOperationIsNull(pad)) u.ops[u.numOps++] = pad;
        u.ops[u.numOps++] = swg;
      }
      break;
    }
    case QCNN_OP_QDF_PAD:
    case QCNN_OP_QDF_SWG:
      if (isTiedFeeder(op)) continue;
      break;
    default: break;
    }
    u.ops[u.numOps++] = op;
    ok = enumerate(&u, g->dev);
    g->units = realloc(g->units, (size_t)(g->numUnits + 1) * sizeof *g->units);
    if (!g->units) abort();
    g->units[g->numUnits++] = u;
  }
  free(ops);
  return ok;
}

/*===-- Reports ------------------------------------------------------------------------------===*/

/* "'name'" of an op for messages: its ONNX node name, else its op name. */
static void opLabel(MlirOperation op, char *buf, size_t cap) {
  MlirStringRef s = qcnnLocationName(mlirOperationGetLocation(op));
  if (!s.data) s = mlirIdentifierStr(mlirOperationGetName(op));
  snprintf(buf, cap, "'%.*s'", (int)s.length, s.data);
}

static double fpsOf(int64_t cycles, double clockNs) { return 1e9 / (clockNs * (double)cycles); }

static void report(const FoldOptions *o, MlirLocation loc, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
static void report(const FoldOptions *o, MlirLocation loc, const char *fmt, ...) {
  char msg[1024];
  va_list ap;
  va_start(ap, fmt);
  vsnprintf(msg, sizeof msg, fmt, ap);
  va_end(ap);
  if (o->strict) qcnnEmitError(loc, "%s", msg);
  else qcnnEmitWarning(loc, "%s", msg);
}

/* The unit whose chosen folding is slowest. */
static const Unit *bottleneck(const Graph *g, const intptr_t *choice) {
  const Unit *b = NULL;
  int64_t worst = -1;
  for (intptr_t i = 0; i < g->numUnits; i++)
    if (g->units[i].cands[choice[i]].cycles > worst) worst = g->units[i].cands[choice[i]].cycles, b = &g->units[i];
  return b;
}

static void explainUnit(const Unit *u, const Candidate *c) {
  MlirOperation main = u->ops[u->numOps - 1];
  for (int i = 0; i + 1 < u->numOps; i++)
    qcnnEmitRemark(mlirOperationGetLocation(u->ops[i]),
                   "simd = %lld, tied to the mvau it feeds: %lld cycles per frame", (long long)c->simd,
                   (long long)qcnnQdfCycles(u->ops[i]));
  char fold[64];
  if (c->pe && c->simd) snprintf(fold, sizeof fold, "pe = %lld, simd = %lld", (long long)c->pe, (long long)c->simd);
  else snprintf(fold, sizeof fold, "%s = %lld", c->pe ? "pe" : "simd", (long long)(c->pe ? c->pe : c->simd));
  /* Resources are the unit's (tied pad and swg included). */
  qcnnEmitRemark(mlirOperationGetLocation(main),
                 "%s: %lld cycles per frame; LUT %.0f, FF %.0f, BRAM18 %.0f, URAM %.0f, DSP %.0f", fold,
                 (long long)qcnnQdfCycles(main), c->res.lut, c->res.ff, c->res.bram18, c->res.uram, c->res.dsp);
}

/* Resources of every qdf op of `func` at its current folding. */
static bool sumResources(MlirOperation func, QcnnResources *total) {
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(func, qcnnOpIsQdf, &n);
  bool ok = true;
  memset(total, 0, sizeof *total);
  for (intptr_t i = 0; i < n && ok; i++) {
    QcnnResources r;
    ok = qcnnQdfResources(ops[i], &r);
    if (ok) resAdd(total, &r);
  }
  free(ops);
  return ok;
}

/*===-- The pass -----------------------------------------------------------------------------===*/

static int cmpI64(const void *a, const void *b) {
  int64_t x = *(const int64_t *)a, y = *(const int64_t *)b;
  return (x > y) - (x < y);
}

/* The smallest budget >= `from` at which the graph fits the device (a candidate's cycle count, since
 * picks only change there), or -1 if it fits at none. */
static int64_t fittingBudget(const Graph *g, int64_t from) {
  intptr_t n = 0;
  for (intptr_t i = 0; i < g->numUnits; i++) n += g->units[i].numCands;
  int64_t *levels = malloc((size_t)(n + 1) * sizeof *levels);
  if (!levels) abort();
  intptr_t m = 0;
  levels[m++] = from;
  for (intptr_t i = 0; i < g->numUnits; i++)
    for (intptr_t j = 0; j < g->units[i].numCands; j++)
      if (g->units[i].cands[j].cycles > from) levels[m++] = g->units[i].cands[j].cycles;
  qsort(levels, (size_t)m, sizeof *levels, cmpI64);
  int64_t found = -1;
  for (intptr_t i = 0; i < m && found < 0; i++) {
    QcnnResources t = totalAt(g, levels[i]);
    if (resFits(&t, g->dev)) found = levels[i];
  }
  free(levels);
  return found;
}

static const QcnnDevice *lookupDevice(MlirLocation loc, const char *name) {
  const QcnnDevice *dev = qcnnDeviceLookup(name);
  if (dev) return dev;
  QcnnBuf known = {0};
  for (intptr_t i = 0; i < qcnnDeviceCount(); i++)
    qcnnBufPrintf(&known, "%s%s", i ? ", " : "", qcnnDeviceGet(i)->name);
  qcnnBufAppend(&known, "", 1);
  qcnnEmitError(loc, "qdf-set-folding: unknown device '%s' (known: %s)", name, known.data);
  qcnnBufFree(&known);
  return NULL;
}

/* Cycles per frame for `fps` at `clockNs`, saturating for tiny rates. */
static int64_t budgetFor(double fps, double clockNs) {
  double t = floor(1e9 / (clockNs * fps));
  return t >= (double)(kNoBudget / 2) ? kNoBudget / 2 : (int64_t)t;
}

/* The cycle budget the units are picked for: the target, raised to the bottleneck when out of reach
 * and then until the graph fits the device. Reports an unmet target; *unmet tells whether it did. */
static int64_t chooseBudget(const FoldOptions *o, const Graph *g, double clockNs, MlirLocation loc, bool *unmet) {
  const Unit *limit = &g->units[0];
  for (intptr_t i = 1; i < g->numUnits; i++)
    if (fastest(&g->units[i]) > fastest(limit)) limit = &g->units[i];
  int64_t best = fastest(limit);
  int64_t target = o->targetFps > 0 ? budgetFor(o->targetFps, clockNs) : best;
  *unmet = false;
  if (target < best) {
    MlirOperation op = limit->ops[limit->numOps - 1];
    char name[256];
    opLabel(op, name, sizeof name);
    report(o, mlirOperationGetLocation(op),
           "qdf-set-folding: target %g fps (%lld cycles per frame at %g ns) is out of reach: %s needs %lld cycles "
           "per frame at full parallelism; the best is %.1f fps",
           o->targetFps, (long long)target, clockNs, name, (long long)best, fpsOf(best, clockNs));
    target = best;
    *unmet = true;
  }

  int64_t budget = fittingBudget(g, target);
  char need[128];
  if (budget < 0) {
    /* No folding fits: an explicit target is kept (the shortfall is not the folding's doing), else the
     * cheapest folding is the closest to fitting. */
    QcnnResources least = totalAt(g, kNoBudget);
    shortfall(&least, g->dev, need, sizeof need);
    report(o, loc, "qdf-set-folding: the graph does not fit %s (%s) with any folding: the cheapest needs %s; %s",
           g->dev->name, g->dev->part, need,
           o->targetFps > 0 ? "folded for the target regardless" : "folded for the fewest resources");
    *unmet = true;
    return o->targetFps > 0 ? target : kNoBudget;
  }
  if (budget != target && o->targetFps > 0) {
    QcnnResources want = totalAt(g, target);
    shortfall(&want, g->dev, need, sizeof need);
    report(o, loc, "qdf-set-folding: %.1f fps needs %s of %s (%s); the best that fits is %.1f fps",
           fpsOf(target, clockNs), need, g->dev->name, g->dev->part, fpsOf(budget, clockNs));
    *unmet = true;
  }
  return budget;
}

/* Remarks per unit and the summary; the final check of the total, width converters included. */
static bool explainAndCheck(const FoldOptions *o, const Graph *g, const intptr_t *choice, double clockNs,
                            MlirOperation func, bool unmet) {
  QcnnResources total;
  if (!sumResources(func, &total)) return false;
  for (intptr_t i = 0; i < g->numUnits; i++) explainUnit(&g->units[i], &g->units[i].cands[choice[i]]);
  const Unit *b = bottleneck(g, choice);
  int64_t cycles = b->cands[choice[b - g->units]].cycles;
  char name[256], need[128];
  opLabel(b->ops[b->numOps - 1], name, sizeof name);
  MlirLocation loc = mlirOperationGetLocation(func);
  const QcnnDevice *d = g->dev;
  qcnnEmitRemark(loc,
                 "folded for %.1f fps at %g ns on %s: bottleneck %s at %lld cycles per frame; "
                 "LUT %.0f/%.0f, FF %.0f/%.0f, BRAM18 %.0f/%.0f, URAM %.0f/%.0f, DSP %.0f/%.0f",
                 fpsOf(cycles, clockNs), clockNs, d->name, name, (long long)cycles, total.lut, d->lut, total.ff, d->ff,
                 total.bram18, d->bram18, total.uram, d->uram, total.dsp, d->dsp);
  if (unmet || resFits(&total, d)) return true;
  /* Width converters between differently folded units are only known now. */
  shortfall(&total, d, need, sizeof need);
  report(o, loc, "qdf-set-folding: with its width converters the folding needs %s of %s (%s)", need, d->name, d->part);
  return !o->strict;
}

static bool run(MlirOperation func, void *state) {
  const FoldOptions *o = state;
  MlirLocation loc = mlirOperationGetLocation(func);
  if (!(o->targetFps >= 0) || !(o->clockNs >= 0) || isinf(o->targetFps) || isinf(o->clockNs)) {
    qcnnEmitError(loc, "qdf-set-folding: target-fps and clock-ns must be finite and >= 0 (0: the device's)");
    return false;
  }
  Graph g = {.dev = lookupDevice(loc, o->device)};
  if (!g.dev) return false;
  double clockNs = o->clockNs > 0 ? o->clockNs : g.dev->clockNs;
  bool ok = buildGraph(func, &g);
  if (!ok || g.numUnits == 0) {
    graphFree(&g);
    return ok;
  }
  bool unmet;
  int64_t budget = chooseBudget(o, &g, clockNs, loc, &unmet);
  if (unmet && o->strict) {
    graphFree(&g);
    return false;
  }
  intptr_t *choice = malloc((size_t)g.numUnits * sizeof *choice);
  if (!choice) abort();
  for (intptr_t i = 0; i < g.numUnits; i++) {
    choice[i] = pick(&g.units[i], budget);
    applyFolding(&g.units[i], &g.units[i].cands[choice[i]]);
  }
  ok = qcnnQdfRetypeStreams(func) && explainAndCheck(o, &g, choice, clockNs, func, unmet);
  free(choice);
  graphFree(&g);
  return ok;
}

MlirPass qcnnCreateSetFoldingPass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  FoldOptions o = {
      .targetFps = qcnnPassOptionDouble(options, "target-fps"),
      .clockNs = qcnnPassOptionDouble(options, "clock-ns"),
      .strict = qcnnPassOptionBool(options, "strict"),
  };
  snprintf(o.device, sizeof o.device, "%s", qcnnPassOptionString(options, "device"));
  return qcnnPassCreate(info, run, &o, sizeof o);
}
