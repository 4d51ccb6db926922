/* qcnn-opt: parses qcnn/qdf IR, runs a pass pipeline on it and prints the result, like mlir-opt.
 * See docs/qcnn-opt.md. */
#define _POSIX_C_SOURCE 200809L /* strndup */
#include "qcnn/IR.h"
#include "qcnn/Passes.h"
#include "qcnn/Support.h"

#include <mlir-c/Pass.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  char *name;          /* owned */
  const char *options; /* --name=options, or "" */
} PassFlag;

typedef struct {
  const char *input, *output, *pipeline;
  PassFlag *flags;
  int numFlags;
  bool split, verify, explain, printAfterAll, timing;
  QcnnPrintOptions print;
} Options;

static const char kSplitMarker[] = "// -----";

static void usage(const char *tool) {
  QcnnBuf b = {0};
  qcnnBufPrintf(&b,
                "usage: %s [input.mlir|-] [-o out.mlir] [options] [--<pass>[=<options>]...]\n"
                "\n"
                "Parses qcnn/qdf IR, runs passes on the top-level module and prints the result.\n"
                "\n"
                "options:\n"
                "  -o <file>                       write the output here (default: stdout; no file on failure)\n"
                "  --pass-pipeline=<pipeline>      e.g. 'builtin.module(func.func(qcnn-verify{integer-only=true}),cse)'\n"
                "  --split-input-file              process each '// -----' separated chunk on its own\n"
                "  --verify-diagnostics            check diagnostics against expected-* comments\n"
                "  --qcnn-explain                  print remarks (why a rewrite did or did not fire)\n"
                "  --mlir-print-ir-after-all       print the IR after every pass (stderr)\n"
                "  --mlir-timing                   report the time spent in each pass (stderr)\n"
                "  --mlir-print-debuginfo          print locations\n"
                "  --mlir-print-op-generic         print the generic op form\n"
                "  --mlir-elide-elementsattrs-if-larger=<n>  elide constants with more than n elements\n"
                "  --help                          this text\n"
                "\n"
                "qcnn passes (--<pass>, or --<pass>='opt=value opt2=value' to set options):\n",
                tool);
  qcnnPassRegistryDescribe(&b);
  qcnnBufPrintf(&b, "\nAny other --<name> is looked up among MLIR's passes (--canonicalize, --cse, --symbol-dce, ...).\n");
  fwrite(b.data, 1, b.len, stdout);
  qcnnBufFree(&b);
}

/* `-x`, `--x`: the option name without dashes, or NULL for a positional argument. */
static const char *optionName(const char *arg) {
  if (arg[0] != '-' || arg[1] == '\0') return NULL;
  return arg[1] == '-' ? arg + 2 : arg + 1;
}

/* `name=value`: the value if `opt` is `name=...`, else NULL. */
static const char *optionValue(const char *opt, const char *name) {
  size_t n = strlen(name);
  return strncmp(opt, name, n) == 0 && opt[n] == '=' ? opt + n + 1 : NULL;
}

/* Returns 0 to go on, 1 on a bad command line, 2 after --help. */
static int parseArgs(int argc, char **argv, Options *o) {
  for (int i = 1; i < argc; i++) {
    const char *opt = optionName(argv[i]), *v;
    if (!opt) {
      if (o->input) {
        qcnnErrorNoLoc("more than one input file ('%s' and '%s')", o->input, argv[i]);
        return 1;
      }
      o->input = argv[i];
    } else if (strcmp(opt, "o") == 0) {
      if (++i == argc) {
        qcnnErrorNoLoc("-o needs a file name");
        return 1;
      }
      o->output = argv[i];
    } else if (strcmp(opt, "help") == 0 || strcmp(opt, "h") == 0) {
      usage(qcnnToolName());
      return 2;
    } else if ((v = optionValue(opt, "pass-pipeline"))) {
      o->pipeline = v;
    } else if ((v = optionValue(opt, "mlir-elide-elementsattrs-if-larger"))) {
      int64_t n;
      if (!qcnnParseInt(mlirStringRefCreateFromCString(v), &n) || n < 1) {
        qcnnErrorNoLoc("--mlir-elide-elementsattrs-if-larger needs a positive integer, got '%s'", v);
        return 1;
      }
      o->print.elideLargerThan = n;
    } else if (strcmp(opt, "split-input-file") == 0) {
      o->split = true;
    } else if (strcmp(opt, "verify-diagnostics") == 0) {
      o->verify = true;
    } else if (strcmp(opt, "qcnn-explain") == 0) {
      o->explain = true;
    } else if (strcmp(opt, "mlir-print-ir-after-all") == 0) {
      o->printAfterAll = true;
    } else if (strcmp(opt, "mlir-timing") == 0) {
      o->timing = true;
    } else if (strcmp(opt, "mlir-print-debuginfo") == 0) {
      o->print.debugInfo = true;
    } else if (strcmp(opt, "mlir-print-op-generic") == 0) {
      o->print.generic = true;
    } else { /* a pass flag: checked when the pass manager is built */
      const char *eq = strchr(opt, '=');
      PassFlag f = {strndup(opt, eq ? (size_t)(eq - opt) : strlen(opt)), eq ? eq + 1 : ""};
      o->flags = realloc(o->flags, (size_t)(o->numFlags + 1) * sizeof *o->flags);
      o->flags[o->numFlags++] = f;
    }
  }
  if (o->pipeline && o->numFlags) {
    qcnnErrorNoLoc("--pass-pipeline cannot be combined with pass flags (--%s)", o->flags[0].name);
    return 1;
  }
  return 0;
}

static bool buildPassManager(const Options *o, MlirPassManager pm) {
  if (o->pipeline) return qcnnPassPipelineParse(pm, mlirStringRefCreateFromCString(o->pipeline));
  for (int i = 0; i < o->numFlags; i++)
    if (!qcnnPassManagerAddByName(pm, mlirStringRefCreateFromCString(o->flags[i].name),
                                  mlirStringRefCreateFromCString(o->flags[i].options)))
      return false;
  return true;
}

typedef enum { ChunkOk, ChunkFailed, ChunkFatal } ChunkResult;

/* Parses, transforms and prints one buffer (the whole input or one split chunk, padded so its line
 * numbers are the file's). Each chunk gets its own context, as in mlir-opt. */
static ChunkResult processChunk(const Options *o, const char *bufferName, const char *text, QcnnBuf *out) {
  MlirContext ctx = qcnnContextCreate();
  if (mlirContextIsNull(ctx)) return ChunkFatal;
  /* One thread: deterministic output, and the diagnostics sink is not thread-safe. */
  mlirContextEnableMultithreading(ctx, false);
  MlirPassManager pm = mlirPassManagerCreate(ctx);
  MlirOpPrintingFlags flags = mlirOpPrintingFlagsCreate();
  if (o->print.debugInfo) mlirOpPrintingFlagsEnableDebugInfo(flags, true, false);
  if (o->print.generic) mlirOpPrintingFlagsPrintGenericOpForm(flags);
  if (o->print.elideLargerThan) mlirOpPrintingFlagsElideLargeElementsAttrs(flags, o->print.elideLargerThan);
  ChunkResult result = ChunkFatal;
  if (buildPassManager(o, pm)) {
    if (o->printAfterAll)
      mlirPassManagerEnableIRPrinting(pm, false, true, false, false, false, flags, mlirStringRefCreate(NULL, 0));
    if (o->timing) mlirPassManagerEnableTiming(pm);
    qcnnDiagReset();
    qcnnDiagSetCollect(o->verify);
    MlirModule m = qcnnModuleParse(ctx, mlirStringRefCreateFromCString(text), bufferName);
    bool ok = !mlirModuleIsNull(m) &&
              mlirLogicalResultIsSuccess(mlirPassManagerRunOnOp(pm, mlirModuleGetOperation(m))) &&
              qcnnDiagErrorCount() == 0;
    if (ok) qcnnOperationPrint(mlirModuleGetOperation(m), &o->print, out);
    qcnnDiagSetCollect(false);
    if (o->verify) ok = qcnnVerifyDiagnostics(bufferName, text, 0);
    result = ok ? ChunkOk : ChunkFailed;
    if (!mlirModuleIsNull(m)) mlirModuleDestroy(m);
  }
  mlirPassManagerDestroy(pm);
  mlirOpPrintingFlagsDestroy(flags);
  qcnnContextDestroy(ctx);
  return result;
}

/* A line that starts (after blanks) with the split marker. */
static bool isMarkerLine(const char *line) {
  while (*line == ' ' || *line == '\t') line++;
  return strncmp(line, kSplitMarker, sizeof kSplitMarker - 1) == 0;
}

/* Runs every chunk; the output is written only if all succeed. */
static int run(const Options *o, const char *bufferName, const char *text) {
  QcnnBuf out = {0}, chunk = {0};
  bool failed = false;
  int line = 1, chunkLine = 1;
  const char *p = text, *chunkStart = text;
  for (;;) {
    const char *eol = strchr(p, '\n');
    bool atEnd = *p == '\0';
    if (atEnd || (o->split && isMarkerLine(p))) {
      chunk.len = 0;
      for (int i = 1; i < chunkLine; i++) qcnnBufAppend(&chunk, "\n", 1); /* keep the file's line numbers */
      qcnnBufAppend(&chunk, chunkStart, (size_t)(p - chunkStart));
      qcnnBufAppend(&chunk, "", 1);
      if (chunkStart != text) qcnnBufPrintf(&out, "%s\n", kSplitMarker);
      ChunkResult r = processChunk(o, bufferName, chunk.data, &out);
      if (r == ChunkFatal) {
        failed = true;
        break;
      }
      failed |= r == ChunkFailed;
      if (atEnd) break;
      chunkStart = eol ? eol + 1 : p + strlen(p);
      chunkLine = line + 1;
    }
    if (!eol) {
      p += strlen(p);
    } else {
      p = eol + 1;
      line++;
    }
  }
  bool ok = !failed && qcnnWriteFileAtomic(o->output, out.data ? out.data : "", out.len);
  qcnnBufFree(&out);
  qcnnBufFree(&chunk);
  return ok ? 0 : 1;
}

int main(int argc, char **argv) {
  qcnnSetToolName(argv[0]);
  Options o = {.input = NULL, .output = "-"};
  int rc = parseArgs(argc, argv, &o);
  if (rc == 0) {
    if (!o.input) o.input = "-";
    qcnnDiagSetShowRemarks(o.explain);
    QcnnBuf text = {0};
    rc = qcnnReadFile(o.input, &text) ? run(&o, strcmp(o.input, "-") == 0 ? "<stdin>" : o.input, text.data ? text.data : "") : 1;
    qcnnBufFree(&text);
  }
  for (int i = 0; i < o.numFlags; i++) free(o.flags[i].name);
  free(o.flags);
  return rc == 2 ? 0 : rc;
}
