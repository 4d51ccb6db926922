"""Exactness sweep for qcnn-convert-quant: writes DIR/sweep.mlir (one Quant per configuration: bit widths
1-8, unsigned/signed, narrow or not, every rounding mode, positive/negative and per-tensor/per-channel
scales), DIR/x<b>.npy (inputs lying on, and one float32 step either side of, every rounding boundary
s*(c - z) of every scale and zero point; 1-bit signed Quant and BipolarQuant included) and DIR/y<b>.npy (expected outputs computed with Python's exact Fractions, not by
qcnn; float64, as qcnn-run keeps f32 values in double). One function input and output per bit width; each output stacks that width's Quants on axis 0."""
import sys
from fractions import Fraction as F
import numpy as np

out = sys.argv[1]
MODES = ["ROUND", "CEIL", "FLOOR", "UP", "DOWN", "HALF_UP", "HALF_DOWN"]
KINDS = [(0, 0), (0, 1), (1, 0), (1, 1)]  # (signed, narrow)
CHANNEL_SCALES = [0.25, 0.1, 0.375]
ZEROS = [0, 0, 2, 0, -1]  # rotated independently of VARIANTS (5 and 4 are coprime)
VARIANTS = [("tensor", [0.3]), ("tensor", [-0.3]), ("channel", CHANNEL_SCALES), ("channel", [-s for s in CHANNEL_SCALES])]
f32 = lambda v: float(np.float32(v))


def levels(bits, signed, narrow):
    if signed:
        return -(1 << (bits - 1)) + narrow, (1 << (bits - 1)) - 1
    return 0, (1 << bits) - 1 - narrow


def round_mode(mode, num, den):
    """Rounds num/den (den > 0) to an integer exactly."""
    fl = num // den
    twice = 2 * (num - fl * den)  # 2*frac*den, compared with den (frac = 1/2)
    if twice == 0: return fl
    ce = fl + 1
    if mode == "FLOOR": return fl
    if mode == "CEIL": return ce
    if mode == "UP": return ce if num > 0 else fl
    if mode == "DOWN": return fl if num > 0 else ce
    if twice != den: return fl if twice < den else ce
    if mode == "ROUND": return fl if fl % 2 == 0 else ce
    if mode == "HALF_UP": return ce if num > 0 else fl
    return fl if num > 0 else ce  # HALF_DOWN


def quant(v, s, bits, signed, narrow, mode, zero):
    """v = x/s + zero as an exact Fraction; y = (q - zero)*s; clamp before rounding, as QONNX; 1-bit signed is bipolar by the sign
    of v; BipolarQuant (mode None) by the sign of x."""
    if mode is None:
        return (1 if (v >= 0 if s > 0 else v <= 0) else -1) * s
    if signed and bits == 1:
        return ((1 if v >= 0 else -1) - zero) * s
    lo, hi = levels(bits, signed, narrow)
    num, den = v.numerator, v.denominator
    q = lo if num < lo * den else hi if num > hi * den else round_mode(mode, num, den)
    return (q - zero) * s  # exact in double, which is how qcnn-run holds f32 values


def candidates(bits):
    vals = set()
    for s in [0.3] + CHANNEL_SCALES:
        s = F(f32(s))
        for c2 in range(-(1 << bits) - 12, (2 << bits) + 12):  # zero points shift boundaries by up to 2
            t = float(s * F(c2, 2))
            a = np.float32(t)
            for v in (a, np.nextafter(a, np.float32(-np.inf)), np.nextafter(a, np.float32(np.inf))):
                vals.add(float(v))
                vals.add(-float(v))
    return sorted(vals)


_ratios = {}


def ratios(xs, s):
    """x/s exactly for every candidate x (cached per input and scale)."""
    key = (len(xs), s)
    if key not in _ratios:
        _ratios[key] = [F(x) / F(s) for x in xs]
    return _ratios[key]


sig_args, sig_res, body, rets = [], [], [], []
for bits in range(1, 9):
    xs = candidates(bits)
    n = len(xs)
    x = np.array([xs] * 3, np.float32).reshape(1, 3, n)
    np.save("%s/x%d.npy" % (out, bits), x)
    xt = "tensor<1x3x%dxf32>" % n
    sig_args.append('%%x%d: %s {qcnn.name = "x%d"}' % (bits, xt, bits))
    results, expected = [], []
    cfg = 0
    for signed, narrow in KINDS:
        lo, hi = levels(bits, signed, narrow)
        if hi <= lo and not signed:
            continue  # a single-level quantizer is not converted
        # BipolarQuant (mode None) goes with the 1-bit signed Quant it equals.
        for mode in MODES + ([None, None] if signed and bits == 1 and not narrow else []):
            kind, scales = VARIANTS[cfg % 4]
            zero = ZEROS[cfg % 5] if mode else 0
            cfg += 1
            name = "q%d_%d" % (bits, len(results))
            if kind == "tensor":
                st, sv = "tensor<f32>", "dense<%r>" % f32(scales[0])
            else:
                st, sv = "tensor<1x3x1xf32>", "dense<[[[%r], [%r], [%r]]]>" % tuple(f32(s) for s in scales)
            body.append('  %%%s_s = arith.constant %s : %s' % (name, sv, st))
            body.append('  %%%s_z = arith.constant dense<%d.0> : tensor<f32>' % (name, zero))
            if mode is None:
                body.append('  %%%s = "qcnn.bipolar_quant"(%%x%d, %%%s_s) : (%s, %s) -> %s loc("%s")'
                            % (name, bits, name, xt, st, xt, name))
            else:
                body.append('  %%%s = "qcnn.quant"(%%x%d, %%%s_s, %%%s_z, %%b%d) {narrow = %d : i64, rounding_mode = "%s", '
                            'signed = %d : i64} : (%s, %s, tensor<f32>, tensor<f32>) -> %s loc("%s")'
                            % (name, bits, name, name, bits, narrow, mode, signed, xt, st, xt, name))
            results.append(name)
            chan = [scales[0]] * 3 if kind == "tensor" else scales
            expected.append([[quant(v + zero, f32(chan[c]), bits, signed, narrow, mode, zero) for v in ratios(xs, f32(chan[c]))]
                             for c in range(3)])
    body.insert(0, '  %%b%d = arith.constant dense<%d.0> : tensor<f32>' % (bits, bits))
    acc, rows = results[0], 1
    for i, r in enumerate(results[1:]):
        rows += 1
        nxt = "cat%d_%d" % (bits, i)
        body.append('  %%%s = "qcnn.concat"(%%%s, %%%s) {axis = 0 : i64} : (tensor<%dx3x%dxf32>, %s) -> tensor<%dx3x%dxf32>'
                    % (nxt, acc, r, rows - 1, n, xt, rows, n))
        acc = nxt
    rt = "tensor<%dx3x%dxf32>" % (rows, n)
    sig_res.append('%s {qcnn.name = "y%d"}' % (rt, bits))
    rets.append(("%" + acc, rt))
    np.save("%s/y%d.npy" % (out, bits), np.array(expected, np.float64))

with open("%s/sweep.mlir" % out, "w") as f:
    f.write("func.func @main(%s) -> (%s) {\n" % (", ".join(sig_args), ", ".join(sig_res)))
    f.write("\n".join(body) + "\n")
    f.write("  return %s : %s\n}\n" % (", ".join(r for r, _ in rets), ", ".join(t for _, t in rets)))
