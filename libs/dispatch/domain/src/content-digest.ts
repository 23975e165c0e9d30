/** The content digest a signature carries (DI-5): one implementation for every context, in libs/eventsourcing. */
export { canonicalText, sha256Digest } from '@aftersales/eventsourcing';
