import { sendMessage } from '@/lib/messaging/client';
import { useServices } from './services';

/**
 * Fetches the details of these posts as a job and opens its results page; resolves once the
 * page is asked for, rejects with the background's AppError.
 */
export function useOpenPosts(): (tokens: string[], title?: string) => Promise<void> {
  const { send, openResults } = useServices();
  return async (tokens, title) => {
    const job = await sendMessage<'startTokens'>(send, {
      type: 'startTokens',
      tokens: tokens.slice(0, 1000),
      ...(title ? { title } : {}),
    });
    openResults?.(job.id);
  };
}
