import { readdirSync, readFileSync } from 'node:fs';

/**
 * The peak memory of a process and all its descendants (the build runs Pagefind and workers of its
 * own), sampled from /proc every 50 ms: the largest sum of their resident sets seen. Linux only;
 * elsewhere it measures nothing (0).
 */
export function watchPeakMemory(): { start(pid: number): void; stop(): number } {
  let peak = 0;
  let timer: ReturnType<typeof setInterval> | undefined;
  return {
    start(pid) {
      const sample = (): void => {
        peak = Math.max(peak, treeResidentBytes(pid));
      };
      sample();
      timer = setInterval(sample, 50);
    },
    stop() {
      clearInterval(timer);
      return peak;
    },
  };
}

function treeResidentBytes(root: number): number {
  let processes: { pid: number; parent: number; rss: number }[];
  try {
    processes = readdirSync('/proc')
      .filter((name) => /^\d+$/.test(name))
      .flatMap((name) => {
        try {
          const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
          // Fields after the command name (which may hold spaces): state, ppid, …, rss (pages) is the 24th field.
          const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
          return [{ pid: Number(name), parent: Number(fields[1]), rss: Number(fields[21]) * 4096 }];
        } catch {
          return [];
        }
      });
  } catch {
    return 0;
  }
  const tree = new Set([root]);
  let grew = true;
  while (grew) {
    grew = false;
    for (const entry of processes) {
      if (!tree.has(entry.pid) && tree.has(entry.parent)) {
        tree.add(entry.pid);
        grew = true;
      }
    }
  }
  return processes.filter((entry) => tree.has(entry.pid)).reduce((total, entry) => total + entry.rss, 0);
}
