/* FIFO implementations and their cost (docs/fifo-sizing.md, "Cost model").
 *
 * SRL: shift-register FIFO (FINN's Q_srl), one SRL32 LUT per bit per 32 words.
 * LUTRAM: distributed RAM, one LUT per bit per 64 words.
 * BRAM: RAMB18 blocks in the cheapest of their aspect ratios 512x36, 1Kx18, 2Kx9, 4Kx4, 8Kx2, 16Kx1.
 * URAM: 4Kx72 blocks.
 * Depth rules follow FINN's StreamingFIFO: the RTL FIFO (srl, lutram) takes any depth >= 2; the
 * Vivado AXI-Stream FIFO IP that FINN uses for BRAM and URAM takes powers of two from 16 to 32768
 * (deeper FIFOs are chains of such pieces), so a bram or uram FIFO is costed at its rounded depth. */
#include "qcnn/Analysis.h"

const char *qcnnFifoImplName(QcnnFifoImpl impl) {
  switch (impl) {
  case QcnnFifoSrl: return "srl";
  case QcnnFifoLutram: return "lutram";
  case QcnnFifoBram: return "bram";
  case QcnnFifoUram: return "uram";
  }
  return "?";
}

static int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

/* The depth the implementation is built with. */
static int64_t builtDepth(int64_t depth, QcnnFifoImpl impl) {
  if (impl == QcnnFifoSrl || impl == QcnnFifoLutram) return depth < 2 ? 2 : depth;
  int64_t d = 16;
  while (d < depth && d < 32768) d *= 2;
  /* Beyond 32768 FINN chains 32768-deep pieces. */
  return depth > 32768 ? ceilDiv(depth, 32768) * 32768 : d;
}

static int64_t bram18Blocks(int64_t depth, int64_t width) {
  static const int64_t aspect[][2] = {{512, 36}, {1024, 18}, {2048, 9}, {4096, 4}, {8192, 2}, {16384, 1}};
  int64_t best = -1;
  for (unsigned i = 0; i < sizeof aspect / sizeof aspect[0]; i++) {
    int64_t n = ceilDiv(depth, aspect[i][0]) * ceilDiv(width, aspect[i][1]);
    if (best < 0 || n < best) best = n;
  }
  return best;
}

QcnnResources qcnnFifoResources(int64_t depth, int64_t widthBits, QcnnFifoImpl impl) {
  QcnnResources r = {0, 0, 0, 0, 0};
  int64_t d = builtDepth(depth, impl), w = widthBits < 1 ? 1 : widthBits;
  switch (impl) {
  case QcnnFifoSrl: r.lut = (double)(w * ceilDiv(d, 32)); break;
  case QcnnFifoLutram: r.lut = (double)(w * ceilDiv(d, 64)); break;
  case QcnnFifoBram: r.bram18 = (double)bram18Blocks(d, w); break;
  case QcnnFifoUram: r.uram = (double)(ceilDiv(d, 4096) * ceilDiv(w, 72)); break;
  }
  return r;
}

/* One BRAM18 weighs as much as the LUTs it replaces on the smallest target, the ZU3EG (70560 LUTs,
 * 432 BRAM18): about 163 LUTs; a URAM (288 Kb) as four BRAM18 (it holds eight, but is coarser). */
double qcnnFifoCost(QcnnResources r) {
  static const double lutsPerBram18 = 70560.0 / 432.0;
  return r.lut + (r.bram18 + 4 * r.uram) * lutsPerBram18;
}

/* URAM is never chosen automatically: the ZU3EG and the Pynq-Z1 have none (ask for it with
 * impl = "uram"). Ties go to the earlier style (srl before lutram before bram). */
QcnnFifoImpl qcnnFifoChooseImpl(int64_t depth, int64_t widthBits) {
  QcnnFifoImpl best = QcnnFifoSrl;
  double bestCost = -1;
  for (QcnnFifoImpl i = QcnnFifoSrl; i <= QcnnFifoBram; i++) {
    double cost = qcnnFifoCost(qcnnFifoResources(depth, widthBits, i));
    if (bestCost < 0 || cost < bestCost) {
      best = i;
      bestCost = cost;
    }
  }
  return best;
}

int64_t qcnnFifoRoundDepth(int64_t depth, int64_t widthBits, QcnnFifoImpl impl) {
  int64_t d = builtDepth(depth, impl);
  double cost = qcnnFifoCost(qcnnFifoResources(d, widthBits, impl));
  /* SRL and LUTRAM costs step every 32 / 64 words, BRAM and URAM FIFOs come in powers of two. */
  int64_t unit = impl == QcnnFifoSrl ? 32 : impl == QcnnFifoLutram ? 64 : 0;
  if (unit) return ceilDiv(d, unit) * unit;
  while (d < 32768 && qcnnFifoCost(qcnnFifoResources(2 * d, widthBits, impl)) == cost) d *= 2;
  return d;
}

double qcnnFifoCheapestCost(int64_t depth, int64_t widthBits) {
  return qcnnFifoCost(qcnnFifoResources(depth, widthBits, qcnnFifoChooseImpl(depth, widthBits)));
}

int64_t qcnnFifoCheaperDepth(int64_t depth, int64_t widthBits) {
  double cost = qcnnFifoCheapestCost(depth, widthBits);
  int64_t lo = 0, hi = depth; /* cost(lo) < cost (lo = 0: none yet), cost(hi) == cost */
  while (hi - lo > 1) {
    int64_t mid = lo + (hi - lo) / 2;
    if (qcnnFifoCheapestCost(mid, widthBits) < cost) lo = mid;
    else hi = mid;
  }
  return lo;
}
