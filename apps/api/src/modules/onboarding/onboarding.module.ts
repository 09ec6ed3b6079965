import { Module } from '@nestjs/common';
import { TokenService } from '../../common/auth/token.service.js';
import { AccountsModule } from '../accounts/accounts.module.js';
import { SchedulingModule } from '../scheduling/scheduling.module.js';
import { InvitationsRepository } from './invitations.repository.js';
import { InvitationsResolver } from './invitations.resolver.js';
import { InvitationsService } from './invitations.service.js';
import { JoinThrottle } from './join-throttle.js';

/** Onboarding people at scale: invitation links (the bulk import lives in accounts). */
@Module({
  imports: [AccountsModule, SchedulingModule],
  providers: [InvitationsRepository, InvitationsService, InvitationsResolver, JoinThrottle, TokenService],
})
export class OnboardingModule {}
