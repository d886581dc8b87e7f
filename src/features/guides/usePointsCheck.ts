/**
 * The points self-check's state: raw form values (strings, as typed), routes ticked, and the result of the last
 * calculation. The rules are src/domain/eligibility/points.ts; this only wires them to a form.
 */
import { useMemo, useState } from 'react'
import {
  calculatePoints,
  overallCategory,
  routesFromFacts,
  validatePointsInput,
  type OverallCategory,
  type PointsField,
  type PointsInput,
  type PointsResult,
  type RegionPoints,
  type RouteId
} from '@/domain/eligibility/points'
import type { MessageParams, ValidationCode } from '@/domain/validation/result'

export type PointsForm = Partial<Record<PointsField, string | boolean>>

export interface PointsOutcome {
  result: PointsResult
  overall: OverallCategory
  routes: RouteId[]
}

export interface FieldError {
  code: ValidationCode
  params?: MessageParams
}

export function usePointsCheck(region: RegionPoints) {
  const [form, setForm] = useState<PointsForm>({})
  const [ticked, setTicked] = useState<RouteId[]>([])
  const [errors, setErrors] = useState<Partial<Record<PointsField, FieldError>>>({})
  const [calculated, setCalculated] = useState<{ value: PointsInput; routes: RouteId[] } | null>(null)
  const { locationPoints, localPoints } = region

  // Recomputed when the region changes, so switching region shows its location and local points at once.
  const outcome = useMemo<PointsOutcome | null>(() => {
    if (!calculated) return null
    const result = calculatePoints({ ...calculated.value, region: { locationPoints, localPoints } })
    return { result, overall: overallCategory(result, calculated.routes), routes: calculated.routes }
  }, [calculated, locationPoints, localPoints])

  const set = (field: PointsField, value: string | boolean) => {
    setForm((f) => ({ ...f, [field]: value }))
    // A corrected field loses its message at once; the others keep theirs until the next calculation.
    setErrors((e) => {
      if (!e[field]) return e
      const next = { ...e }
      delete next[field]
      return next
    })
  }

  const toggleRoute = (route: RouteId) => setTicked((r) => (r.includes(route) ? r.filter((x) => x !== route) : [...r, route]))

  const calculate = (): boolean => {
    const checked = validatePointsInput(form, region)
    if (!checked.ok) {
      const next: Partial<Record<PointsField, FieldError>> = {}
      for (const [field, code] of Object.entries(checked.errors) as [PointsField, ValidationCode][]) next[field] = { code, params: checked.params[field] }
      setErrors(next)
      setCalculated(null)
      return false
    }
    const derived = routesFromFacts({
      education: checked.value.education,
      relevantExperienceYears: checked.value.relevantExperienceYears,
      annualSalary10k: checked.value.annualSalary10k
    })
    const routes = [...new Set([...ticked, ...derived])]
    setErrors({})
    setCalculated({ value: checked.value, routes })
    return true
  }

  const reset = () => {
    setForm({})
    setTicked([])
    setErrors({})
    setCalculated(null)
  }

  const errorCount = useMemo(() => Object.keys(errors).length, [errors])

  return { form, set, ticked, toggleRoute, errors, errorCount, outcome, calculate, reset }
}
