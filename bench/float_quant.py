#!/usr/bin/env python3
"""Writes the float form of a QONNX model for onnxruntime, which cannot run QONNX's custom Quant op.

Each Quant(x, scale, zeropt, bitwidth) with rounding_mode ROUND becomes the standard-ONNX chain
    Mul(Sub(Clip(Round(Add(Div(x, scale), zeropt)), lo, hi), zeropt), scale)
with lo/hi the signed/narrow integer range of the (constant) bit width, which is QONNX's definition
(Round is ONNX's half-to-even, as ROUND is). The default-domain opset is raised to 11 if lower
(Round and Clip with min/max inputs need it), and initializers are no longer listed as graph inputs
(so onnxruntime may constant-fold the weight quantizers). Nothing else changes.

Usage: /usr/bin/python3 float_quant.py IN.onnx OUT.onnx
"""
import sys

import numpy as np
import onnx
from onnx import helper, numpy_helper

QUANT_DOMAINS = ("onnx.brevitas", "qonnx.custom_op.general", "finn.custom_op.general")


def attr(node, name, default):
    for a in node.attribute:
        if a.name == name:
            return helper.get_attribute_value(a)
    return default


def convert(model):
    graph = model.graph
    inits = {t.name: numpy_helper.to_array(t) for t in graph.initializer}
    nodes = []
    for n in graph.node:
        if n.op_type != "Quant" or n.domain not in QUANT_DOMAINS:
            nodes.append(n)
            continue
        mode = attr(n, "rounding_mode", b"ROUND")
        if (mode.decode() if isinstance(mode, bytes) else mode) != "ROUND":
            sys.exit("%s: rounding mode %s has no float form here" % (n.name, mode))
        x, scale, zeropt, bits = n.input
        if bits not in inits:
            sys.exit("%s: the bit width must be an initializer" % n.name)
        b = float(inits[bits])
        signed, narrow = attr(n, "signed", 1), attr(n, "narrow", 0)
        lo = -(2 ** (b - 1)) + narrow if signed else 0.0
        hi = 2 ** (b - 1) - 1 if signed else 2 ** b - 1 - narrow
        p = n.name or n.output[0]
        for name, v in (("lo", lo), ("hi", hi)):
            graph.initializer.append(numpy_helper.from_array(np.array(v, np.float32), "%s/%s" % (p, name)))
        t = lambda s: "%s/%s" % (p, s)
        nodes += [
            helper.make_node("Div", [x, scale], [t("div")], name=t("Div")),
            helper.make_node("Add", [t("div"), zeropt], [t("add")], name=t("Add")),
            helper.make_node("Round", [t("add")], [t("round")], name=t("Round")),
            helper.make_node("Clip", [t("round"), t("lo"), t("hi")], [t("clip")], name=t("Clip")),
            helper.make_node("Sub", [t("clip"), zeropt], [t("sub")], name=t("Sub")),
            helper.make_node("Mul", [t("sub"), scale], [n.output[0]], name=t("Mul")),
        ]
    del graph.node[:]
    graph.node.extend(nodes)
    opsets = [o for o in model.opset_import if o.domain not in QUANT_DOMAINS]
    for o in opsets:
        if o.domain in ("", "ai.onnx"):
            o.version = max(o.version, 11)
    # Initializers listed as graph inputs could be overridden at run time, so onnxruntime would not
    # constant-fold them (the weight quantizers): list only the real inputs.
    real = [i for i in graph.input if i.name not in inits]
    del graph.input[:]
    graph.input.extend(real)
    del model.opset_import[:]
    model.opset_import.extend(opsets)
    return model


def main():
    model = convert(onnx.load(sys.argv[1]))
    onnx.checker.check_model(model)
    onnx.save(model, sys.argv[2])


if __name__ == "__main__":
    main()
