import type * as z from 'zod/mini'

/**
 * One line for a schema issue, for error messages and load reports (users see field codes and `where`, never this).
 * zod/mini loads no message locale, so an issue without a message of its own says only 'Invalid input': the issue
 * code, with the expected type or the bound, says what failed; a schema's own message ('ISO date-time') is kept.
 */
export function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'invalid'
  const where = issue.path.map(String).join('.') || 'root'
  const what =
    issue.code === 'invalid_type'
      ? `invalid_type (expected ${issue.expected})`
      : issue.code === 'too_small'
        ? `too_small (minimum ${issue.minimum})`
        : issue.code === 'too_big'
          ? `too_big (maximum ${issue.maximum})`
          : issue.code
  return issue.message && issue.message !== 'Invalid input' ? `${where}: ${what}: ${issue.message}` : `${where}: ${what}`
}
