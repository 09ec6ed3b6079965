import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { GapsModule } from '../gaps/gaps.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';

/** Reports and exports: files that match the dashboards, suppression included. */
@Module({
  imports: [AssessmentsModule, FrameworksModule, GapsModule],
  controllers: [ReportsController],
  providers: [ReportsService],
})
export class ReportsModule {}
