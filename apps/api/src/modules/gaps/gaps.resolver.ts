import { Args, Context, ID, Query, Resolver } from '@nestjs/graphql';
import type { Actor, CompetencyFigures } from '@ruamsang/domain';
import { GapGrouping } from '@ruamsang/shared';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import type { RequestContext } from '../../graphql/request-context.js';
import { GapsService } from './gaps.service.js';
import { GapAnalysis, GapFigure, GapGroup, Quadrant } from './models/gap-analysis.model.js';

// The service hands out the same figures array until the rollups change; map it once.
const mapped = new WeakMap<readonly CompetencyFigures[], GapFigure[]>();
function figuresOf(figures: readonly CompetencyFigures[]): GapFigure[] {
  let result = mapped.get(figures);
  if (!result) {
    result = figures.map((f) => Object.assign(new GapFigure(), { ...f, quadrant: f.quadrant ? Quadrant[f.quadrant] : null }));
    mapped.set(figures, result);
  }
  return result;
}

@Resolver(() => GapAnalysis)
export class GapsResolver {
  constructor(private readonly gaps: GapsService) {}

  @Query(() => GapAnalysis, { description: 'Capacity gaps per competency and group; small groups are suppressed' })
  async gapAnalysis(
    @CurrentActor() actor: Actor,
    @Args('campaignId', { type: () => ID }) campaignId: string,
    @Args('groupBy', { type: () => GapGrouping, defaultValue: GapGrouping.ALL }) groupBy: GapGrouping,
    @Context() ctx: RequestContext,
  ): Promise<GapAnalysis> {
    const analysis = await this.gaps.analyseFor(actor, campaignId, groupBy, ctx.locale);
    return Object.assign(new GapAnalysis(), {
      ...analysis,
      groups: analysis.groups.map((g) =>
        Object.assign(new GapGroup(), {
          key: g.key,
          label: g.label,
          respondents: g.respondents,
          suppressed: g.suppressed,
          figures: figuresOf(g.figures),
        }),
      ),
    });
  }
}
