/* The device table: programmable-logic resources of the supported boards' parts and the default clock
 * (sources in docs/dataflow-models.md). BRAM is counted in 18 Kb halves of the 36 Kb block RAMs. */
#include "qcnn/Analysis.h"

#include <stddef.h>
#include <string.h>

static const QcnnDevice devices[] = {
    {"ultra96-v2", "xczu3eg-sbva484-1-e", 70560, 141120, 432, 0, 360, 10.0},
    {"pynq-z1", "xc7z020clg400-1", 53200, 106400, 280, 0, 220, 10.0},
    {"zcu104", "xczu7ev-ffvc1156-2-e", 230400, 460800, 624, 96, 1728, 10.0},
};

intptr_t qcnnDeviceCount(void) { return (intptr_t)(sizeof devices / sizeof *devices); }

const QcnnDevice *qcnnDeviceGet(intptr_t i) { return i >= 0 && i < qcnnDeviceCount() ? &devices[i] : NULL; }

/* Users write parts with or without the temperature grade ("xczu3eg-sbva484-1" as in the Ultra96-V2
 * docs, "xczu3eg-sbva484-1-e" as in Vivado): a part matches when the text is the whole part or the part
 * up to one of its dashes. */
static bool partMatches(const char *part, const char *text) {
  size_t n = strlen(text);
  return n > 0 && strncmp(part, text, n) == 0 && (part[n] == '\0' || (part[n] == '-' && strchr(part + n + 1, '-') == NULL));
}

const QcnnDevice *qcnnDeviceLookup(const char *nameOrPart) {
  for (intptr_t i = 0; nameOrPart && i < qcnnDeviceCount(); i++)
    if (strcmp(devices[i].name, nameOrPart) == 0 || partMatches(devices[i].part, nameOrPart)) return &devices[i];
  return NULL;
}
