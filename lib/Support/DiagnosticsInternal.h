/* Shared between Diagnostics.c (the sink) and VerifyDiagnostics.c (the checker). */
#ifndef QCNN_LIB_SUPPORT_DIAGNOSTICSINTERNAL_H
#define QCNN_LIB_SUPPORT_DIAGNOSTICSINTERNAL_H

#include "qcnn/Support.h"

typedef struct {
  QcnnSeverity severity;
  char *file;    /* file of the innermost file:line:col location, or NULL */
  int line, col; /* 0 when there is none */
  char *where;   /* the location as printed in messages */
  char *message;
} QcnnCollectedDiag;

/* Diagnostics collected in verify mode, in emission order. */
extern QcnnCollectedDiag *qcnnCollected;
extern size_t qcnnNumCollected;
void qcnnCollectedClear(void);

/* The innermost file:line:col of a location (through name, call-site and fused locations). */
bool qcnnLocationFileLineCol(MlirLocation loc, MlirStringRef *file, int *line, int *col);

#endif
