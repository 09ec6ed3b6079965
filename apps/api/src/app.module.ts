import { Module, type DynamicModule } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { GraphQLModule } from '@nestjs/graphql';
import { TypeOrmModule } from '@nestjs/typeorm';
import { createValidationPipe } from './common/validation.js';
import { APP_CONFIG, type AppConfig } from './config/config.js';
import { dataSourceOptions } from './database/data-source.js';
import { GraphqlErrorFilter } from './graphql/error-filter.js';
import { graphqlOptions } from './graphql/graphql.options.js';
import { AccountsModule } from './modules/accounts/accounts.module.js';
import { AssessmentsModule } from './modules/assessments/assessments.module.js';
import { FrameworksModule } from './modules/frameworks/frameworks.module.js';
import { GapsModule } from './modules/gaps/gaps.module.js';
import { DemoModule } from './database/seed/demo.module.js';
import { GeographyModule } from './modules/geography/geography.module.js';
import { HealthController } from './modules/health/health.controller.js';
import { PrivacyModule } from './modules/privacy/privacy.module.js';
import { ReportsModule } from './modules/reports/reports.module.js';
import { PrioritiesModule } from './modules/priorities/priorities.module.js';
import { WorkshopModule } from './modules/workshop/workshop.module.js';
import { CurriculaModule } from './modules/curricula/curricula.module.js';
import { SchedulingModule } from './modules/scheduling/scheduling.module.js';
import { TrackingModule } from './modules/tracking/tracking.module.js';
import { AttendanceModule } from './modules/attendance/attendance.module.js';
import { OnboardingModule } from './modules/onboarding/onboarding.module.js';
import { NotificationsModule } from './modules/notifications/notifications.module.js';

@Module({})
export class AppModule {
  /** The composition root; `databaseUrl` is resolved before (a server, or the embedded one). */
  static register(config: AppConfig, databaseUrl: string): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot(dataSourceOptions({ url: databaseUrl, poolSize: config.databaseUrl ? 20 : 8 })),
        GraphQLModule.forRoot<ApolloDriverConfig>({ driver: ApolloDriver, ...graphqlOptions(config) }),
        GeographyModule,
        AccountsModule,
        FrameworksModule,
        GapsModule,
        AssessmentsModule,
        PrivacyModule,
        DemoModule,
        ReportsModule,
        PrioritiesModule,
        WorkshopModule,
        CurriculaModule,
        SchedulingModule,
        TrackingModule,
        AttendanceModule,
        OnboardingModule,
        NotificationsModule,
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useFactory: createValidationPipe },
        { provide: APP_FILTER, useClass: GraphqlErrorFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
