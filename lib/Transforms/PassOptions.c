/* Pass options: `k=v k2=v2` text parsed against the options a pass declares in Passes.def. */
#include "qcnn/Passes.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  bool b;
  int64_t i;
  double d;
  char *s;
} OptionValue;

struct QcnnPassOptions {
  const QcnnPassInfo *info;
  OptionValue *values; /* one per declared option, in declaration order */
};

/* strto* need a NUL-terminated copy; option values are short. */
static char *dupRef(MlirStringRef s) {
  char *p = malloc(s.length + 1);
  memcpy(p, s.data, s.length);
  p[s.length] = '\0';
  return p;
}

static bool refIs(MlirStringRef s, const char *lit) { return s.length == strlen(lit) && memcmp(s.data, lit, s.length) == 0; }

bool qcnnParseBool(MlirStringRef text, bool *out) {
  if (refIs(text, "true") || refIs(text, "1")) *out = true;
  else if (refIs(text, "false") || refIs(text, "0")) *out = false;
  else return false;
  return true;
}

bool qcnnParseInt(MlirStringRef text, int64_t *out) {
  char *s = dupRef(text), *end;
  errno = 0;
  long long v = strtoll(s, &end, 10);
  bool ok = text.length > 0 && *end == '\0' && errno == 0;
  free(s);
  if (ok) *out = v;
  return ok;
}

bool qcnnParseDouble(MlirStringRef text, double *out) {
  char *s = dupRef(text), *end;
  errno = 0;
  double v = strtod(s, &end);
  bool ok = text.length > 0 && *end == '\0' && errno == 0;
  free(s);
  if (ok) *out = v;
  return ok;
}

static const char *kTypeWords[] = {"a boolean (true or false)", "an integer", "a number", "a string"};

static bool setValue(const QcnnPassInfo *info, const QcnnPassOptionSpec *spec, OptionValue *v, MlirStringRef text) {
  bool ok = true;
  switch (spec->type) {
  case QcnnOptionBool: ok = qcnnParseBool(text, &v->b); break;
  case QcnnOptionInt: ok = qcnnParseInt(text, &v->i); break;
  case QcnnOptionDouble: ok = qcnnParseDouble(text, &v->d); break;
  case QcnnOptionString:
    free(v->s);
    v->s = dupRef(text);
    break;
  }
  if (!ok)
    qcnnErrorNoLoc("invalid value '%.*s' for option '%s' of pass '%s': expected %s", (int)text.length, text.data,
                   spec->name, info->argument, kTypeWords[spec->type]);
  return ok;
}

static const QcnnPassOptionSpec *findSpec(const QcnnPassInfo *info, MlirStringRef key) {
  for (const QcnnPassOptionSpec *o = info->options; o->name; o++)
    if (refIs(key, o->name)) return o;
  return NULL;
}

static void reportUnknownKey(const QcnnPassInfo *info, MlirStringRef key) {
  QcnnBuf known = {0};
  for (const QcnnPassOptionSpec *o = info->options; o->name; o++)
    qcnnBufPrintf(&known, "%s%s", known.len ? ", " : "", o->name);
  qcnnBufAppend(&known, NULL, 0);
  qcnnErrorNoLoc("pass '%s' has no option '%.*s' (options: %s)", info->argument, (int)key.length, key.data,
                 known.len > 1 ? known.data : "none");
  qcnnBufFree(&known);
}

static bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\n'; }

/* A value ends at whitespace unless quoted; quotes are stripped. */
static MlirStringRef scanValue(const char **p, const char *end) {
  const char *s = *p;
  if (s < end && (*s == '"' || *s == '\'')) {
    const char *close = memchr(s + 1, *s, (size_t)(end - s - 1));
    if (close) {
      *p = close + 1;
      return mlirStringRefCreate(s + 1, (size_t)(close - s - 1));
    }
  }
  while (*p < end && !isSpace(**p)) (*p)++;
  return mlirStringRefCreate(s, (size_t)(*p - s));
}

QcnnPassOptions *qcnnPassOptionsParse(const QcnnPassInfo *info, MlirStringRef text) {
  QcnnPassOptions *o = malloc(sizeof *o);
  o->info = info;
  size_t n = 0;
  while (info->options[n].name) n++;
  o->values = calloc(n ? n : 1, sizeof *o->values);
  for (size_t i = 0; i < n; i++) /* defaults are validated by the same parser as user values */
    if (!setValue(info, &info->options[i], &o->values[i], mlirStringRefCreateFromCString(info->options[i].dflt)))
      goto fail;

  const char *p = text.data, *end = text.data + text.length;
  for (;;) {
    while (p < end && isSpace(*p)) p++;
    if (p == end) break;
    const char *k = p;
    while (p < end && *p != '=' && !isSpace(*p)) p++;
    MlirStringRef key = mlirStringRefCreate(k, (size_t)(p - k));
    const QcnnPassOptionSpec *spec = findSpec(info, key);
    if (!spec) {
      reportUnknownKey(info, key);
      goto fail;
    }
    OptionValue *v = &o->values[spec - info->options];
    if (p < end && *p == '=') {
      p++;
      if (!setValue(info, spec, v, scanValue(&p, end))) goto fail;
    } else if (spec->type == QcnnOptionBool) { /* a bare boolean option means true, as in mlir-opt */
      v->b = true;
    } else {
      qcnnErrorNoLoc("option '%s' of pass '%s' needs a value (%s=...)", spec->name, info->argument, spec->name);
      goto fail;
    }
  }
  return o;
fail:
  qcnnPassOptionsDestroy(o);
  return NULL;
}

void qcnnPassOptionsDestroy(QcnnPassOptions *o) {
  if (!o) return;
  for (size_t i = 0; o->info->options[i].name; i++) free(o->values[i].s);
  free(o->values);
  free(o);
}

static const OptionValue *get(const QcnnPassOptions *o, const char *name, QcnnOptionType type) {
  const QcnnPassOptionSpec *spec = findSpec(o->info, mlirStringRefCreateFromCString(name));
  if (!spec || spec->type != type) {
    fprintf(stderr, "internal error: pass '%s' reads undeclared option '%s'\n", o->info->argument, name);
    abort();
  }
  return &o->values[spec - o->info->options];
}

bool qcnnPassOptionBool(const QcnnPassOptions *o, const char *name) { return get(o, name, QcnnOptionBool)->b; }
int64_t qcnnPassOptionInt(const QcnnPassOptions *o, const char *name) { return get(o, name, QcnnOptionInt)->i; }
double qcnnPassOptionDouble(const QcnnPassOptions *o, const char *name) { return get(o, name, QcnnOptionDouble)->d; }
const char *qcnnPassOptionString(const QcnnPassOptions *o, const char *name) {
  return get(o, name, QcnnOptionString)->s;
}
