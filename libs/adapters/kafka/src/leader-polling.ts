import { Admin } from 'kafkajs';

const LEADER_WAIT_MS = 30_000;
const POLL_EVERY_MS = 50;

/**
 * Waits until every partition of a new topic has a leader. kafkajs' own waitForLeaders gives up
 * on the UNKNOWN_TOPIC_OR_PARTITION a broker answers before its metadata has caught up.
 */
export async function waitForLeaders(admin: Admin, topic: string): Promise<void> {
  const deadline = Date.now() + LEADER_WAIT_MS;
  for (;;) {
    try {
      const [metadata] = (await admin.fetchTopicMetadata({ topics: [topic] })).topics;
      if (metadata && metadata.partitions.length > 0 && metadata.partitions.every((p) => p.leader >= 0)) return;
    } catch (err) {
      if (Date.now() > deadline) throw err;
    }
    if (Date.now() > deadline) throw new Error(`topic ${topic} has no leader after ${LEADER_WAIT_MS / 1000} s`);
    await new Promise((resolve) => setTimeout(resolve, POLL_EVERY_MS));
  }
}
