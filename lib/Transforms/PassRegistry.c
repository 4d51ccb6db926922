/* placeholder */
#include "qcnn/IR.h"
