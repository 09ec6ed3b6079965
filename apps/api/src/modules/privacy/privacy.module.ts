import { Global, Module } from '@nestjs/common';
import { AuditService } from './audit.service.js';
import { PrivacyController } from './privacy.controller.js';
import { PrivacyResolver } from './privacy.resolver.js';
import { PrivacyService } from './privacy.service.js';

/** Global so every feature can write the audit trail in its own transactions. */
@Global()
@Module({
  providers: [AuditService, PrivacyService, PrivacyResolver],
  controllers: [PrivacyController],
  exports: [AuditService],
})
export class PrivacyModule {}
