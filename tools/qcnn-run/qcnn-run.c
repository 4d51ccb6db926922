#define _POSIX_C_SOURCE 200809L
/* qcnn-run: the reference interpreter's command line (docs/qcnn-run.md).
 *
 *   qcnn-run model.{mlir,onnx} --input x=in.npy --output y=out.npy --compare y=expected.npy
 *   qcnn-run --equiv before.mlir after.mlir --random-inputs N --seed S */
#include "Run.h"
#include "qcnn/IR.h"
#include "qcnn/Import.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#ifdef __GLIBC__
#include <malloc.h>
#endif
#include <time.h>

static const char kUsage[] =
    "usage: qcnn-run MODEL [--input [NAME=]FILE]... [--output [NAME=]FILE]... [--compare [NAME=]FILE]...\n"
    "                [--rtol R] [--atol A] [--dump-intermediates DIR] [--batch-size N]\n"
    "                [--print] [--print-limit N] [--repeat N]\n"
    "       qcnn-run --equiv BEFORE AFTER [--random-inputs N] [--seed S] [--float-range LO,HI]\n"
    "                [--rtol R] [--atol A]\n"
    "MODEL is qcnn IR text (.mlir) or an ONNX model (.onnx). Tensors are .npy or ONNX TensorProto .pb\n"
    "files, named by graph input/output name or, without NAME=, taken in order. Named int32/int64\n"
    "inputs of an .onnx model are bound as constants at import. See docs/qcnn-run.md.\n";

typedef struct {
  const char *name; /* NULL: positional */
  const char *file;
  bool offered;       /* offered to the importer as a constant (`imported` holds the value) */
  QcnnArray imported;
} Binding;

typedef struct {
  const char *models[2];
  int numModels;
  Binding inputs[64], outputs[64], compares[64];
  int numInputs, numOutputs, numCompares;
  const char *dumpDir;
  bool equiv;
  QcnnEquivOptions eq;
  int64_t batchSize;
  bool print;
  int64_t printLimit, repeat;
} Cli;

static bool addBinding(Binding *list, int *n, const char *arg, const char *flag) {
  if (*n == 64) {
    qcnnErrorNoLoc("too many %s options", flag);
    return false;
  }
  const char *eq = strchr(arg, '=');
  list[*n] = (Binding){.file = arg};
  if (eq) {
    char *name = strndup(arg, (size_t)(eq - arg));
    list[*n].name = name;
    list[*n].file = eq + 1;
  }
  (*n)++;
  return true;
}

static bool parseNumber(const char *flag, const char *s, double *out) {
  char *end;
  *out = strtod(s, &end);
  if (end == s || *end) {
    qcnnErrorNoLoc("%s expects a number, got '%s'", flag, s);
    return false;
  }
  return true;
}

static bool parseCli(int argc, char **argv, Cli *c) {
  memset(c, 0, sizeof *c);
  c->eq = (QcnnEquivOptions){.trials = 1, .seed = 0, .floatLo = -1, .floatHi = 1, .tol = {1e-5, 1e-8}};
  c->batchSize = 1;
  c->printLimit = 1000;
  bool tolSet = false;
  for (int a = 1; a < argc; a++) {
    const char *arg = argv[a];
    if (strcmp(arg, "-h") == 0 || strcmp(arg, "--help") == 0) {
      fputs(kUsage, stdout);
      exit(0);
    }
    if (strcmp(arg, "--equiv") == 0 || strcmp(arg, "--print") == 0) {
      *(arg[2] == 'e' ? &c->equiv : &c->print) = true;
      continue;
    }
    if (arg[0] != '-' || strcmp(arg, "-") == 0) {
      if (c->numModels == 2) {
        qcnnErrorNoLoc("unexpected argument '%s'", arg);
        return false;
      }
      c->models[c->numModels++] = arg;
      continue;
    }
    static const char *const kValueFlags[] = {"--input", "--output", "--compare", "--dump-intermediates", "--rtol",
                                              "--atol", "--random-inputs", "--seed", "--batch-size", "--float-range",
                                              "--print-limit", "--repeat"};
    bool known = false;
    for (size_t f = 0; f < sizeof kValueFlags / sizeof kValueFlags[0]; f++) known = known || strcmp(arg, kValueFlags[f]) == 0;
    if (!known) {
      qcnnErrorNoLoc("unknown option '%s' (see --help)", arg);
      return false;
    }
    if (a + 1 >= argc) {
      qcnnErrorNoLoc("%s needs a value", arg);
      return false;
    }
    const char *v = argv[++a];
    double num;
    if (strcmp(arg, "--input") == 0) {
      if (!addBinding(c->inputs, &c->numInputs, v, arg)) return false;
    } else if (strcmp(arg, "--output") == 0) {
      if (!addBinding(c->outputs, &c->numOutputs, v, arg)) return false;
    } else if (strcmp(arg, "--compare") == 0) {
      if (!addBinding(c->compares, &c->numCompares, v, arg)) return false;
    } else if (strcmp(arg, "--dump-intermediates") == 0) {
      c->dumpDir = v;
    } else if (strcmp(arg, "--rtol") == 0 || strcmp(arg, "--atol") == 0) {
      if (!parseNumber(arg, v, &num) || num < 0) return false;
      *(arg[2] == 'r' ? &c->eq.tol.rtol : &c->eq.tol.atol) = num;
      tolSet = true;
    } else if (strcmp(arg, "--random-inputs") == 0 || strcmp(arg, "--seed") == 0 || strcmp(arg, "--batch-size") == 0 ||
               strcmp(arg, "--print-limit") == 0 || strcmp(arg, "--repeat") == 0) {
      if (!parseNumber(arg, v, &num) || num < 0) return false;
      if (strcmp(arg, "--random-inputs") == 0) c->eq.trials = (int64_t)num;
      else if (arg[2] == 's') c->eq.seed = (uint64_t)num;
      else if (arg[2] == 'b') c->batchSize = (int64_t)num;
      else if (arg[2] == 'p') c->printLimit = (int64_t)num;
      else c->repeat = (int64_t)num;
    } else { /* --float-range */
      char *end;
      c->eq.floatLo = strtod(v, &end);
      if (*end != ',' || (c->eq.floatHi = strtod(end + 1, &end), *end) || c->eq.floatLo > c->eq.floatHi) {
        qcnnErrorNoLoc("--float-range expects LO,HI with LO <= HI, got '%s'", v);
        return false;
      }
    }
  }
  /* --equiv defaults to DESIGN §8's tolerance for floats: 1e-5 relative. */
  if (c->equiv && !tolSet) c->eq.tol = (QcnnTolerance){1e-5, 1e-6};
  if (c->numModels != (c->equiv ? 2 : 1)) {
    qcnnErrorNoLoc("%s", c->equiv ? "--equiv needs two models: BEFORE AFTER" : "expected one model file (see --help)");
    return false;
  }
  return true;
}

/* Named int32/int64 inputs of an .onnx model are offered to the importer as constants (shape, axes,
 * k, pads operands given as graph inputs); it binds those whose graph input is declared int32/int64. */
static MlirModule importOnnx(MlirContext ctx, const char *path, Cli *c) {
  QcnnImportOptions opts;
  qcnnImportOptionsInit(&opts);
  opts.batchSize = c->batchSize;
  QcnnImportBinding bindings[64];
  for (int j = 0; j < c->numInputs; j++) {
    Binding *b = &c->inputs[j];
    QcnnArray a;
    if (!b->name) continue;
    for (int i = 0; i < j; i++)
      if (c->inputs[i].name && strcmp(c->inputs[i].name, b->name) == 0) {
        qcnnErrorNoLoc("input '%s' is given twice", b->name);
        return (MlirModule){NULL};
      }
    if (!qcnnArrayReadFile(b->file, &a)) return (MlirModule){NULL};
    if (a.dtype != QCNN_DTYPE_I64 && a.dtype != QCNN_DTYPE_I32) {
      qcnnArrayFree(&a);
      continue;
    }
    /* The binding points at int64 values: widen in place of the file data. */
    QcnnArray wide;
    bool ok = qcnnArrayAlloc(&wide, QCNN_DTYPE_I64, a.rank, a.shape);
    for (int64_t k = 0; ok && k < a.count; k++) qcnnArraySetI64(&wide, k, qcnnArrayGetI64(&a, k));
    qcnnArrayFree(&a);
    if (!ok) return (MlirModule){NULL};
    b->offered = true;
    b->imported = wide;
    bindings[opts.numBindings++] = (QcnnImportBinding){b->name, b->imported.rank, b->imported.shape, b->imported.data};
  }
  opts.bindings = bindings;
  return qcnnImportOnnxFile(ctx, path, &opts);
}

static MlirModule loadModel(MlirContext ctx, const char *path, Cli *c) {
  size_t n = strlen(path);
  if (n >= 5 && strcmp(path + n - 5, ".onnx") == 0) return importOnnx(ctx, path, c);
  /* Read first for a clean "cannot read" error; parse from the file so locations carry its name. */
  QcnnBuf text = {0};
  if (!qcnnReadFile(path, &text)) return (MlirModule){NULL};
  MlirModule m = strcmp(path, "-") == 0
                     ? mlirModuleCreateParse(ctx, (MlirStringRef){text.data ? text.data : "", text.len})
                     : mlirModuleCreateParseFromFile(ctx, mlirStringRefCreateFromCString(path));
  qcnnBufFree(&text);
  if (mlirModuleIsNull(m)) {
    qcnnErrorNoLoc("%s: cannot parse the IR", path);
  } else if (!mlirOperationVerify(mlirModuleGetOperation(m))) {
    qcnnErrorNoLoc("%s: the IR does not verify", path);
    mlirModuleDestroy(m);
    m = (MlirModule){NULL};
  }
  return m;
}

static bool hasArgNamed(MlirOperation func, intptr_t count, const char *name) {
  for (intptr_t i = 0; i < count; i++) {
    MlirStringRef s = qcnnFuncArgName(func, i);
    if (s.data && s.length == strlen(name) && memcmp(s.data, name, s.length) == 0) return true;
  }
  return false;
}

/* Index of the argument/result called `name` (or the next unused one when name is NULL); -1 if none. */
static intptr_t resolve(MlirOperation func, bool results, intptr_t count, const char *name, intptr_t *nextPos,
                        const char *what) {
  if (!name) {
    if (*nextPos < count) return (*nextPos)++;
    qcnnErrorNoLoc("more positional %ss than the model has (%ld)", what, (long)count);
    return -1;
  }
  QcnnBuf names = {0};
  for (intptr_t i = 0; i < count; i++) {
    MlirStringRef s = results ? qcnnFuncResultName(func, i) : qcnnFuncArgName(func, i);
    if (s.data && s.length == strlen(name) && memcmp(s.data, name, s.length) == 0) {
      qcnnBufFree(&names);
      return i;
    }
    if (s.data) qcnnBufPrintf(&names, "%s'%.*s'", names.len ? ", " : "", (int)s.length, s.data);
  }
  qcnnErrorNoLoc("the model has no %s named '%s' (%s: %s)", what, name, what, names.len ? names.data : "none named");
  qcnnBufFree(&names);
  return -1;
}

static void displayName(MlirOperation func, bool result, intptr_t i, QcnnBuf *out) {
  MlirStringRef s = result ? qcnnFuncResultName(func, i) : qcnnFuncArgName(func, i);
  if (s.data) qcnnBufPrintf(out, "%s '%.*s'", result ? "output" : "input", (int)s.length, s.data);
  else qcnnBufPrintf(out, "%s %ld", result ? "output" : "input", (long)i);
}

static bool bindInputs(MlirOperation func, const Cli *c, QcnnTensor *args) {
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  intptr_t n = mlirBlockGetNumArguments(body), pos = 0;
  bool *bound = calloc((size_t)n + 1, sizeof *bound), ok = true;
  for (int j = 0; ok && j < c->numInputs; j++) {
    if (c->inputs[j].offered && !hasArgNamed(func, n, c->inputs[j].name)) continue; /* a constant now */
    intptr_t i = resolve(func, false, n, c->inputs[j].name, &pos, "input");
    QcnnArray a;
    if (i < 0 || !qcnnArrayReadFile(c->inputs[j].file, &a)) {
      ok = false;
      break;
    }
    QcnnBuf what = {0};
    displayName(func, false, i, &what);
    qcnnBufPrintf(&what, " (%s)", c->inputs[j].file);
    if (bound[i]) {
      qcnnErrorNoLoc("%s is given twice", what.data);
      ok = false;
    } else {
      ok = qcnnTensorFromArray(&a, mlirValueGetType(mlirBlockGetArgument(body, i)), mlirOperationGetLocation(func),
                               what.data, &args[i]);
      bound[i] = ok;
    }
    qcnnBufFree(&what);
    qcnnArrayFree(&a);
  }
  for (intptr_t i = 0; ok && i < n; i++) {
    if (bound[i]) continue;
    QcnnBuf what = {0};
    displayName(func, false, i, &what);
    qcnnErrorNoLoc("missing %s (give it with --input)", what.data);
    qcnnBufFree(&what);
    ok = false;
  }
  free(bound);
  return ok;
}

static bool compareOne(MlirOperation func, intptr_t r, const QcnnTensor *got, const char *file, QcnnTolerance tol) {
  QcnnArray a;
  if (!qcnnArrayReadFile(file, &a)) return false;
  QcnnTensor expected;
  bool ok = qcnnTensorAlloc(&expected, !qcnnDTypeIsFloat(a.dtype), a.rank, a.shape);
  for (int64_t k = 0; ok && k < a.count; k++) {
    if (expected.isInt) expected.i[k] = qcnnArrayGetI64(&a, k);
    else expected.f[k] = qcnnArrayGetF64(&a, k);
  }
  qcnnArrayFree(&a);
  QcnnBuf what = {0}, m = {0};
  displayName(func, true, r, &what);
  if (ok && !qcnnSameShape(got, &expected)) {
    qcnnFormatShape(got, &m);
    qcnnBufPrintf(&m, " but %s holds ", file);
    qcnnFormatShape(&expected, &m);
    qcnnErrorNoLoc("%s: shape mismatch: the result is %s", what.data, m.data);
    ok = false;
  } else if (ok) {
    int64_t first, n = qcnnCompareValues(got, &expected, tol, &first);
    if (n) {
      qcnnBufPrintf(&m, "%s differs from %s at ", what.data, file);
      qcnnFormatIndex(got, first, &m);
      qcnnBufPrintf(&m, ": got ");
      qcnnFormatValue(got, first, &m);
      qcnnBufPrintf(&m, ", expected ");
      qcnnFormatValue(&expected, first, &m);
      qcnnBufPrintf(&m, " (%lld of %lld elements differ; rtol %g, atol %g)", (long long)n, (long long)got->count,
                    tol.rtol, tol.atol);
      qcnnErrorNoLoc("%s", m.data);
      ok = false;
    }
  }
  qcnnBufFree(&what);
  qcnnBufFree(&m);
  qcnnTensorFree(&expected);
  return ok;
}

static bool writeAndCompare(MlirOperation func, const Cli *c, const QcnnTensor *results, intptr_t n) {
  intptr_t pos = 0;
  for (int j = 0; j < c->numOutputs; j++) {
    intptr_t r = resolve(func, true, n, c->outputs[j].name, &pos, "output");
    QcnnArray a;
    if (r < 0 || !qcnnTensorToArray(&results[r], &a)) return false;
    bool ok = qcnnNpyWrite(c->outputs[j].file, &a);
    qcnnArrayFree(&a);
    if (!ok) return false;
  }
  bool ok = true;
  pos = 0;
  for (int j = 0; j < c->numCompares; j++) {
    intptr_t r = resolve(func, true, n, c->compares[j].name, &pos, "output");
    if (r < 0) return false;
    ok = compareOne(func, r, &results[r], c->compares[j].file, c->eq.tol) && ok; /* report every output */
  }
  return ok;
}

/* --repeat N: runs the function N more times on the same inputs, reusing the cache of constant-only
 * values the first run filled (as a deployed model quantizes its weights once), and reports the
 * throughput; the batch is the first dimension of the first argument. `results` holds the previous
 * run's outputs and receives the last run's; on failure it holds nothing. */
static bool measure(MlirOperation func, int64_t repeat, const QcnnTensor *args, intptr_t nArgs, QcnnTensor *results,
                    intptr_t nRes, QcnnInterpretCache *cache) {
  QcnnInterpretOptions opts = {.cache = cache};
#ifdef __GLIBC__
  /* Every run allocates the same buffers again: keep freed memory in the heap instead of returning it to
   * the kernel (trim, munmap), which made each run page-fault its buffers back in (a fifth of its time). */
  mallopt(M_MMAP_THRESHOLD, 32 << 20);
  mallopt(M_TRIM_THRESHOLD, 256 << 20);
#endif
  struct timespec t0, t1;
  clock_gettime(CLOCK_MONOTONIC, &t0);
  for (int64_t k = 0; k < repeat; k++) {
    for (intptr_t r = 0; r < nRes; r++) qcnnTensorFree(&results[r]);
    if (!qcnnInterpret(func, args, results, &opts)) return false;
  }
  clock_gettime(CLOCK_MONOTONIC, &t1);
  double secs = (double)(t1.tv_sec - t0.tv_sec) + 1e-9 * (double)(t1.tv_nsec - t0.tv_nsec);
  int64_t batch = nArgs && args[0].rank ? args[0].shape[0] : 1;
  fprintf(stderr, "qcnn-run: %lld runs of batch %lld in %.3f s: %.1f images/s\n", (long long)repeat, (long long)batch,
          secs, secs > 0 ? (double)(repeat * batch) / secs : 0.0);
  return true;
}

static int runModel(MlirOperation func, const Cli *c) {
  MlirBlock body = mlirRegionGetFirstBlock(mlirOperationGetRegion(func, 0));
  intptr_t nArgs = mlirBlockGetNumArguments(body), nRes = mlirOperationGetNumOperands(mlirBlockGetTerminator(body));
  QcnnTensor *args = calloc((size_t)nArgs + 1, sizeof *args), *results = calloc((size_t)nRes + 1, sizeof *results);
  QcnnDumpState dump = {0};
  QcnnInterpretOptions opts = {0};
  if (c->dumpDir) opts = (QcnnInterpretOptions){.onResult = qcnnDumpResult, .userData = &dump};
  bool ok = bindInputs(func, c, args) && (!c->dumpDir || qcnnDumpInit(&dump, c->dumpDir));
  if (c->repeat) opts.cache = qcnnInterpretCacheCreate();
  bool ran = ok && qcnnInterpret(func, args, results, &opts);
  if (ran && c->repeat) ran = measure(func, c->repeat, args, nArgs, results, nRes, opts.cache);
  ok = ran && writeAndCompare(func, c, results, nRes);
  for (intptr_t r = 0; ok && c->print && r < nRes; r++) {
    QcnnBuf name = {0};
    MlirStringRef s = qcnnFuncResultName(func, r);
    if (s.data) qcnnBufAppend(&name, s.data, s.length);
    else qcnnBufPrintf(&name, "output %ld", (long)r);
    qcnnPrintResult(name.data, mlirValueGetType(mlirOperationGetOperand(mlirBlockGetTerminator(body), r)), &results[r],
                    c->printLimit);
    qcnnBufFree(&name);
  }
  for (intptr_t i = 0; i < nArgs; i++) qcnnTensorFree(&args[i]);
  for (intptr_t i = 0; ran && i < nRes; i++) qcnnTensorFree(&results[i]);
  free(args);
  free(results);
  qcnnDumpFree(&dump);
  qcnnInterpretCacheDestroy(opts.cache);
  return ok ? 0 : 1;
}

int main(int argc, char **argv) {
  qcnnSetToolName(argv[0]);
  Cli c;
  bool ok = parseCli(argc, argv, &c);
  MlirContext ctx = ok ? qcnnContextCreate() : (MlirContext){NULL};
  int status = 1;
  MlirModule m[2] = {{NULL}, {NULL}};
  MlirOperation f[2] = {{NULL}, {NULL}};
  for (int i = 0; ok && i < c.numModels; i++) {
    m[i] = loadModel(ctx, c.models[i], &c);
    ok = !mlirModuleIsNull(m[i]);
    if (ok) f[i] = qcnnInterpretFindEntry(m[i]);
    ok = ok && !mlirOperationIsNull(f[i]);
  }
  if (ok) status = c.equiv ? qcnnRunEquiv(f[0], f[1], &c.eq) : runModel(f[0], &c);
  for (int i = 0; i < 2; i++)
    if (!mlirModuleIsNull(m[i])) mlirModuleDestroy(m[i]);
  if (!mlirContextIsNull(ctx)) qcnnContextDestroy(ctx);
  for (int j = 0; j < c.numInputs; j++) {
    free((char *)c.inputs[j].name);
    if (c.inputs[j].offered) qcnnArrayFree(&c.inputs[j].imported);
  }
  for (int j = 0; j < c.numOutputs; j++) free((char *)c.outputs[j].name);
  for (int j = 0; j < c.numCompares; j++) free((char *)c.compares[j].name);
  return status;
}
