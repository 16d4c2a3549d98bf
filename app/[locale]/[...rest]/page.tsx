import { notFound } from 'next/navigation';

// Any path under a valid locale that no route claims: the localized 404.
export default function CatchAllPage() {
  notFound();
}
