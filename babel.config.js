// Jest runs plain preset-env/react/typescript; Taro builds use babel-preset-taro. Both take each NutUI
// component from its own module, as the build does, so tests run the same component code: the build its
// ES modules and styles, jest its CommonJS modules.
const nutui = (format, style) => [
  'import',
  {
    libraryName: '@nutui/nutui-react-taro',
    libraryDirectory: `dist/${format}/packages`,
    style,
    camel2DashComponentName: false,
    customName: (name) => `@nutui/nutui-react-taro/dist/${format}/packages/${name.toLowerCase()}`
  },
  'nutui-react-taro'
]

module.exports = (api) => {
  const isTest = api.env('test')
  if (isTest) {
    return {
      presets: [['@babel/preset-env', { targets: { node: 'current' } }], ['@babel/preset-react', { runtime: 'automatic' }], '@babel/preset-typescript'],
      plugins: [nutui('cjs', false)]
    }
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
    // style/css carries the inner components' styles too (Dialog overlay etc.)
    plugins: [nutui('es', (name) => `${name}/style/css`)]
  }
}
