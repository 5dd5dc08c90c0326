import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { StartupRefusal } from './startup-refusal.ts';

function refusalFor(code: unknown, host: string, port: number): StartupRefusal | undefined {
  switch (code) {
    case 'EADDRINUSE':
      return new StartupRefusal(
        `port ${port} is in use on ${host}; set PORT to a free port (e.g. PORT=${port + 1} npm start) or stop the program listening there.`,
      );
    case 'EACCES':
      return new StartupRefusal(
        `port ${port} needs privileges this process does not have; set PORT to 1024 or above.`,
      );
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
      return new StartupRefusal(
        `HOST=${host} is not an address of this machine; use 127.0.0.1 (the default) or one of its own addresses.`,
      );
    default:
      return undefined;
  }
}

/** Listens, or throws a refusal that says what to change. Resolves with the URL to print. */
export async function listenOrRefuse(server: Server, port: number, host: string): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    const onError = (error: NodeJS.ErrnoException) => {
      reject(refusalFor(error.code, host, port) ?? error);
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const urlHost = address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return `http://${urlHost}:${address.port}`;
}
