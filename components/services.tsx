import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { JobSummary } from '@/lib/jobs/summary';
import type { SendRaw } from '@/lib/messaging/client';

/** What components may do outside themselves: message the background, watch job progress. */
export interface Services {
  send: SendRaw;
  /** Calls back with every new progress of a job; returns an unsubscribe function. */
  watchJob(id: string, onChange: (job: JobSummary) => void): () => void;
  /** Calls `onChange` whenever any job's progress changes (a job list stays live); optional. */
  watchJobs?(onChange: (changed: JobSummary[] | undefined) => void): () => void;
  /** Calls `onChange` whenever a storage.local key with this prefix changes; optional. */
  watchLocal?(prefix: string, onChange: () => void): () => void;
  /** Opens a job's listings on the results page in a new tab (where the surface can). */
  openResults?(jobId: string): void;
}

/** The services of the surrounding surface (popup, options, page buttons). */
export const ServicesContext = createContext<Services | undefined>(undefined);

/** The surrounding surface's services; throws if a component is used outside a provider. */
export function useServices(): Services {
  const services = useContext(ServicesContext);
  if (!services) throw new Error('useServices outside ServicesContext');
  return services;
}
