import type * as z from 'zod/mini'
import { describeIssue } from './schemaIssue'

/**
 * Parses each file with `schema`. A file that breaks it is reported (`<name>: <where and what>`) and
 * skipped, so one bad file cannot take the others down.
 */
export function parseEach<S extends z.ZodMiniType>(schema: S, files: unknown[], nameOf: (file: unknown) => string): { parsed: z.infer<S>[]; errors: string[] } {
  const parsed: z.infer<S>[] = []
  const errors: string[] = []
  for (const file of files) {
    const result = schema.safeParse(file)
    if (result.success) parsed.push(result.data as z.infer<S>)
    else errors.push(`${nameOf(file)}: ${describeIssue(result.error.issues[0])}`)
  }
  return { parsed, errors }
}
