/* qcnn-hw-pipeline: the standard sequence from imported qcnn to sized, estimated qdf (DESIGN §5), as
 * one named pipeline. It is not a pass that runs others: the pipeline parser (PassPipeline.c) expands
 * it in place into the passes of kSequence, so --mlir-timing and --mlir-print-ir-after-all report
 * each of them. Adding a stage is one line of kSequence. */
#include "qcnn/Passes.h"

#include <string.h>

/* Which of the pipeline's own options a stage takes. */
enum { kFolding = 1, kEstimate = 2 };

static const struct {
  const char *pass;
  unsigned options;
} kSequence[] = {
    {"qcnn-verify", 0},        {"qcnn-tidy", 0},      {"qcnn-convert-quant", 0},  {"qcnn-streamline", 0},
    {"qcnn-tidy", 0},          {"qcnn-fold-gap", 0},  {"qcnn-streamline", 0},     {"qcnn-to-nhwc", 0},
    {"qcnn-partition", 0},     {"qcnn-verify", 0},    {"qcnn-lower-to-dataflow", 0}, {"qdf-verify", 0},
    {"qdf-set-folding", kFolding}, {"qdf-size-fifos", 0}, {"qdf-estimate", kEstimate},
};
enum { kLength = sizeof kSequence / sizeof kSequence[0] };

/* The stop-after name of stage i: the pass name, with ":N" for its N-th occurrence from the second on. */
static void stageName(int i, QcnnBuf *out) {
  int occurrence = 1;
  for (int j = 0; j < i; j++) occurrence += strcmp(kSequence[j].pass, kSequence[i].pass) == 0;
  qcnnBufPrintf(out, "%s", kSequence[i].pass);
  if (occurrence > 1) qcnnBufPrintf(out, ":%d", occurrence);
}

/* Index of the last stage to run, or -1 (after reporting the valid names). */
static int lastStage(const char *stopAfter) {
  if (!*stopAfter) return kLength - 1;
  QcnnBuf names = {0};
  int found = -1;
  for (int i = 0; i < kLength && found < 0; i++) {
    size_t start = names.len;
    stageName(i, &names);
    if (names.len - start == strlen(stopAfter) && memcmp(names.data + start, stopAfter, names.len - start) == 0) found = i;
    if (i + 1 < kLength) qcnnBufPrintf(&names, ", ");
  }
  if (found < 0)
    qcnnErrorNoLoc("qcnn-hw-pipeline: unknown stop-after '%s'; valid: %.*s", stopAfter, (int)names.len, names.data);
  qcnnBufFree(&names);
  return found;
}

bool qcnnHwPipelineExpand(const QcnnPassOptions *options, QcnnBuf *out) {
  int last = lastStage(qcnnPassOptionString(options, "stop-after"));
  if (last < 0) return false;
  const char *device = qcnnPassOptionString(options, "device");
  double clock = qcnnPassOptionDouble(options, "clock-ns");
  for (int i = 0; i <= last; i++) {
    qcnnBufPrintf(out, "%s%s", i ? "," : "", kSequence[i].pass);
    if (kSequence[i].options & kFolding)
      qcnnBufPrintf(out, "{target-fps=%.17g clock-ns=%.17g device=\"%s\"}", qcnnPassOptionDouble(options, "target-fps"),
                    clock, device);
    if (kSequence[i].options & kEstimate) qcnnBufPrintf(out, "{clock-ns=%.17g device=\"%s\"}", clock, device);
  }
  return true;
}

/* Never built: qcnnPassPipelineParse and qcnnPassManagerAddByName expand the pipeline instead. The
 * registry needs a constructor, and this one's address is how the parser recognises the pipeline. */
MlirPass qcnnCreateHwPipelinePass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)info;
  (void)options;
  return (MlirPass){NULL};
}
