import { beijingTime } from '@/domain/time/beijing'

/** 'YYYY-MM-DD HH:mm' in Beijing time, whatever the phone's time zone (the screens say "Beijing time"). */
export function formatBeijingDateTime(ms: number): string {
  const t = beijingTime(ms)
  return `${t.date} ${t.hhmm}`
}
