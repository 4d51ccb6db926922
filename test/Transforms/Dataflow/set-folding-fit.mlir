// RUN: qcnn-opt %s --split-input-file --qdf-set-folding=device=pynq-z1 --qdf-verify --qcnn-explain -o %t.mlir 2>%t.err
// RUN: FileCheck %s --check-prefix=DIAG < %t.err
// RUN: FileCheck %s --check-prefix=PYNQ < %t.mlir
// RUN: qcnn-opt %s --split-input-file --qdf-set-folding="device=pynq-z1 target-fps=5e7" 2>&1 | FileCheck %s --check-prefix=PYNQ-TARGET
// RUN: qcnn-opt %s --split-input-file --qdf-set-folding="device=ultra96-v2 target-fps=5e7" 2>&1 | FileCheck %s --check-prefix=U96-TARGET
// RUN: not qcnn-opt %s --split-input-file --qdf-set-folding="device=pynq-z1 target-fps=5e7 strict=1" 2>&1 | FileCheck %s --check-prefix=STRICT

// Fitting the device. One linear layer with 8-bit inputs and weights (mw 512, mh 1, no thresholds):
// cycles per frame = 512 / simd, and, both operands being wider than 4 bits, one DSP per product
// (docs/dataflow-models.md), so simd DSPs; the rest of the graph uses no DSP. Every clock is the
// devices' default 10 ns.
//
// Fastest (no target): simd 512 is 1 cycle but needs 512 DSPs; the Pynq-Z1's xc7z020 has 220. The
// budget rises through the candidates' cycle counts 2 (simd 256: 256 DSPs, still too many) and 4
// (simd 128: 128 DSPs, fits): 1e9 / (10 * 4) = 2.5e7 fps, and no warning (no target was asked for).
// DIAG-NOT: warning
// DIAG: loc("fc"): remark: pe = 1, simd = 128: 4 cycles per frame
// DIAG: remark: folded for 25000000.0 fps at 10 ns on pynq-z1: bottleneck 'fc' at 4 cycles per frame
// DIAG-SAME: DSP 128/220
// PYNQ: "qdf.input"{{.*}}folded_shape = array<i64: 1, 4, 128>
// PYNQ: "qdf.mvau"{{.*}}pe = 1 : i64, simd = 128 : i64
//
// 5e7 fps is a budget of 2 cycles: simd 256, 256 DSPs. The Pynq-Z1 cannot (warning, or error with
// strict) and gets the best that fits, 2.5e7 fps; the Ultra96-V2's xczu3eg has 360 DSPs and meets it.
// PYNQ-TARGET: warning: qdf-set-folding: 50000000.0 fps needs 256 DSP, more than the 220 of pynq-z1 (xc7z020clg400-1); the best that fits is 25000000.0 fps
// PYNQ-TARGET: "qdf.mvau"{{.*}}pe = 1 : i64, simd = 128 : i64
// STRICT: error: qdf-set-folding: 50000000.0 fps needs 256 DSP, more than the 220 of pynq-z1
// U96-TARGET-NOT: fps needs
// U96-TARGET: "qdf.mvau"{{.*}}pe = 1 : i64, simd = 256 : i64

func.func @main(%x: tensor<1x512xui8>) -> tensor<1x1xi32> {
  %w = arith.constant dense<1> : tensor<512x1xsi8>
  %in = "qdf.input"(%x) {folded_shape = array<i64: 1, 512, 1>, normal_shape = array<i64: 1, 512>, packed_shape = array<i64: 1, 512, 1>} : (tensor<1x512xui8>) -> !qdf.stream<tensor<1x512x1xui8>, 8 : i32> loc("in")
  %y = "qdf.mvau"(%in, %w) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "auto", mh = 1 : i64, mw = 512 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT32", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT8"} : (!qdf.stream<tensor<1x512x1xui8>, 8 : i32>, tensor<512x1xsi8>) -> !qdf.stream<tensor<1x1x1xi32>, 32 : i32> loc("fc")
  %out = "qdf.output"(%y) {folded_shape = array<i64: 1, 1, 1>, normal_shape = array<i64: 1, 1>, packed_shape = array<i64: 1, 1, 4>} : (!qdf.stream<tensor<1x1x1xi32>, 32 : i32>) -> tensor<1x1xi32> loc("out")
  return %out : tensor<1x1xi32>
}

// -----

// Weights that no folding makes small: 1024 x 1024 8-bit weights are 8388608 bits. A BRAM18 holds
// 18432 bits, so in BRAM they need at least 456 BRAM18 at any folding, and in LUTRAM (64 bits a LUT)
// 131072 LUTs; the xc7z020 has 280 BRAM18 and 53200 LUTs. Without a target the pass warns and takes
// the cheapest folding (the closest to fitting; at pe = 1, simd = 16, for instance, the weights are a
// 65536 x 128 memory: 32 x 15 BRAM18 of 2048 x 9 = 480).
// DIAG: warning: qdf-set-folding: the graph does not fit pynq-z1 (xc7z020clg400-1) with any folding: the cheapest needs {{4[5-9][0-9]|[5-9][0-9][0-9]}} BRAM18, more than the 280; folded for the fewest resources
// PYNQ: "qdf.mvau"{{.*}}mh = 1024 : i64, mw = 1024 : i64
func.func @huge(%x: tensor<1x1024xui8>) -> tensor<1x1024xi32> {
  %w = arith.constant dense<1> : tensor<1024x1024xsi8>
  %in = "qdf.input"(%x) {folded_shape = array<i64: 1, 1024, 1>, normal_shape = array<i64: 1, 1024>, packed_shape = array<i64: 1, 1024, 1>} : (tensor<1x1024xui8>) -> !qdf.stream<tensor<1x1024x1xui8>, 8 : i32>
  %y = "qdf.mvau"(%in, %w) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "auto", mh = 1024 : i64, mw = 1024 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT32", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT8"} : (!qdf.stream<tensor<1x1024x1xui8>, 8 : i32>, tensor<1024x1024xsi8>) -> !qdf.stream<tensor<1x1024x1xi32>, 32 : i32>
  %out = "qdf.output"(%y) {folded_shape = array<i64: 1, 1024, 1>, normal_shape = array<i64: 1, 1024>, packed_shape = array<i64: 1, 1024, 4>} : (!qdf.stream<tensor<1x1024x1xi32>, 32 : i32>) -> tensor<1x1024xi32>
  return %out : tensor<1x1024xi32>
}
