import { normalizePersian } from '../text';
import { parsePersianNumber } from './persian-number';

// The room words of divar's filter and post rows (NOTES §2.1); "پنج یا بیشتر" counts as five.
const ROOM_WORDS: Record<string, number> = {
  'بدون اتاق': 0,
  یک: 1,
  دو: 2,
  سه: 3,
  چهار: 4,
  پنج: 5,
  'پنج یا بیشتر': 5,
};

/** Rooms from a Persian word ("بدون اتاق" = 0, "یک" … "پنج یا بیشتر" = 5) or digits ("۲", "۵ یا بیشتر"). */
export function parseRooms(text: string): number | undefined {
  const clean = normalizePersian(text);
  const word = ROOM_WORDS[clean];
  if (word !== undefined) return word;
  const value = parsePersianNumber(clean.replace(/\s*یا بیشتر$/, ''));
  return value !== undefined && Number.isInteger(value) && value >= 0 ? value : undefined;
}

/** A floor and, when divar says it, how many floors the building has. */
export interface FloorInfo {
  floor: number;
  totalFloors?: number;
}

function floorNumber(text: string): number | undefined {
  const compact = text.replace(/\s+/g, '');
  if (compact === 'همکف') return 0;
  if (compact === 'زیرهمکف') return -1;
  const value = parsePersianNumber(text);
  return value !== undefined && Number.isInteger(value) ? value : undefined;
}

/** Floor text: "۳ از ۵" → floor 3 of 5, "۳" → 3, "همکف" → 0, "زیرهمکف"/"زیر همکف" → -1. */
export function parseFloor(text: string): FloorInfo | undefined {
  const [floorText = '', totalText, ...rest] = normalizePersian(text).split(' از ');
  if (rest.length > 0) return undefined;
  const floor = floorNumber(floorText);
  if (floor === undefined) return undefined;
  if (totalText === undefined) return { floor };
  const totalFloors = parsePersianNumber(totalText);
  if (totalFloors === undefined || !Number.isInteger(totalFloors)) return undefined;
  return { floor, totalFloors };
}
