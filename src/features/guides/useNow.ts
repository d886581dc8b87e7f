// "Open now" is read on the app's one clock, as every screen does.
export { useNow } from '@/hooks/useClock'
