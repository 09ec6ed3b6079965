import { Injectable } from '@nestjs/common';
import {
  completionGroups,
  funnel,
  gapClosure,
  improvedPractitioners,
  provinceScopeOf,
  scopeIncludes,
  UNKNOWN_GROUP,
  type Actor,
  type ClosureObservation,
  type CompletionGroup,
  type Funnel,
  type GapClosure,
  type PostRating,
  type PostRatingRule,
} from '@ruamsang/domain';
import { Role, type Locale } from '@ruamsang/shared';
import type { EntityManager } from 'typeorm';
import { DomainError, translate } from '../../common/errors.js';
import type { CampaignEntity } from '../assessments/entities/campaign.entity.js';
import type { CurriculumEntity } from '../curricula/entities/training-module.entity.js';
import { GroupLabels } from '../gaps/gaps.messages.js';
import { readThaiGeography } from '../geography/geography.repository.js';
import { AuditService } from '../privacy/audit.service.js';
import type { CohortEntity } from '../scheduling/entities/scheduling.entity.js';
import { CompletionGrouping, GapClosureGrouping, toPostRatingRule, type AddCompetencyEvidenceInput, type GapClosureArgs, type SubmitReassessmentInput } from './dto/tracking.input.js';
import { CompetencyRatingSource, type CompetencyRatingEntity } from './entities/competency-rating.entity.js';
import { ReassessmentListener } from './reassessment.listener.js';
import { TrackingMessages } from './tracking.errors.js';
import { TrackingRepository, type PreRatingRow } from './tracking.repository.js';

/** One entry of a person's history before it becomes a GraphQL object. */
export interface HistoryEntry {
  readonly id: string;
  readonly kind: 'NEEDS_ASSESSMENT' | 'TRACKING';
  readonly source: CompetencyRatingSource;
  readonly competencyCode: string;
  readonly competencyName: string;
  readonly level: number;
  readonly target: number | null;
  readonly evidence: string | null;
  readonly ratedByName: string | null;
  readonly ratedAt: Date;
  readonly campaignId: string | null;
  readonly campaignTitle: string | null;
  readonly curriculumId: string | null;
  readonly curriculumTitle: string | null;
}

export interface CompetencyChoice {
  readonly code: string;
  readonly name: string;
  readonly preTarget: number | null;
  readonly preCurrent: number | null;
  readonly lastLevel: number | null;
}

export interface ReassessmentView {
  readonly curriculumId: string;
  readonly curriculumTitle: string;
  readonly cohortId: string;
  readonly cohortName: string;
  readonly competencies: CompetencyChoice[];
}

export interface ClosureView extends GapClosure {
  readonly campaignId: string;
  readonly curriculumId: string | null;
  readonly groupBy: GapClosureGrouping;
  readonly competencyNames: Map<string, string>;
}

export interface CompletionView {
  readonly curriculum: CurriculumEntity;
  readonly groupBy: CompletionGrouping;
  readonly minGroupSize: number;
  readonly groups: CompletionGroup[];
}

export interface FunnelView extends Funnel {
  readonly curriculum: CurriculumEntity;
  readonly provinceCode: string | null;
  readonly minGroupSize: number;
}

const localized = (name: Record<string, string>, locale: Locale) => name[locale] || name['th'] || '';

let placeNames: Map<string, { th: string; en: string }> | null = null;
function placeName(code: string, locale: Locale): string | undefined {
  if (!placeNames) {
    const { provinces, districts } = readThaiGeography();
    placeNames = new Map([...provinces, ...districts].map((p) => [p.code, { th: p.nameTh, en: p.nameEn }]));
  }
  const name = placeNames.get(code);
  return name ? (locale === 'th' ? name.th : name.en) : undefined;
}
function groupLabel(key: string, locale: Locale): string {
  const labelKey = `group.${key}`;
  if (labelKey in GroupLabels) return translate(GroupLabels[labelKey as keyof typeof GroupLabels], locale);
  return placeName(key, locale) ?? key;
}

/**
 * Competency tracking: re-assessments and trainer evidence (append-only, every source kept),
 * each person's history, and the gap-closure, completion and funnel dashboards.
 * Authorisation lives here: practitioners only their own history and re-assessment (after a
 * curriculum they hold a seat in); trainers evidence for the people of cohorts they teach;
 * dashboards for coordinators (their provinces' people only) and administrators.
 */
@Injectable()
export class TrackingService {
  constructor(
    private readonly repository: TrackingRepository,
    private readonly audit: AuditService,
    private readonly listener: ReassessmentListener,
  ) {}

  // ---- names ----------------------------------------------------------------------------------
  private async namesFor(frameworkIds: readonly string[], locale: Locale): Promise<Map<string, string>> {
    const rows = await this.repository.competencyNames([...new Set(frameworkIds)]);
    return new Map(rows.map((r) => [r.code, localized(r.name, locale)]));
  }

  private async campaignOf(curriculum: CurriculumEntity): Promise<CampaignEntity> {
    const campaign = await this.repository.campaign(curriculum.campaignId);
    if (!campaign) throw DomainError.notFound(TrackingMessages['tracking.curriculumNotFound']);
    return campaign;
  }

  private async curriculum(id: string): Promise<CurriculumEntity> {
    const curriculum = await this.repository.curriculum(id);
    if (!curriculum) throw DomainError.notFound(TrackingMessages['tracking.curriculumNotFound']);
    return curriculum;
  }

  // ---- history --------------------------------------------------------------------------------
  /** Every rating the person has: campaign ratings and tracking ratings, newest first. */
  async history(actor: Actor, locale: Locale): Promise<HistoryEntry[]> {
    const [campaignRows, trackingRows] = await Promise.all([this.repository.campaignHistory(actor.id), this.repository.trackingHistory(actor.id)]);
    return this.historyEntries(campaignRows, trackingRows, locale);
  }

  private async historyEntries(
    campaignRows: Awaited<ReturnType<TrackingRepository['campaignHistory']>>,
    trackingRows: readonly CompetencyRatingEntity[],
    locale: Locale,
  ): Promise<HistoryEntry[]> {
    const curricula = new Map((await this.repository.curriculaByIds([...new Set(trackingRows.flatMap((r) => (r.curriculumId ? [r.curriculumId] : [])))])).map((c) => [c.id, c]));
    const campaignIds = [...new Set([...curricula.values()].map((c) => c.campaignId))];
    const frameworkIds = [...campaignRows.map((r) => r.frameworkId)];
    for (const id of campaignIds) {
      const campaign = await this.repository.campaign(id);
      if (campaign) frameworkIds.push(campaign.frameworkId);
    }
    const names = await this.namesFor(frameworkIds, locale);
    const raters = new Map((await this.repository.users([...new Set(trackingRows.flatMap((r) => (r.ratedBy && r.source === CompetencyRatingSource.TRAINER ? [r.ratedBy] : [])))])).map((u) => [u.id, u.displayName]));
    const entries: HistoryEntry[] = [
      ...campaignRows.map((r) => ({
        id: `${r.responseId}:${r.competencyCode}`,
        kind: 'NEEDS_ASSESSMENT' as const,
        source: r.source === 'IMPORTED' ? CompetencyRatingSource.IMPORTED : CompetencyRatingSource.SELF,
        competencyCode: r.competencyCode,
        competencyName: names.get(r.competencyCode) ?? r.competencyCode,
        level: r.current,
        target: r.target,
        evidence: null,
        ratedByName: null,
        ratedAt: new Date(r.submittedAt),
        campaignId: r.campaignId,
        campaignTitle: r.campaignTitle,
        curriculumId: null,
        curriculumTitle: null,
      })),
      ...trackingRows.map((r) => this.trackingEntry(r, names, raters, curricula)),
    ];
    return entries.sort((a, b) => b.ratedAt.getTime() - a.ratedAt.getTime() || a.competencyCode.localeCompare(b.competencyCode) || a.id.localeCompare(b.id));
  }

  private trackingEntry(r: CompetencyRatingEntity, names: Map<string, string>, raters: Map<string, string>, curricula: Map<string, CurriculumEntity>): HistoryEntry {
    const curriculum = r.curriculumId ? curricula.get(r.curriculumId) : undefined;
    return {
      id: r.id,
      kind: 'TRACKING',
      source: r.source,
      competencyCode: r.competencyCode,
      competencyName: names.get(r.competencyCode) ?? r.competencyCode,
      level: r.level,
      target: r.target,
      evidence: r.evidence,
      ratedByName: r.ratedBy ? (raters.get(r.ratedBy) ?? null) : null,
      ratedAt: r.ratedAt,
      campaignId: curriculum?.campaignId ?? null,
      campaignTitle: null,
      curriculumId: r.curriculumId,
      curriculumTitle: curriculum?.title ?? null,
    };
  }

  // ---- the re-assessment form -----------------------------------------------------------------
  /** Curricula the practitioner holds a seat in, with the competencies to re-rate and their pre ratings. */
  async reassessments(actor: Actor, locale: Locale): Promise<ReassessmentView[]> {
    if (actor.role !== Role.PRACTITIONER) return [];
    const seats = await this.repository.seatsOf(actor.id);
    const byCurriculum = new Map<string, (typeof seats)[number]>();
    for (const s of seats) if (!byCurriculum.has(s.curriculumId)) byCurriculum.set(s.curriculumId, s);
    const curricula = await this.repository.curriculaByIds([...byCurriculum.keys()]);
    const codes = await this.repository.competencyCodesOfCurricula(curricula.map((c) => c.id));
    const mine = await this.repository.trackingHistory(actor.id);
    const views: ReassessmentView[] = [];
    for (const curriculum of curricula) {
      const campaign = await this.campaignOf(curriculum);
      const names = await this.namesFor([campaign.frameworkId], locale);
      const pre = new Map((await this.repository.preRatings(campaign.id, [actor.id])).map((p) => [p.competencyCode, p]));
      const order = [...names.keys()];
      const taught = (codes.get(curriculum.id) ?? []).sort((a, b) => order.indexOf(a) - order.indexOf(b));
      const seat = byCurriculum.get(curriculum.id)!;
      views.push({
        curriculumId: curriculum.id,
        curriculumTitle: curriculum.title,
        cohortId: seat.cohortId,
        cohortName: seat.cohortName,
        competencies: taught.map((code) => ({
          code,
          name: names.get(code) ?? code,
          preTarget: pre.get(code)?.target ?? null,
          preCurrent: pre.get(code)?.current ?? null,
          // trackingHistory is newest first
          lastLevel: mine.find((r) => r.curriculumId === curriculum.id && r.competencyCode === code && r.source === CompetencyRatingSource.SELF)?.level ?? null,
        })),
      });
    }
    return views.sort((a, b) => a.curriculumTitle.localeCompare(b.curriculumTitle));
  }

  private async taughtCodes(curriculumId: string): Promise<string[]> {
    return (await this.repository.competencyCodesOfCurricula([curriculumId])).get(curriculumId) ?? [];
  }

  private checkCodes(field: string, codes: readonly string[], allowed: readonly string[]): void {
    const seen = new Set<string>();
    for (const code of codes) {
      if (!allowed.includes(code)) throw DomainError.badInput(field, TrackingMessages['tracking.competencyNotInCurriculum'], { code, allowed: [...allowed].sort().join(', ') });
      if (seen.has(code)) throw DomainError.badInput(field, TrackingMessages['tracking.duplicateCompetency'], { code });
      seen.add(code);
    }
  }

  /**
   * Stores a self re-assessment as new rows (never an update). The same clientSubmissionId
   * again returns the rows stored the first time; used by someone else or for another
   * curriculum, it is a CONFLICT.
   */
  async submitReassessment(actor: Actor, input: SubmitReassessmentInput, locale: Locale): Promise<HistoryEntry[]> {
    if (actor.role !== Role.PRACTITIONER) throw DomainError.forbidden(TrackingMessages['tracking.onlyPractitioners']);
    const curriculum = await this.curriculum(input.curriculumId);
    // Read before the transaction: everything inside it goes through its manager.
    const taught = await this.taughtCodes(curriculum.id);
    const rows = await this.repository.transaction(async (manager) => {
      const seat = (await this.repository.seatsOf(actor.id, manager)).find((s) => s.curriculumId === curriculum.id);
      if (!seat) throw DomainError.forbidden(TrackingMessages['tracking.notEnrolled']);
      this.checkCodes(
        'ratings',
        input.ratings.map((r) => r.competencyCode),
        taught,
      );
      const earlier = await this.earlierSubmission(manager, input.clientSubmissionId, (r) => r.practitionerId === actor.id && r.curriculumId === curriculum.id && r.source === CompetencyRatingSource.SELF);
      if (earlier) return earlier;
      const ratedAt = new Date();
      const stored = await this.repository.insertRatings(
        manager,
        input.ratings.map((r) => ({
          practitionerId: actor.id,
          competencyCode: r.competencyCode,
          curriculumId: curriculum.id,
          cohortId: seat.cohortId,
          source: CompetencyRatingSource.SELF,
          level: r.level,
          target: r.target ?? null,
          evidence: null,
          ratedBy: actor.id,
          ratedAt,
          clientSubmissionId: input.clientSubmissionId,
        })),
      );
      for (const row of stored) {
        await this.audit.record(manager, { actorId: actor.id, action: 'CREATE', entity: 'competency_rating', entityId: row.id, subjectId: actor.id, fields: ['level', 'target'] });
      }
      await this.listener.selfReassessmentStored(manager, actor.id, curriculum.id);
      return stored;
    });
    return this.historyEntries([], rows, locale);
  }

  private async earlierSubmission(manager: EntityManager, clientSubmissionId: string, same: (r: CompetencyRatingEntity) => boolean): Promise<CompetencyRatingEntity[] | null> {
    await this.repository.lockSubmission(manager, clientSubmissionId);
    const earlier = await this.repository.ratingsOfSubmission(clientSubmissionId, manager);
    if (!earlier.length) return null;
    if (!earlier.every(same)) throw DomainError.conflict(TrackingMessages['tracking.submissionReused'], {}, 'clientSubmissionId');
    return earlier;
  }

  // ---- trainer evidence -----------------------------------------------------------------------
  private async mayTeach(actor: Actor, cohort: CohortEntity): Promise<boolean> {
    switch (actor.role) {
      case Role.ADMIN:
        return true;
      case Role.TRAINER:
        return this.repository.teaches(actor.id, cohort.id);
      case Role.COORDINATOR:
      case Role.PRACTITIONER:
        return false;
    }
  }

  private async cohort(id: string): Promise<CohortEntity> {
    const cohort = await this.repository.cohort(id);
    if (!cohort) throw DomainError.notFound(TrackingMessages['tracking.cohortNotFound']);
    return cohort;
  }

  /** The people and competencies of a cohort, for the evidence form: its trainers, its province's coordinator, admins. */
  async roster(actor: Actor, cohortId: string, locale: Locale) {
    const cohort = await this.cohort(cohortId);
    const allowed = (await this.mayTeach(actor, cohort)) || scopeIncludes(provinceScopeOf(actor), cohort.provinceCode);
    if (!allowed) throw DomainError.forbidden(TrackingMessages['tracking.cannotSeeRoster']);
    const curriculum = await this.curriculum(cohort.curriculumId);
    const campaign = await this.campaignOf(curriculum);
    const names = await this.namesFor([campaign.frameworkId], locale);
    const order = [...names.keys()];
    const codes = (await this.taughtCodes(curriculum.id)).sort((a, b) => order.indexOf(a) - order.indexOf(b));
    return {
      cohortId: cohort.id,
      cohortName: cohort.name,
      curriculumId: curriculum.id,
      curriculumTitle: curriculum.title,
      practitioners: await this.repository.enrolledIn(cohort.id),
      competencies: codes.map((code) => ({ code, name: names.get(code) ?? code, preTarget: null, preCurrent: null, lastLevel: null })),
    };
  }

  /** A trainer's verified level with evidence, as a new TRAINER row (idempotent like re-assessments). */
  async addEvidence(actor: Actor, input: AddCompetencyEvidenceInput, locale: Locale): Promise<HistoryEntry> {
    const cohort = await this.cohort(input.cohortId);
    if (!(await this.mayTeach(actor, cohort))) throw DomainError.forbidden(TrackingMessages['tracking.notYourLearner']);
    const taught = await this.taughtCodes(cohort.curriculumId);
    const rows = await this.repository.transaction(async (manager) => {
      if (!(await this.repository.isEnrolled(cohort.id, input.practitionerId, manager))) throw DomainError.forbidden(TrackingMessages['tracking.notYourLearner']);
      this.checkCodes('competencyCode', [input.competencyCode], taught);
      const earlier = await this.earlierSubmission(manager, input.clientSubmissionId, (r) => r.ratedBy === actor.id && r.practitionerId === input.practitionerId && r.source === CompetencyRatingSource.TRAINER);
      if (earlier) return earlier;
      const stored = await this.repository.insertRatings(manager, [
        {
          practitionerId: input.practitionerId,
          competencyCode: input.competencyCode,
          curriculumId: cohort.curriculumId,
          cohortId: cohort.id,
          source: CompetencyRatingSource.TRAINER,
          level: input.level,
          target: null,
          evidence: input.evidence,
          ratedBy: actor.id,
          ratedAt: new Date(),
          clientSubmissionId: input.clientSubmissionId,
        },
      ]);
      for (const row of stored) {
        await this.audit.record(manager, { actorId: actor.id, action: 'CREATE', entity: 'competency_rating', entityId: row.id, subjectId: input.practitionerId, fields: ['level', 'evidence'] });
      }
      return stored;
    });
    const [entry] = await this.historyEntries([], rows, locale);
    return entry!;
  }

  // ---- dashboards -----------------------------------------------------------------------------
  /** Coordinators of one of the campaign's provinces and admins; FORBIDDEN otherwise. */
  private dashboardScope(actor: Actor, campaign: CampaignEntity) {
    const scope = provinceScopeOf(actor);
    const ok = scope.kind === 'ALL' || (scope.kind === 'SOME' && campaign.provinceCodes.some((code) => scope.provinceCodes.includes(code)));
    if (!ok) throw DomainError.forbidden(TrackingMessages['tracking.dashboardsOnly']);
    return scope;
  }

  async gapClosure(actor: Actor, args: GapClosureArgs, locale: Locale): Promise<ClosureView> {
    const campaign = await this.repository.campaign(args.campaignId);
    if (!campaign) throw DomainError.notFound(TrackingMessages['tracking.curriculumNotFound']);
    const scope = this.dashboardScope(actor, campaign);
    let curricula: CurriculumEntity[];
    if (args.curriculumId) {
      const one = await this.curriculum(args.curriculumId);
      if (one.campaignId !== campaign.id) throw DomainError.notFound(TrackingMessages['tracking.curriculumNotFound']);
      curricula = [one];
    } else curricula = await this.repository.curriculaOfCampaign(campaign.id);
    const codesBy = await this.repository.competencyCodesOfCurricula(curricula.map((c) => c.id));
    const taught = new Set([...codesBy.values()].flat());
    const names = await this.namesFor([campaign.frameworkId], locale);
    const competencyCodes = [...names.keys()].filter((code) => taught.has(code));
    // Only the people of the caller's provinces count (by the province of their response).
    const pre = (await this.repository.preRatings(campaign.id)).filter((p) => scopeIncludes(scope, p.provinceCode) && taught.has(p.competencyCode));
    const preOf = new Map(pre.map((p) => [`${p.practitionerId}|${p.competencyCode}`, p]));
    const posts = await this.repository.postRatings(
      curricula.map((c) => c.id),
      [...new Set(pre.map((p) => p.practitionerId))],
    );
    const rule: PostRatingRule = toPostRatingRule(args.postRule);
    const observations = this.observations(args.groupBy, pre, preOf, posts);
    const groups = await this.closureGroups(args.groupBy, observations, locale, curricula);
    const closure = gapClosure({ instrument: campaign.instrument, minGroupSize: campaign.minGroupSize, competencyCodes, groups, observations, rule });
    return { ...closure, campaignId: campaign.id, curriculumId: args.curriculumId ?? null, groupBy: args.groupBy, competencyNames: names };
  }

  private observations(
    groupBy: GapClosureGrouping,
    pre: readonly PreRatingRow[],
    preOf: Map<string, PreRatingRow>,
    posts: readonly CompetencyRatingEntity[],
  ): ClosureObservation[] {
    const asPost = (r: CompetencyRatingEntity): PostRating => ({ source: r.source, level: r.level, target: r.target, ratedAt: r.ratedAt });
    if (groupBy === GapClosureGrouping.ALL || groupBy === GapClosureGrouping.PROVINCE) {
      const postsOf = new Map<string, PostRating[]>();
      for (const r of posts) {
        const key = `${r.practitionerId}|${r.competencyCode}`;
        postsOf.set(key, [...(postsOf.get(key) ?? []), asPost(r)]);
      }
      return pre.map((p) => ({
        groupKey: groupBy === GapClosureGrouping.ALL ? 'ALL' : p.provinceCode,
        practitionerId: p.practitionerId,
        competencyCode: p.competencyCode,
        pre: { target: p.target, current: p.current },
        posts: postsOf.get(`${p.practitionerId}|${p.competencyCode}`) ?? [],
      }));
    }
    // By cohort or curriculum: the post ratings given in that cohort / after that curriculum.
    const byKey = new Map<string, { groupKey: string; practitionerId: string; competencyCode: string; posts: PostRating[] }>();
    for (const r of posts) {
      const groupKey = (groupBy === GapClosureGrouping.COHORT ? r.cohortId : r.curriculumId) ?? UNKNOWN_GROUP;
      const key = `${groupKey}|${r.practitionerId}|${r.competencyCode}`;
      const entry = byKey.get(key) ?? { groupKey, practitionerId: r.practitionerId, competencyCode: r.competencyCode, posts: [] };
      entry.posts.push(asPost(r));
      byKey.set(key, entry);
    }
    return [...byKey.values()].map((e) => {
      const p = preOf.get(`${e.practitionerId}|${e.competencyCode}`);
      return { ...e, pre: p ? { target: p.target, current: p.current } : null };
    });
  }

  private async closureGroups(groupBy: GapClosureGrouping, observations: readonly ClosureObservation[], locale: Locale, curricula: readonly CurriculumEntity[]) {
    const keys = [...new Set(observations.map((o) => o.groupKey))].sort();
    switch (groupBy) {
      case GapClosureGrouping.ALL:
        return [{ key: 'ALL', label: groupLabel('ALL', locale) }];
      case GapClosureGrouping.PROVINCE:
        return keys.map((key) => ({ key, label: groupLabel(key, locale) }));
      case GapClosureGrouping.COHORT: {
        const cohorts = new Map((await this.repository.cohortsByIds(keys.filter((k) => k !== UNKNOWN_GROUP))).map((c) => [c.id, c.name]));
        return keys.map((key) => ({ key, label: cohorts.get(key) ?? groupLabel(key, locale) })).sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
      }
      case GapClosureGrouping.CURRICULUM: {
        const titles = new Map(curricula.map((c) => [c.id, c.title]));
        return keys.map((key) => ({ key, label: titles.get(key) ?? groupLabel(key, locale) })).sort((a, b) => a.label.localeCompare(b.label) || a.key.localeCompare(b.key));
      }
    }
  }

  /** The people of the curriculum's dashboards the caller may count: everyone for admins, their provinces' for coordinators. */
  private async dashboardPeople(actor: Actor, curriculumId: string) {
    const curriculum = await this.curriculum(curriculumId);
    const campaign = await this.campaignOf(curriculum);
    const scope = this.dashboardScope(actor, campaign);
    return { curriculum, campaign, scope };
  }

  async completion(actor: Actor, curriculumId: string, groupBy: CompletionGrouping, locale: Locale): Promise<CompletionView> {
    const { curriculum, campaign, scope } = await this.dashboardPeople(actor, curriculumId);
    const [enrolledIds, completedIds] = await Promise.all([this.repository.enrolledInCurriculum(curriculum.id), this.repository.completedCurriculum(curriculum.id)]);
    const people = (await this.repository.people(enrolledIds)).filter((p) => scopeIncludes(scope, p.provinceCode));
    const completed = new Set(completedIds);
    const keyOf = (p: (typeof people)[number]): string => {
      switch (groupBy) {
        case CompletionGrouping.ALL:
          return 'ALL';
        case CompletionGrouping.PROVINCE:
          return p.provinceCode ?? UNKNOWN_GROUP;
        case CompletionGrouping.DISTRICT:
          return p.districtCode ?? UNKNOWN_GROUP;
        case CompletionGrouping.SECTOR:
          return p.sector ?? UNKNOWN_GROUP;
        case CompletionGrouping.GENDER:
          return p.gender ?? UNKNOWN_GROUP;
      }
    };
    const counts = new Map<string, { enrolled: number; completed: number }>();
    for (const p of people) {
      const key = keyOf(p);
      const c = counts.get(key) ?? { enrolled: 0, completed: 0 };
      c.enrolled += 1;
      if (completed.has(p.id)) c.completed += 1;
      counts.set(key, c);
    }
    const inputs = [...counts.entries()]
      .map(([key, c]) => ({ key, label: groupLabel(key, locale), ...c }))
      .sort((a, b) => (a.key === UNKNOWN_GROUP ? 1 : 0) - (b.key === UNKNOWN_GROUP ? 1 : 0) || a.key.localeCompare(b.key));
    return { curriculum, groupBy, minGroupSize: campaign.minGroupSize, groups: completionGroups(inputs, campaign.minGroupSize) };
  }

  async funnel(actor: Actor, curriculumId: string, provinceCode: string | null): Promise<FunnelView> {
    const { curriculum, campaign, scope } = await this.dashboardPeople(actor, curriculumId);
    if (provinceCode && !scopeIncludes(scope, provinceCode)) throw DomainError.forbidden(TrackingMessages['tracking.outsideScope'], { code: provinceCode });
    const [assessed, enrolled, attended, completed] = await Promise.all([
      this.repository.assessed(campaign.id),
      this.repository.enrolledInCurriculum(curriculum.id),
      this.repository.attendedCurriculum(curriculum.id),
      this.repository.completedCurriculum(curriculum.id),
    ]);
    const everyone = [...new Set([...assessed, ...enrolled, ...attended, ...completed])];
    const counted = new Set(
      (await this.repository.people(everyone)).filter((p) => scopeIncludes(scope, p.provinceCode) && (!provinceCode || p.provinceCode === provinceCode)).map((p) => p.id),
    );
    const only = (ids: readonly string[]) => new Set(ids.filter((id) => counted.has(id)));
    const codes = new Set(await this.taughtCodes(curriculum.id));
    const pre = (await this.repository.preRatings(campaign.id, [...counted])).filter((p) => codes.has(p.competencyCode));
    const posts = await this.repository.postRatings([curriculum.id], [...counted]);
    const postsOf = new Map<string, PostRating[]>();
    for (const r of posts) {
      const key = `${r.practitionerId}|${r.competencyCode}`;
      postsOf.set(key, [...(postsOf.get(key) ?? []), { source: r.source, level: r.level, target: r.target, ratedAt: r.ratedAt }]);
    }
    const improved = improvedPractitioners(
      pre.map((p) => ({ practitionerId: p.practitionerId, competencyCode: p.competencyCode, pre: { target: p.target, current: p.current }, posts: postsOf.get(`${p.practitionerId}|${p.competencyCode}`) ?? [] })),
      'TRAINER_ELSE_SELF',
    );
    const result = funnel(
      { ASSESSED: only(assessed), ENROLLED: only(enrolled), ATTENDED: only(attended), COMPLETED: only(completed), IMPROVED: only([...improved]) },
      campaign.minGroupSize,
    );
    return { ...result, curriculum, provinceCode, minGroupSize: campaign.minGroupSize };
  }
}
