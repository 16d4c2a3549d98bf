import type { EventType } from '../types';
import { isMoment } from './event-timing';
import { absorbReference, mergeEvents, valuesCompatible, type DraftEvent } from './merge-events';

/**
 * The document's events: reports merged, then each word that pointed to a happening joined to
 * the one it names (a meeting named as a gathering may be the summit: «Итоги встречи глав …»).
 * A frame with nothing to point to («This was stated during the meeting of …») introduces its
 * happening; a demonstrative or a possessive with nothing to point to («Сіздің бұл сапарыңыз»)
 * adds nothing. A held report without a date of its own takes the date of the happening that
 * frames it («форум шеңберінде қол қойылды»), or of a held happening told in the same sentence
 * («форум бірінші рет өтіп, ал … кездесу болып отыр»): one sentence tells one moment.
 */
export function finishEvents(drafts: readonly DraftEvent[]): DraftEvent[] {
  let events = mergeEvents(drafts.filter((draft) => draft.reference === null));
  for (const reference of drafts.filter((draft) => draft.reference !== null)) {
    const target = antecedentOf(events, reference);
    if (target !== null) {
      events = events.map((event, index) => (index === target ? absorbReference(event, reference) : event));
    } else if (reference.reference === 'frame' && reference.entities.length > 0) {
      events = mergeEvents([...events, { ...reference, reference: null }]);
    }
  }
  return events.map((event) => {
    if (event.valueSource === 'text') return event;
    const framing = events.find((other) => other.type === event.frame && other.valueSource === 'text' && other.value !== null);
    if (framing) return { ...event, value: framing.value, status: framing.status, valueSource: 'text' };
    if (event.status !== 'held') return event;
    const told = events.find(
      (other) =>
        other !== event &&
        other.status === 'held' &&
        other.valueSource === 'text' &&
        other.value !== null &&
        isMoment(other.value) &&
        other.sentences.some((key) => event.sentences.includes(key)),
    );
    return told ? { ...event, value: told.value, valueSource: 'text' } : event;
  });
}

/** Types a reference may name besides its own: a summit or a forum is a meeting of those who attend. */
const REFERENCE_ALIASES: Readonly<Partial<Record<EventType, readonly EventType[]>>> = { MEETING: ['CONFERENCE'] };

function antecedentOf(events: readonly DraftEvent[], reference: DraftEvent): number | null {
  const types = [reference.type, ...(REFERENCE_ALIASES[reference.type] ?? [])];
  let best: number | null = null;
  events.forEach((event, index) => {
    // A reference has no date of its own (it would be a report then); only a guessed one.
    if (!types.includes(event.type) || (reference.valueSource === 'text' && !valuesCompatible(event, reference))) return;
    const shares = event.specific.some((key) => reference.specific.includes(key));
    if (best === null || (shares && !(events[best]?.specific.some((key) => reference.specific.includes(key)) ?? false))) best = index;
  });
  return best;
}

