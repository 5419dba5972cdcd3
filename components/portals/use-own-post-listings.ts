import { useContext } from 'preact/hooks';
import { sendMessage } from '@/lib/messaging/client';
import { type PortalListing, toPortalListing } from '@/lib/portals/listing';
import { PortalEnvContext } from './portal-env';

/**
 * For "My posts": the listings of the chosen own posts, read from their divar pages (Kenar's list
 * gives only titles), one after another as the politeness budget allows.
 */
export function useOwnPostListings() {
  const { send } = useContext(PortalEnvContext);
  return async (tokens: string[]): Promise<PortalListing[]> => {
    const listings: PortalListing[] = [];
    for (const token of tokens)
      listings.push(
        toPortalListing(await sendMessage<'postDetails'>(send, { type: 'postDetails', token })),
      );
    return listings;
  };
}
