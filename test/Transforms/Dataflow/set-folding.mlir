// RUN: qcnn-opt %s --qdf-set-folding --qdf-verify --qcnn-explain 2>&1 | FileCheck %s --check-prefix=FAST
// A part number names a device as well as its short name:
// RUN: qcnn-opt %s --qdf-set-folding=device=xczu3eg-sbva484-1-e --qcnn-explain 2>&1 | FileCheck %s --check-prefix=FAST
// RUN: qcnn-opt %s --qdf-set-folding="target-fps=2.5e6 clock-ns=10" --qcnn-explain 2>&1 | FileCheck %s --check-prefix=SLOW
// RUN: qcnn-opt %s --qdf-set-folding="target-fps=1e7 clock-ns=10" 2>&1 | FileCheck %s --check-prefix=UNREACH
// RUN: not qcnn-opt %s --qdf-set-folding="target-fps=1e7 clock-ns=10 strict=true" -o %t.strict.mlir 2>&1 | FileCheck %s --check-prefix=STRICT
// RUN: not test -e %t.strict.mlir
// RUN: qcnn-opt %s --qdf-set-folding="target-fps=2.5e6 clock-ns=10" --qdf-verify -o %t.mlir
// RUN: qcnn-opt %t.mlir --qdf-set-folding="target-fps=2.5e6 clock-ns=10" | diff - %t.mlir

// Balancing to the bottleneck. Cycles per frame (docs/dataflow-models.md), with 16 pixels of 8
// channels:
//   thr  (threshold, 8 channels, 16 vectors):   16 * 8/pe           -> pe 8: 16, pe 4: 32, pe 2: 64
//   pool (accpool, 8 channels, 4x4 positions):  16 * 8/pe + 8/pe    -> pe 8: 17, pe 4: 34
//   fc   (mvau, mw 8, mh 3, 1 vector):          (8/simd) * (3/pe)   -> 1x1: 24, simd 2: 12, pe 3: 8, ...
//
// No target (fastest): the bottleneck at full parallelism is pool at pe 8 (17 cycles), so the budget is
// 17 cycles. thr needs pe 8 (pe 4 gives 32); fc is not folded further than that: simd 2 (12 cycles,
// 2 lanes) is the cheapest within 17, not the 1-cycle full unfolding (24 lanes).
// FAST: loc("thr"): remark: pe = 8: 16 cycles per frame
// FAST: loc("pool"): remark: pe = 8: 17 cycles per frame
// FAST: loc("fc"): remark: pe = 1, simd = 2: 12 cycles per frame
// FAST: remark: folded for 5882352.9 fps at 10 ns on ultra96-v2: bottleneck 'pool' at 17 cycles per frame
// FAST: "qdf.input"{{.*}}folded_shape = array<i64: 1, 4, 4, 1, 8>
// FAST: "qdf.threshold"{{.*}}pe = 8 : i64
// FAST: "qdf.accpool"{{.*}}pe = 8 : i64{{.*}}-> !qdf.stream<tensor<1x1x1x1x8xui8>, 64 : i32>
// The accpool writes 8 sums per word, the mvau reads 2: a width converter between them.
// FAST: "qdf.dwc"{{.*}}{in_width = 64 : i64, out_width = 16 : i64}
// FAST: "qdf.mvau"{{.*}}pe = 1 : i64, simd = 2 : i64

// 2.5e6 fps at 10 ns is a budget of 1e9 / (10 * 2.5e6) = 40 cycles: thr pe 4 (32), pool pe 4 (34),
// fc unfolded (24). The slowest is pool: 1e9 / (10 * 34) = 2941176.5 fps.
// SLOW: loc("thr"): remark: pe = 4: 32 cycles per frame
// SLOW: loc("pool"): remark: pe = 4: 34 cycles per frame
// SLOW: loc("fc"): remark: pe = 1, simd = 1: 24 cycles per frame
// SLOW: remark: folded for 2941176.5 fps at 10 ns on ultra96-v2: bottleneck 'pool' at 34 cycles per frame
// SLOW: "qdf.input"{{.*}}folded_shape = array<i64: 1, 4, 4, 2, 4>
// SLOW: "qdf.threshold"{{.*}}pe = 4 : i64
// SLOW: "qdf.accpool"{{.*}}pe = 4 : i64
// SLOW: "qdf.mvau"{{.*}}pe = 1 : i64, simd = 1 : i64

// 1e7 fps at 10 ns is 10 cycles, below pool's 17 at full parallelism: a warning naming it and the best
// rate, 1e9 / (10 * 17) = 5882352.9 fps, and the fastest folding.
// UNREACH: loc("pool"): warning: qdf-set-folding: target 1e+07 fps (10 cycles per frame at 10 ns) is out of reach: 'pool' needs 17 cycles per frame at full parallelism; the best is 5882352.9 fps
// UNREACH: "qdf.threshold"{{.*}}pe = 8 : i64
// UNREACH: "qdf.accpool"{{.*}}pe = 8 : i64
// UNREACH: "qdf.mvau"{{.*}}pe = 1 : i64, simd = 2 : i64
// STRICT: loc("pool"): error: qdf-set-folding: target 1e+07 fps (10 cycles per frame at 10 ns) is out of reach

func.func @main(%img: tensor<1x4x4x8xui4>) -> tensor<1x1x1x3xi32> {
  %thr = arith.constant dense<1> : tensor<8x15xi32>
  %w = arith.constant dense<1> : tensor<8x3xi4>
  %in = "qdf.input"(%img) {folded_shape = array<i64: 1, 4, 4, 8, 1>, normal_shape = array<i64: 1, 4, 4, 8>, packed_shape = array<i64: 1, 4, 4, 8, 1>} : (tensor<1x4x4x8xui4>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("in")
  %t = "qdf.threshold"(%in, %thr) {act_val = 0 : i64, channels = 8 : i64, num_input_vectors = array<i64: 1, 4, 4>, output_dtype = "UINT4", pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>, tensor<8x15xi32>) -> !qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32> loc("thr")
  %p = "qdf.accpool"(%t) {channels = 8 : i64, ifm_dim = array<i64: 4, 4>, pe = 1 : i64} : (!qdf.stream<tensor<1x4x4x8x1xui4>, 4 : i32>) -> !qdf.stream<tensor<1x1x1x8x1xui8>, 8 : i32> loc("pool")
  %m = "qdf.mvau"(%p, %w) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "auto", mh = 3 : i64, mw = 8 : i64, num_input_vectors = array<i64: 1, 1, 1>, output_dtype = "INT32", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT4"} : (!qdf.stream<tensor<1x1x1x8x1xui8>, 8 : i32>, tensor<8x3xi4>) -> !qdf.stream<tensor<1x1x1x3x1xi32>, 32 : i32> loc("fc")
  %out = "qdf.output"(%m) {folded_shape = array<i64: 1, 1, 1, 3, 1>, normal_shape = array<i64: 1, 1, 1, 3>, packed_shape = array<i64: 1, 1, 1, 3, 4>} : (!qdf.stream<tensor<1x1x1x3x1xi32>, 32 : i32>) -> tensor<1x1x1x3xi32> loc("out")
  return %out : tensor<1x1x1x3xi32>
}
