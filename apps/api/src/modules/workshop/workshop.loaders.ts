import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { groupByKeys, type LoaderFactory } from '../../graphql/request-loaders.js';
import type { HopesFearsCardEntity, WorkshopItemKind, WorkshopLinkEntity } from './entities/workshop.entity.js';
import { WorkshopRepository } from './workshop.repository.js';

@Injectable()
export class BoardCardsLoader implements LoaderFactory<string, HopesFearsCardEntity[]> {
  constructor(private readonly repository: WorkshopRepository) {}
  create() {
    return new DataLoader<string, HopesFearsCardEntity[]>(async (ids) => groupByKeys(ids, await this.repository.cardsOf(ids), (c) => c.boardId));
  }
}

/** Links per item; keys are `${kind}:${id}`. */
@Injectable()
export class WorkshopLinksLoader implements LoaderFactory<string, WorkshopLinkEntity[]> {
  constructor(private readonly repository: WorkshopRepository) {}
  create() {
    return new DataLoader<string, WorkshopLinkEntity[]>(async (keys) => {
      const items = keys.map((key) => {
        const [kind = '', id = ''] = key.split(':');
        return { kind: kind as WorkshopItemKind, id };
      });
      return groupByKeys(keys, await this.repository.linksOf(items), (l) => `${l.itemKind}:${l.itemId}`);
    });
  }
}
