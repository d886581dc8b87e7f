/** Unit, component and contract tests. E2E (tests/e2e) and the weapp check run outside jest. */
module.exports = {
  testEnvironment: 'jsdom',
  roots: ['<rootDir>/src', '<rootDir>/mock', '<rootDir>/tests'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '/tests/e2e/', '/dist/'],
  moduleNameMapper: {
    '^@tarojs/taro$': '<rootDir>/tests/doubles/taro.ts',
    '^@tarojs/components$': '<rootDir>/tests/doubles/components.tsx',
    '\\.(css|scss|sass)$': '<rootDir>/tests/doubles/style.ts',
    // The bundler finds region folders with require.context; tests read the same folder from disk.
    '^@/content/regions/load$': '<rootDir>/mock/node/regionsFromDisk.ts',
    '^@/content/regions/materials$': '<rootDir>/mock/node/materialsFromDisk.ts',
    '^@/content/regions/sources$': '<rootDir>/mock/node/sourcesFromDisk.ts',
    '^@/packages/guides/content/load$': '<rootDir>/src/packages/guides/content/loadFromDisk.ts',
    '^@/(.*)$': '<rootDir>/src/$1',
    '^@locales/(.*)$': '<rootDir>/locales/$1',
    '^@mock/(.*)$': '<rootDir>/mock/$1'
  },
  transform: { '^.+\\.m?[jt]sx?$': 'babel-jest' },
  // @noble/* and lean-qr ship ESM only.
  transformIgnorePatterns: ['/node_modules/(?!(@noble|lean-qr)/)'],
  setupFilesAfterEnv: ['<rootDir>/tests/setup/jest.setup.ts'],
  clearMocks: true
}
