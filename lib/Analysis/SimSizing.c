/* FIFO sizing on the simulated graph (docs/fifo-sizing.md, "Algorithm").
 *
 * Throughput is monotone in every depth (enlarging a FIFO never delays any word), which gives:
 *  1. the target: the period with every channel unbounded, and each channel's maximum occupancy then
 *     (a depth that large never blocks its writer, so the run is unchanged: it is feasible);
 *  2. LB_c by bisection on c alone with every other channel unbounded: any feasible assignment has
 *     depth_c >= LB_c, so the LBs are a lower bound on every cost;
 *  3. a joint assignment: start at the LBs; while infeasible, grow the channels that blocked their
 *     writer (full), each by a step that doubles every time it grows again (never beyond its
 *     unthrottled occupancy, where all channels together are feasible); then shrink each channel in
 *     turn by bisection. Shrinking a later channel cannot let an earlier one shrink further (monotonicity),
 *     so the result is locally minimal: no single depth can be lowered. */
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

static bool feasible(QcnnSim *sim, QcnnFifoSizing *s) {
  s->simulations++;
  return qcnnSimFeasible(sim, s->frames, s->target);
}

/* The least depth of channel c in (lo, hi] that is feasible, knowing lo is not (0 never is) and hi
 * is. The other depths are whatever sim holds. Most answers sit just above lo (a pipeline's latency
 * + 1) while hi can be a whole frame, so gallop up from lo before bisecting: O(log(answer - lo))
 * runs instead of O(log hi). */
static int64_t bisect(QcnnSim *sim, QcnnFifoSizing *s, int c, int64_t lo, int64_t hi) {
  for (int64_t stride = 1; lo + stride < hi; stride *= 2) {
    qcnnSimSetDepth(sim, c, lo + stride);
    if (feasible(sim, s)) {
      hi = lo + stride;
      break;
    }
    lo += stride;
  }
  while (hi - lo > 1) {
    int64_t mid = lo + (hi - lo) / 2;
    qcnnSimSetDepth(sim, c, mid);
    if (feasible(sim, s)) hi = mid;
    else lo = mid;
  }
  qcnnSimSetDepth(sim, c, hi);
  return hi;
}

bool qcnnSimSizeFifos(QcnnSim *sim, int64_t frames, QcnnFifoSizing *out) {
  memset(out, 0, sizeof *out);
  int n = qcnnSimNumChannels(sim);
  out->frames = frames;
  out->bottleneck = qcnnSimBottleneckPeriod(sim);
  out->unthrottled = newArray(n);
  out->lowerBound = newArray(n);
  out->depth = newArray(n);

  for (int c = 0; c < n; c++) qcnnSimSetDepth(sim, c, QCNN_SIM_UNBOUNDED);
  QcnnSimResult r;
  if (!qcnnSimRun(sim, frames, true, &r)) return false;
  out->simulations++;
  bool deadlock = r.deadlock;
  out->target = r.period > out->bottleneck ? r.period : out->bottleneck;
  for (int c = 0; c < n; c++) out->unthrottled[c] = r.maxOccupancy[c] < 1 ? 1 : r.maxOccupancy[c];
  qcnnSimResultDestroy(&r);
  if (deadlock) return false;

  for (int c = 0; c < n; c++) {
    out->lowerBound[c] = bisect(sim, out, c, 0, out->unthrottled[c]);
    qcnnSimSetDepth(sim, c, QCNN_SIM_UNBOUNDED);
  }

  int64_t *grow = newArray(n);
  for (int c = 0; c < n; c++) {
    qcnnSimSetDepth(sim, c, out->lowerBound[c]);
    grow[c] = 1;
  }
  for (;;) {
    out->simulations++;
    if (!qcnnSimRun(sim, frames, true, &r)) break;
    bool ok = !r.deadlock && r.period >= 0 && r.period <= out->target, grew = false;
    for (int c = 0; !ok && c < n; c++) {
      bool full = r.fullStalls[c] > 0;
      for (int k = 0; k < r.numFull; k++) full |= r.full[k] == c;
      int64_t d = qcnnSimGetDepth(sim, c);
      if (!full || d >= out->unthrottled[c]) continue;
      qcnnSimSetDepth(sim, c, d + grow[c] < out->unthrottled[c] ? d + grow[c] : out->unthrottled[c]);
      grow[c] *= 2;
      grew = true;
    }
    /* Infeasible with nothing left to grow cannot happen (the unthrottled occupancies reproduce the
     * unbounded run); jump there rather than loop if it ever does. */
    bool atTop = true;
    for (int c = 0; !ok && !grew && c < n; c++) {
      atTop &= qcnnSimGetDepth(sim, c) >= out->unthrottled[c];
      qcnnSimSetDepth(sim, c, out->unthrottled[c]);
    }
    qcnnSimResultDestroy(&r);
    if (ok || (!grew && atTop)) break;
  }
  free(grow);
  for (int c = 0; c < n; c++) out->depth[c] = bisect(sim, out, c, out->lowerBound[c] - 1, qcnnSimGetDepth(sim, c));

  if (!qcnnSimRun(sim, frames, true, &r)) return false;
  out->simulations++;
  out->period = r.period;
  out->periodic = r.periodic;
  qcnnSimResultDestroy(&r);
  return true;
}

void qcnnFifoSizingDestroy(QcnnFifoSizing *s) {
  free(s->unthrottled);
  free(s->lowerBound);
  free(s->depth);
  memset(s, 0, sizeof *s);
}
