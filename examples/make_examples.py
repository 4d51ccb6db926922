#!/usr/bin/python3
"""Regenerate the bundled example models (see docs/examples.md).

Trains small quantized CNNs on synthetic optical-ring images with fake quantization (straight-through
estimator) in torch, writes them as Brevitas-0.11-style QONNX graphs, and computes each example's expected
outputs with an independent float64 numpy evaluator that reads the exported .onnx file, not the torch model.

Run with Debian's python3 (numpy, python3-onnx, python3-torch):
    /usr/bin/python3 examples/make_examples.py [--retrain] [--only NAME ...]
Trained weights are cached in examples/<name>/train-cache/ (git-ignored); --retrain ignores the cache.
"""
import argparse
import json
import os
import sys
import time

import numpy as np
import onnx
import torch
import torch.nn.functional as F
from numpy.lib.stride_tricks import sliding_window_view
from onnx import TensorProto, helper, numpy_helper

HERE = os.path.dirname(os.path.abspath(__file__))
FILTERS = (8, 12, 16, 20, 24)
FC_HIDDEN = 16
INV255 = np.float32(1.0 / 255.0)
QONNX_DOMAIN = "qonnx.custom_op.general"
INPUT_NAME = "x.1"
CLASS_NAMES = ("unreliable", "reliable")

# Every example: weight/activation bits, bias quantizer bits (None: float bias, Brevitas' default; 32:
# Brevitas' Int32Bias), the example it is fine-tuned from (None: trained from scratch), training set
# size/epochs, held-out set size and seed.
SPECS = [
    dict(name="ring-classifier-64", size=64, task="cls", bits=8, bias_bits=None, init=None,
         n_train=6000, epochs=8, lr=3e-3, n_eval=1000, seed=1),
    dict(name="ring-regressor-64", size=64, task="reg", bits=4, bias_bits=32, init=None,
         n_train=6000, epochs=8, lr=2e-3, n_eval=1000, seed=2),
    dict(name="ring-classifier-128", size=128, task="cls", bits=8, bias_bits=None, init="ring-classifier-64",
         n_train=3000, epochs=3, lr=1e-3, n_eval=500, seed=3),
    dict(name="ring-regressor-128", size=128, task="reg", bits=4, bias_bits=32, init="ring-regressor-64",
         n_train=3000, epochs=6, lr=1e-3, n_eval=500, seed=4),
    dict(name="ring-classifier-300", size=300, task="cls", bits=8, bias_bits=None, init="ring-classifier-128",
         n_train=1000, epochs=2, lr=5e-4, n_eval=200, seed=5),
]
N_TEST_INPUTS = 4


# ----------------------------------------------------------------------------------------------------
# Synthetic optical rings
# ----------------------------------------------------------------------------------------------------

def make_rings(rng, n, size, chunk=128):
    """n images (uint8, n×1×size×size) of a bright ring on a dim, slightly tilted background, with
    labels reliable (bool) and ring diameter in pixels. Reliable rings are thin, sharp, complete and
    lightly noisy; each unreliable ring has at least one of: strong noise, blur, 1-3 missing arcs."""
    imgs, rel, diam = [], [], []
    for start in range(0, n, chunk):
        i, r, d = _ring_chunk(rng, min(chunk, n - start), size)
        imgs.append(i), rel.append(r), diam.append(d)
    return np.concatenate(imgs), np.concatenate(rel), np.concatenate(diam)


def _ring_chunk(rng, n, size):
    cx = size * (0.5 + rng.uniform(-0.08, 0.08, n))
    cy = size * (0.5 + rng.uniform(-0.08, 0.08, n))
    radius = size * rng.uniform(0.14, 0.36, n)
    sigma = size * rng.uniform(0.010, 0.018, n)
    amp = rng.uniform(140.0, 220.0, n)
    bg = rng.uniform(10.0, 40.0, n)
    tilt = rng.uniform(-20.0, 20.0, (n, 2))
    noise = rng.uniform(2.0, 8.0, n)
    reliable = rng.random(n) < 0.5
    flags = rng.random((n, 3)) < 0.4
    flags[np.arange(n), rng.integers(0, 3, n)] = True
    flags &= ~reliable[:, None]
    noisy, blurred, broken = flags.T
    noise = np.where(noisy, rng.uniform(20.0, 45.0, n), noise)
    blur = np.where(blurred, rng.uniform(2.5, 5.0, n), 1.0)
    sigma, amp = sigma * blur, amp / np.sqrt(blur)
    n_gaps = rng.integers(1, 4, n)
    gap_at = rng.uniform(-np.pi, np.pi, (n, 3))
    gap_half = np.radians(rng.uniform(12.0, 35.0, (n, 3)))
    gap_half *= broken[:, None] & (np.arange(3)[None, :] < n_gaps[:, None])

    coords = np.arange(size, dtype=np.float64) + 0.5
    dx = coords[None, None, :] - cx[:, None, None]
    dy = coords[None, :, None] - cy[:, None, None]
    ring = amp[:, None, None] * np.exp(-(np.hypot(dx, dy) - radius[:, None, None]) ** 2
                                       / (2.0 * sigma[:, None, None] ** 2))
    theta = np.arctan2(dy, dx)
    for k in range(3):
        off = np.abs((theta - gap_at[:, k, None, None] + np.pi) % (2.0 * np.pi) - np.pi)
        ring = np.where(off < gap_half[:, k, None, None], 0.0, ring)
    img = (bg[:, None, None] + (tilt[:, 0, None, None] * dx + tilt[:, 1, None, None] * dy) / size + ring
           + noise[:, None, None] * rng.standard_normal((n, size, size)))
    img = np.clip(np.round(img), 0, 255).astype(np.uint8)[:, None]
    return img, reliable, 2.0 * radius


# ----------------------------------------------------------------------------------------------------
# Quantization semantics shared by training (torch) and export; the numpy reference re-derives them.
# ----------------------------------------------------------------------------------------------------

def int_range(bits, signed, narrow):
    if signed:
        return -(2 ** (bits - 1)) + (1 if narrow else 0), 2 ** (bits - 1) - 1
    return 0, 2 ** bits - 1 - (1 if narrow else 0)


def fake_quant(x, scale, bits, signed, narrow):
    """QONNX Quant with zero point 0 and ROUND (torch.round is half-to-even); the straight-through
    estimator passes the gradient through the rounding, clamp zeroes it outside the range."""
    lo, hi = int_range(bits, signed, narrow)
    q = x / scale
    q = q + (torch.round(q) - q).detach()
    return torch.clamp(q, lo, hi) * scale


class ActQuant(torch.nn.Module):
    """Per-tensor activation quantizer, zero point 0. The scale is learned in the log domain (Brevitas'
    LOG_FP restriction keeps it positive) unless fixed; optionally applies ReLU first (QuantReLU)."""

    def __init__(self, bits, signed, relu, fixed_scale=None):
        super().__init__()
        self.bits, self.signed, self.relu = bits, signed, relu
        self.fixed_scale = fixed_scale
        self.log_scale = torch.nn.Parameter(torch.tensor(0.0)) if fixed_scale is None else None
        self.calibrating = False

    def scale(self):
        if self.fixed_scale is not None:
            return torch.tensor(self.fixed_scale)
        return torch.exp(self.log_scale)

    def forward(self, x):
        if self.relu:
            x = F.relu(x)
        if self.calibrating:
            with torch.no_grad():
                hi = int_range(self.bits, self.signed, False)[1]
                top = torch.quantile(x.detach().flatten()[::7], 0.999).clamp(min=1e-3)
                self.log_scale.copy_(torch.log(top / hi))
        return fake_quant(x, self.scale(), self.bits, self.signed, False)


class WeightQuant(torch.nn.Module):
    """Brevitas' default weight quantizer: per-tensor, signed, narrow, scale = max|w| / qmax."""

    def __init__(self, bits):
        super().__init__()
        self.bits = bits

    def scale(self, w):
        return w.abs().max() / int_range(self.bits, True, True)[1]

    def forward(self, w):
        return fake_quant(w, self.scale(w), self.bits, True, True)


class RingNet(torch.nn.Module):
    """Mul(1/255) → Quant(u8) → 5×[Conv3×3 → ReLU → Quant(uN) → MaxPool2] → GAP → Flatten →
    Gemm → ReLU → Quant(uN) → Gemm. Weights are N-bit; the input quantizer is always 8-bit. Biases
    are float (bias_bits None) or quantized like Brevitas' IntBias (see quant_bias)."""

    def __init__(self, bits, n_out, bias_bits):
        super().__init__()
        self.bits, self.n_out, self.bias_bits = bits, n_out, bias_bits
        self.in_quant = ActQuant(8, False, False, fixed_scale=float(INV255))
        cin = 1
        for i, f in enumerate(FILTERS, 1):
            setattr(self, f"conv{i}", torch.nn.Conv2d(cin, f, 3, padding=1))
            setattr(self, f"conv{i}_wq", WeightQuant(bits))
            setattr(self, f"relu{i}", ActQuant(bits, False, True))
            cin = f
        self.fc1 = torch.nn.Linear(cin, FC_HIDDEN)
        self.fc1_wq = WeightQuant(bits)
        self.relu6 = ActQuant(bits, False, True)
        self.fc2 = torch.nn.Linear(FC_HIDDEN, n_out)
        self.fc2_wq = WeightQuant(bits)

    def act_quants(self):
        return [getattr(self, f"relu{i}") for i in range(1, len(FILTERS) + 2)]

    def bias_scale(self, layer, gap_area):
        """Brevitas' IntBias scale: input scale × weight scale (the accumulator's LSB, so the bias adds as
        an integer), a float32 product. The input scale is the one Brevitas' QuantTensor carries: MaxPool
        keeps it, GlobalAveragePool divides it by the pooled area (Brevitas 0.11's adaptive_avg_pool2d
        handler), so fc1 sees relu5's scale / area. Read at use: calibration changes the scales."""
        if layer == "conv1":
            in_scale = self.in_quant.scale()
        elif layer.startswith("conv"):
            in_scale = getattr(self, f"relu{int(layer[4:]) - 1}").scale()
        elif layer == "fc1":
            in_scale = getattr(self, f"relu{len(FILTERS)}").scale() / torch.tensor(float(gap_area))
        else:
            in_scale = self.relu6.scale()
        return in_scale * getattr(self, f"{layer}_wq").scale(getattr(self, layer).weight)

    def quant_bias(self, layer, gap_area):
        bias = getattr(self, layer).bias
        if self.bias_bits is None:
            return bias
        return fake_quant(bias, self.bias_scale(layer, gap_area), self.bias_bits, True, False)

    def forward(self, x):
        x = self.in_quant(x * torch.tensor(INV255))
        gap_area = (x.shape[2] >> len(FILTERS)) * (x.shape[3] >> len(FILTERS))
        for i in range(1, len(FILTERS) + 1):
            conv = getattr(self, f"conv{i}")
            x = F.conv2d(x, getattr(self, f"conv{i}_wq")(conv.weight), self.quant_bias(f"conv{i}", gap_area),
                         padding=1)
            x = F.max_pool2d(getattr(self, f"relu{i}")(x), 2)
        x = torch.flatten(F.adaptive_avg_pool2d(x, 1), 1)
        x = self.relu6(F.linear(x, self.fc1_wq(self.fc1.weight), self.quant_bias("fc1", gap_area)))
        return F.linear(x, self.fc2_wq(self.fc2.weight), self.quant_bias("fc2", gap_area))


# ----------------------------------------------------------------------------------------------------
# Training
# ----------------------------------------------------------------------------------------------------

def targets(spec, reliable, diameter):
    if spec["task"] == "cls":
        return torch.from_numpy(reliable.astype(np.int64))
    return torch.from_numpy((diameter / spec["size"]).astype(np.float32))[:, None]


def loss_fn(spec, out, y):
    return F.cross_entropy(out, y) if spec["task"] == "cls" else F.mse_loss(out, y)


def train(spec, model, rng):
    imgs, rel, diam = make_rings(rng, spec["n_train"], spec["size"])
    x_all, y_all = torch.from_numpy(imgs.astype(np.float32)), targets(spec, rel, diam)
    batch = 64 if spec["size"] <= 128 else 16
    if spec["init"] is None:
        # A regressor's output starts at the mean target (diameter/size ∈ [0.28, 0.72]); from a zero
        # start the first large errors kill the 4-bit ReLUs and training collapses to a constant.
        if spec["task"] == "reg":
            with torch.no_grad():
                model.fc2.bias.fill_(0.5)
        # Start the learned activation scales at the 99.9th percentile of a first batch.
        for q in model.act_quants():
            q.calibrating = True
            with torch.no_grad():
                model(x_all[:256])
            q.calibrating = False
    opt = torch.optim.Adam(model.parameters(), lr=spec["lr"])
    steps = spec["epochs"] * ((len(x_all) + batch - 1) // batch)
    sched = torch.optim.lr_scheduler.OneCycleLR(opt, max_lr=spec["lr"], total_steps=steps)
    model.train()
    for epoch in range(spec["epochs"]):
        perm = torch.from_numpy(rng.permutation(len(x_all)))
        total = 0.0
        for s in range(0, len(x_all), batch):
            idx = perm[s:s + batch]
            loss = loss_fn(spec, model(x_all[idx]), y_all[idx])
            opt.zero_grad()
            loss.backward()
            opt.step()
            sched.step()
            total += loss.item() * len(idx)
        print(f"  epoch {epoch + 1}/{spec['epochs']}: loss {total / len(x_all):.4f}", flush=True)
    model.eval()


# ----------------------------------------------------------------------------------------------------
# QONNX export, laid out like Brevitas 0.11 export_qonnx under torch 1.13 (opset 14)
# ----------------------------------------------------------------------------------------------------

class GraphBuilder:
    """Collects nodes, initializers and value_info; scalar constants with equal values share one
    initializer, as torch's initializer deduplication does."""

    def __init__(self):
        self.nodes, self.inits, self.params, self.value_info = [], [], [], []
        self.const_by_value = {}

    def param(self, name, array):
        self.inits.append(numpy_helper.from_array(np.asarray(array, dtype=np.float32), name))
        self.params.append(helper.make_tensor_value_info(name, TensorProto.FLOAT, list(array.shape)))
        return name

    def scalar(self, name, value):
        value = np.float32(value)
        key = value.tobytes()
        if key not in self.const_by_value:
            self.inits.append(numpy_helper.from_array(np.array(value, dtype=np.float32), name))
            self.const_by_value[key] = name
        return self.const_by_value[key]

    def node(self, op, name, inputs, shape, domain="", **attrs):
        out = f"{name}_output_0"
        self.nodes.append(helper.make_node(op, inputs, [out], name=name, domain=domain, **attrs))
        if shape is not None:
            self.value_info.append(helper.make_tensor_value_info(out, TensorProto.FLOAT, list(shape)))
        return out

    def quant(self, scope, x, scale, bits, signed, narrow, shape):
        s = self.scalar(f"{scope}/export_handler/Constant_output_0", scale)
        z = self.scalar(f"{scope}/export_handler/Constant_1_output_0", 0.0)
        b = self.scalar(f"{scope}/export_handler/Constant_2_output_0", bits)
        return self.node("Quant", f"{scope}/export_handler/Quant", [x, s, z, b], shape, domain=QONNX_DOMAIN,
                         narrow=int(narrow), rounding_mode="ROUND", signed=int(signed))


def f32(t):
    return np.float32(t.detach().item())


def export_bias(g, model, layer, bias, gap_area):
    """The bias initializer, behind a signed non-narrow Quant when the model quantizes biases (as
    Brevitas' bias_quant export handler writes it, the scale folded to a constant)."""
    if model.bias_bits is None:
        return bias
    return g.quant(f"/{layer}/bias_quant", bias, f32(model.bias_scale(layer, gap_area)), model.bias_bits,
                   True, False, list(getattr(model, layer).bias.shape))


def export_qonnx(model, size, path):
    g = GraphBuilder()
    shape = [1, 1, size, size]
    gap_area = (size >> len(FILTERS)) ** 2
    x = g.node("Mul", "/Mul", [INPUT_NAME, g.scalar("/Constant_output_0", INV255)], shape)
    x = g.quant("/in_quant/act_quant", x, INV255, 8, False, False, shape)
    for i, f in enumerate(FILTERS, 1):
        conv = getattr(model, f"conv{i}")
        w = g.param(f"conv{i}.weight", conv.weight.detach().numpy())
        bias = g.param(f"conv{i}.bias", conv.bias.detach().numpy())
        wq = g.quant(f"/conv{i}/weight_quant", w, f32(getattr(model, f"conv{i}_wq").scale(conv.weight)),
                     model.bits, True, True, list(conv.weight.shape))
        bias = export_bias(g, model, f"conv{i}", bias, gap_area)
        shape = [1, f, shape[2], shape[3]]
        x = g.node("Conv", f"/conv{i}/Conv", [x, wq, bias], shape, dilations=[1, 1], group=1,
                   kernel_shape=[3, 3], pads=[1, 1, 1, 1], strides=[1, 1])
        x = g.node("Relu", f"/relu{i}/act_quant/activation_impl/Relu", [x], shape)
        x = g.quant(f"/relu{i}/act_quant", x, f32(getattr(model, f"relu{i}").scale()), model.bits, False,
                    False, shape)
        shape = [1, f, shape[2] // 2, shape[3] // 2]
        x = g.node("MaxPool", f"/pool{i}/MaxPool", [x], shape, ceil_mode=0, kernel_shape=[2, 2],
                   pads=[0, 0, 0, 0], strides=[2, 2])
    x = g.node("GlobalAveragePool", "/gap/GlobalAveragePool", [x], shape[:2] + [1, 1])
    x = g.node("Flatten", "/Flatten", [x], shape[:2], axis=1)
    for j, act in ((1, model.relu6), (2, None)):
        fc = getattr(model, f"fc{j}")
        w = g.param(f"fc{j}.weight", fc.weight.detach().numpy())
        bias = g.param(f"fc{j}.bias", fc.bias.detach().numpy())
        wq = g.quant(f"/fc{j}/weight_quant", w, f32(getattr(model, f"fc{j}_wq").scale(fc.weight)),
                     model.bits, True, True, list(fc.weight.shape))
        bias = export_bias(g, model, f"fc{j}", bias, gap_area)
        # The final Gemm's output shape is left to the consumer, like torch's symbolic output dims.
        x = g.node("Gemm", f"/fc{j}/Gemm", [x, wq, bias], [1, fc.out_features] if act else None,
                   alpha=1.0, beta=1.0, transB=1)
        if act is not None:
            x = g.node("Relu", "/relu6/act_quant/activation_impl/Relu", [x], [1, fc.out_features])
            x = g.quant("/relu6/act_quant", x, f32(act.scale()), model.bits, False, False,
                        [1, fc.out_features])
    graph = helper.make_graph(
        g.nodes, "main_graph",
        [helper.make_tensor_value_info(INPUT_NAME, TensorProto.FLOAT, [1, 1, size, size])] + g.params,
        [helper.make_tensor_value_info(x, TensorProto.FLOAT, ["Gemm_fc2_dim_0", "Gemm_fc2_dim_1"])],
        initializer=g.inits, value_info=g.value_info)
    m = helper.make_model(graph, producer_name="qcnn examples/make_examples.py", producer_version="1",
                          opset_imports=[helper.make_opsetid("", 14), helper.make_opsetid(QONNX_DOMAIN, 1)])
    m.ir_version = 8
    onnx.checker.check_model(m)
    onnx.save(m, path)


# ----------------------------------------------------------------------------------------------------
# Independent reference: float64 numpy evaluation of the exported QONNX graph
# ----------------------------------------------------------------------------------------------------

def _attrs(node):
    return {a.name: helper.get_attribute_value(a) for a in node.attribute}


def ref_quant(x, scale, zeropt, bitwidth, signed, narrow, rounding_mode):
    assert rounding_mode == b"ROUND", rounding_mode
    bits = int(bitwidth)
    assert bits == bitwidth
    if signed:
        lo = -(2.0 ** (bits - 1)) + (1 if narrow else 0)
        hi = 2.0 ** (bits - 1) - 1
    else:
        lo, hi = 0.0, 2.0 ** bits - 1 - (1 if narrow else 0)
    return (np.clip(np.round(x / scale + zeropt), lo, hi) - zeropt) * scale  # np.round: half to even


def ref_conv(x, w, b, a):
    assert a["strides"] == [1, 1] and a["dilations"] == [1, 1] and a["group"] == 1
    t, l, bo, r = a["pads"]
    kh, kw = a["kernel_shape"]
    xp = np.pad(x, ((0, 0), (0, 0), (t, bo), (l, r)))
    win = sliding_window_view(xp, (kh, kw), axis=(2, 3))  # N, C, H, W, kh, kw
    return np.tensordot(win, w, axes=([1, 4, 5], [1, 2, 3])).transpose(0, 3, 1, 2) + b[None, :, None, None]


def ref_maxpool(x, a):
    assert a.get("ceil_mode", 0) == 0 and a["pads"] == [0, 0, 0, 0]
    (kh, kw), (sh, sw) = a["kernel_shape"], a["strides"]
    return sliding_window_view(x, (kh, kw), axis=(2, 3))[:, :, ::sh, ::sw].max(axis=(4, 5))


def ref_gemm(x, w, b, a):
    w = w.T if a.get("transB", 0) else w
    assert not a.get("transA", 0)
    return a.get("alpha", 1.0) * (x @ w) + a.get("beta", 1.0) * b


def ref_env(model, x):
    """Evaluates the graph on x (N×1×H×W, any numeric dtype) in float64; returns every tensor by name."""
    env = {t.name: numpy_helper.to_array(t).astype(np.float64) for t in model.graph.initializer}
    env[model.graph.input[0].name] = np.asarray(x, dtype=np.float64)
    for node in model.graph.node:
        a, ins = _attrs(node), [env[i] for i in node.input]
        op = (node.domain, node.op_type)
        if op == (QONNX_DOMAIN, "Quant"):
            y = ref_quant(*ins, a["signed"], a["narrow"], a["rounding_mode"])
        elif op == ("", "Mul"):
            y = ins[0] * ins[1]
        elif op == ("", "Conv"):
            y = ref_conv(*ins, a)
        elif op == ("", "Relu"):
            y = np.maximum(ins[0], 0.0)
        elif op == ("", "MaxPool"):
            y = ref_maxpool(ins[0], a)
        elif op == ("", "GlobalAveragePool"):
            y = ins[0].mean(axis=(2, 3), keepdims=True)
        elif op == ("", "Flatten"):
            y = ins[0].reshape(ins[0].shape[0], -1)
        elif op == ("", "Gemm"):
            y = ref_gemm(*ins, a)
        else:
            raise NotImplementedError(op)
        env[node.output[0]] = y
    return env


def ref_run(model, x):
    return ref_env(model, x)[model.graph.output[0].name]


def ref_run_batched(model, imgs, chunk=64):
    return np.concatenate([ref_run(model, imgs[s:s + chunk]) for s in range(0, len(imgs), chunk)])


# ----------------------------------------------------------------------------------------------------
# Per-example driver
# ----------------------------------------------------------------------------------------------------

def torch_run(model, imgs, chunk=64):
    with torch.no_grad():
        return np.concatenate([model(torch.from_numpy(imgs[s:s + chunk].astype(np.float32))).numpy()
                               for s in range(0, len(imgs), chunk)])


def metrics(spec, out, rel, diam):
    if spec["task"] == "cls":
        return {"accuracy": float(np.mean(out.argmax(axis=1) == rel))}
    err = np.abs(out[:, 0] * spec["size"] - diam)
    return {"mae_px": float(err.mean()), "max_err_px": float(err.max())}


def agreement(spec, ref, tch):
    d = {"max_abs_diff": float(np.max(np.abs(ref - tch)))}
    if spec["task"] == "cls":
        d["argmax_agree"] = int(np.sum(ref.argmax(1) == tch.argmax(1)))
    d["n"] = len(ref)
    return d


def build_example(spec, retrain):
    name, size = spec["name"], spec["size"]
    outdir = os.path.join(HERE, name)
    os.makedirs(outdir, exist_ok=True)
    cache = os.path.join(outdir, "train-cache", "state.pt")
    # Which bias quantizer the cached weights were trained with; caches older than bias quantizers
    # have no such file and were trained with float biases.
    cache_meta = os.path.join(outdir, "train-cache", "trained-with.json")
    torch.manual_seed(spec["seed"])
    rng = np.random.default_rng(spec["seed"])
    model = RingNet(spec["bits"], 2 if spec["task"] == "cls" else 1, spec["bias_bits"])
    t0 = time.time()
    if os.path.exists(cache) and not retrain:
        model.load_state_dict(torch.load(cache))
        model.eval()
        trained_bias_bits = None
        if os.path.exists(cache_meta):
            with open(cache_meta) as f:
                trained_bias_bits = json.load(f)["bias_bits"]
        print(f"{name}: weights from {os.path.relpath(cache, HERE)}")
    else:
        if spec["init"] is not None:
            model.load_state_dict(torch.load(os.path.join(HERE, spec["init"], "train-cache", "state.pt")))
        print(f"{name}: training ({spec['n_train']} images, {spec['epochs']} epochs)", flush=True)
        train(spec, model, rng)
        os.makedirs(os.path.dirname(cache), exist_ok=True)
        torch.save(model.state_dict(), cache)
        trained_bias_bits = spec["bias_bits"]
        with open(cache_meta, "w") as f:
            json.dump({"bias_bits": trained_bias_bits}, f)

    path = os.path.join(outdir, "model.onnx")
    export_qonnx(model, size, path)
    exported = onnx.load(path)

    # Held-out data comes from its own seed, disjoint from the training stream.
    eval_rng = np.random.default_rng(1000 + spec["seed"])
    imgs, rel, diam = make_rings(eval_rng, spec["n_eval"], size)
    ref, tch = ref_run_batched(exported, imgs), torch_run(model, imgs)
    result = {"ref": metrics(spec, ref, rel, diam), "torch": metrics(spec, tch, rel, diam),
              "agree_eval": agreement(spec, ref, tch)}

    # Test inputs: rings whose output differs from the fc2 bias (hidden layer not all zero) and from
    # every other vector's, so each one checks something new; for classifiers two of each class.
    t_imgs, t_rel, t_diam = make_rings(np.random.default_rng(2000 + spec["seed"]), 32, size)
    env = ref_env(exported, t_imgs)
    fc2_bias = env[next(n.input[2] for n in exported.graph.node if n.name == "/fc2/Gemm")]  # as quantized
    seen, pick = [fc2_bias], []
    per_class = {True: 2, False: 2} if spec["task"] == "cls" else {True: N_TEST_INPUTS, False: N_TEST_INPUTS}
    for i, y in enumerate(env[exported.graph.output[0].name]):
        cls_key = bool(t_rel[i]) if spec["task"] == "cls" else True
        if per_class[cls_key] and not any(np.allclose(y, z, rtol=0, atol=1e-6) for z in seen):
            seen.append(y)
            pick.append(i)
            per_class[cls_key] -= 1
    pick = sorted(pick, key=lambda i: not t_rel[i]) if spec["task"] == "cls" else pick[:N_TEST_INPUTS]
    tests = []
    for k, i in enumerate(pick):
        x = t_imgs[i:i + 1].astype(np.float32)
        y = ref_run(exported, x)
        np.save(os.path.join(outdir, f"input_{k}.npy"), x)
        np.save(os.path.join(outdir, f"expected_{k}.npy"), y.astype(np.float32))
        tests.append(dict(k=k, reliable=bool(t_rel[i]), diameter=float(t_diam[i]), out=y[0],
                          torch=torch_run(model, x)[0]))
    t_ref = np.stack([t["out"] for t in tests])
    result["agree_tests"] = agreement(spec, t_ref, np.stack([t["torch"] for t in tests]))
    result["seconds"] = round(time.time() - t0)
    write_readme(spec, outdir, exported, result, tests, trained_bias_bits)
    print(f"  {result}", flush=True)
    return result


def write_readme(spec, outdir, model, result, tests, trained_bias_bits):
    size, bits, cls = spec["size"], spec["bits"], spec["task"] == "cls"
    n_weights = sum(int(np.prod(t.dims)) for t in model.graph.initializer if len(t.dims) > 0)
    task = ("Classifies a synthetic grayscale image of an optical ring as **reliable** (clean, sharp, "
            "complete ring) or **unreliable** (strong noise, blur, or missing arcs). Output: 2 float "
            f"logits, index 0 = {CLASS_NAMES[0]}, index 1 = {CLASS_NAMES[1]}; the label is the argmax."
            if cls else
            "Regresses the diameter of the optical ring in a synthetic grayscale image. Output: 1 float, "
            f"the diameter **divided by the image width** ({size}); multiply by {size} for pixels.")
    trained = ("Trained from scratch" if spec["init"] is None else
               f"Fine-tuned from `{spec['init']}` (same architecture; GlobalAveragePool makes the "
               "weights input-size independent)")
    if spec["bias_bits"] is None:
        bias_kind = "float bias"
        biases = ("Biases float32, unquantized (Brevitas' default: no bias quantizer; the regressor "
                  "examples show the `Int32Bias` form).")
    else:
        bias_kind = f"{spec['bias_bits']}-bit bias"
        biases = (f"Biases: float32 initializers behind a signed, non-narrow {spec['bias_bits']}-bit `Quant` "
                  f"(Brevitas `Int{spec['bias_bits']}Bias`, zero point 0), scale = input scale × weight scale as "
                  f"a float32 constant (fc1's input scale is relu5's divided by the {(size >> len(FILTERS)) ** 2} "
                  "averaged pixels, as Brevitas' GlobalAveragePool passes it on); the classifier examples keep "
                  "float biases.")
    if spec["bias_bits"] == trained_bias_bits:
        bias_training = "."
    else:
        bias_training = (f". The weights were trained with float biases; the {spec['bias_bits']}-bit bias quantizer "
                         "was added afterwards by re-exporting, without fine-tuning (see `docs/examples.md`).")
    ref, tch, ag = result["ref"], result["torch"], result["agree_eval"]
    if cls:
        quality = (f"Accuracy on {spec['n_eval']} held-out synthetic images: **{ref['accuracy']:.1%}** "
                   f"(exported model, numpy reference); torch fake-quant model: {tch['accuracy']:.1%}; "
                   f"argmax agreement {ag['argmax_agree']}/{ag['n']}.")
    else:
        quality = (f"On {spec['n_eval']} held-out synthetic images: mean absolute diameter error "
                   f"**{ref['mae_px']:.2f} px** (max {ref['max_err_px']:.1f} px; diameters span "
                   f"{0.28 * size:.0f}–{0.72 * size:.0f} px), exported model, numpy reference; torch "
                   f"fake-quant model: {tch['mae_px']:.2f} px.")
    rows = []
    for t in tests:
        out = ", ".join(f"{v:.6g}" for v in t["out"])
        what = (f"{CLASS_NAMES[t['reliable']]} (model: {CLASS_NAMES[int(np.argmax(t['out']))]})" if cls else
                f"diameter {t['diameter']:.2f} px (= {t['diameter'] / size:.4f})")
        rows.append(f"| `input_{t['k']}.npy` | {what} | {out} |")
    fc_in = FILTERS[-1]
    text = f"""# {spec['name']}

{task}

Generated by `examples/make_examples.py` (see `docs/examples.md`); do not edit by hand.

## Model

- Input `{INPUT_NAME}`: 1×1×{size}×{size} float32 holding uint8 pixel values 0..255. The graph divides by
  255 itself (`Mul` by float32(1/255)) and then quantizes with an unsigned 8-bit `Quant` of scale
  float32(1/255), which is exact for such inputs.
- Trunk: 5 × [Conv 3×3 pad 1 ({bias_kind}) → Relu → Quant (unsigned {bits}-bit, learned per-tensor
  scale) → MaxPool 2×2 stride 2 (floor)] with {'/'.join(map(str, FILTERS))} filters; spatial sizes
  {' → '.join(str(size // 2 ** i) for i in range(6))}.
- Head: GlobalAveragePool → Flatten → Gemm {fc_in}→{FC_HIDDEN} → Relu → Quant (unsigned {bits}-bit) →
  Gemm {FC_HIDDEN}→{2 if cls else 1} (float output, no output quantizer).
- Weights: {bits}-bit signed narrow (±{2 ** (bits - 1) - 1}) per-tensor `Quant`, scale = max|w|/{2 ** (bits - 1) - 1};
  stored as float32 initializers (also listed as graph inputs, as torch does).
- {biases}
- {n_weights} float parameters; {len(model.graph.node)} nodes; opset 14 + `{QONNX_DOMAIN}` v1.

## Quality

{quality}

## Test vectors

`input_N.npy`: float32 1×1×{size}×{size}, integer values 0..255. `expected_N.npy`: float32
1×{2 if cls else 1}, computed by the script's own float64 numpy evaluator of `model.onnx` (independent of
the compiler and of torch); on these inputs it differs from the torch fake-quant model by at most
{result['agree_tests']['max_abs_diff']:.2g}.

| input | ground truth | expected output |
|---|---|---|
{chr(10).join(rows)}

## How it was made

{trained} on {spec['n_train']} synthetic images for {spec['epochs']} epoch(s) (Adam, one-cycle lr
{spec['lr']}, seed {spec['seed']}), with fake quantization (straight-through estimator) that matches the
exported `Quant` nodes{bias_training}
"""
    with open(os.path.join(outdir, "README.md"), "w") as f:
        f.write(text)


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--retrain", action="store_true", help="ignore cached trained weights")
    ap.add_argument("--only", nargs="*", help="build only these examples (their --init must be cached)")
    args = ap.parse_args()
    torch.set_num_threads(2)
    torch.use_deterministic_algorithms(True)
    t0 = time.time()
    for spec in SPECS:
        if not args.only or spec["name"] in args.only:
            build_example(spec, args.retrain)
    print(f"done in {time.time() - t0:.0f} s")


if __name__ == "__main__":
    sys.exit(main())
