/**
 * The baseline of the read-side bench: a bare NestJS 11 app with the platform's global
 * ValidationPipe and one POST /api/v1/complaints taking intake's RegisterComplaintDto, answering
 * with the validated body. No auth, no store, no read model: what Nest and validation cost alone.
 * Run as its own process (like the standalone); prints `listening on <url>`.
 */
import 'reflect-metadata';
import { Body, Controller, Module, Post } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { compiled } from './compiled';

const { intake, platform } = compiled();

@Controller('api/v1/complaints')
class BareComplaintsController {
  @Post()
  register(@Body() body: object): object {
    return body;
  }
}
// tsx emits no decorator metadata; the ValidationPipe finds the DTO class here, as tsc would emit it.
Reflect.defineMetadata('design:paramtypes', [intake.RegisterComplaintDto], BareComplaintsController.prototype, 'register');

@Module({ controllers: [BareComplaintsController] })
class BareModule {}

async function main(): Promise<void> {
  const app = await NestFactory.create(BareModule, { logger: false });
  app.useGlobalPipes(platform.createValidationPipe());
  await app.listen(Number(process.env.PORT ?? 0), '127.0.0.1');
  process.stdout.write(`bare endpoint listening on ${(await app.getUrl()).replace('[::1]', '127.0.0.1')}\n`);
  const stop = () => void app.close().then(() => process.exit(0));
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((err: unknown) => {
  process.stderr.write(`bare endpoint: ${String(err)}\n`);
  process.exit(1);
});
