/** Text with the given ranges marked, as React elements (never as HTML). Ranges are sorted and apart. */
export function HighlightedText({ text, hits }: { text: string; hits: readonly (readonly [number, number])[] }) {
  const parts: { text: string; hit: boolean; at: number }[] = [];
  let cursor = 0;
  for (const [start, end] of hits) {
    if (start < cursor || end > text.length) continue;
    if (start > cursor) parts.push({ text: text.slice(cursor, start), hit: false, at: cursor });
    parts.push({ text: text.slice(start, end), hit: true, at: start });
    cursor = end;
  }
  if (cursor < text.length) parts.push({ text: text.slice(cursor), hit: false, at: cursor });
  return parts.map((part) =>
    part.hit ? (
      <mark key={part.at} className="rounded bg-amber-200 px-0.5 text-slate-900 dark:bg-amber-700 dark:text-white">
        {part.text}
      </mark>
    ) : (
      <span key={part.at}>{part.text}</span>
    ),
  );
}
