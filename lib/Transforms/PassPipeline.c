/* Textual pass pipelines (mlir-opt syntax) parsed into a tree, then into a pass manager: qcnn passes
 * from the registry, anything else handed to MLIR's own pipeline parser. */
#include "qcnn/Passes.h"

#include <mlir-c/Transforms.h>
#include <stdlib.h>
#include <string.h>

/* `name`, `name{options}` or `anchor(children)`. */
typedef struct Node {
  MlirStringRef name, options;
  bool hasOptions, isAnchor;
  struct Node *children;
  size_t numChildren;
} Node;

typedef struct {
  const char *begin, *p, *end;
} Parser;

static void freeNodes(Node *nodes, size_t n) {
  for (size_t i = 0; i < n; i++) freeNodes(nodes[i].children, nodes[i].numChildren);
  free(nodes);
}

static void skipSpace(Parser *ps) {
  while (ps->p < ps->end && (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n')) ps->p++;
}

static bool syntaxError(Parser *ps, const char *what) {
  qcnnErrorNoLoc("invalid pass pipeline '%.*s': %s at column %d", (int)(ps->end - ps->begin), ps->begin, what,
                 (int)(ps->p - ps->begin) + 1);
  return false;
}

static bool isNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
         c == '.';
}

/* The text between balanced braces; quotes may hold braces. */
static bool scanBraces(Parser *ps, MlirStringRef *out) {
  const char *start = ++ps->p;
  int depth = 1;
  for (; ps->p < ps->end; ps->p++) {
    char c = *ps->p;
    if (c == '"' || c == '\'') {
      const char *close = memchr(ps->p + 1, c, (size_t)(ps->end - ps->p - 1));
      if (!close) return syntaxError(ps, "unterminated quote");
      ps->p = close;
    } else if (c == '{') {
      depth++;
    } else if (c == '}' && --depth == 0) {
      *out = mlirStringRefCreate(start, (size_t)(ps->p - start));
      ps->p++;
      return true;
    }
  }
  return syntaxError(ps, "missing '}'");
}

static bool parseList(Parser *ps, Node **out, size_t *n);

static bool parseElement(Parser *ps, Node *node) {
  memset(node, 0, sizeof *node);
  skipSpace(ps);
  const char *start = ps->p;
  while (ps->p < ps->end && isNameChar(*ps->p)) ps->p++;
  if (ps->p == start) return syntaxError(ps, "expected a pass or op name");
  node->name = mlirStringRefCreate(start, (size_t)(ps->p - start));
  skipSpace(ps);
  if (ps->p < ps->end && *ps->p == '{') {
    node->hasOptions = true;
    if (!scanBraces(ps, &node->options)) return false;
  } else if (ps->p < ps->end && *ps->p == '(') {
    node->isAnchor = true;
    ps->p++;
    skipSpace(ps);
    if (ps->p < ps->end && *ps->p == ')') { /* an empty nested pipeline is allowed */
      ps->p++;
      return true;
    }
    if (!parseList(ps, &node->children, &node->numChildren)) return false;
    if (ps->p == ps->end || *ps->p != ')') return syntaxError(ps, "expected ')'");
    ps->p++;
  }
  skipSpace(ps);
  return true;
}

static bool parseList(Parser *ps, Node **out, size_t *n) {
  *out = NULL;
  *n = 0;
  for (;;) {
    *out = realloc(*out, (*n + 1) * sizeof **out);
    if (!parseElement(ps, &(*out)[(*n)++])) return false;
    if (ps->p == ps->end || *ps->p != ',') return true;
    ps->p++;
  }
}

/*===-- Building the pass manager ------------------------------------------------------------===*/

static void registerUpstreamPasses(void) {
  static bool done;
  if (!done) mlirRegisterTransformsPasses();
  done = true;
}

static bool refEq(MlirStringRef a, const char *b) { return a.length == strlen(b) && memcmp(a.data, b, a.length) == 0; }

static bool addUpstream(MlirOpPassManager opm, MlirStringRef name, MlirStringRef options, bool hasOptions) {
  registerUpstreamPasses();
  QcnnBuf text = {0}, why = {0};
  qcnnBufPrintf(&text, "%.*s", (int)name.length, name.data);
  if (hasOptions) qcnnBufPrintf(&text, "{%.*s}", (int)options.length, options.data);
  bool ok = mlirLogicalResultIsSuccess(
      mlirOpPassManagerAddPipeline(opm, mlirStringRefCreate(text.data, text.len), qcnnBufCallback, &why));
  if (!ok) {
    /* MLIR's first line says what is wrong; drop its "<parser>:1:1: error: " prefix and the caret lines. */
    qcnnBufAppend(&why, "", 1);
    char *msg = why.data, *err = strstr(msg, "error: "), *eol;
    if (err) msg = err + 7;
    if ((eol = strchr(msg, '\n'))) *eol = '\0';
    qcnnErrorNoLoc("unknown pass '%.*s' or bad options (not a qcnn pass; MLIR: %s)", (int)name.length, name.data, msg);
  }
  qcnnBufFree(&text);
  qcnnBufFree(&why);
  return ok;
}

static bool addNodes(MlirOpPassManager opm, const char *anchor, const Node *nodes, size_t n);

/* A named pipeline (qcnn-hw-pipeline) is added as the passes it stands for, so that each of them is
 * timed and printed on its own. */
static bool addExpansion(MlirOpPassManager opm, const char *anchor, const QcnnPassOptions *options) {
  QcnnBuf text = {0};
  Node *nodes = NULL;
  size_t n = 0;
  bool ok = qcnnHwPipelineExpand(options, &text);
  if (ok) {
    Parser ps = {text.data, text.data, text.data + text.len};
    ok = parseList(&ps, &nodes, &n) && addNodes(opm, anchor, nodes, n);
  }
  freeNodes(nodes, n);
  qcnnBufFree(&text);
  return ok;
}

/* `anchor` is the op the pass manager `opm` runs on. */
static bool addPass(MlirOpPassManager opm, const char *anchor, MlirStringRef name, MlirStringRef options,
                    bool hasOptions) {
  const QcnnPassInfo *info = qcnnPassLookup(name);
  if (!info) return addUpstream(opm, name, options, hasOptions);
  if (strcmp(info->anchor, anchor) != 0) {
    /* A function pass listed at module level runs on every function, as mlir-opt's implicit nesting. */
    if (strcmp(anchor, "builtin.module") != 0) {
      qcnnErrorNoLoc("pass '%s' runs on '%s' and cannot be nested under '%s'", info->argument, info->anchor,
                     anchor);
      return false;
    }
    opm = mlirOpPassManagerGetNestedUnder(opm, mlirStringRefCreateFromCString(info->anchor));
  }
  QcnnPassOptions *opts = qcnnPassOptionsParse(info, options);
  if (!opts) return false;
  bool ok = true;
  if (info->create == qcnnCreateHwPipelinePass) ok = addExpansion(opm, anchor, opts);
  else mlirOpPassManagerAddOwnedPass(opm, info->create(info, opts));
  qcnnPassOptionsDestroy(opts);
  return ok;
}

static bool addNodes(MlirOpPassManager opm, const char *anchor, const Node *nodes, size_t n) {
  for (size_t i = 0; i < n; i++) {
    const Node *node = &nodes[i];
    if (!node->isAnchor) {
      if (!addPass(opm, anchor, node->name, node->options, node->hasOptions)) return false;
      continue;
    }
    char *op = malloc(node->name.length + 1);
    memcpy(op, node->name.data, node->name.length);
    op[node->name.length] = '\0';
    bool ok = addNodes(mlirOpPassManagerGetNestedUnder(opm, node->name), op, node->children, node->numChildren);
    free(op);
    if (!ok) return false;
  }
  return true;
}

bool qcnnPassPipelineParse(MlirPassManager pm, MlirStringRef text) {
  Parser ps = {text.data, text.data, text.data + text.length};
  Node *nodes;
  size_t n;
  bool ok = parseList(&ps, &nodes, &n);
  if (ok && ps.p != ps.end) ok = syntaxError(&ps, "unexpected character");
  if (ok && (n != 1 || !nodes[0].isAnchor || !refEq(nodes[0].name, "builtin.module"))) {
    qcnnErrorNoLoc("invalid pass pipeline '%.*s': must be of the form 'builtin.module(...)'", (int)text.length,
                   text.data);
    ok = false;
  }
  if (ok) ok = addNodes(mlirPassManagerGetAsOpPassManager(pm), "builtin.module", nodes[0].children, nodes[0].numChildren);
  freeNodes(nodes, n);
  return ok;
}

bool qcnnPassManagerAddByName(MlirPassManager pm, MlirStringRef name, MlirStringRef options) {
  return addPass(mlirPassManagerGetAsOpPassManager(pm), "builtin.module", name, options, options.length > 0);
}
