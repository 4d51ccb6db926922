/* Resource estimates of the qdf processes (docs/dataflow-models.md, "Resources"): our own analytical
 * formulas, informed by FINN's estimates and the FPGA primitives' sizes. Memories (weights, thresholds,
 * line buffers) are mapped to LUTRAM, BRAM18 or URAM like FIFOs (qcnnMemoryResources); logic is a fixed
 * control cost per process plus terms in the datapath's width. Every figure is a whole number. */
#include "qcnn/Analysis.h"
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Support.h"

#include <math.h>
#include <string.h>

static int64_t ceilDiv(int64_t a, int64_t b) { return (a + b - 1) / b; }

static int64_t ceilLog2(int64_t v) {
  int64_t l = 0;
  while (((int64_t)1 << l) < v) l++;
  return l;
}

static void add(QcnnResources *to, QcnnResources r) {
  to->lut += r.lut;
  to->ff += r.ff;
  to->bram18 += r.bram18;
  to->uram += r.uram;
  to->dsp += r.dsp;
}

static bool fail(MlirOperation op, const char *what) {
  MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
  qcnnEmitError(mlirOperationGetLocation(op), "'%.*s' op has no resource estimate: %s", (int)name.length, name.data,
                what);
  return false;
}

/* A ROM/RAM of depth x width: LUTRAM (64x1 per LUT), BRAM18 or URAM (FIFO cost model without the FIFO
 * IP's depth rounding). */
QcnnResources qcnnMemoryResources(int64_t depth, int64_t widthBits, QcnnMemStyle style) {
  QcnnResources r = {0, 0, 0, 0, 0};
  if (depth <= 0 || widthBits <= 0) return r;
  if (style == QcnnMemAuto) {
    QcnnResources lut = qcnnMemoryResources(depth, widthBits, QcnnMemLutram);
    QcnnResources bram = qcnnMemoryResources(depth, widthBits, QcnnMemBram);
    return bram.bram18 * QCNN_LUTS_PER_BRAM18 < lut.lut ? bram : lut;
  }
  static const int64_t aspect[][2] = {{512, 36}, {1024, 18}, {2048, 9}, {4096, 4}, {8192, 2}, {16384, 1}};
  switch (style) {
  case QcnnMemLutram: r.lut = (double)(widthBits * ceilDiv(depth, 64)); break;
  case QcnnMemBram:
    r.bram18 = -1;
    for (unsigned i = 0; i < sizeof aspect / sizeof *aspect; i++) {
      double n = (double)(ceilDiv(depth, aspect[i][0]) * ceilDiv(widthBits, aspect[i][1]));
      if (r.bram18 < 0 || n < r.bram18) r.bram18 = n;
    }
    break;
  case QcnnMemUram: r.uram = (double)(ceilDiv(depth, 4096) * ceilDiv(widthBits, 72)); break;
  case QcnnMemAuto: break;
  }
  return r;
}

/* Bits per element of a stream value or a constant tensor operand; -1 if neither. */
static int64_t eltBits(MlirValue v) {
  MlirType t = mlirValueGetType(v);
  if (qcnnTypeIsStream(t)) t = qcnnStreamTensor(t);
  if (mlirTypeIsNull(t) || !mlirTypeIsAShaped(t)) return -1;
  return qcnnElementBits(mlirShapedTypeGetElementType(t));
}

static int64_t inBits(MlirOperation op) { return eltBits(mlirOperationGetOperand(op, 0)); }
static int64_t outBits(MlirOperation op) { return eltBits(mlirOperationGetResult(op, 0)); }

/* Steps of a thresholds operand [rows, steps], 0 if absent. */
static int64_t thresholdSteps(MlirOperation op, intptr_t operand) {
  if (mlirOperationGetNumOperands(op) <= operand) return 0;
  MlirType t = mlirValueGetType(mlirOperationGetOperand(op, operand));
  return mlirTypeIsARankedTensor(t) && mlirShapedTypeGetRank(t) == 2 ? mlirShapedTypeGetDimSize(t, 1) : 0;
}

static int64_t thresholdRows(MlirOperation op, intptr_t operand) {
  MlirType t = mlirValueGetType(mlirOperationGetOperand(op, operand));
  return mlirShapedTypeGetDimSize(t, 0);
}

static int64_t i64(MlirOperation op, QcnnAttrName a) { return qcnnOpI64Or(op, a, 0); }

static int64_t arrayAt(MlirOperation op, QcnnAttrName a, int i) {
  int64_t v[8];
  intptr_t n = qcnnOpGetI64Array(op, a, v, 8);
  return i < n ? v[i] : 0;
}

/* Thresholding of pe channels with `steps` thresholds of `bits` each (rows: threshold rows, 1 when
 * shared). Up to 15 steps (4-bit outputs) all comparisons run in parallel: pe·steps comparators, the
 * thresholds rows/pe deep and pe·steps·bits wide. Wider outputs search the sorted thresholds in
 * ceil(log2(steps + 1)) pipelined comparisons: pe·log comparators, thresholds (rows/pe)·steps deep
 * and pe·bits wide. Memories in the cheaper of LUTRAM and BRAM18. */
static QcnnResources thresholdUnit(int64_t pe, int64_t rows, int64_t steps, int64_t bits) {
  int64_t depth = rows >= pe ? rows / pe : 1;
  bool parallel = steps <= 15;
  int64_t comparators = pe * (parallel ? steps : ceilLog2(steps + 1));
  QcnnResources r = parallel ? qcnnMemoryResources(depth, pe * steps * bits, QcnnMemAuto)
                             : qcnnMemoryResources(depth * steps, pe * bits, QcnnMemAuto);
  r.lut += (double)(comparators * bits);
  r.ff += (double)(comparators * bits);
  return r;
}

static bool mvau(MlirOperation op, QcnnResources *r) {
  int64_t mw = i64(op, QCNN_ATTR_MW), mh = i64(op, QCNN_ATTR_MH), pe = i64(op, QCNN_ATTR_PE),
          simd = i64(op, QCNN_ATTR_SIMD);
  int64_t a = inBits(op), w = eltBits(mlirOperationGetOperand(op, 1)), o = outBits(op);
  if (mw <= 0 || mh <= 0 || pe <= 0 || simd <= 0 || mw % simd || mh % pe || a < 0 || w < 0 || o < 0)
    return fail(op, "needs mw, mh, pe, simd (dividing them) and integer stream and weight types");
  int64_t steps = thresholdSteps(op, 2);
  int64_t acc = steps ? eltBits(mlirOperationGetOperand(op, 2)) : o;
  int64_t products = pe * simd;
  bool binary = a == 1 && w == 1, dsp = a > 4 && w > 4;
  /* Multipliers: XNOR for binary, one DSP48 per product when both operands exceed 4 bits (FINN's rule),
   * else about one LUT6 per partial-product bit. Then a per-PE adder tree and accumulator. */
  int64_t mulBits = binary ? 1 : a + w;
  r->lut += (double)(binary ? products : dsp ? 0 : products * a * w);
  r->dsp += (double)(dsp ? products : 0);
  r->lut += (double)(pe * (simd * mulBits + acc));
  r->ff += (double)(products * mulBits + pe * acc + pe * o + simd * a);
  MlirStringRef style = qcnnOpGetString(op, QCNN_ATTR_MEM_STYLE);
  QcnnMemStyle ms = QcnnMemAuto;
  if (style.data && strncmp(style.data, "block", style.length) == 0) ms = QcnnMemBram;
  if (style.data && strncmp(style.data, "distributed", style.length) == 0) ms = QcnnMemLutram;
  if (style.data && strncmp(style.data, "ultra", style.length) == 0) ms = QcnnMemUram;
  add(r, qcnnMemoryResources(mw * mh / products, products * w, ms));
  if (mh / pe > 1) add(r, qcnnMemoryResources(mw / simd, simd * a, QcnnMemAuto)); /* input vector reuse */
  if (steps) add(r, thresholdUnit(pe, thresholdRows(op, 2), steps, acc));
  return true;
}

/* Line buffer of min(H, span_h + 1 + stride_h) rows: the window's rows plus the words read ahead
 * while the last window of a row is written (the schedule's row change). */
static bool swg(MlirOperation op, QcnnResources *r) {
  int64_t c = i64(op, QCNN_ATTR_CHANNELS), simd = i64(op, QCNN_ATTR_SIMD), a = inBits(op);
  int64_t h = arrayAt(op, QCNN_ATTR_IFM_DIM, 0), w = arrayAt(op, QCNN_ATTR_IFM_DIM, 1);
  int64_t span = (arrayAt(op, QCNN_ATTR_KERNEL, 0) - 1) * arrayAt(op, QCNN_ATTR_DILATION, 0);
  int64_t rows = span + 1 + arrayAt(op, QCNN_ATTR_STRIDE, 0);
  if (c <= 0 || simd <= 0 || c % simd || a < 0 || h <= 0 || w <= 0 || span < 0)
    return fail(op, "needs channels, simd (dividing them), ifm_dim, kernel, dilation, stride and an integer stream");
  add(r, qcnnMemoryResources((rows < h ? rows : h) * w * (c / simd), simd * a, QcnnMemAuto));
  r->lut += (double)(2 * simd * a);
  r->ff += (double)(2 * simd * a);
  return true;
}

static bool maxpool(MlirOperation op, QcnnResources *r) {
  int64_t c = i64(op, QCNN_ATTR_CHANNELS), pe = i64(op, QCNN_ATTR_PE), a = inBits(op);
  int64_t w = arrayAt(op, QCNN_ATTR_IFM_DIM, 1), k = arrayAt(op, QCNN_ATTR_KERNEL, 1),
          s = arrayAt(op, QCNN_ATTR_STRIDE, 1);
  if (c <= 0 || pe <= 0 || c % pe || a < 0 || w <= 0 || k <= 0 || s <= 0 || k > w)
    return fail(op, "needs channels, pe (dividing them), ifm_dim, kernel, stride and an integer stream");
  int64_t ow = (w - k) / s + 1;
  add(r, qcnnMemoryResources(ow * (c / pe), pe * a, QcnnMemAuto)); /* running maxima of one output row */
  r->lut += (double)(2 * pe * a);
  r->ff += (double)(2 * pe * a);
  return true;
}

static bool threshold(MlirOperation op, QcnnResources *r) {
  int64_t pe = i64(op, QCNN_ATTR_PE), t = eltBits(mlirOperationGetOperand(op, 1)), o = outBits(op);
  int64_t steps = thresholdSteps(op, 1);
  if (pe <= 0 || t < 0 || o < 0 || steps <= 0) return fail(op, "needs pe, integer thresholds [rows, steps] and an integer stream");
  add(r, thresholdUnit(pe, thresholdRows(op, 1), steps, t));
  r->ff += (double)(pe * o);
  return true;
}

static bool accpool(MlirOperation op, QcnnResources *r) {
  int64_t c = i64(op, QCNN_ATTR_CHANNELS), pe = i64(op, QCNN_ATTR_PE), o = outBits(op);
  if (c <= 0 || pe <= 0 || c % pe || o < 0) return fail(op, "needs channels, pe (dividing them) and an integer stream");
  add(r, qcnnMemoryResources(c / pe, pe * o, QcnnMemAuto)); /* one accumulator per channel */
  r->lut += (double)(pe * o);
  r->ff += (double)(pe * o);
  return true;
}

/* The k best (value, index) pairs in registers, with a compare-and-shift per pair. */
static bool labelselect(MlirOperation op, QcnnResources *r) {
  int64_t k = i64(op, QCNN_ATTR_K), labels = i64(op, QCNN_ATTR_LABELS), pe = i64(op, QCNN_ATTR_PE), a = inBits(op);
  if (k <= 0 || labels <= 0 || pe <= 0 || a < 0) return fail(op, "needs k, labels, pe and an integer stream");
  int64_t pair = a + ceilLog2(labels);
  r->lut += (double)(2 * k * pair + pe * a);
  r->ff += (double)(k * pair + pe * a);
  return true;
}

/* A shift register of in + out bits and an output multiplexer. */
static bool dwc(MlirOperation op, QcnnResources *r) {
  int64_t in = i64(op, QCNN_ATTR_IN_WIDTH), out = i64(op, QCNN_ATTR_OUT_WIDTH);
  if (in <= 0 || out <= 0) return fail(op, "needs in_width and out_width");
  r->lut += (double)(in > out ? in : out);
  r->ff += (double)(in + out);
  return true;
}

static bool addStreams(MlirOperation op, QcnnResources *r) {
  int64_t pe = i64(op, QCNN_ATTR_PE), o = outBits(op);
  if (pe <= 0 || o < 0) return fail(op, "needs pe and an integer stream");
  r->lut += (double)(pe * o);
  r->ff += (double)(pe * o);
  return true;
}

static bool fifo(MlirOperation op, QcnnResources *r) {
  int64_t depth = i64(op, QCNN_ATTR_DEPTH), width = qcnnStreamWidth(mlirValueGetType(mlirOperationGetOperand(op, 0)));
  MlirStringRef impl = qcnnOpGetString(op, QCNN_ATTR_IMPL);
  for (QcnnFifoImpl i = QcnnFifoSrl; impl.data && i <= QcnnFifoUram; i++) {
    const char *name = qcnnFifoImplName(i);
    if (depth > 0 && width > 0 && strlen(name) == impl.length && strncmp(name, impl.data, impl.length) == 0) {
      *r = qcnnFifoResources(depth, width, i);
      return true;
    }
  }
  return fail(op, "needs a positive depth, a known impl and a stream width");
}

/* Fixed cost of a process's control (counters, handshakes), and of a DMA engine. */
enum { CONTROL_LUT = 100, CONTROL_FF = 100, DMA_LUT = 1200, DMA_FF = 1600 };

bool qcnnQdfResources(MlirOperation op, QcnnResources *out) {
  QcnnResources r = {CONTROL_LUT, CONTROL_FF, 0, 0, 0};
  bool ok;
  switch (qcnnOpGetKind(op)) {
  case QCNN_OP_QDF_INPUT:
  case QCNN_OP_QDF_OUTPUT:
    r.lut = DMA_LUT;
    r.ff = DMA_FF;
    ok = true;
    break;
  case QCNN_OP_QDF_MVAU: ok = mvau(op, &r); break;
  case QCNN_OP_QDF_SWG: ok = swg(op, &r); break;
  case QCNN_OP_QDF_PAD: {
    int64_t simd = i64(op, QCNN_ATTR_SIMD), a = inBits(op);
    ok = simd > 0 && a >= 0;
    r.lut += (double)(simd * a);
    r.ff += (double)(simd * a);
    if (!ok) fail(op, "needs simd and an integer stream");
    break;
  }
  case QCNN_OP_QDF_MAXPOOL: ok = maxpool(op, &r); break;
  case QCNN_OP_QDF_THRESHOLD: ok = threshold(op, &r); break;
  case QCNN_OP_QDF_ACCPOOL: ok = accpool(op, &r); break;
  case QCNN_OP_QDF_LABELSELECT: ok = labelselect(op, &r); break;
  case QCNN_OP_QDF_DWC: ok = dwc(op, &r); break;
  case QCNN_OP_QDF_DUPLICATE:
    r.lut = r.ff = (double)(10 * mlirOperationGetNumResults(op)); /* a handshake join, no data registers */
    ok = true;
    break;
  case QCNN_OP_QDF_ADD_STREAMS: ok = addStreams(op, &r); break;
  case QCNN_OP_QDF_FIFO: ok = fifo(op, &r); break;
  default: ok = fail(op, "not a qdf process or channel"); break;
  }
  r.lut = ceil(r.lut);
  r.ff = ceil(r.ff);
  *out = r;
  return ok;
}
