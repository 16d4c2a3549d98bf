/**
 * Spans that hold half of a pair of quotes take in the other half when it stands right at their
 * edge: «Бәйтерек» ұлттық холдингі (the opening quote before the span), МЦПС «Хоргос» (the closing
 * quote after it). Offsets stay exact: the quotes are body characters.
 */
const OPENING = new Set(['«', '“', '„']);
const CLOSING = new Set(['»', '”']);
const STRAIGHT = '"';

export function balanceQuotes(body: string, start: number, end: number): { start: number; end: number } {
  let opened = 0;
  let unopenedClosing = false;
  let straight = 0;
  for (let i = start; i < end; i += 1) {
    const char = body.charAt(i);
    if (OPENING.has(char)) opened += 1;
    else if (CLOSING.has(char)) {
      if (opened > 0) opened -= 1;
      else unopenedClosing = true;
    } else if (char === STRAIGHT) straight += 1;
  }
  let balancedStart = start;
  let balancedEnd = end;
  if (unopenedClosing && OPENING.has(body.charAt(start - 1))) balancedStart -= 1;
  if (opened > 0 && CLOSING.has(body.charAt(end))) balancedEnd += 1;
  if (straight % 2 === 1) {
    if (body.charAt(start - 1) === STRAIGHT) balancedStart -= 1;
    else if (body.charAt(end) === STRAIGHT) balancedEnd += 1;
  }
  return { start: balancedStart, end: balancedEnd };
}
