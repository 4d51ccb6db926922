/* qcnn-translate: translations into and out of the qcnn dialect. Each translation is one entry of
 * kTranslations; the shared options (-o, printing flags) are parsed here. */
#include "qcnn/IR.h"
#include "qcnn/Import.h"
#include "qcnn/Support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  const char *input;
  const char *output;
  QcnnImportOptions import;
  QcnnPrintOptions print;
} Options;

/* A translation reads `opts->input` and appends its output to `out`; false after reporting. */
typedef bool (*TranslateFn)(MlirContext ctx, const Options *opts, QcnnBuf *out);

static bool importOnnx(MlirContext ctx, const Options *opts, QcnnBuf *out) {
  MlirModule m = qcnnImportOnnxFile(ctx, opts->input, &opts->import);
  if (mlirModuleIsNull(m)) return false;
  qcnnOperationPrint(mlirModuleGetOperation(m), &opts->print, out);
  mlirModuleDestroy(m);
  return true;
}

static const struct {
  const char *flag;
  const char *help;
  TranslateFn fn;
} kTranslations[] = {
    {"--import-onnx", "ONNX / QONNX / FINN-ONNX model -> qcnn dialect", importOnnx},
};
enum { kNumTranslations = sizeof kTranslations / sizeof *kTranslations };

static void usage(FILE *f) {
  fprintf(f, "usage: %s <translation> <input> [-o <output>] [options]\ntranslations:\n", qcnnToolName());
  for (int i = 0; i < kNumTranslations; i++) fprintf(f, "  %-28s %s\n", kTranslations[i].flag, kTranslations[i].help);
  fprintf(f, "options:\n"
             "  -o <file>                          output file (default: stdout)\n"
             "  --batch-size <N>                   value of unknown/symbolic input dims (default 1)\n"
             "  --mlir-print-debuginfo             print locations\n"
             "  --mlir-print-op-generic            print the generic op form\n"
             "  --mlir-elide-elementsattrs-if-larger <N>  elide constants with more than N elements\n");
}

static bool parseInt(const char *flag, const char *s, int64_t *out) {
  char *end;
  long long v = s ? strtoll(s, &end, 10) : 0;
  if (!s || *end || v <= 0) {
    qcnnErrorNoLoc("%s expects a positive integer", flag);
    return false;
  }
  *out = v;
  return true;
}

int main(int argc, char **argv) {
  qcnnSetToolName(argv[0]);
  Options opts = {.output = "-"};
  qcnnImportOptionsInit(&opts.import);
  TranslateFn fn = NULL;
  for (int i = 1; i < argc; i++) {
    const char *a = argv[i];
    const char *next = i + 1 < argc ? argv[i + 1] : NULL;
    bool known = false;
    for (int t = 0; t < kNumTranslations; t++)
      if (strcmp(a, kTranslations[t].flag) == 0) {
        if (fn) {
          qcnnErrorNoLoc("only one translation may be given");
          return 1;
        }
        fn = kTranslations[t].fn;
        known = true;
      }
    if (known) continue;
    if (strcmp(a, "-h") == 0 || strcmp(a, "--help") == 0) {
      usage(stdout);
      return 0;
    } else if (strcmp(a, "-o") == 0 && next) {
      opts.output = argv[++i];
    } else if (strcmp(a, "--batch-size") == 0) {
      if (!parseInt(a, next, &opts.import.batchSize)) return 1;
      i++;
    } else if (strcmp(a, "--mlir-elide-elementsattrs-if-larger") == 0) {
      if (!parseInt(a, next, &opts.print.elideLargerThan)) return 1;
      i++;
    } else if (strcmp(a, "--mlir-print-debuginfo") == 0) {
      opts.print.debugInfo = true;
    } else if (strcmp(a, "--mlir-print-op-generic") == 0) {
      opts.print.generic = true;
    } else if (a[0] == '-' && a[1] != '\0') {
      qcnnErrorNoLoc("unknown option '%s'", a);
      usage(stderr);
      return 1;
    } else if (!opts.input) {
      opts.input = a;
    } else {
      qcnnErrorNoLoc("more than one input file ('%s' and '%s')", opts.input, a);
      return 1;
    }
  }
  if (!fn || !opts.input) {
    qcnnErrorNoLoc(!fn ? "no translation given" : "no input file given");
    usage(stderr);
    return 1;
  }
  MlirContext ctx = qcnnContextCreate();
  if (mlirContextIsNull(ctx)) return 1;
  QcnnBuf out = {0};
  bool ok = fn(ctx, &opts, &out) && qcnnDiagErrorCount() == 0;
  ok = ok && qcnnWriteFileAtomic(opts.output, out.data ? out.data : "", out.len);
  qcnnBufFree(&out);
  qcnnContextDestroy(ctx);
  return ok ? 0 : 1;
}
