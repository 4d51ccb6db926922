/* Growable byte buffer used for building output in memory before an atomic write. */
#include "qcnn/Support.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Makes room for n more bytes plus the terminating NUL. */
static void reserve(QcnnBuf *b, size_t n) {
  if (b->len + n + 1 > b->cap) {
    size_t cap = b->cap ? b->cap : 256;
    while (cap < b->len + n + 1) cap *= 2;
    char *p = realloc(b->data, cap);
    if (!p) {
      fprintf(stderr, "%s: error: out of memory\n", qcnnToolName());
      exit(1);
    }
    b->data = p;
    b->cap = cap;
  }
}

void qcnnBufAppend(QcnnBuf *b, const void *data, size_t n) {
  reserve(b, n);
  if (n) memcpy(b->data + b->len, data, n);
  b->len += n;
  b->data[b->len] = '\0';
}

void qcnnBufPrintf(QcnnBuf *b, const char *fmt, ...) {
  va_list ap, ap2;
  va_start(ap, fmt);
  va_copy(ap2, ap);
  int n = vsnprintf(NULL, 0, fmt, ap);
  va_end(ap);
  if (n > 0) {
    reserve(b, (size_t)n);
    vsnprintf(b->data + b->len, (size_t)n + 1, fmt, ap2);
    b->len += (size_t)n;
  }
  va_end(ap2);
}

void qcnnBufFree(QcnnBuf *b) {
  free(b->data);
  b->data = NULL;
  b->len = b->cap = 0;
}

void qcnnBufCallback(MlirStringRef s, void *userData) { qcnnBufAppend((QcnnBuf *)userData, s.data, s.length); }
