/* File I/O for the tools: whole-file reads and atomic writes (temp file + rename), so that an error
 * never leaves a partial or clobbered output file behind. */
#define _POSIX_C_SOURCE 200809L
#include "qcnn/Support.h"

#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *gToolName = "qcnn";

void qcnnSetToolName(const char *argv0) {
  const char *slash = strrchr(argv0, '/');
  gToolName = slash ? slash + 1 : argv0;
}
const char *qcnnToolName(void) { return gToolName; }

bool qcnnReadFile(const char *path, QcnnBuf *out) {
  FILE *f = strcmp(path, "-") == 0 ? stdin : fopen(path, "rb");
  if (!f) {
    qcnnErrorNoLoc("cannot read '%s': %s", path, strerror(errno));
    return false;
  }
  char chunk[65536];
  size_t n;
  qcnnBufAppend(out, NULL, 0);
  while ((n = fread(chunk, 1, sizeof chunk, f)) > 0) qcnnBufAppend(out, chunk, n);
  bool ok = !ferror(f);
  if (!ok) qcnnErrorNoLoc("cannot read '%s': %s", path, strerror(errno));
  if (f != stdin) fclose(f);
  return ok;
}

/* Writes straight into an existing special file (/dev/null, a pipe, a terminal): renaming over it
 * would replace the device node with a regular file. */
static bool writeInPlace(const char *path, const void *data, size_t n) {
  FILE *f = strcmp(path, "-") == 0 ? stdout : fopen(path, "wb");
  bool ok = f && fwrite(data, 1, n, f) == n && fflush(f) == 0;
  if (!ok) qcnnErrorNoLoc("cannot write '%s': %s", path, strerror(errno));
  if (f && f != stdout) fclose(f);
  return ok;
}

bool qcnnWriteFileAtomic(const char *path, const void *data, size_t n) {
  struct stat st;
  if (strcmp(path, "-") == 0 || (stat(path, &st) == 0 && !S_ISREG(st.st_mode))) return writeInPlace(path, data, n);
  size_t len = strlen(path);
  char *tmp = malloc(len + 16);
  if (!tmp) return false;
  snprintf(tmp, len + 16, "%s.tmpXXXXXX", path);
  int fd = mkstemp(tmp);
  if (fd < 0) {
    qcnnErrorNoLoc("cannot write '%s': %s", path, strerror(errno));
    free(tmp);
    return false;
  }
  mode_t mask = umask(0); /* mkstemp makes 0600 files; give the output the usual permissions */
  umask(mask);
  fchmod(fd, 0666 & ~mask);
  const char *p = data;
  size_t left = n;
  bool ok = true;
  while (left > 0) {
    ssize_t w = write(fd, p, left);
    if (w < 0) {
      if (errno == EINTR) continue;
      ok = false;
      break;
    }
    p += w;
    left -= (size_t)w;
  }
  int err = errno;
  if (close(fd) != 0 && ok) {
    ok = false;
    err = errno;
  }
  if (ok && rename(tmp, path) != 0) {
    ok = false;
    err = errno;
  }
  if (!ok) {
    unlink(tmp);
    qcnnErrorNoLoc("cannot write '%s': %s", path, strerror(err));
  }
  free(tmp);
  return ok;
}
