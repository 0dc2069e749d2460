/**
 * The score as the LMS receives it: a percentage, rounded down to hundredths. SCORM 1.2 LMSs
 * compare cmi.core.score.raw with the manifest's masteryscore (a percentage), so raw must be a
 * percentage too; rounding down means the LMS can never see a pass the course did not award.
 */
export function scorePercentage(correct: number, total: number): number {
  return total > 0 ? Math.floor((correct / total) * 10_000) / 100 : 0;
}
