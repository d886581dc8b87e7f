// Perk rules (the school window, hospital dates) count on the app's one clock, as every screen does.
export { useToday } from '@/hooks/useClock'
