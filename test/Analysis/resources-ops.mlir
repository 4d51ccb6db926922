// Resource model (docs/dataflow-models.md, "Resources"), figures by hand from its formulas. Control:
// 100 LUT + 100 FF per process. Memories: LUTRAM = width x ceil(depth/64) LUTs, BRAM18 = the cheapest
// aspect ratio (512x36 ... 16Kx1), URAM = ceil(depth/4096) x ceil(width/72); auto takes BRAM18 only
// when its count x 70560/432 (~163) is below the LUTRAM's LUTs.
// RUN: qcnn-opt %s --qdf-estimate=report=%t.json -o /dev/null
// RUN: FileCheck %s < %t.json

// mvau, UINT8 x INT8 (both > 4 bits: one DSP per product), simd 2, pe 1, mw 4, mh 2, INT32 out, block
// weights: 2 DSP; LUT 100 + adder tree 1*(2*16 + 32) + input buffer 2 deep x 16 bits in LUTRAM (16) =
// 180; FF 100 + 2*16 + 32 + 32 + 2*8 = 212; weights 4 deep x 16 wide: one 512x36 BRAM18.
// CHECK: "name": "mv_block", {{.*}} "lut": 180, "ff": 212, "bram18": 1, "uram": 0, "dsp": 2,
// The same in URAM: 1 URAM; in LUTRAM: 16 more LUTs.
// CHECK: "name": "mv_ultra", {{.*}} "lut": 180, "ff": 212, "bram18": 0, "uram": 1, "dsp": 2,
// CHECK: "name": "mv_dist", {{.*}} "lut": 196, "ff": 212, "bram18": 0, "uram": 0, "dsp": 2,
// mvau UINT2 x INT2, simd 3, pe 2, mw 6, mh 4, thresholds [4, 3] of si6 (parallel compare): LUT 100 +
// multipliers 6*2*2 (24) + adder trees 2*(3*4 + 6) (36) + weights 4 x 12 (12) + input buffer 2 x 6 (6)
// + thresholds 2 x 36 (36) + comparators 2*3*6 (36) = 250; FF 100 + 6*4 + 2*6 + 2*2 + 3*2 (46) + 36 = 182.
// CHECK: "name": "mv_thr", {{.*}} "lut": 250, "ff": 182, "bram18": 0, "uram": 0, "dsp": 0,
// mvau with 255 thresholds of si16 (8-bit output): binary search, 8 comparators of 16 bits (128 LUT,
// 128 FF), thresholds 2*255 = 510 deep x 16 in LUTRAM (16*8 = 128 LUT, cheaper than 1 BRAM18 = 163).
// LUT 100 + 4 + 1*(4 + 16) + 2 + 2 + 128 + 128 = 384; FF 100 + 4 + 16 + 8 + 2 + 128 = 258.
// CHECK: "name": "mv_bsearch", {{.*}} "lut": 384, "ff": 258, "bram18": 0, "uram": 0, "dsp": 0,
// swg 3x3 stride 2 on 8x8, 2 channels of ui2, simd 2: line buffer min(8, 2 + 1 + 2) = 5 rows x 8 pixels
// = 40 deep x 4 bits: 4 LUT; LUT 100 + 4 + 2*2*2 = 112, FF 100 + 8 = 108.
// CHECK: "name": "swg", {{.*}} "lut": 112, "ff": 108, "bram18": 0, "uram": 0, "dsp": 0,
// threshold, 2 channels, pe 1, [2, 3] si5 thresholds: memory 2 x 15 (15 LUT), 3 comparators x 5 bits
// (15 LUT, 15 FF), ui2 output register: LUT 130, FF 117.
// CHECK: "name": "thr", {{.*}} "lut": 130, "ff": 117, "bram18": 0, "uram": 0, "dsp": 0,
// maxpool 2x2 stride 2 on 4x4x1 ui2: row of 2 running maxima x 2 bits (2 LUT); LUT 100 + 2 + 4, FF 104.
// CHECK: "name": "pool", {{.*}} "lut": 106, "ff": 104, "bram18": 0, "uram": 0, "dsp": 0,
// FIFO 1024 x 2 bits in BRAM: one 1Kx18 BRAM18 (the FIFO cost model, qcnnFifoResources).
// CHECK: "name": "fifo", "op": "qdf.fifo", "lut": 0, "ff": 0, "bram18": 1, "uram": 0, "dsp": 0}

func.func @main(%a: tensor<1x4xui8>, %b: tensor<1x4xui8>, %c: tensor<1x4xui8>, %d: tensor<1x6xui2>, %e: tensor<1x2xui2>,
                %f: tensor<1x8x8x2xui2>, %g: tensor<1x3x2xui4>, %h: tensor<1x4x4x1xui2>)
    -> (tensor<1x2xsi32>, tensor<1x2xsi32>, tensor<1x2xsi32>, tensor<1x4xui2>, tensor<1x2xui8>, tensor<1x3x3x18xui2>,
        tensor<1x3x2xui2>, tensor<1x2x2x1xui2>) {
  %w8 = arith.constant dense<1> : tensor<4x2xsi8>
  %w2 = arith.constant dense<1> : tensor<6x4xsi2>
  %t2 = arith.constant dense<[[0, 1, 2], [0, 1, 2], [0, 1, 2], [0, 1, 2]]> : tensor<4x3xsi6>
  %w3 = arith.constant dense<1> : tensor<2x2xsi2>
  %t3 = arith.constant dense<0> : tensor<2x255xsi16>
  %t4 = arith.constant dense<[[1, 2, 3], [1, 2, 3]]> : tensor<2x3xsi5>

  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 4>} : (tensor<1x4xui8>) -> !qdf.stream<tensor<1x2x2xui8>, 16 : i32>
  %a1 = "qdf.mvau"(%a0, %w8) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "block", mh = 2 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT32", pe = 1 : i64, simd = 2 : i64, weight_dtype = "INT8"} : (!qdf.stream<tensor<1x2x2xui8>, 16 : i32>, tensor<4x2xsi8>) -> !qdf.stream<tensor<1x2x1xsi32>, 32 : i32> loc("mv_block")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 8>} : (!qdf.stream<tensor<1x2x1xsi32>, 32 : i32>) -> tensor<1x2xsi32>
  %b0 = "qdf.input"(%b) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 4>} : (tensor<1x4xui8>) -> !qdf.stream<tensor<1x2x2xui8>, 16 : i32>
  %b1 = "qdf.mvau"(%b0, %w8) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "ultra", mh = 2 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT32", pe = 1 : i64, simd = 2 : i64, weight_dtype = "INT8"} : (!qdf.stream<tensor<1x2x2xui8>, 16 : i32>, tensor<4x2xsi8>) -> !qdf.stream<tensor<1x2x1xsi32>, 32 : i32> loc("mv_ultra")
  %yb = "qdf.output"(%b1) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 8>} : (!qdf.stream<tensor<1x2x1xsi32>, 32 : i32>) -> tensor<1x2xsi32>
  %c0 = "qdf.input"(%c) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 4>} : (tensor<1x4xui8>) -> !qdf.stream<tensor<1x2x2xui8>, 16 : i32>
  %c1 = "qdf.mvau"(%c0, %w8) {act_val = 0 : i64, input_dtype = "UINT8", mem_style = "distributed", mh = 2 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1>, output_dtype = "INT32", pe = 1 : i64, simd = 2 : i64, weight_dtype = "INT8"} : (!qdf.stream<tensor<1x2x2xui8>, 16 : i32>, tensor<4x2xsi8>) -> !qdf.stream<tensor<1x2x1xsi32>, 32 : i32> loc("mv_dist")
  %yc = "qdf.output"(%c1) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 8>} : (!qdf.stream<tensor<1x2x1xsi32>, 32 : i32>) -> tensor<1x2xsi32>

  %d0 = "qdf.input"(%d) {folded_shape = array<i64: 1, 2, 3>, normal_shape = array<i64: 1, 6>, packed_shape = array<i64: 1, 2>} : (tensor<1x6xui2>) -> !qdf.stream<tensor<1x2x3xui2>, 6 : i32>
  %d1 = "qdf.mvau"(%d0, %w2, %t2) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 4 : i64, mw = 6 : i64, num_input_vectors = array<i64: 1>, output_dtype = "UINT2", pe = 2 : i64, simd = 3 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x2x3xui2>, 6 : i32>, tensor<6x4xsi2>, tensor<4x3xsi6>) -> !qdf.stream<tensor<1x2x2xui2>, 4 : i32> loc("mv_thr")
  %yd = "qdf.output"(%d1) {folded_shape = array<i64: 1, 2, 2>, normal_shape = array<i64: 1, 4>, packed_shape = array<i64: 1, 1>} : (!qdf.stream<tensor<1x2x2xui2>, 4 : i32>) -> tensor<1x4xui2>

  %e0 = "qdf.input"(%e) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 1>} : (tensor<1x2xui2>) -> !qdf.stream<tensor<1x2x1xui2>, 2 : i32>
  %e1 = "qdf.mvau"(%e0, %w3, %t3) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 2 : i64, mw = 2 : i64, num_input_vectors = array<i64: 1>, output_dtype = "UINT8", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x2x1xui2>, 2 : i32>, tensor<2x2xsi2>, tensor<2x255xsi16>) -> !qdf.stream<tensor<1x2x1xui8>, 8 : i32> loc("mv_bsearch")
  %ye = "qdf.output"(%e1) {folded_shape = array<i64: 1, 2, 1>, normal_shape = array<i64: 1, 2>, packed_shape = array<i64: 1, 2>} : (!qdf.stream<tensor<1x2x1xui8>, 8 : i32>) -> tensor<1x2xui8>

  %f0 = "qdf.input"(%f) {folded_shape = array<i64: 1, 8, 8, 1, 2>, normal_shape = array<i64: 1, 8, 8, 2>, packed_shape = array<i64: 1, 8, 8, 1>} : (tensor<1x8x8x2xui2>) -> !qdf.stream<tensor<1x8x8x1x2xui2>, 4 : i32>
  %f1 = "qdf.swg"(%f0) {channels = 2 : i64, dilation = array<i64: 1, 1>, ifm_dim = array<i64: 8, 8>, kernel = array<i64: 3, 3>, ofm_dim = array<i64: 3, 3>, simd = 2 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x8x8x1x2xui2>, 4 : i32>) -> !qdf.stream<tensor<1x3x3x9x2xui2>, 4 : i32> loc("swg")
  %yf = "qdf.output"(%f1) {folded_shape = array<i64: 1, 3, 3, 9, 2>, normal_shape = array<i64: 1, 3, 3, 18>, packed_shape = array<i64: 1, 3, 3, 5>} : (!qdf.stream<tensor<1x3x3x9x2xui2>, 4 : i32>) -> tensor<1x3x3x18xui2>

  %g0 = "qdf.input"(%g) {folded_shape = array<i64: 1, 3, 2, 1>, normal_shape = array<i64: 1, 3, 2>, packed_shape = array<i64: 1, 3, 2>} : (tensor<1x3x2xui4>) -> !qdf.stream<tensor<1x3x2x1xui4>, 4 : i32>
  %g1 = "qdf.threshold"(%g0, %t4) {act_val = 0 : i64, channels = 2 : i64, num_input_vectors = array<i64: 1, 3>, output_dtype = "UINT2", pe = 1 : i64} : (!qdf.stream<tensor<1x3x2x1xui4>, 4 : i32>, tensor<2x3xsi5>) -> !qdf.stream<tensor<1x3x2x1xui2>, 2 : i32> loc("thr")
  %yg = "qdf.output"(%g1) {folded_shape = array<i64: 1, 3, 2, 1>, normal_shape = array<i64: 1, 3, 2>, packed_shape = array<i64: 1, 3, 2>} : (!qdf.stream<tensor<1x3x2x1xui2>, 2 : i32>) -> tensor<1x3x2xui2>

  %h0 = "qdf.input"(%h) {folded_shape = array<i64: 1, 4, 4, 1, 1>, normal_shape = array<i64: 1, 4, 4, 1>, packed_shape = array<i64: 1, 4, 4, 1>} : (tensor<1x4x4x1xui2>) -> !qdf.stream<tensor<1x4x4x1x1xui2>, 2 : i32>
  %h1 = "qdf.maxpool"(%h0) {channels = 1 : i64, ifm_dim = array<i64: 4, 4>, kernel = array<i64: 2, 2>, pe = 1 : i64, stride = array<i64: 2, 2>} : (!qdf.stream<tensor<1x4x4x1x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x2x2x1x1xui2>, 2 : i32> loc("pool")
  %h2 = "qdf.fifo"(%h1) {depth = 1024 : i64, impl = "bram"} : (!qdf.stream<tensor<1x2x2x1x1xui2>, 2 : i32>) -> !qdf.stream<tensor<1x2x2x1x1xui2>, 2 : i32> loc("fifo")
  %yh = "qdf.output"(%h2) {folded_shape = array<i64: 1, 2, 2, 1, 1>, normal_shape = array<i64: 1, 2, 2, 1>, packed_shape = array<i64: 1, 2, 2, 1>} : (!qdf.stream<tensor<1x2x2x1x1xui2>, 2 : i32>) -> tensor<1x2x2x1xui2>
  return %ya, %yb, %yc, %yd, %ye, %yf, %yg, %yh : tensor<1x2xsi32>, tensor<1x2xsi32>, tensor<1x2xsi32>, tensor<1x4xui2>, tensor<1x2xui8>, tensor<1x3x3x18xui2>, tensor<1x3x2xui2>, tensor<1x2x2x1xui2>
}
