export default definePageConfig({ navigationBarTitleText: 'Work in China · 来华工作' })
