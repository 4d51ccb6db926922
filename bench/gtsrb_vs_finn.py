#!/usr/bin/python3
"""Numbers of docs/gtsrb-vs-finn.md: qcnn's pipeline on the GTSRB QONNX export against FINN's own
streamlined graph of the same model (step_streamline.onnx).

    /usr/bin/python3 bench/gtsrb_vs_finn.py [BUILD_DIR] [MODELS_DIR]

The tools are BUILD_DIR/bin/qcnn-*, or without BUILD_DIR (or with "-") the ones on PATH, else build/.

Runs qcnn-translate --import-onnx and qcnn-opt (PASSES below) on the QONNX file, reads the integer
constants back from the printed IR, and compares layer by layer with FINN's MultiThreshold and
MatMul initializers. Needs onnx and numpy (Debian's python3)."""
import os
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import onnx
from onnx import numpy_helper

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
BUILD = sys.argv[1] if len(sys.argv) > 1 and sys.argv[1] != "-" else None
MODELS = sys.argv[2] if len(sys.argv) > 2 else os.path.join(ROOT, "..", "shared", "models")
PASSES = ["--qcnn-tidy", "--qcnn-convert-quant", "--qcnn-streamline"]
QONNX = os.path.join(MODELS, "gtsrb_cnn", "gtsrb_12x12_w2a3_c12x24x36.onnx")
FINN = os.path.join(MODELS, "gtsrb_cnn", "step_streamline.onnx")
FINN_INPUT = os.path.join(MODELS, "gtsrb_cnn", "step_transform_input.onnx")


def tool(name):
    if BUILD:
        return os.path.join(BUILD, "bin", name)
    return shutil.which(name) or os.path.join(ROOT, "build", "bin", name)


def run_pipeline():
    with tempfile.TemporaryDirectory() as tmp:
        imported = os.path.join(tmp, "in.mlir")
        subprocess.run([tool("qcnn-translate"), "--import-onnx", QONNX, "-o", imported], check=True)
        return subprocess.run([tool("qcnn-opt"), imported, *PASSES],
                              check=True, capture_output=True, text=True).stdout


# ---- reading the printed IR: SSA values, constants and qcnn ops ----
TENSOR = re.compile(r"tensor<((?:\d+x)*)([a-z]+\d+)>")


def parse_type(t):
    m = TENSOR.fullmatch(t.strip())
    return [int(d) for d in m.group(1).split("x") if d], m.group(2)


def decode(body, shape, elem):
    n = int(np.prod(shape))
    if body.startswith('"0x'):  # little-endian raw storage, a whole number of bytes per element
        raw = bytes.fromhex(body[3:-1])
        if elem.startswith("f"):
            return np.frombuffer(raw, {"f32": "<f4", "f64": "<f8"}[elem]).reshape(shape).astype(np.float64)
        width = len(raw) // n
        bits = int(elem[2:] if elem[:2] in ("si", "ui") else elem[1:])
        v = np.array([int.from_bytes(raw[k * width:(k + 1) * width], "little") for k in range(n)], dtype=object)
        v = v % (1 << bits)
        if not elem.startswith("ui"):
            v = np.where(v >= 1 << (bits - 1), v - (1 << bits), v)
        return v.astype(np.int64).reshape(shape)
    vals = [float(x) for x in re.findall(r"-?[\d.]+(?:e[-+]?\d+)?|-?inf|nan", body)]
    arr = np.array(vals)
    arr = arr.reshape(shape) if arr.size == n else np.broadcast_to(arr, shape)
    return arr.astype(np.float64 if elem.startswith("f") else np.int64)


def parse_ir(text):
    consts, ops = {}, []
    for line in text.splitlines():
        m = re.match(r"\s*(%\w+) = arith.constant dense<(.*)> : (tensor<[^>]*>)$", line)
        if m:
            shape, elem = parse_type(m.group(3))
            consts[m.group(1)] = (decode(m.group(2), shape, elem), elem)
            continue
        m = re.match(r'\s*(%\w+) = "qcnn\.(\w+)"\(([^)]*)\)(?: \{(.*)\})? : \(.*\) -> (tensor<[^>]*>)$', line)
        if m:
            attrs = dict(re.findall(r"(\w+) = (\S+?)(?: : \w+)?(?:,|$)", m.group(4) or ""))
            ops.append({"res": m.group(1), "kind": m.group(2), "args": [a.strip() for a in m.group(3).split(",")],
                        "attrs": attrs, "type": parse_type(m.group(5))})
    return consts, ops


def conv_ties():
    """Where the conv layers' Quant boundaries v = m - 1/2 fall in accumulator units (float64): the
    tie rule of ROUND only matters for a boundary on an integer accumulator."""
    g = onnx.load(QONNX).graph
    init = {i.name: numpy_helper.to_array(i).astype(np.float64) for i in g.initializer}
    nodes = {n.name: n for n in g.node}
    scale = lambda name: init[nodes[f"/{name}/{'weight_quant' if 'conv' in name else 'act_quant'}/export_handler/Quant"].input[1]]
    for l in (1, 2, 3):
        bn = nodes[f"/bn{l}/BatchNormalization"]
        eps = next(a.f for a in bn.attribute if a.name == "epsilon")
        gamma, beta, mean, var = (init[i][:, None] for i in bn.input[1:])
        sx = scale("in_quant" if l == 1 else f"relu{l - 1}")
        unit = sx * scale(f"conv{l}")
        m = np.arange(1, 8)[None, :]
        acc = (((m - 0.5) * scale(f"relu{l}") - beta) * np.sqrt(var + eps) / gamma + mean - init[f"conv{l}.bias"][:, None]) / unit
        print(f"conv{l}: BatchNorm gamma min {gamma.min():.3f}; ROUND boundaries in accumulator units: "
              f"nearest integer at distance {np.abs(acc - np.round(acc)).min():.4f}")


def main():
    ours_text = run_pipeline()
    consts, ops = parse_ir(ours_text)
    by_res = {o["res"]: o for o in ops}
    finn = onnx.load(FINN).graph
    finit = {i.name: numpy_helper.to_array(i) for i in finn.initializer}
    fnodes = {n.output[0]: n for n in finn.node}
    fmt = [n for n in finn.node if n.op_type == "MultiThreshold"]
    omt = [o for o in ops if o["kind"] == "multithreshold"]

    print(f"threshold ops: qcnn {len(omt)}, FINN {len(fmt)}")
    print("qcnn op kinds:", " ".join(o["kind"] for o in ops))
    print("FINN op types:", " ".join(n.op_type for n in finn.node))

    # ---- layer 0: the input quantizer. FINN's thresholds act on UINT8 pixels p, ours on the
    # normalised float x = (p / 255 - mean) / std (the host's preprocessing, in float32 as in FINN's
    # step_transform_input.onnx). Compare the level each of the 256 pixel values gets.
    tin = onnx.load(FINN_INPUT).graph
    tinit = {i.name: numpy_helper.to_array(i) for i in tin.initializer}
    div255, mean, std = (tinit[n.input[1]] for n in tin.node[:3])
    p = np.arange(256, dtype=np.float32).reshape(1, 256)
    x = (p / div255 - mean.reshape(3, 1)) / std.reshape(3, 1)  # float32, [3, 256]
    t0, _ = consts[omt[0]["args"][1]]
    ours_lvl = (x.astype(np.float64)[:, :, None] >= t0.reshape(1, 1, -1)).sum(axis=2)
    f0 = finit[fmt[0].input[1]]
    finn_lvl = (p.astype(np.float64).reshape(1, 256, 1) >= f0[:, None, :]).sum(axis=2)
    print(f"layer 0 (input quantizer): qcnn thresholds {t0.shape} {consts[omt[0]['args'][1]][1]} on f32 x, "
          f"FINN {f0.shape} on UINT8 pixels; levels of p = 0..255 equal in every channel: "
          f"{np.array_equal(ours_lvl, finn_lvl)}; distinct levels used per channel: "
          f"{[len(set(r)) for r in finn_lvl.tolist()]}; FINN thresholds <= 0 {(f0 <= 0).sum(axis=1).tolist()}, "
          f"> 255 {(f0 > 255).sum(axis=1).tolist()}")

    # ---- layers 1..4: integer linear op, then thresholds on its accumulator.
    for k in range(1, len(omt)):
        o, f = omt[k], fmt[k]
        lin = by_res[o["args"][0]]
        w, wtype = consts[lin["args"][1]] if lin["args"][1] in consts else consts[by_res[lin["args"][1]]["args"][0]]
        if lin["kind"] == "conv":  # [O, I, kh, kw] -> FINN's Im2Col + MatMul [kh·kw·I, O]
            w = w.transpose(2, 3, 1, 0).reshape(-1, w.shape[0])
        elif lin["args"][1] not in consts:  # matmul(x, transpose(W))
            w = w.T
        fw = finit[fnodes[f.input[0]].input[1]]
        t, ttype = consts[o["args"][1]]
        ft = finit[f.input[1]]
        ceil = np.ceil(ft)
        diff = t != ceil
        print(f"layer {k} ({lin['kind']} {w.shape}): weights equal: {np.array_equal(w, fw)}; "
              f"accumulator {lin['type'][1]}; thresholds qcnn {t.shape} {ttype}, FINN {ft.shape} "
              f"(all integers: {np.array_equal(ft, ceil)}); differing thresholds {int(diff.sum())} of {t.size}"
              + (f", qcnn − FINN in {sorted(set((t - ceil)[diff].astype(int).tolist()))} at level indices "
                 f"{sorted(set(np.nonzero(diff)[1].tolist()))}" if diff.any() else "")
              + f"; rows: qcnn {t.shape[0]}, FINN {ft.shape[0]}; row 0 qcnn {t[0].tolist()} FINN {ceil[0].astype(int).tolist()}")

    conv_ties()
    fnl = list(finn.node)
    olast = [o for o in ops if o["kind"] in ("conv", "matmul")][-1]
    flast = [n for n in fnl if n.op_type == "MatMul"][-1]
    wa = olast["args"][1]
    w = consts[wa][0] if wa in consts else consts[by_res[wa]["args"][0]][0].T  # folded, or matmul(x, transpose(W))
    print(f"output layer (matmul {w.shape}): weights equal: {np.array_equal(w, finit[flast.input[1]])}; "
          f"accumulator {olast['type'][1]}")
    tail = ops[ops.index(omt[-1]) + 1:]
    print("after the last threshold: qcnn", " ".join(
        f"{o['kind']}->{o['type'][1]}" + (f" by {consts[o['args'][1]][0].tolist()}" if o["kind"] == "mul" else "")
        for o in tail), "| FINN", " ".join(n.op_type for n in fnl[fnl.index(fmt[-1]) + 1:]))
    floats = [o["kind"] for o in ops if o["type"][1].startswith("f")]
    print("qcnn ops with a float result:", floats, "| thresholds reading a function argument (f32):",
          [k for k, o in enumerate(omt) if by_res.get(o["args"][0]) is None])


if __name__ == "__main__":
    main()
