import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { ActorDirectory, AuthGuard } from '../../common/auth/auth.guard.js';
import { TokenService } from '../../common/auth/token.service.js';
import { GeographyModule } from '../geography/geography.module.js';
import { UserLoader } from './accounts.loaders.js';
import { AccountsRepository } from './accounts.repository.js';
import { AccountsResolver } from './accounts.resolver.js';
import { AccountsService } from './accounts.service.js';
import { LoginThrottle } from './login-throttle.js';
import { PasswordHasher } from './password-hasher.js';

@Module({
  imports: [GeographyModule],
  providers: [
    AccountsRepository,
    AccountsService,
    AccountsResolver,
    PasswordHasher,
    LoginThrottle,
    TokenService,
    UserLoader,
    { provide: ActorDirectory, useExisting: AccountsService },
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [AccountsService, AccountsRepository, PasswordHasher, UserLoader],
})
export class AccountsModule {}
