import { Injectable } from '@nestjs/common';
import { mayDo, provinceScopeOf, scopeIncludes, type Actor } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { DomainError } from '../../common/errors.js';
import { AccountsRepository } from '../accounts/accounts.repository.js';
import { CampaignsService } from '../assessments/campaigns.service.js';
import { FrameworksRepository } from '../frameworks/frameworks.repository.js';
import { AuditService } from '../privacy/audit.service.js';
import { GeographyService } from '../geography/geography.service.js';
import { CampaignAccess } from '../priorities/campaign-access.js';
import type { AddHopesFearsCardInput, CreateHopesFearsBoardInput, CreateIcebergInput, CreatePersonaInput, PersonaListArgs, WorkshopLinkInput, WorkshopListArgs } from './dto/workshop.args.js';
import {
  HopesFearsBoardEntity,
  HopesFearsCardEntity,
  IcebergAnalysisEntity,
  PersonaEntity,
  WorkshopItemKind,
  type WorkshopLinkEntity,
} from './entities/workshop.entity.js';
import { WorkshopMessages } from './workshop.errors.js';
import { inScope, WorkshopRepository, type WorkshopScope } from './workshop.repository.js';

const TARGETS = {
  [WorkshopItemKind.HOPES_FEARS_BOARD]: HopesFearsBoardEntity,
  [WorkshopItemKind.PERSONA]: PersonaEntity,
  [WorkshopItemKind.ICEBERG]: IcebergAnalysisEntity,
} as const;

type AnyItem = HopesFearsBoardEntity | PersonaEntity | IcebergAnalysisEntity;

/**
 * Hopes & Fears boards, Personas and Iceberg analyses. Trainers, coordinators (within their
 * provinces) and admins create and link them; anyone signed in reads them within their scope and
 * may add a hope or a fear to a board they see.
 */
@Injectable()
export class WorkshopService {
  constructor(
    private readonly repository: WorkshopRepository,
    private readonly access: CampaignAccess,
    private readonly campaigns: CampaignsService,
    private readonly accounts: AccountsRepository,
    private readonly frameworks: FrameworksRepository,
    private readonly geography: GeographyService,
    private readonly audit: AuditService,
  ) {}

  /** Admins and trainers read everything; coordinators their provinces' items; practitioners their province's and their campaigns'. */
  async scopeOf(actor: Actor): Promise<WorkshopScope> {
    switch (actor.role) {
      case Role.ADMIN:
      case Role.TRAINER:
        return { provinceCodes: null, campaignIds: null };
      case Role.COORDINATOR:
        return { provinceCodes: actor.managedProvinceCodes, campaignIds: (await this.campaigns.list(actor, false)).map((c) => c.id) };
      case Role.PRACTITIONER: {
        const [me, campaigns] = await Promise.all([this.accounts.findById(actor.id), this.campaigns.list(actor, false)]);
        return { provinceCodes: me?.provinceCode ? [me.provinceCode] : [], campaignIds: campaigns.map((c) => c.id) };
      }
    }
  }

  /** Creating needs the role, real places, and for a coordinator a place in their provinces. */
  private async assertMayCreate(actor: Actor, place: { campaignId?: string | null | undefined; provinceCode?: string | null | undefined }): Promise<void> {
    if (!mayDo(actor.role, 'CREATE_ITEM')) throw DomainError.forbidden(WorkshopMessages['workshop.cannotCreate']);
    if (place.provinceCode) await this.geography.assertProvinces([place.provinceCode], 'provinceCode');
    const campaign = place.campaignId ? await this.access.campaign(place.campaignId) : null;
    if (actor.role === Role.COORDINATOR) {
      const scope = provinceScopeOf(actor);
      const provinceOk = place.provinceCode ? scopeIncludes(scope, place.provinceCode) : true;
      const campaignOk = campaign ? this.access.manages(actor, campaign) : true;
      if (!provinceOk || !campaignOk || (!place.provinceCode && !campaign)) throw DomainError.forbidden(WorkshopMessages['workshop.outsideScope']);
    }
  }

  private nonBlank(field: string, value: string): string {
    const trimmed = value.trim();
    if (!trimmed) throw DomainError.badInput(field, WorkshopMessages['workshop.blankField'], { field });
    return trimmed;
  }

  async createBoard(actor: Actor, input: CreateHopesFearsBoardInput): Promise<HopesFearsBoardEntity> {
    if (!input.campaignId && !input.provinceCode) throw DomainError.badInput('provinceCode', WorkshopMessages['workshop.boardNeedsPlace']);
    await this.assertMayCreate(actor, input);
    return this.repository.save(HopesFearsBoardEntity, {
      title: this.nonBlank('title', input.title),
      campaignId: input.campaignId ?? null,
      provinceCode: input.provinceCode ?? null,
      createdBy: actor.id,
    });
  }

  async addCard(actor: Actor, input: AddHopesFearsCardInput): Promise<HopesFearsCardEntity> {
    const board = await this.visible(actor, WorkshopItemKind.HOPES_FEARS_BOARD, input.boardId);
    if (!mayDo(actor.role, 'ADD_CARD')) throw DomainError.forbidden(WorkshopMessages['workshop.cannotCreate']);
    const card = await this.repository.save(HopesFearsCardEntity, { boardId: board.id, kind: input.kind, text: this.nonBlank('text', input.text), authorId: actor.id });
    await this.audit.record(null, { actorId: actor.id, action: 'CREATE', entity: 'hopes_fears_card', entityId: card.id, subjectId: actor.id, fields: ['kind', 'text'] });
    return card;
  }

  async createPersona(actor: Actor, input: CreatePersonaInput): Promise<PersonaEntity> {
    await this.assertMayCreate(actor, input);
    return this.repository.save(PersonaEntity, {
      name: this.nonBlank('name', input.name),
      description: this.nonBlank('description', input.description),
      group: input.group,
      provinceCode: input.provinceCode ?? null,
      campaignId: input.campaignId ?? null,
      createdBy: actor.id,
    });
  }

  async createIceberg(actor: Actor, input: CreateIcebergInput): Promise<IcebergAnalysisEntity> {
    await this.assertMayCreate(actor, input);
    return this.repository.save(IcebergAnalysisEntity, {
      title: this.nonBlank('title', input.title),
      event: this.nonBlank('event', input.event),
      patterns: this.nonBlank('patterns', input.patterns),
      structures: this.nonBlank('structures', input.structures),
      mentalModels: this.nonBlank('mentalModels', input.mentalModels),
      campaignId: input.campaignId ?? null,
      provinceCode: input.provinceCode ?? null,
      createdBy: actor.id,
    });
  }

  async boards(actor: Actor, args: WorkshopListArgs) {
    return this.repository.boards(await this.scopeOf(actor), args);
  }
  async personas(actor: Actor, args: PersonaListArgs) {
    return this.repository.personas(await this.scopeOf(actor), args);
  }
  async icebergs(actor: Actor, args: WorkshopListArgs) {
    return this.repository.icebergs(await this.scopeOf(actor), args);
  }

  async visible<K extends WorkshopItemKind>(actor: Actor, kind: K, id: string): Promise<InstanceType<(typeof TARGETS)[K]>> {
    const item = (await this.repository.findOne(TARGETS[kind], id)) as InstanceType<(typeof TARGETS)[K]> | null;
    if (!item) throw DomainError.notFound(WorkshopMessages['workshop.notFound']);
    if (!inScope(await this.scopeOf(actor), item)) throw DomainError.forbidden(WorkshopMessages['workshop.notVisible']);
    return item;
  }

  /**
   * Links an item to a competency of a framework, or to a gap (campaign × competency). Idempotent:
   * the same link twice is one link.
   */
  async link(actor: Actor, input: WorkshopLinkInput): Promise<WorkshopLinkEntity> {
    if (!mayDo(actor.role, 'LINK_ITEM')) throw DomainError.forbidden(WorkshopMessages['workshop.cannotCreate']);
    const item: AnyItem = await this.visible(actor, input.itemKind, input.itemId);
    if (Boolean(input.frameworkId) === Boolean(input.campaignId)) throw DomainError.badInput('frameworkId', WorkshopMessages['workshop.linkTarget']);
    let frameworkId: string;
    if (input.campaignId) {
      frameworkId = (await this.access.visibleCampaign(actor, input.campaignId)).frameworkId;
    } else {
      const framework = await this.frameworks.findById(input.frameworkId ?? '');
      if (!framework) throw DomainError.badInput('frameworkId', WorkshopMessages['workshop.unknownFramework']);
      frameworkId = framework.id;
    }
    const competencies = await this.frameworks.competenciesOf([frameworkId]);
    if (!competencies.some((c) => c.code === input.competencyCode)) {
      throw DomainError.badInput('competencyCode', WorkshopMessages['workshop.unknownCompetency'], { code: input.competencyCode });
    }
    return this.repository.link({ itemKind: input.itemKind, itemId: item.id, frameworkId, campaignId: input.campaignId ?? null, competencyCode: input.competencyCode });
  }

  /** Removes a link; true when one was removed. */
  async unlink(actor: Actor, input: WorkshopLinkInput): Promise<boolean> {
    if (!mayDo(actor.role, 'LINK_ITEM')) throw DomainError.forbidden(WorkshopMessages['workshop.cannotCreate']);
    await this.visible(actor, input.itemKind, input.itemId);
    if (Boolean(input.frameworkId) === Boolean(input.campaignId)) throw DomainError.badInput('frameworkId', WorkshopMessages['workshop.linkTarget']);
    const existing = await this.repository.findLink({
      itemKind: input.itemKind,
      itemId: input.itemId,
      frameworkId: input.frameworkId ?? '',
      campaignId: input.campaignId ?? null,
      competencyCode: input.competencyCode,
    });
    if (!existing) return false;
    await this.repository.unlink(existing.id);
    return true;
  }
}
