/**
 * Replays a dead-letter topic: each dead letter's original event goes back to its original topic;
 * a raw dead letter (a record that did not decode, header x-dead-letter-raw: true) goes back byte
 * for byte (original key, value and headers).
 *   npx tsx libs/adapters/kafka/src/cli/replay-dlq.ts --topic aftersales.intake.events.dlq \
 *     [--group aftersales.dlq-replay] [--dry-run] [--max N] [--brokers host:port,...]
 * Brokers default to KAFKA_BROKERS. What the group has replayed before is not replayed again.
 */
import { parseArgs } from 'node:util';
import { DEFAULT_REPLAY_GROUP, replayDeadLetters } from '../dlq-replay';

const USAGE = 'usage: replay-dlq --topic <topic>.dlq [--group g] [--dry-run] [--max N] [--brokers b1,b2]';

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      topic: { type: 'string' },
      group: { type: 'string', default: DEFAULT_REPLAY_GROUP },
      'dry-run': { type: 'boolean', default: false },
      max: { type: 'string' },
      brokers: { type: 'string', default: process.env.KAFKA_BROKERS ?? '127.0.0.1:39092' },
      help: { type: 'boolean', default: false },
    },
  });
  if (values.help) {
    console.log(USAGE);
    return 0;
  }
  if (!values.topic || !values.topic.endsWith('.dlq')) {
    console.error(`--topic must name a dead-letter topic (<topic>.dlq)\n${USAGE}`);
    return 2;
  }
  const max = values.max === undefined ? undefined : Number(values.max);
  if (max !== undefined && (!Number.isInteger(max) || max < 0)) {
    console.error(`--max must be a non-negative integer\n${USAGE}`);
    return 2;
  }
  const dryRun = values['dry-run'] ?? false;
  const report = await replayDeadLetters(
    { brokers: (values.brokers ?? '').split(',').filter(Boolean), clientId: 'aftersales-cli' },
    {
      dlqTopic: values.topic,
      group: values.group,
      dryRun,
      max,
      onLetter: (letter, replayed) =>
        console.log(
          `${replayed ? 'replayed' : 'would replay'} ${letter.event.type} ${letter.event.id} key=${letter.key} -> ${letter.originalTopic}` +
            ` (group ${letter.group} gave up after ${letter.attempts}: ${letter.error.code ?? ''} ${letter.error.message})`,
        ),
      onRawLetter: (letter, replayed) =>
        console.log(
          `${replayed ? 'replayed' : 'would replay'} raw record ${letter.originalTopic}[${letter.originalPartition}]@${letter.originalOffset}` +
            ` byte for byte -> ${letter.originalTopic} (group ${letter.group} could not decode it: ${letter.error.message})`,
        ),
      onTruncatedLetter: (letter) =>
        console.log(
          `skipped truncated dead letter of ${letter.event.type} ${letter.event.id} key=${letter.key} (${letter.truncated.reason});` +
            ` the original is on ${letter.originalTopic}${letter.originalPartition === undefined ? '' : `[${letter.originalPartition}]@${letter.originalOffset}`} and in the event store`,
        ),
    },
  );
  console.log(
    `${values.topic}: ${report.read} dead letter(s) read, ${report.replayed} replayed, ${report.skipped} skipped (not dead letters, or truncated ones)${dryRun ? ' (dry run: nothing published or committed)' : ''}`,
  );
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error(err instanceof Error ? err.message : err);
    process.exit(1);
  },
);
