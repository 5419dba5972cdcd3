/** A fake Pishkhan transport for unit tests: records requests, answers from a function. */
import type { Transport, TransportRequest, TransportResponse } from '@/lib/pishkhan/transport';

/** An answer with a JSON body. */
export const answer = (status: number, body: unknown): TransportResponse => ({
  status,
  text: typeof body === 'string' ? body : JSON.stringify(body),
});

/** A transport that answers with `respond` and keeps every request it was given. */
export function fakeTransport(
  respond: (
    request: TransportRequest,
    index: number,
  ) => TransportResponse | Promise<TransportResponse>,
) {
  const requests: TransportRequest[] = [];
  const transport: Transport = async (request) => {
    requests.push(request);
    return respond(request, requests.length - 1);
  };
  return { transport, requests };
}
