/**
 * Webpack loader for region content (src/content/regions/<id>/core.json and guide.json): parses each
 * file against its schema at build time and emits the parsed result (defaults filled in). A file that
 * breaks the schema fails the build with the region and the path of the problem, so the app itself
 * never has to check its own bundled data again at start-up.
 *
 * guide.json is checked against the core.json beside it and emitted with its {{placeholders}} filled from
 * that file's numbers (src/domain/regions/checks.ts).
 *
 * core.json is emitted in three parts (config/index.ts picks which by the importing module): the core,
 * with each matter's materials as references and without the facts' sources, for everyone;
 * `{ part: 'materials' }`, the materials themselves, for src/content/regions/materials.ts; and
 * `{ part: 'sources' }`, each fact's source, for src/content/regions/sources.ts. Only the pages that show
 * materials or sources import those.
 */
const path = require('node:path')
const { require: tsRequire } = require('tsx/cjs/api')

const SRC = path.resolve(__dirname, '..', 'src')

function parserFor(file, part) {
  const name = path.basename(file)
  if (name === 'core.json') {
    const { parseRegionCores, parseRegionMaterials, parseRegionSources } = tsRequire(path.join(SRC, 'domain/regions/parse.ts'), __filename)
    if (part === 'sources') {
      return (data) => {
        const { sources, errors } = parseRegionSources([data])
        return { value: sources[0], errors }
      }
    }
    if (part === 'materials') {
      return (data) => {
        const { materials, errors } = parseRegionMaterials([data])
        return { value: materials[0], errors }
      }
    }
    return (data) => {
      const { regions, errors } = parseRegionCores([data])
      return { value: regions[0], errors }
    }
  }
  if (name === 'guide.json') {
    const { parseRegionGuides } = tsRequire(path.join(SRC, 'features/guides/parseGuides.ts'), __filename)
    const { parseRegionCoreFiles } = tsRequire(path.join(SRC, 'domain/regions/parse.ts'), __filename)
    // A guide is checked against the core.json beside it (its sources, sections and numbers), and its
    // placeholders are filled from that file's numbers. A broken core.json fails on its own load.
    const core = parseRegionCoreFiles([JSON.parse(require('node:fs').readFileSync(path.join(path.dirname(file), 'core.json'), 'utf8'))]).regions[0]
    return (data) => {
      const { guides, errors } = parseRegionGuides([data], () => core)
      return { value: guides[0], errors }
    }
  }
  return null
}

module.exports = function contentLoader(source) {
  const { part } = this.getOptions() || {}
  const parse = parserFor(this.resourcePath, part)
  if (path.basename(this.resourcePath) === 'guide.json') this.addDependency(path.join(path.dirname(this.resourcePath), 'core.json'))
  if (!parse) return source
  let data
  try {
    data = JSON.parse(source)
  } catch (error) {
    throw new Error(`${path.relative(process.cwd(), this.resourcePath)} is not JSON: ${error.message}`)
  }
  const { value, errors } = parse(data)
  // Each error names the field: "<region>: offices[2] (bh-people-hospital).phones[0].cite: no source".
  if (errors.length) throw new Error(`${path.relative(process.cwd(), this.resourcePath)} breaks the region schema: ${errors.join('; ')}`)
  return JSON.stringify(value)
}
