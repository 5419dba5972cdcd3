/**
 * The ingatlanok.hu side of a replica (tests/fixtures/ingatlanok): one account per system
 * (sandbox and production keep separate properties), its offices, sellers and regions, the
 * properties saved, the bad requests of the hour and the portal rules a test switches on.
 */
import type { ReplicaState } from '../server/state.ts';

/** The sandbox account the demo and the tests use (the JSON password is not the login one). */
export const DEMO_ACCOUNT = { user: 'demo-agent', password: 'demo-json-password' } as const;

/** One saved property: the caller's transfer id within an office, and the body as last sent. */
export interface SavedProperty {
  id: number;
  transferId: string;
  officeId: number;
  body: unknown;
  createdAt: number;
  modifiedAt: number;
  /** How many PUTs modified it. */
  puts: number;
}

/** Rules a test switches on: ones the public overview does not tell a client about. */
export interface PortalRules {
  /** Refuse (error 2) a price above this, whatever the currency (an undocumented limit). */
  maxPrice?: number;
  /** Answer 503 to the batch items at these 1-based positions, once each (per item's id). */
  failOnce?: string[];
}

/** The state of one system (host). */
export interface IngatlanokSystem {
  offices: { id: number; office: string; firm: string; region: string }[];
  sellers: { id: number; name: string; office_id: number }[];
  regions: { id: number; name: string; parent_id?: number }[];
  properties: Map<string, SavedProperty>;
  /** Transfer ids deleted, and when: creating one again soon after is a duplicate. */
  deleted: Map<string, number>;
  /** When each bad request (4xx) was answered, for the hourly limit. */
  bad: number[];
  rules: PortalRules;
  failed: Set<string>;
  nextId: number;
}

/** Hungarian regions the replica knows (the real list is the portal's own). */
const REGIONS = [
  { id: 1, name: 'Budapest' },
  { id: 105, name: 'Budapest V. kerület', parent_id: 1 },
  { id: 113, name: 'Budapest XIII. kerület', parent_id: 1 },
  { id: 20, name: 'Pest megye' },
  { id: 2001, name: 'Szentendre', parent_id: 20 },
  { id: 30, name: 'Hajdú-Bihar megye' },
  { id: 3001, name: 'Debrecen', parent_id: 30 },
  { id: 40, name: 'Csongrád-Csanád megye' },
  { id: 4001, name: 'Szeged', parent_id: 40 },
  { id: 5001, name: 'Pécs' },
  { id: 6001, name: 'Győr' },
];

function freshSystem(): IngatlanokSystem {
  return {
    offices: [
      { id: 7001, office: 'Dunapart Iroda', firm: 'Dunapart Ingatlan Kft.', region: 'Budapest' },
      { id: 7002, office: 'Tisza Iroda', firm: 'Dunapart Ingatlan Kft.', region: 'Szeged' },
    ],
    sellers: [
      { id: 501, name: 'Kovács Anna', office_id: 7001 },
      { id: 502, name: 'Nagy Péter', office_id: 7001 },
      { id: 503, name: 'Szabó Éva', office_id: 7002 },
    ],
    regions: REGIONS,
    properties: new Map(),
    deleted: new Map(),
    bad: [],
    rules: {},
    failed: new Set(),
    nextId: 880_001,
  };
}

const systems = new WeakMap<ReplicaState, Map<string, IngatlanokSystem>>();

/** The system of a host (ingatlanok.hu or sandbox.ingatlanok.hu), created on first use. */
export function systemOf(replica: ReplicaState, host: string): IngatlanokSystem {
  const byHost = systems.get(replica) ?? new Map<string, IngatlanokSystem>();
  systems.set(replica, byHost);
  const system = byHost.get(host) ?? freshSystem();
  byHost.set(host, system);
  return system;
}

/** Forgets every property, bad request and rule of a host. */
export function resetSystem(replica: ReplicaState, host: string): IngatlanokSystem {
  systems.get(replica)?.delete(host);
  return systemOf(replica, host);
}

/** The key of a property: office and transfer id (unique together, as the portal says). */
export const propertyKey = (officeId: number, transferId: string) => `${officeId}|${transferId}`;
