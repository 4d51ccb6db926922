/* placeholder */
#include "onnx/onnx.pb-c.h"
