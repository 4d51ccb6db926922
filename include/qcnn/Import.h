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

typedef struct {
  /* Value given to every unknown or symbolic dimension of a graph input (the batch); default 1. */
  int64_t batchSize;
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
