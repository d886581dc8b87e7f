import type { Case } from '@/api/contract'
import { acceptedOn, deriveBundleStatus, pausesFromTimeline, type MatterEvent } from '@/domain/case/stateMachine'

/** Status, acceptance date and clock pauses follow from the matters and the timeline; recomputed after every change. */
export function refreshDerived(c: Case): void {
  c.status = deriveBundleStatus(c.matters.map((m) => m.state))
  // Matters of a bundle move together: one case-level event per instant and state.
  const seen = new Set<string>()
  const history = c.timeline
    .filter((e) => e.from && e.to)
    .filter((e) => {
      const key = `${e.at}|${e.to}`
      if (seen.has(key)) return false
      seen.add(key)
      return true
    })
    .map((e) => ({ at: e.at, actor: e.actor, from: e.from!, to: e.to!, event: e.event as MatterEvent }))
  c.acceptedOn = acceptedOn(history)
  c.pauses = pausesFromTimeline(history).map((p) => ({ requestedOn: p.requestedOn, resubmittedOn: p.resubmittedOn ?? null }))
}
