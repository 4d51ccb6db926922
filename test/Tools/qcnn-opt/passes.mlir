// Our passes and MLIR's mix, by pipeline or by flag; flags run in command-line order.
// RUN: qcnn-opt %s | FileCheck %s --check-prefix=NONE
// RUN: qcnn-opt %s --pass-pipeline='builtin.module(func.func(qcnn-verify{integer-only=false}),canonicalize,cse)' \
// RUN:   | FileCheck %s --check-prefix=CSE
// RUN: qcnn-opt %s --pass-pipeline=' builtin.module( qcnn-verify , func.func(cse) )' | FileCheck %s --check-prefix=CSE
// RUN: qcnn-opt %s --cse | FileCheck %s --check-prefix=CSE
// RUN: qcnn-opt %s --qcnn-verify --symbol-dce | FileCheck %s --check-prefix=DCE
// RUN: qcnn-opt %s -symbol-dce -qcnn-verify=integer-only=false | FileCheck %s --check-prefix=DCE
// Upstream pass options pass through to MLIR:
// RUN: qcnn-opt %s --pass-pipeline='builtin.module(canonicalize{max-iterations=1},symbol-dce)' | FileCheck %s --check-prefix=DCE
// RUN: qcnn-opt %s --canonicalize='max-iterations=1' --symbol-dce | FileCheck %s --check-prefix=DCE
// RUN: qcnn-opt %s --mlir-print-ir-after-all --symbol-dce --cse 2>&1 >/dev/null | FileCheck %s --check-prefix=ORDER1
// RUN: qcnn-opt %s --mlir-print-ir-after-all --cse --symbol-dce 2>&1 >/dev/null | FileCheck %s --check-prefix=ORDER2
// RUN: qcnn-opt %s --mlir-print-ir-after-all --qcnn-verify 2>&1 >/dev/null | FileCheck %s --check-prefix=OURS
// RUN: qcnn-opt %s --mlir-timing --qcnn-verify --cse 2>&1 >/dev/null | FileCheck %s --check-prefix=TIMING
// An empty pipeline and no flags run nothing:
// RUN: qcnn-opt %s --pass-pipeline='builtin.module()' | FileCheck %s --check-prefix=NONE

// NONE: func.func private @unused
// NONE-COUNT-2: arith.constant dense<2.000000e+00>
// CSE: func.func @main
// CSE-COUNT-1: arith.constant
// CSE-NOT: arith.constant
// DCE-NOT: @unused
// DCE: func.func @main
// DCE-NOT: @unused
// ORDER1: IR Dump After SymbolDCE
// ORDER1: IR Dump After CSE
// ORDER2: IR Dump After CSE
// ORDER2: IR Dump After SymbolDCE
// OURS: IR Dump After qcnn-verify (qcnn-verify)
// OURS-NEXT: func.func private @unused
// OURS: IR Dump After qcnn-verify (qcnn-verify)
// OURS-NEXT: func.func @main
// TIMING: Execution time report
// TIMING: qcnn-verify
// TIMING: CSE
func.func private @unused() -> ()
func.func @main(%x: tensor<4xf32>) -> tensor<4xf32> {
  %a = arith.constant dense<2.0> : tensor<4xf32>
  %b = arith.constant dense<2.0> : tensor<4xf32>
  %0 = "qcnn.mul"(%x, %a) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  %1 = "qcnn.mul"(%0, %b) : (tensor<4xf32>, tensor<4xf32>) -> tensor<4xf32>
  return %1 : tensor<4xf32>
}
