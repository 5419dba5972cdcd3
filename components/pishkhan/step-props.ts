import type { WizardDriver } from '@/lib/pishkhan/wizard/driver';
import type { WizardEvent, WizardState } from '@/lib/pishkhan/wizard/state';

/** Props of the wizard's step components. */
export interface StepProps {
  state: WizardState;
  driver: WizardDriver;
  dispatch(event: WizardEvent): void;
}
