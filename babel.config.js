// Jest runs plain preset-env/react/typescript; Taro builds use babel-preset-taro.
module.exports = (api) => {
  const isTest = api.env('test')
  if (isTest) {
    return {
      presets: [
        ['@babel/preset-env', { targets: { node: 'current' } }],
        ['@babel/preset-react', { runtime: 'automatic' }],
        '@babel/preset-typescript'
      ]
    }
  }
  return {
    presets: [['taro', { framework: 'react', ts: true, compiler: 'webpack5' }]],
    plugins: [
      [
        'import',
        {
          libraryName: '@nutui/nutui-react-taro',
          libraryDirectory: 'dist/es/packages',
          // style/css carries the inner components' styles too (Dialog overlay etc.)
          style: (name) => `${name}/style/css`,
          camel2DashComponentName: false,
          customName: (name) => `@nutui/nutui-react-taro/dist/es/packages/${name.toLowerCase()}`
        },
        'nutui-react-taro'
      ]
    ]
  }
}
