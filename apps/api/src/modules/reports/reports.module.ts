import { Module } from '@nestjs/common';
import { AssessmentsModule } from '../assessments/assessments.module.js';
import { FrameworksModule } from '../frameworks/frameworks.module.js';
import { GapsModule } from '../gaps/gaps.module.js';
import { TrackingModule } from '../tracking/tracking.module.js';
import { ReportsController } from './reports.controller.js';
import { ReportsService } from './reports.service.js';
import { TrackingExportsController } from './tracking-exports.controller.js';
import { TrackingExportsService } from './tracking-exports.service.js';
import { XlsFormExportService } from './xlsform-export.service.js';

/** Reports and exports: files that match the dashboards, suppression included. */
@Module({
  imports: [AssessmentsModule, FrameworksModule, GapsModule, TrackingModule],
  controllers: [ReportsController, TrackingExportsController],
  providers: [ReportsService, TrackingExportsService, XlsFormExportService],
})
export class ReportsModule {}
