/* Lint: TypeScript, React hooks, import hygiene, layers. Formatting is Prettier's job. */

/**
 * Layers (docs/architecture.md): app shell → pages → features → components/hooks/stores → api → domain and
 * lib. Each layer imports only the ones below it; i18n, config (build-time env) and region content sit at
 * the bottom with domain and lib. A feature reaches another feature only through its public index.ts. The
 * mock backend sees only the domain and the API contract.
 */
const BASE = ['domain', 'lib', 'i18n', 'config', 'content']
const API = ['api', 'contract', ...BASE]
const SHARED_UI = ['components', 'hooks', 'stores', ...API]
const layers = {
  'boundaries/elements': [
    { type: 'pages', pattern: ['src/pages', 'src/packages'] },
    { type: 'feature', pattern: 'src/features/*', capture: ['feature'] },
    { type: 'components', pattern: 'src/components' },
    { type: 'hooks', pattern: 'src/hooks' },
    { type: 'stores', pattern: 'src/stores' },
    { type: 'contract', pattern: 'src/api/contract' },
    // Transports carry requests to a backend; the embedded one is the mock, so they may import it.
    { type: 'transport', pattern: 'src/api/transport' },
    { type: 'api', pattern: 'src/api' },
    { type: 'domain', pattern: 'src/domain' },
    { type: 'lib', pattern: 'src/lib' },
    { type: 'i18n', pattern: 'src/i18n' },
    { type: 'config', pattern: 'src/config' },
    { type: 'content', pattern: 'src/content' },
    { type: 'mock', pattern: 'mock' }
  ],
  // The route table and page titles: data every layer may name a route or a title from.
  'boundaries/files': [{ category: 'routes', pattern: 'src/{routes,pageTitles}.ts' }],
  'boundaries/include': ['src/**/*', 'mock/**/*'],
  // Tests may reach across layers (a domain test reads the mock's seed).
  'boundaries/ignore': ['**/*.test.{ts,tsx}'],
  'import/resolver': { typescript: { project: './tsconfig.json' }, node: true }
}
const to = (...types) => ({ to: { element: { type: types } } })
const layerPolicies = [
  { allow: { to: { file: { categories: 'routes' } } } },
  { from: { element: { type: 'pages' } }, allow: to('pages', 'feature', ...SHARED_UI) },
  { from: { element: { type: 'feature' } }, allow: to(...SHARED_UI) },
  // Inside one feature anything goes; another feature only through its index.
  { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', captured: { feature: '{{ from.element.captured.feature }}' } } } } },
  { from: { element: { type: 'feature' } }, allow: { to: { element: { type: 'feature', fileInternalPath: 'index.{ts,tsx}' } } } },
  { from: { element: { type: ['components', 'hooks', 'stores'] } }, allow: to(...SHARED_UI) },
  { from: { element: { type: 'api' } }, allow: to(...API, 'transport') },
  { from: { element: { type: 'transport' } }, allow: to(...API, 'transport', 'mock') },
  { from: { element: { type: 'contract' } }, allow: to('contract', 'domain') },
  { from: { element: { type: BASE } }, allow: to(...BASE) },
  { from: { element: { type: 'mock' } }, allow: to('mock', 'domain', 'contract') }
]

module.exports = {
  root: true,
  parser: '@typescript-eslint/parser',
  parserOptions: { ecmaVersion: 2022, sourceType: 'module', ecmaFeatures: { jsx: true } },
  plugins: ['@typescript-eslint', 'react', 'react-hooks', 'import', 'boundaries'],
  extends: ['eslint:recommended', 'plugin:@typescript-eslint/recommended', 'plugin:react-hooks/recommended'],
  settings: { react: { version: '18.3' }, ...layers },
  env: { browser: true, node: true, es2022: true, jest: true },
  globals: { definePageConfig: 'readonly', defineAppConfig: 'readonly' },
  rules: {
    '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', ignoreRestSiblings: true }],
    '@typescript-eslint/no-require-imports': 'off',
    '@typescript-eslint/no-explicit-any': 'error',
    'import/no-duplicates': 'error',
    'import/first': 'error',
    'react/jsx-key': 'error',
    'no-console': ['error', { allow: ['warn', 'error'] }],
    'boundaries/dependencies': ['error', { default: 'disallow', policies: layerPolicies }]
  },
  overrides: [
    { files: ['mock/server.ts', 'tests/**', 'scripts/**'], rules: { 'no-console': 'off' } },
    { files: ['config/**'], rules: { '@typescript-eslint/no-explicit-any': 'off' } }
  ],
  ignorePatterns: ['dist/', 'node_modules/', '.tmp/']
}
