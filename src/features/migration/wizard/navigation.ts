import type { WizardStep } from './target.ts';

/** How a step moves the wizard: to another step, changing the URL's other parameters. */
export interface WizardNavigation {
  goTo: (step: WizardStep, changes?: Record<string, string | null>) => void;
}
