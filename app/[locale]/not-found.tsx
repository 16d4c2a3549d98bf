import { NotFoundNotice } from '@/components/layout/not-found-notice';

/** What a client-side navigation to a missing record shows; a full request gets `/{locale}/404` (server/not-found-document). */
export default function LocaleNotFound() {
  return <NotFoundNotice />;
}
