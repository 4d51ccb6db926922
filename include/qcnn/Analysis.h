/* Analyses of qdf graphs: per-op token schedules and cycle counts (Schedule.c), resource estimates
 * and the device table (Resources.c, Devices.c), FIFO costs (FifoCost.c) and the timed token-level
 * simulation behind FIFO sizing (Simulate.c). The models are written down in docs/dataflow-models.md;
 * the emitted HLS templates must access their streams in exactly the modelled order. */
#ifndef QCNN_ANALYSIS_H
#define QCNN_ANALYSIS_H

#include <mlir-c/IR.h>
#include <stdbool.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/*===-- Token schedules ----------------------------------------------------------------------===*/

/* Stream ports per op (qcnnQdfInputPort / qcnnQdfOutputPort order); duplicate has the most outputs. */
#define QCNN_SCHED_MAX_PORTS 8

typedef enum { QcnnSchedStep, QcnnSchedLoop } QcnnSchedKind;

/* One node of a schedule's loop nest, stored in prefix order. A step runs `count` cycles; in each of
 * them it reads read[p] words from input port p and writes write[q] words to output port q (a cycle
 * fires only when all its reads are available and all its writes have room; otherwise the process
 * stalls). A loop repeats `count` times the `bodyLen` nodes that follow it (nested loops included
 * in bodyLen). Run-length encoded this way a schedule has a handful of nodes for any image size. */
typedef struct {
  QcnnSchedKind kind;
  int64_t count;
  int32_t bodyLen;
  int32_t read[QCNN_SCHED_MAX_PORTS];
  int32_t write[QCNN_SCHED_MAX_PORTS];
} QcnnSchedNode;

/* What one process does for one frame; frames repeat it. A word written in cycle t is visible to the
 * consumer from cycle t + latency (the pipeline depth of the process). */
typedef struct {
  int numInputs, numOutputs;
  int64_t latency;
  intptr_t numNodes, capacity;
  QcnnSchedNode *nodes; /* the top level is a sequence of nodes */
} QcnnSchedule;

/* The schedule of a qdf op from its attributes and stream types. False (with an error at the op) for
 * an op without a model. qdf.fifo has no schedule: it is a channel, not a process. */
bool qcnnQdfSchedule(MlirOperation op, QcnnSchedule *out);
void qcnnScheduleDestroy(QcnnSchedule *s);
/* Cycles of one frame without stalls, and the words read / written per frame on a port. */
int64_t qcnnScheduleCycles(const QcnnSchedule *s);
int64_t qcnnScheduleWords(const QcnnSchedule *s, bool output, int port);
/* Cycles per frame of a qdf op at its current folding (its schedule's cycles); -1 if it has none. */
int64_t qcnnQdfCycles(MlirOperation op);

/*===-- Resources and devices ----------------------------------------------------------------===*/

typedef struct {
  double lut, ff, bram18, uram, dsp;
} QcnnResources;

typedef struct {
  const char *name;  /* short name used by options: "ultra96-v2", "pynq-z1", "zcu104" */
  const char *part;  /* "xczu3eg-sbva484-1-e" */
  double lut, ff, bram18, uram, dsp;
  double clockNs;    /* default clock period */
} QcnnDevice;

intptr_t qcnnDeviceCount(void);
const QcnnDevice *qcnnDeviceGet(intptr_t i);
/* By short name or part number; NULL if unknown. */
const QcnnDevice *qcnnDeviceLookup(const char *nameOrPart);

/* Resource estimate of one qdf op at its current folding (qdf.fifo included). False (with an error at
 * the op) for an op without a model. */
bool qcnnQdfResources(MlirOperation op, QcnnResources *out);

/* Where a memory (weights, thresholds, line buffer) lives: LUTRAM (64x1 per LUT), RAMB18 in its
 * cheapest aspect ratio (512x36 ... 16Kx1), URAM (4Kx72), or auto: the cheaper of LUTRAM and BRAM18
 * weighing one BRAM18 as QCNN_LUTS_PER_BRAM18 LUTs (the ZU3EG's ratio, 70560 / 432). */
typedef enum { QcnnMemAuto, QcnnMemLutram, QcnnMemBram, QcnnMemUram } QcnnMemStyle;
#define QCNN_LUTS_PER_BRAM18 (70560.0 / 432.0)
QcnnResources qcnnMemoryResources(int64_t depth, int64_t widthBits, QcnnMemStyle style);

/*===-- FIFOs --------------------------------------------------------------------------------===*/

typedef enum { QcnnFifoSrl, QcnnFifoLutram, QcnnFifoBram, QcnnFifoUram } QcnnFifoImpl;

const char *qcnnFifoImplName(QcnnFifoImpl impl); /* "srl", "lutram", "bram", "uram" */
/* The cheapest implementation of a depth x width FIFO, and its cost. */
QcnnFifoImpl qcnnFifoChooseImpl(int64_t depth, int64_t widthBits);
QcnnResources qcnnFifoResources(int64_t depth, int64_t widthBits, QcnnFifoImpl impl);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_ANALYSIS_H */
