/* ONNX / QONNX / FINN-ONNX import into the qcnn dialect (protobuf-c over Debian's onnx.proto).
 *
 * The result is `module { func.func @main(...) }`: one argument per graph input that is not an
 * initializer, one result per graph output, each carrying its ONNX name as the `qcnn.name` argument or
 * result attribute; every op located at its ONNX node name (`loc("conv_0"("model.onnx":0:0))`). */
#ifndef QCNN_IMPORT_H
#define QCNN_IMPORT_H

#include <mlir-c/IR.h>
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/* A value for a graph input known when importing (qcnn-run's integer --input tensors): the input then
 * becomes a constant, like an initializer, instead of a function argument, so shape/axes/k/pads
 * operands given as graph inputs can be normalised into attributes. Only inputs declared int32 or
 * int64 are bound; a binding for any other input (or an unknown name) is ignored. */
typedef struct {
  const char *name;
  int rank;
  const int64_t *shape;
  const int64_t *values; /* product of shape elements, row-major */
} QcnnImportBinding;

typedef struct {
  /* Value given to every unknown or symbolic dimension of a graph input (the batch); default 1. */
  int64_t batchSize;
  const QcnnImportBinding *bindings;
  size_t numBindings;
} QcnnImportOptions;

void qcnnImportOptionsInit(QcnnImportOptions *opts);

/* Imports a serialized ModelProto. `fileName` is used in locations and messages. On any error,
 * reports it (naming the node, op type and domain where there is one) and returns a null module. */
MlirModule qcnnImportOnnx(MlirContext ctx, const void *data, size_t size, const char *fileName,
                          const QcnnImportOptions *opts);
/* Same, reading the file first. */
MlirModule qcnnImportOnnxFile(MlirContext ctx, const char *path, const QcnnImportOptions *opts);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_IMPORT_H */
