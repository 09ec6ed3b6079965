import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { Actor } from '@ruamsang/domain';
import { GraphQLJSON } from 'graphql-type-json';
import { CurrentActor } from '../../common/auth/current-actor.decorator.js';
import { AuditEvent, AuditEventPage, AuditEventsArgs } from './models/audit-event.model.js';
import { PrivacyService } from './privacy.service.js';

@Resolver()
export class PrivacyResolver {
  constructor(private readonly privacy: PrivacyService) {}

  @Query(() => GraphQLJSON, { description: 'Everything held about the signed-in person (PDPA right of access)' })
  exportMyData(@CurrentActor() actor: Actor): Promise<unknown> {
    return this.privacy.exportMyData(actor);
  }

  @Mutation(() => Boolean, { description: 'Admins: removes or anonymises a person’s data everywhere; aggregates stay the same' })
  async eraseUser(@CurrentActor() actor: Actor, @Args('id', { type: () => ID }) id: string): Promise<boolean> {
    await this.privacy.eraseUser(actor, id);
    return true;
  }

  @Query(() => AuditEventPage, { description: 'Admins: the audit trail of changes to personal data, newest first' })
  async auditEvents(@CurrentActor() actor: Actor, @Args() args: AuditEventsArgs): Promise<AuditEventPage> {
    const { items, total } = await this.privacy.auditLog(actor, args);
    return Object.assign(new AuditEventPage(), { items: items.map((item) => AuditEvent.from(item)), total, offset: args.offset, limit: args.limit });
  }
}
