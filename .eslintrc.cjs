/* Lint: TypeScript, React hooks, import hygiene. Formatting is Prettier's job. */
module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks', 'import'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended', 'plugin:react-hooks/recommended'],
  settings: { react: { version: '18.3' } },
  env: { browser: true, node: true, es2022: true, jest: true },
  globals: { definePageConfig: 'readonly', defineAppConfig: 'readonly' },
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    '@typescript-eslint/no-require-imports': 'off',
    '@typescript-eslint/no-explicit-any': 'error',
    'import/no-duplicates': 'error',
    'import/first': 'error',
    'react/jsx-key': 'error',
    'no-console': ['error', { allow: ['warn', 'error'] }]
  },
  overrides: [
    { files: ['mock/server.ts', 'tests/**', 'scripts/**'], rules: { 'no-console': 'off' } },
    { files: ['config/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } }
  ],
  ignorePatterns: ['dist/', 'node_modules/', '.tmp/']
}
