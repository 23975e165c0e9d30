import * as contracts from './index';
import { RECORDED_CONTEXTS, RECORD_TOPICS, contextOfRecordTopic, recordTopicOf } from './record-topics';

describe('record topics (AU-1)', () => {
  it('AU-1 every context that publishes aftersales.<context>.events has its record topic archived by audit', () => {
    const published = Object.entries(contracts)
      .filter(([name, value]) => name.endsWith('_TOPIC') && typeof value === 'string')
      .map(([, value]) => /^aftersales\.([a-z0-9-]+)\.events$/.exec(value as string)?.[1])
      .filter((context): context is string => context !== undefined);
    expect(published.length).toBeGreaterThanOrEqual(5);
    expect(published.filter((context) => !(RECORDED_CONTEXTS as readonly string[]).includes(context))).toEqual([]);
    expect(RECORD_TOPICS).toEqual(RECORDED_CONTEXTS.map((c) => `aftersales.${c}.record`));
  });

  it('reads the context back from a record topic, and nothing from another topic', () => {
    expect(contextOfRecordTopic(recordTopicOf('finance-ratio'))).toBe('finance-ratio');
    expect(contextOfRecordTopic('aftersales.qa.events')).toBeNull();
    expect(contextOfRecordTopic('aftersales.qa.record.dlq')).toBeNull();
  });
});
