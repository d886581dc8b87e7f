import { runInThisContext } from 'vm'

/**
 * Device time zones the date tests run under. Jest hands each test file a copy of process.env, so setting TZ
 * there does not reach Date: the zone Date uses is the real process's, reached through the main context
 * (Node re-reads TZ on assignment).
 */
const realProcess = runInThisContext('process') as NodeJS.Process

export const DEVICE_ZONES = [
  { tz: 'Asia/Shanghai', julyOffset: -480 },
  { tz: 'UTC', julyOffset: 0 },
  { tz: 'America/Los_Angeles', julyOffset: 420 },
  { tz: 'Pacific/Kiritimati', julyOffset: -840 },
  { tz: 'Europe/Berlin', julyOffset: -120 }
]

export function setDeviceTimeZone(tz: string | undefined): void {
  for (const env of [realProcess.env, process.env]) {
    if (tz === undefined) delete env.TZ
    else env.TZ = tz
  }
}

/** Call once at the top of a test file that switches zones: puts the original zone back afterwards. */
export function restoreDeviceTimeZoneAfterAll(): void {
  const originalTz = realProcess.env.TZ
  afterAll(() => setDeviceTimeZone(originalTz))
}
