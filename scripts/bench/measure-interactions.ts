// In-page measurement (strings: tsx's helpers do not exist in the page). A minimal React DevTools
// hook, installed before the app loads, tells when React commits and whether work is still
// pending (a transition or a deferred value renders in slices, without touching the DOM).
// For each trusted `input` in a text box or `click` in a column header it marks the event's time,
// then the end of the first frame painted after the last commit that left nothing pending:
// requestAnimationFrame runs before style, layout and paint, and a message posted from it arrives
// after that frame. So each figure covers React's render and commit and the browser's layout and
// paint of the result.
export const QUIET_MS = 150;

export const REACT_COMMIT_HOOK = `(() => {
  const listeners = new Set();
  window.__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
    supportsFiber: true,
    renderers: new Map(),
    inject() { return 1; },
    checkDCE() {},
    onScheduleFiberRoot() {},
    onCommitFiberUnmount() {},
    onPostCommitFiberRoot() {},
    onCommitFiberRoot(_id, root) {
      for (const listener of listeners) listener(root);
    },
  };
  window.__onReactCommit = listeners;
})()`;

export const INSTALL_MEASUREMENT = `(() => {
  const results = [];
  const bench = { results, pending: Promise.resolve() };
  window.__bench = bench;
  const start = (kind, accepts) => (event) => {
    if (!accepts(event.target)) return;
    const name = kind + '-' + results.length;
    performance.mark(name + ':input', { startTime: event.timeStamp });
    let root = null;
    let painted = null;
    let generation = 0;
    const onCommit = (committed) => {
      root = committed;
      const mine = ++generation;
      painted = null;
      requestAnimationFrame(() => {
        const channel = new MessageChannel();
        channel.port1.onmessage = () => {
          if (mine === generation) painted = performance.now();
        };
        channel.port2.postMessage(null);
      });
    };
    window.__onReactCommit.add(onCommit);
    bench.pending = new Promise((resolve) => {
      const settle = () => {
        const done = root !== null && root.pendingLanes === 0 && painted !== null &&
          performance.now() - painted >= ${QUIET_MS};
        if (!done) {
          setTimeout(settle, 25);
          return;
        }
        window.__onReactCommit.delete(onCommit);
        performance.mark(name + ':painted', { startTime: painted });
        const measure = performance.measure(name, name + ':input', name + ':painted');
        results.push({ kind, duration: measure.duration });
        resolve(measure.duration);
      };
      setTimeout(settle, 25);
    });
  };
  window.addEventListener('input', start('search', (t) => t instanceof HTMLInputElement), true);
  window.addEventListener('click', start('sort', (t) => t instanceof Element && !!t.closest('th')), true);
})()`;
