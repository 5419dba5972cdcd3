import { afterAll, beforeAll, describe, it } from 'vitest';
import { createReplicaFetch, type Replica, startReplica } from '../../../replica/index.ts';
import { checkDrift, tally } from './drift-check';

const SEED = Number(process.env.FC_SEED ?? 1405);
const RUNS = Number(process.env.FC_RUNS ?? 600) / 4;

// A search page with results and one with recommendations, and posts of several categories: the
// replica's answers must stay readable under drift too, so it cannot drift from the reader.
let replica: Replica;
const answers: { name: string; kind: 'search' | 'post'; json: unknown; token?: string }[] = [];

beforeAll(async () => {
  replica = await startReplica({ seed: 7, maxPages: 1, pageSize: 24, recommendationPages: 1 });
  const fetch = createReplicaFetch(replica);
  const body = { city_ids: ['1'], search_data: { form_data: { data: {} } } };
  let cursor: unknown;
  for (let page = 1; page <= 2; page++) {
    const response = await fetch('https://api.divar.ir/v8/postlist/w/search', {
      method: 'POST',
      body: JSON.stringify(cursor ? { ...body, pagination_data: cursor } : body),
    });
    const json = (await response.json()) as { pagination?: { data?: unknown } };
    answers.push({ name: `search page ${page}`, kind: 'search', json });
    cursor = json.pagination?.data;
  }
  const first = answers[0]?.json as { list_widgets?: { data: { token?: string } }[] } | undefined;
  const cards = first?.list_widgets ?? [];
  const tokens = cards.map((card) => card.data.token).filter((t): t is string => Boolean(t));
  for (const token of tokens.slice(0, 4)) {
    const response = await fetch(`https://api.divar.ir/v8/posts-v2/web/${token}`);
    answers.push({ name: `post ${token}`, kind: 'post', json: await response.json(), token });
  }
}, 60_000);

afterAll(async () => {
  console.log(`drift (replica answers): ${JSON.stringify(tally)}`);
  await replica?.close();
});

describe('drift: the replica answers, varied', () => {
  it('every answer keeps its listings and facts under drift', () => {
    if (answers.length < 6) throw new Error(`only ${answers.length} replica answers`);
    for (const { kind, json, token } of answers) checkDrift(kind, json, token, RUNS, SEED);
  }, 120_000);
});
