"""Checks the input thresholds of uint8-input-div-255.textproto after streamlining: the quantizer
(unsigned 8 bits, scale s = fl32(1/255), ROUND = half to even) on x/255 has level m >= 1 iff
x/255 > s(m - 1/2) (odd m) or >= (even m); its threshold on the quotient is the smallest double above
(or at) that boundary, and on the pixel the smallest double >= 255 times it. Derived with Fractions."""
import math
import re
import sys
from fractions import Fraction

import numpy as np


def smallest_double(bound, strict):
    d = float(bound)
    while Fraction(d) < bound or (strict and Fraction(d) == bound):
        d = math.nextafter(d, math.inf)
    while True:
        p = math.nextafter(d, -math.inf)
        if Fraction(p) > bound or (not strict and Fraction(p) == bound):
            d = p
        else:
            return d


text = open(sys.argv[1]).read()
name = re.search(r'"qcnn.multithreshold"\(%arg0, (%[\w]+)\)', text).group(1)
hexdata = re.search(re.escape(name) + r' = arith.constant dense<"0x([0-9A-F]+)"> : tensor<1x255xf64>', text).group(1)
got = np.frombuffer(bytes.fromhex(hexdata), dtype="<f8")
s = Fraction(float(np.float32(1 / 255)))
want = [smallest_double(255 * Fraction(smallest_double(s * (m - Fraction(1, 2)), m % 2 == 1)), False)
        for m in range(1, 256)]
bad = [(m + 1, g, w) for m, (g, w) in enumerate(zip(got, want)) if g != w]
if bad:
    sys.exit("threshold mismatch (level, got, want): %s" % bad[:5])
print("255 thresholds exact")
