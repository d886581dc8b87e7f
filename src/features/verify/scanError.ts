/** Why a camera scan gave no code: each has its own message, and every one offers the paste box. */
export type ScanFailure = 'denied' | 'noCamera' | 'unreadable' | 'unavailable'

export class ScanError extends Error {
  constructor(
    readonly reason: ScanFailure,
    message: string = reason
  ) {
    super(message)
    this.name = 'ScanError'
  }
}

export function scanFailureOf(error: unknown): ScanFailure {
  return error instanceof ScanError ? error.reason : 'unavailable'
}

/** A getUserMedia rejection, by its DOMException name, as the desk should hear it. */
export function cameraFailureOf(error: unknown): ScanFailure {
  const name = (error as { name?: string } | null)?.name ?? ''
  // Refused by the person, by the browser's settings or by a policy (an insecure page is refused too).
  if (name === 'NotAllowedError' || name === 'PermissionDeniedError' || name === 'SecurityError') return 'denied'
  // No camera at all, none that fits, or one another app holds.
  if (
    name === 'NotFoundError' ||
    name === 'DevicesNotFoundError' ||
    name === 'OverconstrainedError' ||
    name === 'NotReadableError' ||
    name === 'TrackStartError'
  ) {
    return 'noCamera'
  }
  return 'unavailable'
}
