/* FIFO sizing (docs/fifo-sizing.md, "Algorithm").
 *
 * The periodic schedule (StaticSchedule.c) gives depths proven to keep the bottleneck period without
 * deadlock, with no simulation. Throughput is monotone in every depth (enlarging a FIFO never delays
 * any word), which makes the rest exact:
 *  - minimize: lower each channel in turn, by simulation, to the least depth that still keeps the
 *    period with the others as they stand. A depth that fails stays failing when other channels
 *    shrink later, so the result is locally minimal: no single depth can be lowered;
 *  - minimize cost: the same one resource step at a time: from a depth, try the deepest depth of the
 *    next cheaper step; keep it while it is feasible. One run per step, and no single FIFO of the
 *    result can be made cheaper;
 *  - lower bound: LB_c, the least depth of c keeping the period with every other channel unbounded.
 *    Every feasible assignment has depth_c >= LB_c, and the scheduled depth is feasible, so LB_c lies
 *    in [1, scheduled_c]. */
#include "qcnn/Analysis.h"

#include <stdlib.h>
#include <string.h>

static int64_t *newArray(int n) {
  int64_t *a = calloc((size_t)n + 1, sizeof(int64_t));
  if (!a) abort();
  return a;
}

bool qcnnSimFeasible(QcnnSim *sim, int64_t frames, int64_t target) {
  QcnnSimResult r;
  if (!qcnnSimRun(sim, frames, true, &r)) return false;
  bool ok = !r.deadlock && r.period >= 0 && r.period <= target;
  qcnnSimResultDestroy(&r);
  return ok;
}

static bool feasible(QcnnSim *sim, const QcnnFifoSizingOptions *o, QcnnFifoSizing *s) {
  s->simulations++;
  return qcnnSimFeasible(sim, o->frames, s->bottleneck);
}

/* The least feasible depth of channel c in (lo, hi], knowing lo is not feasible (0 never is) and hi
 * is, the other depths as sim holds them. Answers usually sit just below hi (the schedule's depth is
 * close), so gallop down from hi before bisecting: O(log(hi - answer)) runs. */
static int64_t shrink(QcnnSim *sim, const QcnnFifoSizingOptions *o, QcnnFifoSizing *s, int c, int64_t lo,
                      int64_t hi) {
  for (int64_t stride = 1; hi - stride > lo; stride *= 2) {
    qcnnSimSetDepth(sim, c, hi - stride);
    if (!feasible(sim, o, s)) {
      lo = hi - stride;
      break;
    }
    hi -= stride;
  }
  while (hi - lo > 1) {
    int64_t mid = lo + (hi - lo) / 2;
    qcnnSimSetDepth(sim, c, mid);
    if (feasible(sim, o, s)) hi = mid;
    else lo = mid;
  }
  qcnnSimSetDepth(sim, c, hi);
  return hi;
}

static int64_t stepDown(QcnnSim *sim, const QcnnFifoSizingOptions *o, QcnnFifoSizing *s, int c, int64_t depth) {
  int64_t w = o->widths ? o->widths[c] : 1;
  for (int64_t d = qcnnFifoCheaperDepth(depth, w); d > 0; d = qcnnFifoCheaperDepth(depth, w)) {
    qcnnSimSetDepth(sim, c, d);
    if (!feasible(sim, o, s)) break;
    depth = d;
  }
  qcnnSimSetDepth(sim, c, depth);
  return depth;
}

bool qcnnSimSizeFifos(QcnnSim *sim, const QcnnFifoSizingOptions *o, QcnnFifoSizing *out) {
  memset(out, 0, sizeof *out);
  int n = qcnnSimNumChannels(sim);
  out->bottleneck = qcnnSimBottleneckPeriod(sim);
  out->unthrottled = newArray(n);
  out->scheduled = newArray(n);
  out->depth = newArray(n);
  if (!qcnnSimUnthrottledOccupancy(sim, o->frames, out->unthrottled) || !qcnnSimScheduleDepths(sim, o->widths, out->scheduled))
    return false;
  for (int c = 0; c < n; c++) out->unthrottled[c] = out->unthrottled[c] < 1 ? 1 : out->unthrottled[c];

  if (o->lowerBound) {
    out->lowerBound = newArray(n);
    for (int c = 0; c < n; c++) qcnnSimSetDepth(sim, c, QCNN_SIM_UNBOUNDED);
    for (int c = 0; c < n; c++) {
      out->lowerBound[c] = shrink(sim, o, out, c, 0, out->scheduled[c]);
      qcnnSimSetDepth(sim, c, QCNN_SIM_UNBOUNDED);
    }
  }
  for (int c = 0; c < n; c++) qcnnSimSetDepth(sim, c, out->scheduled[c]);
  for (int c = 0; c < n; c++)
    out->depth[c] = o->minimize ? shrink(sim, o, out, c, out->lowerBound ? out->lowerBound[c] - 1 : 0,
                                         out->scheduled[c])
                    : o->minimizeCost ? stepDown(sim, o, out, c, out->scheduled[c])
                                      : out->scheduled[c];
  return true;
}

void qcnnFifoSizingDestroy(QcnnFifoSizing *s) {
  free(s->unthrottled);
  free(s->scheduled);
  free(s->lowerBound);
  free(s->depth);
  memset(s, 0, sizeof *s);
}
