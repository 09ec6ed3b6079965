import { Injectable } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { FRAMEWORK_CODE_PATTERN, Role } from '@ruamsang/shared';
import type { EntityManager } from 'typeorm';
import { DomainError } from '../../common/errors.js';
import { cleanText, type LocalizedTextValue } from '../../graphql/localized-text.js';
import { DEFAULT_LEVEL_DESCRIPTORS } from './default-levels.js';
import type { CompetencyDomainInput, CreateFrameworkInput, UpdateFrameworkInput } from './dto/framework.input.js';
import type { CompetencyEntity } from './entities/competency.entity.js';
import { FrameworkStatus, type FrameworkEntity } from './entities/framework.entity.js';
import { FrameworkMessages } from './frameworks.errors.js';
import { FrameworksRepository, type FrameworkContent } from './frameworks.repository.js';

export function assertAuthor(actor: Actor): void {
  if (actor.role !== Role.ADMIN && actor.role !== Role.TRAINER) throw DomainError.forbidden(FrameworkMessages['frameworks.cannotAuthor']);
}

/** A code fits FRAMEWORK_CODE_PATTERN, else a refusal naming the field and what is allowed. */
export function assertCode(code: string, field: string): void {
  if (!FRAMEWORK_CODE_PATTERN.test(code)) throw DomainError.badInput(field, FrameworkMessages['frameworks.codeFormat'], { code });
}

/**
 * Checks codes (format, unique across domains and competencies, each parent an earlier
 * competency of the same domain) and shapes the content to store, in the order given.
 */
export function contentFrom(domains: readonly CompetencyDomainInput[]): FrameworkContent {
  const seen = new Map<string, string>();
  const unique = (code: string, field: string, label: string) => {
    assertCode(code, field);
    const key = code.toUpperCase();
    const first = seen.get(key);
    if (first) throw DomainError.badInput(field, FrameworkMessages['frameworks.duplicateCodeAt'], { code, where: first });
    seen.set(key, label);
  };
  return {
    domains: domains.map((domain, d) => {
      unique(domain.code, `domains.${d}.code`, `${domain.code} (${domain.name.th})`);
      const earlier = new Set<string>();
      return {
        code: domain.code,
        name: cleanText(domain.name),
        description: domain.description ? cleanText(domain.description) : null,
        competencies: domain.competencies.map((c, i) => {
          unique(c.code, `domains.${d}.competencies.${i}.code`, `${c.code} (${c.name.th})`);
          const parentCode = c.parentCode?.trim() || null;
          if (parentCode && !earlier.has(parentCode.toUpperCase())) {
            throw DomainError.badInput(`domains.${d}.competencies.${i}.parentCode`, FrameworkMessages['frameworks.badParent'], { parent: parentCode });
          }
          earlier.add(c.code.toUpperCase());
          return {
            code: c.code,
            parentCode,
            name: cleanText(c.name),
            description: c.description ? cleanText(c.description) : null,
            levelDescriptors: (c.levelDescriptors ?? DEFAULT_LEVEL_DESCRIPTORS).map(cleanText),
          };
        }),
      };
    }),
  };
}

/** The header of a new draft: its code, names and description. */
export interface DraftHeader {
  code: string;
  name: LocalizedTextValue;
  description: LocalizedTextValue | null;
}

@Injectable()
export class FrameworksService {
  constructor(private readonly repository: FrameworksRepository) {}

  list(): Promise<FrameworkEntity[]> {
    return this.repository.list();
  }

  async get(id: string): Promise<FrameworkEntity> {
    const framework = await this.repository.findById(id);
    if (!framework) throw DomainError.notFound(FrameworkMessages['frameworks.notFound']);
    return framework;
  }

  competencies(frameworkId: string): Promise<CompetencyEntity[]> {
    return this.repository.competenciesOf([frameworkId]);
  }

  async create(actor: Actor, input: CreateFrameworkInput): Promise<FrameworkEntity> {
    assertAuthor(actor);
    assertCode(input.code, 'code');
    const content = contentFrom(input.domains);
    return this.repository.transaction((manager) =>
      this.createDraft(actor, { code: input.code, name: cleanText(input.name), description: input.description ? cleanText(input.description) : null }, content, manager),
    );
  }

  /** Version 1 of a new framework, as a draft (the web's editor and the file imports). */
  async createDraft(actor: Actor, header: DraftHeader, content: FrameworkContent, manager: EntityManager): Promise<FrameworkEntity> {
    assertAuthor(actor);
    if (await this.repository.codeExists(header.code, manager)) {
      throw DomainError.conflict(FrameworkMessages['frameworks.codeTaken'], { code: header.code }, 'code');
    }
    const framework = await this.repository.save({ ...header, version: 1, status: FrameworkStatus.DRAFT, createdBy: actor.id }, manager);
    await this.repository.replaceContent(framework.id, content, manager);
    return framework;
  }

  content(id: string): Promise<FrameworkContent> {
    return this.repository.content(id, this.repository.manager);
  }

  async update(actor: Actor, id: string, input: UpdateFrameworkInput): Promise<FrameworkEntity> {
    assertAuthor(actor);
    return this.repository.transaction(async (manager) => {
      const framework = await this.repository.findById(id, manager);
      if (!framework) throw DomainError.notFound(FrameworkMessages['frameworks.notFound']);
      if (framework.status !== FrameworkStatus.DRAFT) {
        throw DomainError.badInput('id', FrameworkMessages['frameworks.frozen'], { code: framework.code, version: framework.version });
      }
      if (input.name) framework.name = cleanText(input.name);
      if (input.description !== undefined) framework.description = input.description ? cleanText(input.description) : null;
      const saved = await this.repository.save(framework, manager);
      if (input.domains) await this.repository.replaceContent(id, contentFrom(input.domains), manager);
      return saved;
    });
  }

  /** From now on the version is frozen: campaigns point at it. */
  async publish(actor: Actor, id: string): Promise<FrameworkEntity> {
    assertAuthor(actor);
    return this.repository.transaction(async (manager) => {
      const framework = await this.repository.findById(id, manager);
      if (!framework) throw DomainError.notFound(FrameworkMessages['frameworks.notFound']);
      if (framework.status === FrameworkStatus.PUBLISHED) return framework;
      if ((await this.repository.competenciesOf([id], manager)).length === 0) {
        throw DomainError.badInput('id', FrameworkMessages['frameworks.empty']);
      }
      framework.status = FrameworkStatus.PUBLISHED;
      framework.publishedAt = new Date();
      return this.repository.save(framework, manager);
    });
  }

  /** A new draft version, starting as a copy of the given one. */
  async newVersion(actor: Actor, id: string): Promise<FrameworkEntity> {
    assertAuthor(actor);
    return this.repository.transaction(async (manager) => {
      const source = await this.repository.findById(id, manager);
      if (!source) throw DomainError.notFound(FrameworkMessages['frameworks.notFound']);
      const copy = await this.repository.save(
        {
          code: source.code,
          version: (await this.repository.latestVersion(source.code, manager)) + 1,
          status: FrameworkStatus.DRAFT,
          name: source.name,
          description: source.description,
          createdBy: actor.id,
          previousVersionId: source.id,
        },
        manager,
      );
      await this.repository.replaceContent(copy.id, await this.repository.content(source.id, manager), manager);
      return copy;
    });
  }
}
