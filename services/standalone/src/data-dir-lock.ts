import { mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from '@aftersales/platform';

/** Whether a process of that id is alive (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * One process per data dir: PGlite has no locking of its own, and two processes writing one
 * database corrupt it (a second `npm start`, or `npm run rebuild` beside a running app). The lock
 * file names the holder; one left by a process that died is taken over. Returns the release.
 */
export function lockDataDir(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, 'aftersales.lock');
  const token = `${process.pid}:${Math.random().toString(36).slice(2)}`;
  try {
    writeFileSync(path, token, { flag: 'wx' });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
    const holder = readFileSync(path, 'utf8').trim();
    const pid = Number(holder.split(':')[0]);
    if (Number.isInteger(pid) && pid > 0 && alive(pid)) {
      throw new ConfigError([`DATA_DIR ${dataDir} is in use by process ${pid}${pid === process.pid ? ' (this one)' : ''}: stop it first (${path})`]);
    }
    writeFileSync(path, token);
  }
  return () => {
    try {
      if (readFileSync(path, 'utf8').trim() === token) unlinkSync(path);
    } catch {
      // Gone already: nothing to release.
    }
  };
}
