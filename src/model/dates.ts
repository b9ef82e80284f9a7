// One definition of a date for the whole project: front matter, the API's date filters and the
// page accept exactly what this accepts, so an impossible date never reaches the store.

const ISO =
  /^(?<date>(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2}))(?:[T ](?<hour>\d{2}):(?<minute>\d{2})(?::(?<second>\d{2})(?<fraction>\.\d{1,9})?)?(?<zone>Z|[+-]\d{2}:?\d{2})?)?$/i;

/**
 * The ISO form of a calendar date (`2026-02-04`, kept as it is) or a date-time (normalised to
 * UTC, `2026-02-04T09:30:00Z`; no zone means UTC), or undefined when the text is not a real one:
 * `2026-13-45`, `2026-02-30`, `next tuesday`. Date.parse alone would roll 2026-02-30 into March.
 */
export function toIsoDate(text: string): string | undefined {
  const parts = ISO.exec(text.trim())?.groups;
  if (!parts) return undefined;
  const [year, month, day] = [parts.year, parts.month, parts.day].map(Number) as number[];
  const daysInMonth = new Date(Date.UTC(year!, month!, 0)).getUTCDate();
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth) return undefined;
  if (parts.hour === undefined) return parts.date;
  const [hour, minute, second] = [parts.hour, parts.minute, parts.second ?? '0'].map(Number);
  if (hour! > 23 || minute! > 59 || second! > 59) return undefined;
  const zone = (parts.zone ?? 'Z').toUpperCase().replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const time = `${parts.hour}:${parts.minute}:${parts.second ?? '00'}${parts.fraction ?? ''}`;
  return new Date(`${parts.date}T${time}${zone}`).toISOString().replace('.000Z', 'Z');
}
