/* qdf streams and folding: the contract shared by qcnn-lower-to-dataflow, qdf-verify, the analyses
 * (token schedules, resources, FIFO sizing), qdf-set-folding and the interpreter. dialects/qdf.md
 * explains the conventions; lib/Dialect/Dataflow.c implements them.
 *
 * A !qdf.stream<tensor<...xT>, W : i32> carries, per frame (one image), the elements of its folded
 * tensor in row-major order, packed `elems per word` = last folded dimension to a word of
 * W = elems per word x bits(T) bits. Folding is a reshape of the channel dimension, so the stream's
 * contents in row-major order are the unfolded NHWC tensor's contents in row-major order. */
#ifndef QCNN_DATAFLOW_H
#define QCNN_DATAFLOW_H

#include <mlir-c/IR.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* !qdf.stream<folded, width>. `folded` is a static ranked tensor type whose element type is an
 * integer or !qcnn.bipolar. */
MlirType qcnnStreamTypeGet(MlirType folded, int64_t widthBits);
bool qcnnTypeIsStream(MlirType t);
MlirType qcnnStreamTensor(MlirType stream);
int64_t qcnnStreamWidth(MlirType stream);
/* Last folded dimension. */
int64_t qcnnStreamElemsPerWord(MlirType stream);
/* Words per frame: element count / elems per word. */
int64_t qcnnStreamWords(MlirType stream);
/* Bits of one stream element: N for siN/uiN/iN, 1 for !qcnn.bipolar. */
int64_t qcnnElementBits(MlirType elt);
/* The stream type for `normal` (a static tensor, channels last) folded to `elemsPerWord` elements per
 * word: [..., C] -> [..., C/elemsPerWord, elemsPerWord]. Null type if C % elemsPerWord != 0. */
MlirType qcnnStreamTypeFold(MlirType normal, int64_t elemsPerWord);
/* `stream` with the same elements re-folded to `elemsPerWord` per word; null type if that does not
 * divide the channels. */
MlirType qcnnStreamTypeRefold(MlirType stream, int64_t elemsPerWord);

/* True for an op of the qdf dialect. */
bool qcnnOpIsQdf(MlirOperation op);

/* Stream ports of a qdf op: its operands / results of stream type, in order (weights and thresholds
 * are not ports). */
int qcnnQdfNumInputPorts(MlirOperation op);
int qcnnQdfNumOutputPorts(MlirOperation op);
MlirValue qcnnQdfInputPort(MlirOperation op, int port);
MlirValue qcnnQdfOutputPort(MlirOperation op, int port);

/* Elements per word the op reads on input `port` / writes on output `port`, from its folding
 * attributes alone: mvau simd in, pe out; swg and pad simd; maxpool, threshold, accpool, add_streams
 * pe; labelselect pe in, 1 out; dwc in_width/out_width over the element bits; duplicate and fifo the
 * stream's; input and output the last dim of folded_shape. -1 for anything else. */
int64_t qcnnQdfInElemsPerWord(MlirOperation op, int port);
int64_t qcnnQdfOutElemsPerWord(MlirOperation op, int port);

/* Sets a qdf.input / qdf.output's normal_shape (its host tensor's shape), folded_shape (its stream's
 * folded tensor) and packed_shape (folded_shape with each word as whole bytes). */
void qcnnQdfSetDmaShapes(MlirOperation dma);

/* After folding attributes changed (qdf-set-folding): recomputes every stream type in `func` from
 * its producer's folding, and puts a qdf.dwc wherever a producer's words differ from what the
 * consumer reads (dwcs that are no longer needed are removed). False (with an error at the op) when
 * a folding does not divide its dimension. */
bool qcnnQdfRetypeStreams(MlirOperation func);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_DATAFLOW_H */
