import { DynamicModule, Module } from '@nestjs/common';
import { PlatformModule } from '@aftersales/platform';
import { CONTEXT_MODULES } from './context-modules';
import { EmbeddedInfrastructureModule } from './embedded-infrastructure.module';

export interface StandaloneOptions {
  readonly dataDir: string;
  readonly jwtSecret: string;
  readonly logLevel: string;
}

/** The composition root: every context module in one process on embedded adapters. */
@Module({})
export class StandaloneModule {
  static forRoot(options: StandaloneOptions): DynamicModule {
    return {
      module: StandaloneModule,
      imports: [
        PlatformModule.forRoot({ jwtSecret: options.jwtSecret, logLevel: options.logLevel }),
        EmbeddedInfrastructureModule.forRoot({ dataDir: options.dataDir }),
        ...CONTEXT_MODULES,
      ],
    };
  }
}
