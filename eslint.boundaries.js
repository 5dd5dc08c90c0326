import { existsSync, readdirSync } from 'node:fs';

/**
 * Import direction, checked by import-x/no-restricted-paths. Folders that do not exist yet (the
 * server layout) are fine: a zone only applies to files that are there.
 */
const features = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const shared = ['src/api', 'src/components', 'src/config', 'src/lib'];
const browser = [...shared, 'src/app', 'src/features', 'src/main.tsx'];

const browserZones = [
  ...features.map((feature) => ({
    target: `src/features/${feature}`,
    from: 'src/features',
    except: [`./${feature}`],
    message: 'A feature never imports another feature: move what both need to a shared layer.',
  })),
  {
    target: 'src/features',
    from: 'src/app',
    message: 'Features do not import src/app: what they need comes from a shared layer.',
  },
  {
    target: shared,
    from: ['src/features', 'src/app'],
    message: 'Shared layers (api, components, config, lib) never import a feature or src/app.',
  },
  {
    target: browser,
    from: ['proxy', 'server', 'simulator'],
    message:
      'Server-side code stays out of the browser bundle (only src/demo hosts the simulator).',
  },
  {
    target: ['src/demo', 'src/testing'],
    from: ['proxy', 'server'],
    message: 'Server-side code stays out of the browser bundle.',
  },
];

/**
 * Today's proxy and simulator still import each other; issue 9's move to Hono untangles them and
 * adds server/. These zones switch on with that folder, so the server side is held from then on.
 */
const serverZones = [
  {
    target: 'simulator',
    from: 'proxy',
    message: 'The simulator does not import the proxy; shared pieces live in server/common.',
  },
  {
    target: 'simulator',
    from: 'server',
    except: ['./common'],
    message: 'The simulator only imports server/common.',
  },
  {
    target: 'proxy',
    from: 'simulator',
    message: 'The proxy does not import the simulator; shared pieces live in server/common.',
  },
  {
    target: 'proxy',
    from: 'server',
    except: ['./common'],
    message: 'The proxy only imports server/common.',
  },
];

export const boundaryZones = [
  ...browserZones,
  ...(existsSync(new URL('./server', import.meta.url)) ? serverZones : []),
];

/** Unit tests run against the one simulator (through MSW), so they may import it. */
export const testBoundaryZones = boundaryZones.map((zone) =>
  zone.target === browser ? { ...zone, from: ['proxy', 'server'] } : zone,
);
