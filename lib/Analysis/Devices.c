/* The device table (docs/dataflow-models.md): placeholder until the resource model lands. */
#include "qcnn/Analysis.h"

#include <stddef.h>

intptr_t qcnnDeviceCount(void) { return 0; }
const QcnnDevice *qcnnDeviceGet(intptr_t i) { (void)i; return NULL; }
const QcnnDevice *qcnnDeviceLookup(const char *nameOrPart) { (void)nameOrPart; return NULL; }
