import { http, HttpResponse } from 'msw';
import type { ActivityEntry } from '../api/activity.ts';
import type { SessionUser } from '../api/session.ts';
import { activityPageResponse } from '../demo/activity-pages.ts';
import { testServer } from './test-server.ts';

export const TENANT_URL = 'https://acme.eu.qlikcloud.com';

/** What the console's server answers, in sign-in mode, to a call without a valid session. */
export function signedOutResponse() {
  const errors = [
    {
      code: 'CMK-SIGNED-OUT',
      title: 'Your session has ended',
      detail: 'Sign in again to continue.',
    },
  ];
  return HttpResponse.json(
    { errors },
    { status: 401, headers: { 'x-cmk-proxy-error': 'signed-out' } },
  );
}

/**
 * Sign-in mode on the console's server: `/__console/info` says so, `/auth/session` answers for
 * whoever is signed in (nobody when null). Call after `useSimulatedTenant`, whose info it replaces.
 */
export function useSignInMode(initialUser: SessionUser | null) {
  const state = { user: initialUser, logouts: 0, sessionChecks: 0 };
  testServer.use(
    http.get('*/__console/info', () =>
      HttpResponse.json({
        mode: 'tenant',
        tenantUrl: TENANT_URL,
        readOnly: false,
        tenantRegion: 'eu-west-1',
        auth: 'signin',
      }),
    ),
    http.get('*/auth/session', () => {
      state.sessionChecks += 1;
      return state.user ? HttpResponse.json({ user: state.user }) : signedOutResponse();
    }),
    http.post('*/auth/logout', () => {
      state.logouts += 1;
      state.user = null;
      return new HttpResponse(null, { status: 204 });
    }),
  );
  return state;
}

/** The console's activity log, as its server keeps it (given newest first) and pages it. */
export function useActivityLog(entries: ActivityEntry[]) {
  const oldestFirst = entries.toReversed();
  testServer.use(
    http.get('*/__console/activity', ({ request }) =>
      activityPageResponse(oldestFirst, new URL(request.url)),
    ),
  );
}
