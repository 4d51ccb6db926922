/* !qdf.stream types, stream ports of qdf ops, and stream retyping after folding (include/qcnn/Dataflow.h).
 *
 * The stream type is an IRDL dynamic type: the C API has no accessor for its parameters, so they are
 * read back from its printed form `!qdf.stream<TENSOR, W : i32>` and built by parsing that form. */
#include "qcnn/Dataflow.h"
#include "qcnn/IR.h"
#include "qcnn/Shape.h"
#include "qcnn/Support.h"

#include <mlir-c/BuiltinAttributes.h>
#include <mlir-c/BuiltinTypes.h>
#include <stdlib.h>
#include <string.h>

static const char kStreamPrefix[] = "!qdf.stream<";

/*===-- Stream types -------------------------------------------------------------------------===*/

static void printType(MlirType t, QcnnBuf *b) {
  b->len = 0;
  mlirTypePrint(t, qcnnBufCallback, b);
  qcnnBufAppend(b, "", 1);
}

MlirType qcnnStreamTypeGet(MlirType folded, int64_t widthBits) {
  QcnnBuf b = {0};
  qcnnBufAppend(&b, kStreamPrefix, strlen(kStreamPrefix));
  mlirTypePrint(folded, qcnnBufCallback, &b);
  qcnnBufPrintf(&b, ", %lld : i32>", (long long)widthBits);
  MlirType t = mlirTypeParseGet(mlirTypeGetContext(folded), (MlirStringRef){b.data, b.len});
  qcnnBufFree(&b);
  return t;
}

/* Splits the printed stream type into its tensor text [*tb, *te) and width; false if not a stream. */
static bool streamParts(MlirType t, QcnnBuf *b, size_t *tb, size_t *te, int64_t *width) {
  if (mlirTypeIsNull(t)) return false;
  printType(t, b);
  size_t n = strlen(kStreamPrefix);
  if (strncmp(b->data, kStreamPrefix, n) != 0) return false;
  /* The width follows the last top-level comma (the tensor text has no top-level commas). */
  int depth = 0;
  size_t comma = 0;
  for (size_t i = n; b->data[i]; i++) {
    char c = b->data[i];
    if (c == '<' || c == '[' || c == '(' || c == '{') depth++;
    else if (c == '>' || c == ']' || c == ')' || c == '}') depth--;
    else if (c == ',' && depth == 0) comma = i;
  }
  if (!comma) return false;
  *tb = n;
  *te = comma;
  *width = strtoll(b->data + comma + 1, NULL, 10);
  return true;
}

bool qcnnTypeIsStream(MlirType t) {
  QcnnBuf b = {0};
  size_t tb, te;
  int64_t w;
  bool ok = streamParts(t, &b, &tb, &te, &w);
  qcnnBufFree(&b);
  return ok;
}

MlirType qcnnStreamTensor(MlirType stream) {
  QcnnBuf b = {0};
  size_t tb, te;
  int64_t w;
  MlirType r = {NULL};
  if (streamParts(stream, &b, &tb, &te, &w))
    r = mlirTypeParseGet(mlirTypeGetContext(stream), (MlirStringRef){b.data + tb, te - tb});
  qcnnBufFree(&b);
  return r;
}

int64_t qcnnStreamWidth(MlirType stream) {
  QcnnBuf b = {0};
  size_t tb, te;
  int64_t w = -1;
  if (!streamParts(stream, &b, &tb, &te, &w)) w = -1;
  qcnnBufFree(&b);
  return w;
}

int64_t qcnnStreamElemsPerWord(MlirType stream) {
  MlirType t = qcnnStreamTensor(stream);
  if (mlirTypeIsNull(t) || !mlirShapedTypeHasRank(t) || mlirShapedTypeGetRank(t) == 0) return -1;
  return mlirShapedTypeGetDimSize(t, mlirShapedTypeGetRank(t) - 1);
}

int64_t qcnnStreamWords(MlirType stream) {
  MlirType t = qcnnStreamTensor(stream);
  int64_t e = qcnnStreamElemsPerWord(stream);
  if (mlirTypeIsNull(t) || e <= 0) return -1;
  int64_t n = qcnnTypeNumElements(t);
  return n < 0 ? -1 : n / e;
}

int64_t qcnnElementBits(MlirType elt) {
  if (mlirTypeIsAInteger(elt)) return (int64_t)mlirIntegerTypeGetWidth(elt);
  if (qcnnTypeIsBipolar(elt)) return 1;
  return -1;
}

MlirType qcnnStreamTypeFold(MlirType normal, int64_t elemsPerWord) {
  int64_t dims[QCNN_MAX_RANK + 1];
  intptr_t rank = qcnnTypeShape(normal, dims, QCNN_MAX_RANK);
  MlirType elt = rank > 0 ? mlirShapedTypeGetElementType(normal) : (MlirType){NULL};
  if (rank <= 0 || elemsPerWord <= 0 || qcnnElementBits(elt) < 0 || dims[rank - 1] < 0 ||
      dims[rank - 1] % elemsPerWord != 0)
    return (MlirType){NULL};
  dims[rank - 1] /= elemsPerWord;
  dims[rank] = elemsPerWord;
  return qcnnStreamTypeGet(qcnnTensorType(rank + 1, dims, elt), elemsPerWord * qcnnElementBits(elt));
}

/* The unfolded tensor of a stream: [..., C/E, E] -> [..., C]. */
static MlirType streamNormal(MlirType stream) {
  MlirType t = qcnnStreamTensor(stream);
  int64_t dims[QCNN_MAX_RANK + 1];
  intptr_t rank = mlirTypeIsNull(t) ? -1 : qcnnTypeShape(t, dims, QCNN_MAX_RANK + 1);
  if (rank < 2) return (MlirType){NULL};
  dims[rank - 2] *= dims[rank - 1];
  return qcnnTensorType(rank - 1, dims, mlirShapedTypeGetElementType(t));
}

MlirType qcnnStreamTypeRefold(MlirType stream, int64_t elemsPerWord) {
  MlirType normal = streamNormal(stream);
  return mlirTypeIsNull(normal) ? normal : qcnnStreamTypeFold(normal, elemsPerWord);
}

/*===-- Ports ----------------------------------------------------------------------------------===*/

bool qcnnOpIsQdf(MlirOperation op) {
  QcnnOpKind k = qcnnOpGetKind(op);
  return k >= QCNN_OP_QDF_INPUT && k <= QCNN_OP_QDF_FIFO;
}

int qcnnQdfNumInputPorts(MlirOperation op) {
  int n = 0;
  for (intptr_t i = 0; i < mlirOperationGetNumOperands(op); i++)
    n += qcnnTypeIsStream(mlirValueGetType(mlirOperationGetOperand(op, i)));
  return n;
}

int qcnnQdfNumOutputPorts(MlirOperation op) {
  int n = 0;
  for (intptr_t i = 0; i < mlirOperationGetNumResults(op); i++)
    n += qcnnTypeIsStream(mlirValueGetType(mlirOperationGetResult(op, i)));
  return n;
}

MlirValue qcnnQdfInputPort(MlirOperation op, int port) {
  for (intptr_t i = 0; i < mlirOperationGetNumOperands(op); i++) {
    MlirValue v = mlirOperationGetOperand(op, i);
    if (qcnnTypeIsStream(mlirValueGetType(v)) && port-- == 0) return v;
  }
  return (MlirValue){NULL};
}

MlirValue qcnnQdfOutputPort(MlirOperation op, int port) {
  for (intptr_t i = 0; i < mlirOperationGetNumResults(op); i++) {
    MlirValue v = mlirOperationGetResult(op, i);
    if (qcnnTypeIsStream(mlirValueGetType(v)) && port-- == 0) return v;
  }
  return (MlirValue){NULL};
}

/* Last element of folded_shape (qdf.input / qdf.output). */
static int64_t foldedShapeLast(MlirOperation op) {
  int64_t d[QCNN_MAX_RANK + 1];
  intptr_t n = qcnnOpGetI64Array(op, QCNN_ATTR_FOLDED_SHAPE, d, QCNN_MAX_RANK + 1);
  return n > 0 ? d[n - 1] : -1;
}

/* Elements per word of a dwc side: width over the stream's element bits. */
static int64_t dwcElems(MlirOperation op, QcnnAttrName widthAttr) {
  MlirType t = qcnnStreamTensor(mlirValueGetType(mlirOperationGetOperand(op, 0)));
  int64_t bits = mlirTypeIsNull(t) ? -1 : qcnnElementBits(mlirShapedTypeGetElementType(t));
  int64_t w = qcnnOpI64Or(op, widthAttr, -1);
  return bits > 0 && w > 0 && w % bits == 0 ? w / bits : -1;
}

int64_t qcnnQdfInElemsPerWord(MlirOperation op, int port) {
  if (port < 0 || port >= qcnnQdfNumInputPorts(op)) return -1;
  switch (qcnnOpGetKind(op)) {
  case QCNN_OP_QDF_MVAU:
  case QCNN_OP_QDF_SWG:
  case QCNN_OP_QDF_PAD: return qcnnOpI64Or(op, QCNN_ATTR_SIMD, -1);
  case QCNN_OP_QDF_MAXPOOL:
  case QCNN_OP_QDF_THRESHOLD:
  case QCNN_OP_QDF_ACCPOOL:
  case QCNN_OP_QDF_ADD_STREAMS:
  case QCNN_OP_QDF_LABELSELECT: return qcnnOpI64Or(op, QCNN_ATTR_PE, -1);
  case QCNN_OP_QDF_DWC: return dwcElems(op, QCNN_ATTR_IN_WIDTH);
  case QCNN_OP_QDF_DUPLICATE:
  case QCNN_OP_QDF_FIFO: return qcnnStreamElemsPerWord(mlirValueGetType(qcnnQdfInputPort(op, port)));
  case QCNN_OP_QDF_OUTPUT: return foldedShapeLast(op);
  default: return -1;
  }
}

int64_t qcnnQdfOutElemsPerWord(MlirOperation op, int port) {
  if (port < 0 || port >= qcnnQdfNumOutputPorts(op)) return -1;
  switch (qcnnOpGetKind(op)) {
  case QCNN_OP_QDF_MVAU:
  case QCNN_OP_QDF_MAXPOOL:
  case QCNN_OP_QDF_THRESHOLD:
  case QCNN_OP_QDF_ACCPOOL:
  case QCNN_OP_QDF_ADD_STREAMS: return qcnnOpI64Or(op, QCNN_ATTR_PE, -1);
  case QCNN_OP_QDF_SWG:
  case QCNN_OP_QDF_PAD: return qcnnOpI64Or(op, QCNN_ATTR_SIMD, -1);
  case QCNN_OP_QDF_LABELSELECT: return 1;
  case QCNN_OP_QDF_DWC: return dwcElems(op, QCNN_ATTR_OUT_WIDTH);
  case QCNN_OP_QDF_DUPLICATE:
  case QCNN_OP_QDF_FIFO: return qcnnStreamElemsPerWord(mlirValueGetType(qcnnQdfInputPort(op, 0)));
  case QCNN_OP_QDF_INPUT: return foldedShapeLast(op);
  default: return -1;
  }
}

/*===-- Retyping ---------------------------------------------------------------------------===*/

/* The single reader of `v` and the operand index it reads it at; null op if none. */
static MlirOperation soleReader(MlirValue v, intptr_t *operand) {
  MlirOpOperand use = mlirValueGetFirstUse(v);
  if (mlirOpOperandIsNull(use)) return (MlirOperation){NULL};
  *operand = mlirOpOperandGetOperandNumber(use);
  return mlirOpOperandGetOwner(use);
}

/* Input port index of operand `operand` of `op`. */
static int portOfOperand(MlirOperation op, intptr_t operand) {
  int port = 0;
  for (intptr_t i = 0; i < operand; i++) port += qcnnTypeIsStream(mlirValueGetType(mlirOperationGetOperand(op, i)));
  return port;
}

/* What the reader of `v` wants per word, looking through duplicate and fifo (which pass words on
 * unchanged) to the first reader with its own folding; -1 if none has one. */
static int64_t wantedElems(MlirValue v) {
  for (int hops = 0; hops < 64; hops++) {
    intptr_t operand;
    MlirOperation r = soleReader(v, &operand);
    if (mlirOperationIsNull(r)) return -1;
    QcnnOpKind k = qcnnOpGetKind(r);
    if (k == QCNN_OP_QDF_OUTPUT) return -1;
    if (k != QCNN_OP_QDF_DUPLICATE && k != QCNN_OP_QDF_FIFO) return qcnnQdfInElemsPerWord(r, portOfOperand(r, operand));
    v = mlirOperationGetResult(r, 0);
  }
  return -1;
}

void qcnnQdfSetDmaShapes(MlirOperation dma) {
  MlirContext ctx = mlirOperationGetContext(dma);
  bool in = qcnnOpIs(dma, QCNN_OP_QDF_INPUT);
  MlirType host = mlirValueGetType(in ? mlirOperationGetOperand(dma, 0) : mlirOperationGetResult(dma, 0));
  MlirType stream = mlirValueGetType(in ? mlirOperationGetResult(dma, 0) : mlirOperationGetOperand(dma, 0));
  int64_t d[QCNN_MAX_RANK + 1];
  intptr_t n = qcnnTypeShape(host, d, QCNN_MAX_RANK);
  qcnnOpSetAttr(dma, QCNN_ATTR_NORMAL_SHAPE, mlirDenseI64ArrayGet(ctx, n < 0 ? 0 : n, d));
  n = qcnnTypeShape(qcnnStreamTensor(stream), d, QCNN_MAX_RANK + 1);
  if (n <= 0) return;
  qcnnOpSetAttr(dma, QCNN_ATTR_FOLDED_SHAPE, mlirDenseI64ArrayGet(ctx, n, d));
  d[n - 1] = (qcnnStreamWidth(stream) + 7) / 8;
  qcnnOpSetAttr(dma, QCNN_ATTR_PACKED_SHAPE, mlirDenseI64ArrayGet(ctx, n, d));
}

/* `stream` folded to `elems` per word; null (after an error at `op`) if that does not divide. */
static MlirType refold(MlirOperation op, MlirType stream, int64_t elems) {
  MlirType normal = streamNormal(stream);
  MlirType t = qcnnStreamTypeFold(normal, elems);
  if (mlirTypeIsNull(t)) {
    int64_t d[QCNN_MAX_RANK];
    intptr_t n = mlirTypeIsNull(normal) ? -1 : qcnnTypeShape(normal, d, QCNN_MAX_RANK);
    MlirStringRef name = mlirIdentifierStr(mlirOperationGetName(op));
    qcnnEmitError(mlirOperationGetLocation(op), "'%.*s' op folding of %lld elements per word does not divide %lld",
                  (int)name.length, name.data, (long long)elems, (long long)(n > 0 ? d[n - 1] : -1));
  }
  return t;
}

static bool retypeResult(MlirOperation op, MlirValue v, int64_t elems) {
  MlirType t = refold(op, mlirValueGetType(v), elems);
  if (!mlirTypeIsNull(t)) mlirValueSetType(v, t);
  return !mlirTypeIsNull(t);
}

/* Inserts a dwc before operand `operand` of `reader`, re-packing to `elems` per word. */
static bool insertDwc(MlirOperation reader, intptr_t operand, int64_t elems) {
  MlirContext ctx = mlirOperationGetContext(reader);
  MlirValue x = mlirOperationGetOperand(reader, operand);
  MlirType in = mlirValueGetType(x);
  MlirType out = refold(reader, in, elems);
  if (mlirTypeIsNull(out)) return false;
  MlirNamedAttribute attrs[] = {qcnnNamedI64(ctx, QCNN_ATTR_IN_WIDTH, qcnnStreamWidth(in)),
                                qcnnNamedI64(ctx, QCNN_ATTR_OUT_WIDTH, qcnnStreamWidth(out))};
  MlirOperation dwc = qcnnOpBuild(QCNN_OP_QDF_DWC, mlirOperationGetLocation(reader), 1, &x, 1, &out, 2, attrs);
  mlirBlockInsertOwnedOperationBefore(mlirOperationGetBlock(reader), reader, dwc);
  mlirOperationSetOperand(reader, operand, mlirOperationGetResult(dwc, 0));
  return true;
}

static bool isDwc(MlirOperation op) { return qcnnOpIs(op, QCNN_OP_QDF_DWC); }

bool qcnnQdfRetypeStreams(MlirOperation func) {
  /* Start from no converters: the ones needed are re-inserted below. */
  qcnnEraseForwardingOps(func, isDwc);

  /* Block order is a topological order: producers are retyped before their readers look at them. */
  intptr_t n;
  MlirOperation *ops = qcnnCollectOps(func, qcnnOpIsQdf, &n);
  bool ok = true;
  for (intptr_t i = 0; i < n && ok; i++) {
    MlirOperation op = ops[i];
    QcnnOpKind k = qcnnOpGetKind(op);
    /* Input side: a reader with its own folding gets a dwc where the producer's words differ. */
    for (intptr_t o = 0; o < mlirOperationGetNumOperands(op) && ok; o++) {
      MlirType t = mlirValueGetType(mlirOperationGetOperand(op, o));
      if (!qcnnTypeIsStream(t)) continue;
      if (k == QCNN_OP_QDF_OUTPUT) {
        qcnnQdfSetDmaShapes(op);
        continue;
      }
      if (k == QCNN_OP_QDF_DUPLICATE || k == QCNN_OP_QDF_FIFO) continue;
      int64_t want = qcnnQdfInElemsPerWord(op, portOfOperand(op, o));
      if (want != qcnnStreamElemsPerWord(t)) ok = insertDwc(op, o, want);
    }
    /* Output side: the op's own folding decides; the DMA input follows its reader. */
    for (intptr_t r = 0; r < mlirOperationGetNumResults(op) && ok; r++) {
      MlirValue v = mlirOperationGetResult(op, r);
      if (!qcnnTypeIsStream(mlirValueGetType(v))) continue;
      int64_t elems;
      if (k == QCNN_OP_QDF_DUPLICATE || k == QCNN_OP_QDF_FIFO) {
        mlirValueSetType(v, mlirValueGetType(mlirOperationGetOperand(op, 0)));
        continue;
      }
      if (k == QCNN_OP_QDF_INPUT) {
        elems = wantedElems(v);
        if (elems <= 0) elems = qcnnStreamElemsPerWord(mlirValueGetType(v));
      } else {
        elems = qcnnQdfOutElemsPerWord(op, (int)r);
      }
      ok = retypeResult(op, v, elems);
      if (ok && k == QCNN_OP_QDF_INPUT) qcnnQdfSetDmaShapes(op);
    }
  }
  free(ops);
  return ok;
}
