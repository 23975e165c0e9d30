// Waits until the broker answers an admin describeCluster, or fails after the cap (default 60 s).
// Usage: node wait-ready.js <brokers> [timeoutMs] [pid] [clusterId]
// With a pid, fails early if that process dies. With a cluster id, the broker must report that id:
// a broker of another run (another data dir, formatted under another id) on the same port fails at
// once instead of passing for ours.
const { Kafka, logLevel } = require('kafkajs');

const [brokers = '127.0.0.1:39092', timeoutArg = '60000', pidArg, clusterIdArg] = process.argv.slice(2);
const deadline = Date.now() + Number(timeoutArg);
const pid = pidArg ? Number(pidArg) : null;
const expectedClusterId = clusterIdArg || null;

function alive(p) {
  try {
    process.kill(p, 0);
    return true;
  } catch {
    return false;
  }
}

async function main() {
  const kafka = new Kafka({
    clientId: 'aftersales-wait-ready',
    brokers: brokers.split(','),
    logLevel: logLevel.NOTHING,
    connectionTimeout: 1000,
    requestTimeout: 2000,
    retry: { retries: 0 },
  });
  let lastError = 'no attempt';
  while (Date.now() < deadline) {
    if (pid !== null && !alive(pid)) {
      console.error(`wait-ready: the broker process ${pid} exited`);
      process.exit(1);
    }
    const admin = kafka.admin();
    let clusterId;
    try {
      await admin.connect();
      ({ clusterId } = await admin.describeCluster());
      await admin.listTopics();
      await admin.disconnect();
    } catch (err) {
      lastError = err instanceof Error ? err.message : String(err);
      await admin.disconnect().catch(() => undefined);
      await new Promise((resolve) => setTimeout(resolve, 500));
      continue;
    }
    if (expectedClusterId !== null && clusterId !== expectedClusterId) {
      console.error(`wait-ready: ${brokers} is cluster ${clusterId}, not ${expectedClusterId}: another broker answers there`);
      process.exit(1);
    }
    return;
  }
  console.error(`wait-ready: no answer from ${brokers} within ${timeoutArg} ms (last error: ${lastError})`);
  process.exit(1);
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
