// Loaded with `node --expose-gc --import` into the benchmarked server only: answers "memory?" on
// the IPC channel with the heap and RSS after a full collection. Never part of a deployment.
process.on('message', (message) => {
  if (message !== 'memory?') return;
  globalThis.gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  process.send?.({ rss, heapUsed });
});
