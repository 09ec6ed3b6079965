import { type TravelTable } from './types.js';

/**
 * Default road travel times (hours, one way) between the provincial seats of the five southern
 * border provinces: Songkhla 90, Satun 91, Pattani 94, Yala 95, Narathiwat 96.
 * ASSUMPTION, not a measured source: approximate road distances between the provincial towns
 * (e.g. Pattani–Yala ≈ 40 km, Songkhla–Narathiwat ≈ 200 km, Satun–Narathiwat ≈ 300 km) at about
 * 60 km/h, rounded up with a margin for security checkpoints. Programmes should replace it with
 * their own figures (`SchedulingInput.travel`).
 */
export const DEFAULT_TRAVEL: TravelTable = {
  defaultHours: 6,
  hours: {
    '90': { '91': 2.5, '94': 2, '95': 2.5, '96': 3.5 },
    '91': { '94': 4, '95': 4, '96': 5 },
    '94': { '95': 1, '96': 2 },
    '95': { '96': 2 },
  },
};

export function travelHours(table: TravelTable, from: string, to: string): number {
  if (from === to) return 0;
  return table.hours[from]?.[to] ?? table.hours[to]?.[from] ?? table.defaultHours;
}
