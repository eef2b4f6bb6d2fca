/**
 * A participant's "location or time zone", as hours from UTC, so that two people can be told
 * how far apart their working days are. People write "UTC+2", "GMT-05:00", "CET", "Europe/Paris"
 * or a city; what cannot be understood is null (matching then says the zone is unknown).
 * Zones are compared on one fixed winter day, so daylight saving never changes a score.
 */
import { wallClock } from "../sheet/calendar";

/** The day offsets are compared on (northern winter: standard time for most zones). */
const REFERENCE_INSTANT = Date.UTC(2026, 0, 15, 12, 0, 0);

/** Common abbreviations, in hours from UTC (standard and summer forms people write). */
const ABBREVIATIONS: Record<string, number> = {
  utc: 0,
  gmt: 0,
  z: 0,
  wet: 0,
  bst: 1,
  cet: 1,
  cest: 2,
  eet: 2,
  eest: 3,
  msk: 3,
  ist: 5.5,
  sgt: 8,
  hkt: 8,
  cst_china: 8,
  jst: 9,
  kst: 9,
  aest: 10,
  aedt: 11,
  nzst: 12,
  est: -5,
  edt: -4,
  cst: -6,
  cdt: -5,
  mst: -7,
  mdt: -6,
  pst: -8,
  pdt: -7,
  brt: -3,
};

/** Cities people write whose IANA zone is named after another city. */
const CITY_ZONES: Record<string, string> = {
  "san francisco": "America/Los_Angeles",
  seattle: "America/Los_Angeles",
  "los angeles": "America/Los_Angeles",
  boston: "America/New_York",
  washington: "America/New_York",
  austin: "America/Chicago",
  dallas: "America/Chicago",
  houston: "America/Chicago",
  bangalore: "Asia/Kolkata",
  bengaluru: "Asia/Kolkata",
  mumbai: "Asia/Kolkata",
  delhi: "Asia/Kolkata",
  "new delhi": "Asia/Kolkata",
  munich: "Europe/Berlin",
  frankfurt: "Europe/Berlin",
  hamburg: "Europe/Berlin",
  barcelona: "Europe/Madrid",
  milan: "Europe/Rome",
  beijing: "Asia/Shanghai",
  "hong kong": "Asia/Hong_Kong",
  "tel aviv": "Asia/Jerusalem",
  "cape town": "Africa/Johannesburg",
};

const REGIONS = ["Europe", "America", "Asia", "Australia", "Africa", "Pacific", "Atlantic"];

const OFFSET = /^(?:utc|gmt)?\s*([+-−])\s*(\d{1,2})(?:[:.h]?(\d{2}))?$/;

/** Hours east of UTC at the reference day, or null when `text` names no zone we know. */
export function utcOffsetHours(text: string): number | null {
  const t = text.trim().toLowerCase().replace(/\s+/g, " ");
  if (t === "") return null;
  if (t in ABBREVIATIONS) return ABBREVIATIONS[t] ?? null;
  const m = OFFSET.exec(t.replace(/^(utc|gmt) /, "$1"));
  if (m) {
    const hours = Number(m[2]) + Number(m[3] ?? 0) / 60;
    const sign = m[1] === "+" ? 1 : -1;
    return hours <= 14 ? sign * hours : null;
  }
  for (const zone of candidateZones(text.trim())) {
    const offset = zoneOffset(zone);
    if (offset !== null) return offset;
  }
  return null;
}

/** IANA names `text` may stand for: itself, a known city's zone, or Region/City. */
function candidateZones(text: string): string[] {
  if (text.includes("/")) return [text];
  const city = text.toLowerCase().replace(/\s+/g, " ");
  const known = CITY_ZONES[city];
  if (known) return [known];
  const underscored = text.replace(/\s+/g, "_");
  return REGIONS.map((r) => `${r}/${underscored}`);
}

function zoneOffset(zone: string): number | null {
  try {
    const w = wallClock(new Date(REFERENCE_INSTANT), zone);
    const local = Date.UTC(w.year, w.month - 1, w.day, w.hour, w.minute);
    return Math.round((local - REFERENCE_INSTANT) / 900_000) / 4;
  } catch {
    // Intl throws a RangeError for a zone it does not know.
    return null;
  }
}

/** Hours between two offsets (at most 12: the world is round). */
export function hoursApart(a: number, b: number): number {
  const d = Math.abs(a - b) % 24;
  return Math.min(d, 24 - d);
}
