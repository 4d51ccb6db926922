/* Analyses of qdf graphs: per-op token schedules and cycle counts (Schedule.c), resource estimates
 * and the device table (Resources.c, Devices.c), FIFO costs (FifoCost.c) and the timed token-level
 * simulation behind FIFO sizing (Simulate.c). The models are written down in docs/dataflow-models.md;
 * the emitted HLS templates must access their streams in exactly the modelled order. */
#ifndef QCNN_ANALYSIS_H
#define QCNN_ANALYSIS_H

#include <mlir-c/IR.h>
#include <stdbool.h>
#include <stddef.h>
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


/*===-- Timed token-level simulation (Simulate.c) --------------------------------------------===*/

/* A graph of processes (qdf ops with a schedule) and channels (streams: one writer port, one reader
 * port, a depth in words). Time is in cycles; every process runs its schedule frame after frame in
 * self-timed fashion: a cycle of a step fires as soon as its reads are visible and its writes have
 * room (decided on the state at the start of the cycle, for all processes at once). A word occupies
 * its channel from the cycle it is written until the cycle it is read, so depth also covers the
 * words in the producer's pipeline (latency). The simulation advances all processes by whole runs:
 * the next event is a run end or a channel becoming empty or full (docs/fifo-sizing.md). A word is
 * readable `latency` cycles after its write, and never in the cycle it is written (latency 0 counts
 * as 1); the untimed run uses latency 1 everywhere. */

#define QCNN_SIM_UNBOUNDED ((int64_t)1 << 60)

typedef struct QcnnSim QcnnSim;

QcnnSim *qcnnSimCreate(void);
void qcnnSimDestroy(QcnnSim *sim);
/* Adds a process running `schedule` (copied); returns its index. `name` is copied (for messages). */
int qcnnSimAddProcess(QcnnSim *sim, const QcnnSchedule *schedule, const char *name);
/* Adds a channel from output port `outPort` of `producer` to input port `inPort` of `consumer`;
 * returns its index. */
int qcnnSimAddChannel(QcnnSim *sim, int producer, int outPort, int consumer, int inPort, int64_t depth,
                      const char *name);
int qcnnSimNumProcesses(const QcnnSim *sim);
int qcnnSimNumChannels(const QcnnSim *sim);
void qcnnSimSetDepth(QcnnSim *sim, int channel, int64_t depth);
int64_t qcnnSimGetDepth(const QcnnSim *sim, int channel);
const char *qcnnSimChannelName(const QcnnSim *sim, int channel);
const char *qcnnSimProcessName(const QcnnSim *sim, int process);
/* Words per frame on a channel (from its producer's schedule). */
int64_t qcnnSimChannelWords(const QcnnSim *sim, int channel);
/* Cycles per frame of the slowest process: the best period any depths can reach. */
int64_t qcnnSimBottleneckPeriod(const QcnnSim *sim);
/* The graph as added: a process's schedule, the channel on one of its ports (-1 if none yet), and a
 * channel's two ends. */
const QcnnSchedule *qcnnSimSchedule(const QcnnSim *sim, int process);
int qcnnSimPortChannel(const QcnnSim *sim, int process, bool output, int port);
void qcnnSimChannelEnds(const QcnnSim *sim, int channel, int *producer, int *outPort, int *consumer, int *inPort);

typedef struct {
  bool deadlock;       /* every unfinished process is blocked for ever */
  bool periodic;       /* the state at a frame end repeated, shifted by `period`: exact steady state */
  int64_t frames;      /* frames completed by the reference sink (the first process without outputs) */
  int64_t period;      /* steady cycles per frame at the sink (exact when periodic; else the largest
                          interval over the last half of the frames); -1 on deadlock */
  int64_t cycles;      /* simulated time */
  int64_t *maxOccupancy; /* per channel: the most words it held at once (counting the word written) */
  int64_t *fullStalls;   /* per channel: cycles its writer stalled because it was full */
  /* On deadlock: channels whose writer is blocked because they are full, and channels whose reader is
   * blocked because they are empty. */
  int numFull, numEmpty;
  int *full, *empty;
} QcnnSimResult;

/* Runs until the reference sink completed `maxFrames` frames, the state repeats, or deadlock. With
 * `timed` false every latency is ignored (the untimed run: deadlock freedom does not depend on timing).
 * False only on a malformed graph (a port without a channel). */
bool qcnnSimRun(QcnnSim *sim, int64_t maxFrames, bool timed, QcnnSimResult *out);
void qcnnSimResultDestroy(QcnnSimResult *r);
/* "full: a, b; empty: c" for a deadlocked result. */
void qcnnSimDescribeDeadlock(const QcnnSim *sim, const QcnnSimResult *r, char *buf, size_t cap);

/* StaticSchedule.c (docs/fifo-sizing.md, "Analytic sizing"): firing times straight from the schedules,
 * no event simulation. The maximum occupancy of every channel when `frames` frames pass through with
 * every channel unbounded (exact: nothing pushes back, so the self-timed run is one forward pass);
 * and proven-sufficient depths: the occupancies of a periodic schedule at the bottleneck period (the
 * bottleneck back to back, its ancestors as late as it allows, the rest as early as their inputs
 * allow), under which the self-timed graph fires no later than that schedule, so it keeps the period
 * and cannot deadlock. Among such schedules it moves fast processes next to slow ones to where the
 * FIFOs cost least (`widths`: bits per word per channel, NULL for 1). False on a malformed or cyclic
 * graph. */
bool qcnnSimUnthrottledOccupancy(const QcnnSim *sim, int64_t frames, int64_t *occupancy);
bool qcnnSimScheduleDepths(const QcnnSim *sim, const int64_t *widths, int64_t *depth);

/* FifoCost.c: one scalar cost in LUT-equivalents (a BRAM18 weighs the LUTs it stands for on a ZU3EG,
 * a URAM four BRAM18), and the deepest FIFO of `impl` costing the same as `depth` (the free growth
 * up to the next resource step; at least the depth the implementation is built with). */
double qcnnFifoCost(QcnnResources r);
int64_t qcnnFifoRoundDepth(int64_t depth, int64_t widthBits, QcnnFifoImpl impl);
/* The cost of a depth x width FIFO in its cheapest implementation. */
double qcnnFifoCheapestCost(int64_t depth, int64_t widthBits);
/* The deepest depth whose cheapest FIFO costs less than that of `depth` (cost is non-decreasing in
 * depth); 0 if none. */
int64_t qcnnFifoCheaperDepth(int64_t depth, int64_t widthBits);

/* FIFO sizing (SimSizing.c, docs/fifo-sizing.md). The depths start from the periodic schedule's
 * (proven to keep the bottleneck period without deadlock); `minimize` then lowers each channel in turn
 * by simulation while the timed run over `frames` frames keeps the period with no deadlock, so that no
 * single depth can be lowered (local minimality; throughput is monotone in every depth);
 * `minimizeCost` does the same one resource step at a time (one run per step tried), so that no single
 * FIFO can be made cheaper; `lowerBound`
 * also finds each LB_c, the least depth keeping the period with every other channel unbounded (any
 * valid sizing has depth_c >= LB_c, so Σ cost(LB_c) bounds the cost of every valid sizing). */
typedef struct {
  int64_t frames;   /* frames per simulation (at the reference sink) and through the unthrottled run */
  bool minimize;
  bool minimizeCost;
  bool lowerBound;
  const int64_t *widths; /* per channel, bits per word (for costs; NULL: 1) */
} QcnnFifoSizingOptions;

typedef struct {
  int64_t bottleneck;    /* cycles per frame of the slowest process: the period kept */
  int64_t *unthrottled;  /* per channel: max occupancy with every channel unbounded over `frames` frames */
  int64_t *scheduled;    /* per channel: the periodic schedule's depth (proven sufficient) */
  int64_t *lowerBound;   /* per channel: LB_c; NULL unless asked for */
  int64_t *depth;        /* per channel: the result (scheduled, or locally minimal when minimizing) */
  int64_t simulations;   /* runs spent */
} QcnnFifoSizing;

/* Sizes every channel of `sim` (its depths are left at the result). False on a malformed or cyclic
 * graph. */
bool qcnnSimSizeFifos(QcnnSim *sim, const QcnnFifoSizingOptions *options, QcnnFifoSizing *out);
void qcnnFifoSizingDestroy(QcnnFifoSizing *s);
/* Whether the depths of `sim` reach `target` over `frames` frames without deadlock. */
bool qcnnSimFeasible(QcnnSim *sim, int64_t frames, int64_t target);

#ifdef __cplusplus
}
#endif

#endif /* QCNN_ANALYSIS_H */
