/** What other features use of the privacy feature: the consent gate and the clean-up of passport drafts. */
export { ConsentGate, useConsentGate } from './components/ConsentGate'
export { UnreadableNotice } from './components/UnreadableNotice'
export { onConsentWithdrawn, PASSPORT_DRAFT_STORAGE } from './consent'
