"""Reads the estimate report, the estimated IR and (if given) the FIFO sizing report of seed case (b)
and prints what the test checks: the folding of conv2, the FIFO BRAM in both reports, and whether the
totals fit the ZU3EG by the capacities of Xilinx DS891 (xczu3eg: 70560 LUT, 141120 FF, 216 BRAM36 = 432 BRAM18,
360 DSP48E2), written here independently of the compiler's device table."""
import json
import re
import sys

estimate = json.load(open(sys.argv[1]))
ir = open(sys.argv[2]).read()
fifos = json.load(open(sys.argv[3])) if len(sys.argv) > 3 else None

# conv2 is the only mvau with mh 12, mw 72.
conv2 = re.search(r'"qdf\.mvau".*mh = 12 : i64, mw = 72 : i64.*', ir).group(0)
pe, simd = (int(re.search(r"\b%s = (\d+) : i64" % k, conv2).group(1)) for k in ("pe", "simd"))
print("conv2 pe*simd", pe * simd)

if fifos:
    per_fifo = sum(f["bram18"] for f in fifos["fifos"])
    assert per_fifo == fifos["totals"]["sized"]["bram18"], "per-FIFO BRAM18 does not add up to the total"
    print("fifos", len(fifos["fifos"]), "fifo bram18", per_fifo)
    print("estimate fifo bram18", sum(o["bram18"] for o in estimate["ops"] if o["op"] == "qdf.fifo"))

zu3eg = {"lut": 70560, "ff": 141120, "bram18": 432, "dsp": 360}
totals = estimate["totals"]
over = [k for k, cap in zu3eg.items() if totals[k] > cap] + (["uram"] if totals["uram"] > 0 else [])
print("fits ZU3EG:", "no " + ",".join(over) if over else "yes")
