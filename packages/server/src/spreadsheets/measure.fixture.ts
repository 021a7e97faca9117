/**
 * Runs `work` while sampling memory every 5 ms; answers its duration and the peak growth of RSS and of
 * array buffers (where Buffers live) over the level before it started.
 */
export async function measured<T>(
  work: () => Promise<T>,
): Promise<{ outcome: T | Error; ms: number; rssMb: number; buffersMb: number }> {
  (globalThis as { gc?: () => void }).gc?.();
  const before = process.memoryUsage();
  let peak = before;
  const sample = () => {
    const now = process.memoryUsage();
    peak = {
      ...peak,
      rss: Math.max(peak.rss, now.rss),
      arrayBuffers: Math.max(peak.arrayBuffers, now.arrayBuffers),
    };
  };
  const timer = setInterval(sample, 5);
  const started = performance.now();
  let outcome: T | Error;
  try {
    outcome = await work();
  } catch (err) {
    outcome = err as Error;
  }
  const ms = performance.now() - started;
  sample();
  clearInterval(timer);
  const mb = (bytes: number) => Math.round((bytes / (1024 * 1024)) * 10) / 10;
  return {
    outcome,
    ms,
    rssMb: mb(peak.rss - before.rss),
    buffersMb: mb(peak.arrayBuffers - before.arrayBuffers),
  };
}
