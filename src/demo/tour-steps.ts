import { paths } from '../config/paths.ts';

export interface TourStep {
  title: string;
  body: string;
  /** Where the step takes the viewer; a function when it depends on what the page shows. */
  path?: string | (() => string | undefined);
  /** What the step points at, once the page shows it. */
  target?: () => Element | null;
}

const byText = (selector: string, text: string) => () =>
  [...document.querySelectorAll(selector)].find((element) => element.textContent.includes(text)) ??
  null;

/** The first AWS key of the table, whose page has the Validate button; none on a new tenant. */
function firstCustomerKeyPath(): string | undefined {
  const links = [...document.querySelectorAll<HTMLAnchorElement>('main table a')];
  const link = links.find((anchor) => !anchor.closest('tr')?.textContent.includes('Qlik'));
  if (!link) return undefined;
  const base = import.meta.env.BASE_URL.replace(/\/$/, '');
  return link.pathname.slice(base.length);
}

export const TOUR_STEPS: readonly TourStep[] = [
  {
    title: 'The key providers',
    body: 'Every key the tenant can encrypt with: the Qlik managed default and the AWS KMS keys you registered. The current one is marked.',
    path: paths.providers,
    target: () => document.querySelector('main table'),
  },
  {
    title: 'Register a key',
    body: 'Paste the ARN of an AWS KMS key. The console checks its format and region as you type, before Qlik Cloud is asked.',
    path: paths.providers,
    target: byText('main a, main button', 'Register a key'),
  },
  {
    title: 'Validate it',
    body: 'From a key’s page, Validate asks Qlik Cloud to use the key in every region, including the disaster-recovery replica, and shows what is missing.',
    path: firstCustomerKeyPath,
    target: byText('main button', 'Validate'),
  },
  {
    title: 'Migrate and watch',
    body: 'A migration re-encrypts the tenant’s data with the chosen key. Its progress shows here and in the header, from any page.',
    path: paths.migration,
    target: byText('main h1', 'Migration'),
  },
  {
    title: 'Start again',
    body: 'The Presenter button opens these controls: reset the demo to its start, pick another scenario, or make the next request fail.',
    target: byText('header button', 'Presenter'),
  },
];
