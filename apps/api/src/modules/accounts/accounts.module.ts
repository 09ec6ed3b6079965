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
import { PeopleImportController } from './people-import.controller.js';
import { PeopleImportRepository } from './people-import.repository.js';
import { PeopleImportService } from './people-import.service.js';

@Module({
  imports: [GeographyModule],
  controllers: [PeopleImportController],
  providers: [
    PeopleImportRepository,
    PeopleImportService,
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
  exports: [AccountsService, AccountsRepository, PasswordHasher, UserLoader, PeopleImportRepository],
})
export class AccountsModule {}
