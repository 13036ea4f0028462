/** CPU time of a process, for the benchmarks' cost-per-request figures (less sensitive to a shared machine). */
import { readFileSync } from 'node:fs';

/**
 * CPU seconds (user + system) the process `pid` has used so far, from /proc (Linux); 0 elsewhere.
 *
 * @example
 * const before = cpuSeconds(server.child.pid ?? 0);
 */
export function cpuSeconds(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}
