import { buildCurl, type CurlRequest } from '../../../lib/curl.ts';
import { useConsoleContext } from '../../../lib/console-context.ts';

/** The cURL command of a request against the connected tenant (or this console in simulator mode). */
export function useCurl(request: Omit<CurlRequest, 'baseUrl'>): string {
  const { apiBaseUrl } = useConsoleContext();
  return buildCurl({ ...request, baseUrl: apiBaseUrl });
}
