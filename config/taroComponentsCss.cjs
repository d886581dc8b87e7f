/**
 * Webpack loader for the stylesheet of Taro's H5 components (@tarojs/components-react): drops its button
 * rules. The app's buttons are NutUI's, and NutUI draws them; Taro's sheet, injected after NutUI's and with
 * more specific selectors (`.taro-button-core.taro-btn-default`), would paint every solid NutUI button
 * light grey, white text and all.
 */
const postcss = require('postcss')

const TARO_BUTTON = /\.taro-(button-core|btn-)/

module.exports = function taroComponentsCss(source) {
  const root = postcss.parse(source)
  root.walkRules((rule) => {
    if (TARO_BUTTON.test(rule.selector)) rule.remove()
  })
  return root.toString()
}
