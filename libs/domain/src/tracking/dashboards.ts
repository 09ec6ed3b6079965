import { isSuppressed } from '../gaps/scoring.js';

/** The stages of the training funnel, in order. */
export type FunnelStageName = 'ASSESSED' | 'ENROLLED' | 'ATTENDED' | 'COMPLETED' | 'IMPROVED';
export const FUNNEL_STAGES: readonly FunnelStageName[] = ['ASSESSED', 'ENROLLED', 'ATTENDED', 'COMPLETED', 'IMPROVED'];

export interface FunnelStage {
  readonly stage: FunnelStageName;
  /** People at this stage; null when the funnel is suppressed. */
  readonly count: number | null;
  /** count ÷ the previous stage's count (null for the first stage, a zero previous, or suppressed). */
  readonly shareOfPrevious: number | null;
}

export interface Funnel {
  /** Everyone in any stage: the group the small-cell rule is applied to. */
  readonly people: number;
  readonly suppressed: boolean;
  readonly stages: FunnelStage[];
}

/**
 * The funnel assessed → enrolled → attended → completed → improved from the people at each
 * stage. Each stage counts whoever reached it (someone may enrol without having answered the
 * campaign), so a stage can exceed the one before. Fewer than `minGroupSize` people in all:
 * suppressed, by the gap analysis's rule.
 */
export function funnel(stages: Record<FunnelStageName, ReadonlySet<string>>, minGroupSize: number): Funnel {
  const everyone = new Set(FUNNEL_STAGES.flatMap((s) => [...stages[s]]));
  const suppressed = isSuppressed(everyone.size, minGroupSize);
  return {
    people: everyone.size,
    suppressed,
    stages: FUNNEL_STAGES.map((stage, i) => {
      const count = stages[stage].size;
      const previousStage = FUNNEL_STAGES[i - 1];
      const previous = previousStage ? stages[previousStage].size : null;
      return {
        stage,
        count: suppressed ? null : count,
        shareOfPrevious: suppressed || previous === null || previous === 0 ? null : count / previous,
      };
    }),
  };
}

export interface CompletionGroupInput {
  readonly key: string;
  readonly label: string;
  /** People holding a seat (ENROLLED) in a cohort of the curriculum. */
  readonly enrolled: number;
  /** Of them, those with a completion of the curriculum. */
  readonly completed: number;
}

export interface CompletionGroup {
  readonly key: string;
  readonly label: string;
  readonly enrolled: number;
  readonly suppressed: boolean;
  readonly completed: number | null;
  readonly completionRate: number | null;
}

/** Completion rate per group; a group of fewer enrolled people than `minGroupSize` shows only its size. */
export function completionGroups(groups: readonly CompletionGroupInput[], minGroupSize: number): CompletionGroup[] {
  return groups
    .filter((g) => g.enrolled > 0)
    .map((g) => {
      const suppressed = isSuppressed(g.enrolled, minGroupSize);
      return {
        key: g.key,
        label: g.label,
        enrolled: g.enrolled,
        suppressed,
        completed: suppressed ? null : g.completed,
        completionRate: suppressed ? null : g.completed / g.enrolled,
      };
    });
}
