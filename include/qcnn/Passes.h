/* qcnn passes: the registry (include/qcnn/Passes.def), typed pass options, the helper that turns a C
 * run function into an MlirPass, and the textual pass pipeline builder used by qcnn-opt.
 *
 * The MLIR C API cannot register an external pass by name, so qcnn keeps its own registry: a pipeline
 * element whose name is in Passes.def becomes our pass; any other name is handed to MLIR
 * (canonicalize, cse, symbol-dce, ...). */
#ifndef QCNN_PASSES_H
#define QCNN_PASSES_H

#include <mlir-c/IR.h>
#include <mlir-c/Pass.h>
#include "qcnn/Support.h"
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*===-- Options ------------------------------------------------------------------------------===*/

typedef enum { QcnnOptionBool, QcnnOptionInt, QcnnOptionDouble, QcnnOptionString } QcnnOptionType;

/* One declared option (from a QCNN_PASS_OPTION in Passes.def). A list ends with name == NULL. */
typedef struct {
  QcnnOptionType type;
  const char *name, *dflt, *help;
} QcnnPassOptionSpec;

/* Parsed option values of one pass instance (defaults filled in). */
typedef struct QcnnPassOptions QcnnPassOptions;

/* Value parsers shared by every option (and usable by tools): false on malformed text. Booleans are
 * true/false/1/0; integers decimal (optionally signed); doubles strtod syntax. */
bool qcnnParseBool(MlirStringRef text, bool *out);
bool qcnnParseInt(MlirStringRef text, int64_t *out);
bool qcnnParseDouble(MlirStringRef text, double *out);

/* Typed getters. Asking for an undeclared option or the wrong type is a bug in the pass: it aborts. */
bool qcnnPassOptionBool(const QcnnPassOptions *o, const char *name);
int64_t qcnnPassOptionInt(const QcnnPassOptions *o, const char *name);
double qcnnPassOptionDouble(const QcnnPassOptions *o, const char *name);
const char *qcnnPassOptionString(const QcnnPassOptions *o, const char *name);

/*===-- Registry -----------------------------------------------------------------------------===*/

typedef struct QcnnPassInfo QcnnPassInfo;
typedef MlirPass (*QcnnPassConstructor)(const QcnnPassInfo *info, const QcnnPassOptions *options);

struct QcnnPassInfo {
  const char *argument;               /* "qcnn-verify": pipeline name and --flag */
  QcnnPassConstructor create;
  const char *anchor;                 /* "builtin.module" or "func.func" */
  const char *description;
  const QcnnPassOptionSpec *options;  /* ends with name == NULL */
};

#define QCNN_PASS(ARGUMENT, CONSTRUCTOR, ANCHOR, DESCRIPTION, ...) \
  MlirPass CONSTRUCTOR(const QcnnPassInfo *info, const QcnnPassOptions *options);
#include "qcnn/Passes.def"

intptr_t qcnnPassRegistrySize(void);
const QcnnPassInfo *qcnnPassRegistryGet(intptr_t i);
/* NULL when `argument` is not a qcnn pass. */
const QcnnPassInfo *qcnnPassLookup(MlirStringRef argument);
/* Appends the --help text for every registered pass and its options. */
void qcnnPassRegistryDescribe(QcnnBuf *out);

/* Parses `k=v k2=v2` (values may be "quoted") against the pass's declared options. On an unknown key
 * or a bad value reports one error naming the pass and returns NULL. */
QcnnPassOptions *qcnnPassOptionsParse(const QcnnPassInfo *info, MlirStringRef text);
void qcnnPassOptionsDestroy(QcnnPassOptions *o);

/*===-- Writing a pass in C ------------------------------------------------------------------===*/

/* Runs on one anchor op; returns false to signal pass failure (after emitting an error). */
typedef bool (*QcnnPassRunFn)(MlirOperation op, void *state);

/* An MlirPass named after `info` that calls `run` on each anchor op with a private copy of `state`
 * (`stateSize` bytes, copied byte-wise on creation and whenever MLIR clones the pass, freed with it).
 * TypeIDs are allocated once per registered pass. */
MlirPass qcnnPassCreate(const QcnnPassInfo *info, QcnnPassRunFn run, const void *state, size_t stateSize);

/*===-- Pipelines ----------------------------------------------------------------------------===*/

/* Adds the textual pipeline `text` (mlir-opt syntax: `builtin.module(func.func(qcnn-verify{k=v}),cse)`)
 * to `pm`, which runs on builtin.module. The outermost element must be `builtin.module(...)`. Reports
 * one error and returns false on a syntax error, an unknown pass or a bad option. */
bool qcnnPassPipelineParse(MlirPassManager pm, MlirStringRef text);
/* The passes qcnn-hw-pipeline stands for, with its options applied, as pipeline elements
 * (`a,b{k=v},...`) appended to `out`; the parser adds them in its place. False (after one error
 * listing the valid names) on an unknown stop-after. */
bool qcnnHwPipelineExpand(const QcnnPassOptions *options, QcnnBuf *out);
/* Adds one pass by name with its options text (`k=v ...`, may be empty) at the top level of `pm`,
 * nesting a func.func pass under func.func. Unknown names are tried as upstream MLIR passes. */
bool qcnnPassManagerAddByName(MlirPassManager pm, MlirStringRef name, MlirStringRef options);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_PASSES_H */
