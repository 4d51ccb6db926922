/* qcnn-streamline: every streamlining rewrite applied together by the greedy driver until none fires,
 * then one remark per rewrite that a user would expect but that is blocked. The rewrites only move
 * scales and biases forward (towards thresholds and the graph output) and fold them, so the fixpoint
 * is reached. */
#include "StreamlineUtils.h"

MlirPass qcnnCreateStreamlinePass(const QcnnPassInfo *info, const QcnnPassOptions *options) {
  (void)options;
  static const QcnnRewrite *const rewrites[] = {
      &qcnnSubToAddRewrite,           &qcnnDivToMulRewrite,
      &qcnnBatchNormToAffineRewrite,  &qcnnCollapseRepeatedMulRewrite,
      &qcnnCollapseRepeatedAddRewrite, &qcnnMoveMulPastConvRewrite,
      &qcnnMoveMulPastMatMulRewrite,  &qcnnMoveMulPastGemmRewrite,
      &qcnnMoveMulPastMaxPoolRewrite, &qcnnMoveAddPastMaxPoolRewrite,
      &qcnnAbsorbAddIntoThresholdRewrite, &qcnnAbsorbMulIntoThresholdRewrite,
      &qcnnRoundThresholdsRewrite,    &qcnnMoveMulPastGlobalAvgPoolRewrite,
      &qcnnMoveAddPastGlobalAvgPoolRewrite, &qcnnMoveScalarOpsPastTransposeRewrite,
      &qcnnMoveScalarOpsPastReshapeRewrite, &qcnnMoveScalarOpsPastFlattenRewrite,
      &qcnnMoveScalarOpsPastSqueezeRewrite, &qcnnMoveScalarOpsPastUnsqueezeRewrite,
      &qcnnMoveScalarOpsPastIdentityRewrite, &qcnnMoveAddPastConvRewrite,
      &qcnnMoveAddPastMatMulRewrite,  &qcnnMoveAddPastGemmRewrite,
      &qcnnCancelTransposesRewrite,   &qcnnComposeThresholdsRewrite,
      &qcnnMoveThresholdAboveMaxPoolRewrite, &qcnnFactorSignIntoWeightsRewrite,
      &qcnnSignToThresholdRewrite,    &qcnnAbsorbDivIntoThresholdRewrite,
      &qcnnAbsorbReluIntoThresholdRewrite, &qcnnExplainReluRewrite,
      &qcnnExplainSoftmaxRewrite,     &qcnnFoldConstantTransposeRewrite,
      &qcnnFoldConstantReshapeRewrite, &qcnnFoldConstantFlattenRewrite,
      &qcnnFoldConstantSqueezeRewrite, &qcnnFoldConstantUnsqueezeRewrite,
      &qcnnFoldConstantIdentityRewrite, &qcnnIntegerWeightsConvRewrite,
      &qcnnIntegerWeightsMatMulRewrite, &qcnnIntegerWeightsGemmRewrite,
      &qcnnIntegerAccumulatorConvRewrite, &qcnnIntegerAccumulatorMatMulRewrite,
      &qcnnIntegerAccumulatorGemmRewrite, &qcnnCancelReshapeRewrite,
      &qcnnCancelFlattenRewrite,      &qcnnCancelSqueezeRewrite,
      &qcnnCancelUnsqueezeRewrite,
  };
  return qcnnStreamlinePassCreate(info, rewrites, sizeof rewrites / sizeof rewrites[0]);
}
