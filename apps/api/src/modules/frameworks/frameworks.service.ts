import { Injectable } from '@nestjs/common';
import type { Actor } from '@ruamsang/domain';
import { Role } from '@ruamsang/shared';
import { DomainError } from '../../common/errors.js';
import { cleanText } from '../../graphql/localized-text.js';
import { DEFAULT_LEVEL_DESCRIPTORS } from './default-levels.js';
import type { CompetencyDomainInput, CreateFrameworkInput, UpdateFrameworkInput } from './dto/framework.input.js';
import type { CompetencyEntity } from './entities/competency.entity.js';
import { FrameworkStatus, type FrameworkEntity } from './entities/framework.entity.js';
import { FrameworkMessages } from './frameworks.errors.js';
import { FrameworksRepository, type FrameworkContent } from './frameworks.repository.js';

function assertAuthor(actor: Actor): void {
  if (actor.role !== Role.ADMIN && actor.role !== Role.TRAINER) throw DomainError.forbidden(FrameworkMessages['frameworks.cannotAuthor']);
}

/** Checks codes are unique across domains and competencies, and shapes the content to store. */
function contentFrom(domains: readonly CompetencyDomainInput[]): FrameworkContent {
  const seen = new Set<string>();
  const unique = (code: string, field: string) => {
    const key = code.toUpperCase();
    if (seen.has(key)) throw DomainError.badInput(field, FrameworkMessages['frameworks.duplicateCode'], { code });
    seen.add(key);
  };
  return {
    domains: domains.map((domain, d) => {
      unique(domain.code, `domains.${d}.code`);
      return {
        code: domain.code,
        name: cleanText(domain.name),
        competencies: domain.competencies.map((c, i) => {
          unique(c.code, `domains.${d}.competencies.${i}.code`);
          return {
            code: c.code,
            name: cleanText(c.name),
            description: c.description ? cleanText(c.description) : null,
            levelDescriptors: (c.levelDescriptors ?? DEFAULT_LEVEL_DESCRIPTORS).map(cleanText),
          };
        }),
      };
    }),
  };
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
    const content = contentFrom(input.domains);
    return this.repository.transaction(async (manager) => {
      if (await this.repository.codeExists(input.code, manager)) {
        throw DomainError.conflict(FrameworkMessages['frameworks.codeTaken'], { code: input.code }, 'code');
      }
      const framework = await this.repository.save(
        {
          code: input.code,
          version: 1,
          status: FrameworkStatus.DRAFT,
          name: cleanText(input.name),
          description: input.description ? cleanText(input.description) : null,
          createdBy: actor.id,
        },
        manager,
      );
      await this.repository.replaceContent(framework.id, content, manager);
      return framework;
    });
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
