import { DynamicModule, Module, RequestMethod } from '@nestjs/common';
import { LoggerModule } from 'nestjs-pino';
import { CORRELATION_HEADER, correlationIdFromHeaders } from './correlation';
import { traceLogFields } from '../tracing/tracing';

/**
 * pino JSON logs; every request line and error carries the correlation id, echoed in the response.
 * Every line written inside a span (a request, a relay's publish, a consumer's delivery) carries
 * its `trace_id` and `span_id` too (ADR 016); none outside one, or with tracing off.
 */
@Module({})
export class LoggingModule {
  static forRoot(level: string): DynamicModule {
    return {
      module: LoggingModule,
      imports: [
        LoggerModule.forRoot({
          // Named wildcard: path-to-regexp 8 (Nest 11) no longer accepts a bare `*`.
          forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
          pinoHttp: {
            level,
            mixin: traceLogFields,
            // The request-reading middleware (configureApp) normally assigned it already.
            genReqId: (req, res) => {
              const id = typeof req.id === 'string' ? req.id : correlationIdFromHeaders(req.headers);
              res.setHeader(CORRELATION_HEADER, id);
              return id;
            },
            customProps: (req) => ({ correlationId: req.id }),
            redact: ['req.headers.authorization'],
            autoLogging: { ignore: (req) => (req.url ?? '').startsWith('/health') },
          },
        }),
      ],
    };
  }
}
