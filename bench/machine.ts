import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg, totalmem } from 'node:os';

/** What the numbers were measured on, and how busy it was. */
export function describeMachine() {
  const cpuinfo = readFileSync('/proc/cpuinfo', 'utf8');
  return {
    cores: availableParallelism(),
    memory_gib: Math.round((totalmem() / 1024 ** 3) * 10) / 10,
    cpu: /^model name\s*:\s*(.*)$/m.exec(cpuinfo)?.[1] ?? 'unknown',
    node: process.version,
    platform: `${process.platform} ${process.arch}`,
  };
}

/**
 * CPU seconds a process has used so far (Linux /proc), or undefined where that cannot be read.
 * On a shared machine wall time follows the load; CPU time says where the work went.
 */
export function processCpuSeconds(pid: number): number | undefined {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    // utime and stime, fields 14 and 15 of stat, in clock ticks (100 per second on Linux).
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return undefined;
  }
}

/** 1-minute load average: other work on the machine slows every figure. */
export const loadAverage = () => Math.round((loadavg()[0] ?? 0) * 100) / 100;
