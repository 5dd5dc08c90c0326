import { lazy } from 'react';
import type { RouteObject } from 'react-router';
import { routePatterns } from '../../config/paths.ts';
import { ProvidersPage } from './components/ProvidersPage.tsx';

const CreateProviderPage = lazy(async () => ({
  default: (await import('./components/CreateProviderPage.tsx')).CreateProviderPage,
}));
const ProviderDetailPage = lazy(async () => ({
  default: (await import('./components/ProviderDetailPage.tsx')).ProviderDetailPage,
}));

/** Routes of the key provider lifecycle: the table comes with the first page, the others on demand. */
export const providerRoutes: RouteObject[] = [
  { index: true, Component: ProvidersPage },
  { path: routePatterns.newProvider, Component: CreateProviderPage },
  { path: routePatterns.provider, Component: ProviderDetailPage },
];
