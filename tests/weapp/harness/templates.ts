/**
 * What Taro's data tree means, read from the build's own base.wxml.
 *
 * Taro sends each element as `{ nn, sid, cl, st, uid, cn, p0, p1, ... }`: `nn` picks a template of base.wxml,
 * and the `pN` keys are the template's attributes under short names. Reading the templates gives, for each
 * `nn`, the element's tag, which `pN` is which attribute, and which events it binds to the page's `eh`
 * handler, so the harness renders what WeChat would and only fires events WeChat would deliver.
 */
import fs from 'node:fs'
import path from 'node:path'

export interface ElementTemplate {
  tag: string
  /** short key (`p25`) -> attribute name (`value`) */
  props: Record<string, string>
  /** event type (`tap`, `input`) -> 'bind' or 'catch' */
  events: Record<string, 'bind' | 'catch'>
}

export interface TemplateMap {
  byNodeName: Map<string, ElementTemplate>
  /** The `nn` of text nodes (`<block>{{i.v}}</block>`). */
  textNodeName: string
}

const ATTR = /([a-zA-Z:_-]+)="([^"]*)"/g

function parseElement(tag: string, attrs: string): ElementTemplate {
  const props: Record<string, string> = {}
  const events: Record<string, 'bind' | 'catch'> = {}
  for (const [, name, value] of attrs.matchAll(ATTR)) {
    const bound = /^(bind|catch):?([a-z]+)$/.exec(name)
    if (bound && value === 'eh') {
      events[bound[2]] = bound[1] as 'bind' | 'catch'
      continue
    }
    const key = /i\.(p\d+)/.exec(value)
    if (key) props[key[1]] = name
  }
  return { tag, props, events }
}

export function readTemplates(distDir: string): TemplateMap {
  const wxml = fs.readFileSync(path.join(distDir, 'base.wxml'), 'utf8')
  const byNodeName = new Map<string, ElementTemplate>()
  let textNodeName = ''
  const re = /<template name="tmpl_0_([^"]+)">\s*<([a-z-]+)([^>]*)>([\s\S]*?)<\/template>/g
  for (const [, name, tag, attrs, body] of wxml.matchAll(re)) {
    if (tag === 'block' && /\{\{i\.v\}\}/.test(body)) {
      textNodeName = name
      continue
    }
    // Inputs have a `_focus` and a `_blur` variant with the same attributes; the base name picks between them.
    const base = name.replace(/_(focus|blur)$/, '')
    if (tag === 'template') continue
    if (!byNodeName.has(base) || name.endsWith('_focus')) byNodeName.set(base, parseElement(tag, attrs))
  }
  if (!textNodeName) throw new Error(`No text-node template in ${distDir}/base.wxml`)
  return { byNodeName, textNodeName }
}
