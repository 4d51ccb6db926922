// The JSON report of qdf-estimate: device, clock, per op numbers and schedule, totals, bottleneck,
// throughput, latency, fit. Numbers derived by hand in estimate.mlir (same chain); here at 5 ns on the
// ZCU104: fps = 1e9 / (5 * 24) = 8.33333e+06, latency 33 cycles = 165 ns.
// RUN: qcnn-opt %s --qdf-estimate="clock-ns=5 device=xczu7ev-ffvc1156-2-e report=%t.json" -o /dev/null
// RUN: FileCheck %s < %t.json
// RUN: %python -c "import json, sys; r = json.load(open(sys.argv[1])); assert [o['name'] for o in r['ops']] == ['in_1', 'mvau_1', 'out_1'], r" %t.json

// CHECK:      {
// CHECK-NEXT:   "device": "zcu104",
// CHECK-NEXT:   "part": "xczu7ev-ffvc1156-2-e",
// CHECK-NEXT:   "clock_ns": 5,
// CHECK-NEXT:   "ops": [
// CHECK-NEXT:     {"name": "in_1", "op": "qdf.input", "cycles": 8, "first_write": 1, "latency": 2, "lut": 1200, "ff": 1600, "bram18": 0, "uram": 0, "dsp": 0, "reads": [], "writes": [8],
// CHECK-NEXT:      "schedule": [{"n": 8, "r": [], "w": [1]}]},
// CHECK-NEXT:     {"name": "mvau_1", "op": "qdf.mvau", "cycles": 24, "first_write": 4, "latency": 3, "lut": 120, "ff": 122, "bram18": 0, "uram": 0, "dsp": 0, "reads": [8], "writes": [6],
// CHECK-NEXT:      "schedule": [{"loop": 2, "body":
// CHECK-NEXT:     {"name": "out_1", "op": "qdf.output", "cycles": 6, "first_write": 1, "latency": 2, "lut": 1200, "ff": 1600, "bram18": 0, "uram": 0, "dsp": 0, "reads": [6], "writes": [],
// CHECK-NEXT:      "schedule": [{"n": 6, "r": [1], "w": []}]}
// CHECK-NEXT:   ],
// CHECK-NEXT:   "totals": {"lut": 2520, "ff": 3322, "bram18": 0, "uram": 0, "dsp": 0},
// CHECK-NEXT:   "bottleneck": "mvau_1",
// CHECK-NEXT:   "max_cycles": 24,
// CHECK-NEXT:   "fps": 8.33333e+06,
// CHECK-NEXT:   "latency_cycles": 33,
// CHECK-NEXT:   "latency_ns": 165,
// CHECK-NEXT:   "over": [],
// CHECK-NEXT:   "fits": true
// CHECK-NEXT: }

func.func @main(%a: tensor<1x2x4xui2>) -> tensor<1x2x3xsi8> {
  %w1 = arith.constant dense<1> : tensor<4x3xsi2>
  %a0 = "qdf.input"(%a) {folded_shape = array<i64: 1, 2, 4, 1>, normal_shape = array<i64: 1, 2, 4>, packed_shape = array<i64: 1, 2, 4>} : (tensor<1x2x4xui2>) -> !qdf.stream<tensor<1x2x4x1xui2>, 2 : i32> loc("in_1")
  %a1 = "qdf.mvau"(%a0, %w1) {act_val = 0 : i64, input_dtype = "UINT2", mem_style = "auto", mh = 3 : i64, mw = 4 : i64, num_input_vectors = array<i64: 1, 2>, output_dtype = "INT8", pe = 1 : i64, simd = 1 : i64, weight_dtype = "INT2"} : (!qdf.stream<tensor<1x2x4x1xui2>, 2 : i32>, tensor<4x3xsi2>) -> !qdf.stream<tensor<1x2x3x1xsi8>, 8 : i32> loc("mvau_1")
  %ya = "qdf.output"(%a1) {folded_shape = array<i64: 1, 2, 3, 1>, normal_shape = array<i64: 1, 2, 3>, packed_shape = array<i64: 1, 2, 3>} : (!qdf.stream<tensor<1x2x3x1xsi8>, 8 : i32>) -> tensor<1x2x3xsi8> loc("out_1")
  return %ya : tensor<1x2x3xsi8>
}
