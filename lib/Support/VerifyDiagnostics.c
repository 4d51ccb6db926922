/* --verify-diagnostics: checks the collected diagnostics of one buffer against its
 * `expected-<severity>[@<where>] {{text}}` comments, as mlir-opt does. <where> is +N / -N (relative to
 * the comment's line), above / below (the nearest line above / below that holds no expected-*
 * comment) or unknown (a diagnostic without a file location). The text between the first `{{` and
 * the last `}}` of the line must occur in the message. */
#define _POSIX_C_SOURCE 200809L /* strndup */
#include "DiagnosticsInternal.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

typedef struct {
  QcnnSeverity severity;
  int line;              /* expected line in the buffer (0 with `@unknown`) */
  int commentLine, col;  /* where the comment is, for "was not produced" */
  char *text;
  bool matched;
} Expectation;

typedef struct {
  Expectation *items;
  size_t n, cap;
} Expectations;

static const char *kSeverityNames[] = {"error", "warning", "note", "remark"};

static Expectation *add(Expectations *es) {
  if (es->n == es->cap) {
    es->cap = es->cap ? 2 * es->cap : 16;
    es->items = realloc(es->items, es->cap * sizeof *es->items);
  }
  Expectation *e = &es->items[es->n++];
  memset(e, 0, sizeof *e);
  return e;
}

static bool parseSeverity(const char **p, QcnnSeverity *out) {
  for (int s = 0; s < 4; s++) {
    size_t n = strlen(kSeverityNames[s]);
    if (strncmp(*p, kSeverityNames[s], n) == 0) {
      *p += n;
      *out = (QcnnSeverity)s;
      return true;
    }
  }
  return false;
}

/* Parses every directive of one line [begin, end). Returns false after reporting a malformed one.
 * `below` collects indices of `@below` expectations waiting for their line. */
static bool parseLine(const char *bufferName, const char *begin, const char *end, int lineNo, int lastPlain,
                      Expectations *es, size_t **below, size_t *numBelow, bool *hasDirective) {
  static const char kTag[] = "expected-";
  for (const char *p = begin; (p = strstr(p, kTag)) != NULL && p < end;) {
    int col = (int)(p - begin) + 1;
    const char *q = p + sizeof kTag - 1;
    QcnnSeverity sev;
    p = q;
    /* Prose that merely mentions a directive ("... after expected-error") is not one. */
    if (!parseSeverity(&q, &sev) || (*q != '@' && *q != ' ' && *q != '{')) continue;
    *hasDirective = true;
    Expectation *e = add(es);
    e->severity = sev;
    e->commentLine = lineNo;
    e->col = col;
    e->line = lineNo;
    while (q < end && *q == ' ') q++; /* MLIR accepts `expected-error @+1` as well as `expected-error@+1` */
    if (*q == '@') {
      q++;
      if (*q == '+' || *q == '-') {
        char *after;
        long n = strtol(q, &after, 10);
        e->line = lineNo + (int)n;
        q = after;
      } else if (strncmp(q, "above", 5) == 0) {
        e->line = lastPlain;
        q += 5;
      } else if (strncmp(q, "below", 5) == 0) {
        *below = realloc(*below, (*numBelow + 1) * sizeof **below);
        (*below)[(*numBelow)++] = es->n - 1;
        q += 5;
      } else if (strncmp(q, "unknown", 7) == 0) {
        e->line = 0;
        q += 7;
      } else {
        fprintf(stderr, "%s:%d:%d: error: expected '+N', '-N', 'above', 'below' or 'unknown' after '@'\n", bufferName,
                lineNo, col);
        return false;
      }
    }
    while (q < end && *q == ' ') q++;
    const char *close = NULL;
    for (const char *c = q; c + 1 < end; c++)
      if (c[0] == '}' && c[1] == '}') close = c;
    if (end - q < 2 || q[0] != '{' || q[1] != '{' || !close || close < q + 2) {
      fprintf(stderr, "%s:%d:%d: error: expected {{...}} after expected-%s\n", bufferName, lineNo, col,
              kSeverityNames[sev]);
      return false;
    }
    e->text = strndup(q + 2, (size_t)(close - q - 2));
    p = close + 2;
  }
  return true;
}

static bool matches(const Expectation *e, const QcnnCollectedDiag *d, const char *bufferName, int lineOffset) {
  if (!e->text || e->matched || e->severity != d->severity || !strstr(d->message, e->text)) return false;
  if (e->line == 0) return d->file == NULL;
  return d->file && strcmp(d->file, bufferName) == 0 && d->line == e->line + lineOffset;
}

bool qcnnVerifyDiagnostics(const char *bufferName, const char *text, int lineOffset) {
  Expectations es = {0};
  size_t *below = NULL, numBelow = 0;
  bool ok = true;
  int lineNo = 1, lastPlain = 0;
  for (const char *line = text; ok && *line; lineNo++) {
    const char *end = strchr(line, '\n');
    if (!end) end = line + strlen(line);
    bool hasDirective = false;
    ok = parseLine(bufferName, line, end, lineNo, lastPlain, &es, &below, &numBelow, &hasDirective);
    if (!hasDirective) {
      for (size_t i = 0; i < numBelow; i++) es.items[below[i]].line = lineNo;
      numBelow = 0;
      lastPlain = lineNo;
    }
    line = *end ? end + 1 : end;
  }

  for (size_t i = 0; i < qcnnNumCollected; i++) {
    const QcnnCollectedDiag *d = &qcnnCollected[i];
    size_t k = 0;
    while (k < es.n && !matches(&es.items[k], d, bufferName, lineOffset)) k++;
    if (k < es.n) {
      es.items[k].matched = true;
      continue;
    }
    fprintf(stderr, "%s: error: unexpected %s: %s\n", d->where ? d->where : qcnnToolName(),
            kSeverityNames[d->severity], d->message);
    ok = false;
  }
  for (size_t k = 0; k < es.n; k++) {
    const Expectation *e = &es.items[k];
    if (!e->matched && e->text) {
      fprintf(stderr, "%s:%d:%d: error: expected %s \"%s\" was not produced\n", bufferName,
              e->commentLine + lineOffset, e->col, kSeverityNames[e->severity], e->text);
      ok = false;
    }
    free(e->text);
  }
  free(es.items);
  free(below);
  qcnnCollectedClear();
  return ok;
}
